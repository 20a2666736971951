import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './fixtures.ts';
import { quiz, rightOptions, wrongOption, type BankQuiz } from './content.ts';
import { choose } from './quiz.ts';

const url = '/modules/why-gender/assessment/';
const bank = quiz('why-gender-assessment');
const axe = (page: Page) =>
  new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze().then((r) => r.violations.map((v) => v.id));

/** Answers every question, right ones first, `wrong` of them wrong at the end. */
async function answerAll(page: Page, assessment: BankQuiz, wrong: number) {
  const n = assessment.questions.length;
  for (const [i, q] of assessment.questions.entries()) await choose(page, q, i >= n - wrong ? [wrongOption(q)] : rightOptions(q));
}

test('fail the assessment, review it, retake and pass; the best score is kept', async ({ page }) => {
  const n = bank.questions.length;
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Assessment: Why a gender-sensitive response');
  await expect(page.getByText(`Answer all ${n} questions, then submit. The pass mark is 80 %.`)).toBeVisible();

  // Submitting with questions unanswered lists them, with links to each.
  await choose(page, bank.questions[0]!, rightOptions(bank.questions[0]!));
  await page.getByRole('button', { name: 'Submit answers' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'Some questions have no answer yet' });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveCount(n - 1);
  expect(await axe(page), 'unanswered error').toEqual([]);
  await summary.getByRole('link', { name: 'Answer question 2' }).click();
  await expect(page).toHaveURL(/#why-gender-assessment-.+-fields$/);

  // Three wrong: below the pass mark.
  await answerAll(page, bank, 3);
  await page.getByRole('button', { name: 'Submit answers' }).click();
  const result = page.getByRole('heading', { name: 'Your result' });
  await expect(result).toBeFocused();
  const failedPercent = Math.floor(((n - 3) / n) * 100);
  await expect(page.getByText(`You scored ${n - 3} of ${n} (${failedPercent} %).`)).toBeVisible();
  await expect(page.getByText('Not passed yet: the pass mark is 80 %.', { exact: false })).toBeVisible();
  const review = page.getByRole('list').filter({ has: page.getByRole('heading', { name: /^Question 1 of/ }) });
  await expect(review.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) })).toHaveCount(n);
  const lastQuestion = bank.questions.at(-1)!;
  const reviewed = review.getByRole('listitem').filter({ has: page.getByRole('heading', { name: new RegExp(`^Question ${n} of ${n}`) }) });
  await expect(reviewed).toContainText('Not quite');
  await expect(reviewed).toContainText(`Your answer: ${wrongOption(lastQuestion)}`);
  await expect(reviewed.getByRole('link', { name: /Paragraph|paras\./ }).first()).toBeVisible();
  expect(await axe(page), 'reviewed').toEqual([]);

  // Retake and pass with one wrong (or none when there are fewer than 10 questions).
  await page.getByRole('button', { name: 'Retake the assessment' }).click();
  await expect(page.getByRole('radio').first()).toBeFocused();
  const wrong = n >= 10 ? 1 : 0;
  await answerAll(page, bank, wrong);
  await page.getByRole('button', { name: 'Submit answers' }).click();
  const passedPercent = Math.floor(((n - wrong) / n) * 100);
  await expect(page.getByText(`You scored ${n - wrong} of ${n} (${passedPercent} %).`)).toBeVisible();
  await expect(page.getByText('Passed. Well done.')).toBeVisible();

  // A worse later attempt does not lower the recorded best.
  await page.getByRole('button', { name: 'Retake the assessment' }).click();
  await answerAll(page, bank, n);
  await page.getByRole('button', { name: 'Submit answers' }).click();
  await expect(page.getByText(`Your best score: ${n - wrong} of ${n} (${passedPercent} %).`)).toBeVisible();

  await page.goto('/modules/why-gender/');
  await expect(page.getByText(`Passed, best score ${passedPercent} %`)).toBeVisible();
});
