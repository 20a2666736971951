/**
 * Printables: a question sheet (no answers) and a separate answer key for any
 * session, and answer cards A to E, one per printed page, told apart in
 * greyscale by words and shape as well as the letter.
 */
import { expect, test } from './fixtures.ts';
import { quiz, rightOptions } from './content.ts';
import { encodeSession } from '../../src/lib/classroom-session.ts';

const bank = quiz('why-gender-assessment');
const questions = bank.questions.slice(0, 4);
const code = encodeSession({ title: 'Print run', questions: questions.map((q) => q.id), timer: 0, teams: [] });
const letters = 'ABCDE';

test('the question sheet lists every question and option, and no answers', async ({ page }) => {
  await page.goto(`/classroom/print/questions/#s=${code}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Question sheet: Print run');
  const items = page.getByRole('main').getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2 }) });
  await expect(items).toHaveCount(questions.length);
  for (const [i, q] of questions.entries()) {
    await expect(items.nth(i).getByRole('heading', { level: 2 })).toHaveText(`Question ${i + 1} of ${questions.length}: ${q.prompt}`);
    for (const [k, o] of q.options.entries()) await expect(items.nth(i)).toContainText(`${letters[k]} ${o.text}`);
  }
  await expect(page.getByRole('main')).not.toContainText('Answer:');
  await expect(page.getByRole('main')).not.toContainText('Answers:');
  await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();
  await page.getByRole('link', { name: 'Open the answer key' }).click();
  await expect(page).toHaveURL(`/classroom/print/key/#s=${code}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Answer key: Print run');
});

test('the answer key gives each answer by letter, the explanation and the sources', async ({ page }) => {
  await page.goto(`/classroom/print/key/#s=${code}`);
  const items = page.getByRole('main').getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2 }) });
  await expect(items).toHaveCount(questions.length);
  for (const [i, q] of questions.entries()) {
    const right = rightOptions(q).map((text) => `${letters[q.options.findIndex((o) => o.text === text)]} ${text}`);
    await expect(items.nth(i)).toContainText(`${right.length > 1 ? 'Answers:' : 'Answer:'} ${right.join('; ')}`);
    await expect(items.nth(i)).toContainText('In the report: Paragraph');
  }
});

test('the presenter links to both sheets for its session', async ({ page }) => {
  await page.goto('/classroom/why-gender-assessment/');
  const sheet = page.getByRole('link', { name: 'Question sheet' });
  await expect(sheet).toHaveAttribute('href', /^\/classroom\/print\/questions\/#s=[A-Za-z0-9_-]+$/);
  await sheet.click();
  await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveCount(bank.questions.length);
});

test('answer cards: one per printed page, each with its letter, words and own shape', async ({ page }) => {
  await page.goto('/classroom/cards/');
  const cards = page.getByRole('region', { name: /^Answer [A-E]$/ });
  await expect(cards).toHaveCount(5);
  const shapes = new Set<string>();
  for (const [i, letter] of [...letters].entries()) {
    const card = cards.nth(i);
    await expect(card.getByRole('heading', { level: 2 })).toHaveText(`Answer ${letter}`);
    await expect(card).toContainText(letter);
    shapes.add((await card.getByRole('img').getAttribute('aria-label')) ?? '');
  }
  expect(shapes.size, 'every card has its own shape').toBe(5);
  await page.emulateMedia({ media: 'print' });
  for (let i = 0; i < 4; i++) expect(await cards.nth(i).evaluate((el) => getComputedStyle(el).breakAfter)).toBe('page');
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print the cards' })).toBeHidden();
});
