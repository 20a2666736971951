/**
 * The trainer builds a session: filter, search, pick, reorder, title, timer and
 * teams; bookmarks it (its link reopens it exactly); saves it on the device
 * (open, edit, duplicate, delete). Bad links give a message, never a blank page.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './fixtures.ts';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { englishFiles, quiz } from './content.ts';
import { SESSION_LIMITS, decodeSession, encodeSession } from '../../src/lib/classroom-session.ts';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const axe = async (page: Page) => (await new AxeBuilder({ page }).withTags(tags).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

const modules = englishFiles('content/modules').map((f) => ({ id: f.replace(/\.yaml$/, ''), ...(parse(readFileSync(`content/modules/${f}`, 'utf8')) as { order: number; title: string }) }));
const moduleOne = modules.find((m) => m.order === 1)!;
const moduleTwo = modules.find((m) => m.order === 2)!;
/** Every question of a module's quizzes, read from content/ (knowledge checks and assessment). */
const questionsOf = (module: string) =>
  englishFiles('content/quizzes')
    .filter((f) => f.startsWith(`${module}-`))
    .map((f) => quiz(f.replace(/\.yaml$/, '')))
    .filter((q) => q.kind === 'check' || q.kind === 'assessment')
    .flatMap((q) => q.questions);

const chosenList = (page: Page) => page.getByRole('region', { name: 'Your session' }).getByRole('list').first();

async function openBuilder(page: Page) {
  await page.goto('/classroom/');
  // Controls are disabled until the island has hydrated.
  await expect(page.getByLabel('Search the questions')).toBeEnabled();
}

test('build a 10-question session: filter, search, pick, reorder, title, timer, teams; its link reopens it', async ({ page }) => {
  // The builder holds the whole question bank: axe takes its time on it.
  test.setTimeout(120_000);
  await openBuilder(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Classroom mode');
  const status = page.getByRole('status').filter({ hasText: /match/ });

  // Filter by module and type: the count matches the bank.
  const one = questionsOf(moduleOne.id);
  await page.getByLabel('Module', { exact: true }).selectOption({ label: `Module 1: ${moduleOne.title}` });
  await expect(status).toHaveText(`${one.length} questions match.`);
  await page.getByLabel('Question type').selectOption({ label: 'True or false' });
  const trueFalse = one.filter((q) => q.type === 'true-false');
  await expect(status).toHaveText(trueFalse.length === 1 ? '1 question matches.' : `${trueFalse.length} questions match.`);
  await expect(page.getByRole('region', { name: 'Questions' }).getByRole('checkbox')).toHaveCount(trueFalse.length);
  await page.getByLabel('Question type').selectOption({ label: 'All' });

  // Pick 7 questions of module 1.
  const picked = one.slice(0, 7);
  for (const q of picked) await page.getByRole('checkbox', { name: q.prompt, exact: true }).check();
  await expect(page.getByText('7 questions chosen.')).toBeVisible();

  // Search within module 2 and pick 3 more.
  const two = questionsOf(moduleTwo.id);
  await page.getByLabel('Module', { exact: true }).selectOption({ label: `Module 2: ${moduleTwo.title}` });
  const word = 'convicted';
  const found = two.filter((q) => q.prompt.toLowerCase().includes(word));
  expect(found.length, `module 2 has questions with "${word}"`).toBeGreaterThan(0);
  await page.getByLabel('Search the questions').fill(word.toUpperCase());
  await expect(status).toHaveText(found.length === 1 ? '1 question matches.' : `${found.length} questions match.`);
  await page.getByRole('checkbox', { name: found[0]!.prompt, exact: true }).check();
  await page.getByLabel('Search the questions').fill('zzzz no such words');
  await expect(status).toHaveText('No question matches. Try other filters or fewer words.');
  await page.getByLabel('Search the questions').fill('');
  const more = [found[0]!, ...two.filter((q) => q !== found[0]).slice(0, 2)];
  for (const q of more.slice(1)) await page.getByRole('checkbox', { name: q.prompt, exact: true }).check();
  await expect(page.getByText('10 questions chosen.')).toBeVisible();
  let order = [...picked, ...more].map((q) => q.prompt);
  await expect(chosenList(page).getByRole('listitem')).toHaveCount(10);

  // Reorder: the last question moves up twice (focus follows the button), the first moves down once.
  await page.getByRole('button', { name: 'Move up question 10', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Move up question 9', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Move down question 1', exact: true }).click();
  order = [order[1]!, order[0]!, ...order.slice(2, 7), order[9]!, order[7]!, order[8]!];
  for (const [i, prompt] of order.entries()) await expect(chosenList(page).getByRole('listitem').nth(i)).toContainText(prompt);

  // Remove one and put it back (it goes to the end); untick also removes.
  await page.getByRole('button', { name: 'Remove question 2', exact: true }).click();
  await expect(page.getByText('9 questions chosen.')).toBeVisible();
  await page.getByLabel('Module', { exact: true }).selectOption({ label: 'All' });
  await page.getByRole('checkbox', { name: order[1]!, exact: true }).check();
  order = [order[0]!, ...order.slice(2), order[1]!];
  await expect(page.getByText('10 questions chosen.')).toBeVisible();

  // Title, timer and teams.
  await page.getByLabel('Session title').fill('Induction day: "why gender" & who is trafficked');
  await page.getByLabel('Use a countdown timer for each question').check();
  await page.getByLabel('Seconds per question').fill('45');
  await page.getByLabel('Team name').fill('Red table');
  await page.getByRole('button', { name: 'Add team' }).click();
  await page.getByLabel('Team name').fill('Blue table');
  await page.keyboard.press('Enter');
  await page.getByLabel('Team name').fill('Red table');
  await page.getByRole('button', { name: 'Add team' }).click();
  await expect(page.getByRole('alert')).toHaveText('There is already a team called “Red table”.');
  await page.getByLabel('Team name').fill('Green');
  await page.getByRole('button', { name: 'Add team' }).click();
  await page.getByRole('button', { name: 'Remove team Green' }).click();
  await expect(page.getByRole('button', { name: /Remove team/ })).toHaveCount(2);

  // The link: short, in a fragment, and it decodes to exactly this session.
  const link = await page.getByLabel('Link to this session').inputValue();
  expect(link).toMatch(/\/classroom\/session\/#s=[A-Za-z0-9_-]+$/);
  expect(link.length).toBeLessThan(700);
  const ids = order.map((prompt) => [...questionsOf(moduleOne.id), ...two].find((q) => q.prompt === prompt)!.id);
  expect(decodeSession(link.split('#s=')[1])).toEqual({
    ok: true,
    session: { title: 'Induction day: "why gender" & who is trafficked', questions: ids, timer: 45, teams: ['Red table', 'Blue table'] },
    dropped: [],
  });

  // The builder's own URL keeps the draft: reloading it keeps the work.
  await expect(page).toHaveURL(/\/classroom\/#s=/);
  await page.reload();
  await expect(page.getByText('10 questions chosen.')).toBeVisible();
  await expect(page.getByLabel('Session title')).toHaveValue('Induction day: "why gender" & who is trafficked');
  await expect(page.getByLabel('Seconds per question')).toHaveValue('45');
  await expect(page.getByLabel('Link to this session')).toHaveValue(link);
  expect(await axe(page), 'builder with a session (light)').toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await axe(page), 'builder with a session (dark)').toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });

  // Bookmark: opening the link in a fresh page shows the session as built, and again after a reload.
  const present = await page.context().newPage();
  for (const step of ['open', 'reload'] as const) {
    if (step === 'open') await present.goto(link);
    else await present.reload();
    await expect(present.getByRole('heading', { level: 1 })).toHaveText('Induction day: "why gender" & who is trafficked');
    await expect(present.getByText('Question 1 of 10', { exact: true })).toBeVisible();
    await expect(present.getByRole('heading', { level: 2, name: order[0]! })).toBeVisible();
    await expect(present.getByRole('timer')).toHaveText('0:45');
    await expect(present.getByRole('rowheader', { name: 'Red table' })).toBeVisible();
    await expect(present.getByRole('rowheader', { name: 'Blue table' })).toBeVisible();
  }
  await expect(present).toHaveTitle(/^Induction day: "why gender" & who is trafficked · /);
  await present.close();
});

test('saved sessions: save, open, edit, duplicate and delete, kept across reloads', async ({ page }) => {
  const [first, second] = questionsOf(moduleOne.id);
  await openBuilder(page);
  await expect(page.getByText('No saved sessions yet.')).toBeVisible();
  await page.getByRole('checkbox', { name: first!.prompt, exact: true }).check();
  await page.getByRole('checkbox', { name: second!.prompt, exact: true }).check();
  await page.getByLabel('Session title').fill('Morning group');
  await page.getByRole('button', { name: 'Save on this device' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved on this device: “Morning group”.' })).toBeVisible();

  // Saving again after a change replaces the entry rather than adding one.
  await page.getByRole('button', { name: 'Remove question 2', exact: true }).click();
  await page.getByRole('button', { name: 'Save changes on this device' }).click();
  const saved = page.getByRole('region', { name: 'Saved on this device' }).getByRole('listitem');
  await expect(saved).toHaveCount(1);
  await expect(saved).toContainText('Morning group');
  await expect(saved).toContainText('1 question · saved');

  await page.reload();
  await expect(saved).toHaveCount(1);
  await page.getByRole('button', { name: 'Duplicate Morning group' }).click();
  await expect(saved).toHaveCount(2);
  await expect(saved.nth(1)).toContainText('Copy of Morning group');

  // Edit loads a saved session into the builder.
  await page.getByRole('button', { name: 'Start a new session' }).click();
  await expect(page.getByText('No questions chosen yet')).toBeVisible();
  await page.getByRole('button', { name: 'Edit Copy of Morning group' }).click();
  await expect(page.getByLabel('Session title')).toHaveValue('Copy of Morning group');
  await expect(page.getByText('1 question chosen.')).toBeVisible();

  await page.getByRole('button', { name: 'Delete Morning group' }).click();
  await expect(saved).toHaveCount(1);
  await expect(page.getByRole('status').filter({ hasText: 'Deleted “Morning group”.' })).toBeVisible();
  expect(await axe(page), 'builder with saved sessions').toEqual([]);

  // What is stored is the versioned list under tc-classroom.
  const stored = JSON.parse((await page.evaluate(() => localStorage.getItem('tc-classroom'))) ?? 'null') as { version: number; sessions: { code: string }[] };
  expect(stored.version).toBe(1);
  expect(stored.sessions).toHaveLength(1);

  // Open presents it.
  await page.getByRole('link', { name: 'Open Copy of Morning group' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Copy of Morning group');
  await expect(page.getByText('Question 1 of 1', { exact: true })).toBeVisible();
});

test('damaged saved data does not break the builder', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('tc-classroom', '{"version":1,"sessions":[{"id":"x","savedAt":"2025-01-01T00:00:00Z","code":"%%%"}]}'));
  await openBuilder(page);
  await expect(page.getByText('Some saved sessions could not be read and are not listed.')).toBeVisible();
  await expect(page.getByText('No saved sessions yet.')).toBeVisible();
});

test.describe('bad session links give a clear message, never a blank page', () => {
  const good = encodeSession({ title: 'x', questions: ['wg-report-mandate', 'wg-resolution-calls'], timer: 0, teams: [] });
  const cases = [
    ['no session at all', '', 'the link holds no session'],
    ['a truncated link', `#s=${good.slice(0, -3)}`, 'damaged or incomplete'],
    ['garbage', '#s=<script>alert(1)</script>', 'damaged or incomplete'],
    ['an oversized link', `#s=${'A'.repeat(SESSION_LIMITS.code + 10)}`, 'longer than any session'],
    ['a newer version', `#s=${Buffer.from(JSON.stringify([9, 't', 0, [], ['a']])).toString('base64url')}`, 'newer version of the course'],
    ['questions the course does not have', `#s=${encodeSession({ title: 't', questions: ['no-such-question'], timer: 0, teams: [] })}`, 'None of the questions'],
  ] as const;
  for (const [name, hash, message] of cases) {
    test(name, async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`/classroom/session/${hash}`);
      const alert = page.getByRole('alert');
      await expect(alert.getByRole('heading', { name: 'This session link cannot be opened' })).toBeVisible();
      await expect(alert).toContainText(message);
      await expect(alert.getByRole('link', { name: 'Go to the session builder' })).toHaveAttribute('href', '/classroom/');
      expect(errors).toEqual([]);
    });
  }

  test('the builder and the print views say so too', async ({ page }) => {
    await page.goto(`/classroom/#s=${good.slice(0, 7)}`);
    await expect(page.getByRole('alert')).toContainText('damaged or incomplete');
    await expect(page.getByText('No questions chosen yet')).toBeVisible();
    await page.goto(`/classroom/print/key/#s=${good.slice(0, 7)}`);
    await expect(page.getByRole('alert')).toContainText('damaged or incomplete');
  });

  test('a link with some unknown questions opens the rest and says what was left out', async ({ page }) => {
    await page.goto(`/classroom/session/#s=${encodeSession({ title: 't', questions: ['gone-one', 'wg-report-mandate'], timer: 0, teams: [] })}`);
    await expect(page.getByText('Some questions in this link are no longer in the course and were left out: 1.')).toBeVisible();
    await expect(page.getByText('Question 1 of 1', { exact: true })).toBeVisible();
  });
});

test('when the question bank cannot be fetched, the builder says so and Try again lists the questions', async ({ page }) => {
  let fail = true;
  await page.route('**/classroom/bank.json', (route) => (fail ? route.abort('internetdisconnected') : route.continue()));
  await openBuilder(page);
  await expect(page.getByRole('status').filter({ hasText: 'The questions could not be loaded' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Questions' }).getByRole('checkbox')).toHaveCount(0);
  fail = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  const [first] = questionsOf(moduleOne.id);
  await expect(page.getByRole('checkbox', { name: first!.prompt, exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Try again' })).toHaveCount(0);
});
