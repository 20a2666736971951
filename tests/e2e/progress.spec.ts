import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './fixtures.ts';
import { quiz, rightOptions } from './content.ts';
import { choose, questionForm } from './quiz.ts';

const lessonUrl = '/modules/scale-and-patterns/what-the-figures-say/';
const lessonTitle = 'What the figures say';
const check = quiz('scale-and-patterns-figures-check');

async function answerFirst(page: Page) {
  const q = check.questions[0]!;
  await choose(page, q, rightOptions(q));
  await questionForm(page, q).getByRole('button', { name: 'Check answer' }).click();
  await expect(questionForm(page, q).getByRole('status')).toContainText('Correct');
}

test('progress survives a reload and the home page offers to continue where the learner left off', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Start the course' })).toBeVisible();
  await page.goto(lessonUrl);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(lessonTitle);
  await answerFirst(page);
  await page.reload();
  await expect(questionForm(page, check.questions[0]!).getByRole('status')).toContainText('Correct');

  await page.goto('/');
  const cont = page.getByRole('link', { name: /^Continue where you left off: / });
  await expect(cont).toContainText(lessonTitle);
  await expect(page.getByRole('progressbar', { name: /^Course progress: \d+ of \d+ steps complete$/ })).toBeVisible();
  await cont.click();
  await expect(page).toHaveURL(lessonUrl);

  await page.goto('/modules/scale-and-patterns/');
  await expect(page.getByRole('progressbar', { name: /steps complete/ })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: lessonTitle })).toContainText('In progress');
});

test('two tabs stay in sync', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto('/modules/scale-and-patterns/');
  const row = a.getByRole('listitem').filter({ hasText: lessonTitle });
  await expect(row).toContainText('Not started');
  // Tab A learns of B's visit and answers from the storage event, without a reload.
  await b.goto(lessonUrl);
  await expect(row).toContainText('In progress');
  for (const q of check.questions) {
    await choose(b, q, rightOptions(q));
    await questionForm(b, q).getByRole('button', { name: 'Check answer' }).click();
    await expect(questionForm(b, q).getByRole('status')).toContainText('Correct');
  }
  await expect(row).toContainText('Complete');
});

test('export in one browser, import in another: nothing already there is lost', async ({ browser }) => {
  const first = await browser.newContext();
  const page = await first.newPage();
  await page.goto(lessonUrl);
  await answerFirst(page);
  await page.goto('/progress/');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download my progress' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^trafficking-course-progress-\d{4}-\d{2}-\d{2}\.json$/);
  const path = test.info().outputPath('progress.json');
  await file.saveAs(path);
  const exported = JSON.parse(await readFile(path, 'utf8'));
  expect(exported.version).toBe(1);
  await first.close();

  const second = await browser.newContext();
  const other = await second.newPage();
  // The second browser has progress of its own on another lesson.
  await other.goto('/modules/why-gender/the-international-framework/');
  const q = quiz('why-gender-framework-check').questions[0]!;
  await choose(other, q, rightOptions(q));
  await questionForm(other, q).getByRole('button', { name: 'Check answer' }).click();
  await other.goto('/progress/');
  await other.getByLabel('Progress file (.json)').setInputFiles(path);
  await other.getByRole('button', { name: 'Import progress' }).click();
  await expect(other.getByRole('region', { name: 'Import' }).getByRole('status')).toHaveText('Imported: 0 lessons newly complete, 1 answers added, 0 scores improved.');
  // Both lessons now show progress.
  await expect(other.getByRole('listitem').filter({ hasText: lessonTitle })).toContainText('In progress');
  await expect(other.getByRole('listitem').filter({ hasText: 'The international framework' })).toContainText('In progress');
  const violations = await new AxeBuilder({ page: other }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  expect(violations.violations.map((v) => v.id)).toEqual([]);
  await second.close();
});

test('a bad import file gets a clear message and changes nothing', async ({ page }) => {
  await page.goto(lessonUrl);
  await answerFirst(page);
  await page.goto('/progress/');
  const before = await page.evaluate(() => localStorage.getItem('tc-progress'));
  const input = page.getByLabel('Progress file (.json)');
  const status = page.getByRole('region', { name: 'Import' }).getByRole('status');
  const cases: [string, string, string][] = [
    ['truncated.json', '{"version":1,"lessons":{', 'That file is not a progress file (it could not be read as JSON). Nothing was changed.'],
    ['list.json', '[1,2,3]', 'That file is not a progress file from this course. Nothing was changed.'],
    ['future.json', '{"version":7,"lessons":{},"quizzes":{}}', 'That file comes from a newer version of this course. Nothing was changed.'],
    ['huge.json', `{"pad":"${'x'.repeat(600 * 1024)}"}`, 'That file is too large to be a progress file (the limit is 512 KB). Nothing was changed.'],
  ];
  for (const [name, text, message] of cases) {
    await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    await page.getByRole('button', { name: 'Import progress' }).click();
    await expect(status).toHaveText(message);
  }
  // Prototype-pollution keys are dropped; the rest of the file is merged.
  const hostile = '{"version":1,"__proto__":{"polluted":true},"lessons":{"constructor":{"visitedAt":"2026-01-01T00:00:00.000Z"}},"quizzes":{},"lastLesson":null,"updatedAt":"2026-01-01T00:00:00.000Z"}';
  await input.setInputFiles({ name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(hostile) });
  await page.getByRole('button', { name: 'Import progress' }).click();
  await expect(status).toHaveText('Imported: 0 lessons newly complete, 0 answers added, 0 scores improved.');
  expect(await page.evaluate(() => ({} as Record<string, unknown>)['polluted'])).toBeUndefined();
  const after = JSON.parse((await page.evaluate(() => localStorage.getItem('tc-progress')))!);
  expect(Object.keys(after.lessons)).toEqual(Object.keys(JSON.parse(before!).lessons));
});

test('reset asks for confirmation, then deletes progress', async ({ page }) => {
  await page.goto(lessonUrl);
  await answerFirst(page);
  await page.goto('/progress/');
  await page.getByRole('button', { name: 'Reset my progress' }).click();
  await expect(page.getByRole('button', { name: 'Yes, delete it' })).toBeFocused();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: lessonTitle })).toContainText('In progress');
  await page.getByRole('button', { name: 'Reset my progress' }).click();
  await page.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(page.getByRole('region', { name: 'Reset' }).getByRole('status')).toHaveText('Your progress was deleted.');
  await expect(page.getByRole('listitem').filter({ hasText: lessonTitle })).toContainText('Not started');
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Start the course' })).toBeVisible();
});
