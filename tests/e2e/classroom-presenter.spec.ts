/**
 * The trainer presents: by keyboard alone (move, reveal, tally, timer pause,
 * add and off), with teams, to the summary and its CSV; a ready-made session
 * offline; keys that must not fire; axe on the question, the reveal and the
 * summary in both themes, and 7:1 contrast for the presenter's text.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from './fixtures.ts';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { quiz, rightOptions } from './content.ts';
import { encodeSession } from '../../src/lib/classroom-session.ts';
import { plainText } from '../../src/lib/source-text.ts';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const axe = async (page: Page) => (await new AxeBuilder({ page }).withTags(tags).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
/** WCAG AAA contrast (7:1 for body text) inside the presenter. */
const enhancedContrast = async (page: Page) =>
  (await new AxeBuilder({ page }).include('#main').withRules(['color-contrast-enhanced']).analyze()).violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary}`));

const bank = quiz('why-gender-assessment');
const [q1, q2, , q4] = bank.questions as [(typeof bank.questions)[0], (typeof bank.questions)[0], unknown, (typeof bank.questions)[0]];
const link = `/classroom/session/#s=${encodeSession({ title: 'Keyboard run', questions: [q1.id, q2.id, q4.id], timer: 40, teams: ['Owls', 'Foxes'] })}`;
const report = parse(readFileSync('content/source/report.yaml', 'utf8')) as { id: string; text?: string }[];
const paragraph = (n: number) => plainText(report.find((e) => e.id === `para-${n}`)!.text!).replace(/\s+/g, ' ').trim();

const votesTable = (page: Page, n: number) => page.getByRole('table', { name: `Votes for question ${n}` });
/** The number of votes shown for an option (the first cell after its row header). */
const votesFor = (table: Locator, letter: string) => table.getByRole('row').filter({ has: table.page().getByRole('rowheader', { name: new RegExp(`^${letter}(\\s|$)`) }) }).getByRole('cell').first();
const status = (page: Page) => page.locator('.tc-presenter').getByRole('status');
const clock = (page: Page) => page.getByRole('timer');

async function open(page: Page, url: string) {
  await page.goto(url);
  await expect(page.getByRole('button', { name: 'Keyboard shortcuts' })).toBeEnabled();
}

test('present a session by keyboard alone: move, reveal, tally, timer, teams, summary and CSV', async ({ page }) => {
  // A fake clock: the timer is checked by moving time, not by waiting for it.
  await page.clock.install();
  await open(page, link);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Keyboard run');
  await expect(page.getByText('Question 1 of 3', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: q1.prompt })).toBeVisible();
  const options = page.getByRole('list', { name: 'Answers' }).getByRole('listitem');
  await expect(options).toHaveCount(q1.options.length);
  await expect(options.first()).toHaveText(`A ${q1.options[0]!.text}`);

  // ? opens the list of keys in a modal dialog; Escape closes it.
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('row')).toHaveCount(9);
  await expect(dialog).toContainText('Right arrow or Space');
  await page.keyboard.press('r'); // ignored while the dialog is open
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Correct answer')).toHaveCount(0);

  // Space and Backspace move too.
  await page.keyboard.press('Space');
  await expect(page.getByText('Question 2 of 3', { exact: true })).toBeVisible();
  await expect(status(page)).toHaveText(`Question 2 of 3: ${q2.prompt}`);
  await page.keyboard.press('Backspace');
  await expect(page.getByText('Question 1 of 3', { exact: true })).toBeVisible();

  // Number keys count votes; keys beyond the options do nothing; U takes the last one back.
  for (const key of ['1', '1', '1', '2', '9']) await page.keyboard.press(key);
  const t1 = votesTable(page, 1);
  await expect(votesFor(t1, 'A')).toHaveText('3');
  await expect(votesFor(t1, 'B')).toHaveText('1');
  await expect(t1).toContainText('75 %');
  await page.keyboard.press('u');
  await expect(votesFor(t1, 'B')).toHaveText('0');
  await expect(status(page)).toHaveText('B: 0 votes.');
  await expect(page.getByText('3 votes in all.')).toBeVisible();

  // R reveals: the correct option is marked in text, with the explanation, discussion prompt, source link and paragraph text.
  await page.keyboard.press('r');
  const correct = options.filter({ hasText: 'Correct answer' });
  await expect(correct).toHaveCount(1);
  await expect(correct).toContainText(`A ${rightOptions(q1)[0]}`);
  await expect(correct).toContainText('✓ Correct answer');
  await expect(status(page)).toHaveText(`The answer: A, ${rightOptions(q1)[0]}.`);
  await expect(page.getByRole('heading', { name: 'Why' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'For discussion' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Paragraph 1', exact: true })).toHaveAttribute('href', '/source/#para-1');
  const passage = page.getByText('Paragraph 1: show the text');
  await expect(page.getByText(paragraph(1))).toBeHidden();
  await passage.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText(paragraph(1))).toBeVisible();
  await expect(votesFor(t1, 'A')).toHaveText('3');
  // The symbol is decoration (aria-hidden); the words say it.
  await expect(t1.getByRole('rowheader', { name: 'A Correct answer' })).toHaveText('A ✓ Correct answer');

  // The timer: paused at the session's length; T starts and pauses it; add 30 s and turn it off with their buttons.
  await expect(clock(page)).toHaveText('0:40');
  await expect(clock(page)).toHaveAttribute('aria-live', 'off');
  await expect(page.getByRole('region', { name: 'Timer' }).getByText('Paused')).toBeVisible();
  await page.keyboard.press('t');
  await expect(page.getByRole('button', { name: 'Pause timer' })).toBeVisible();
  await page.clock.runFor(3_000);
  await expect(clock(page)).toHaveText('0:37');
  await page.keyboard.press('t');
  await expect(page.getByRole('region', { name: 'Timer' }).getByText('Paused')).toBeVisible();
  await page.clock.runFor(5_000);
  await expect(clock(page)).toHaveText('0:37');
  await page.getByRole('button', { name: 'Add 30 seconds' }).focus();
  await page.keyboard.press('Enter');
  await expect(clock(page)).toHaveText('1:07');
  await expect(status(page)).toContainText('30 seconds added');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Turn timer off' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Timer' }).getByText('No timer.')).toBeVisible();
  await expect(clock(page)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Turn timer on' })).toBeFocused();

  // Teams: points by their buttons.
  await page.getByRole('button', { name: '+1 point for Owls' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: '+1 point for Foxes' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: '−1 point from Foxes' }).focus();
  await page.keyboard.press('Enter');

  // Question 2 (several answers): the timer stays off; votes of question 1 are kept when coming back.
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText('Question 2 of 3', { exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Timer' }).getByText('No timer.')).toBeVisible();
  await expect(page.getByText('More than one answer is correct.')).toBeVisible();
  for (const key of ['3', '3', '4']) await page.keyboard.press(key);
  await page.keyboard.press('ArrowLeft');
  await expect(votesFor(votesTable(page, 1), 'A')).toHaveText('3');
  await expect(options.filter({ hasText: 'Correct answer' }), 'question 1 is still revealed').toHaveCount(1);
  await page.keyboard.press('ArrowRight');
  await expect(votesFor(votesTable(page, 2), 'C')).toHaveText('2');
  await page.keyboard.press('r');
  await expect(options.filter({ hasText: 'Correct answer' })).toHaveCount(rightOptions(q2).length);

  // Question 3 (true or false), then the results.
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText('Question 3 of 3', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'See the results' })).toBeVisible();
  for (const key of ['2', '2', '2', '2', '1']) await page.keyboard.press(key);
  await page.keyboard.press('ArrowRight');
  const results = page.getByRole('heading', { name: 'Results', level: 2 });
  await expect(results).toBeFocused();
  await expect(page.getByText('3 of 3 questions had votes; 11 votes in all.')).toBeVisible();
  await expect(page.getByText('Share of votes for correct answers: 82 %.')).toBeVisible();
  const hardest = page.getByRole('list').filter({ hasText: '% correct' }).getByRole('listitem');
  await expect(hardest).toHaveText([`Question 2: ${q2.prompt} (67 % correct)`, `Question 3: ${q4.prompt} (80 % correct)`]);
  await expect(page.getByText('Correct: 100 % (3 of 3 votes).')).toBeVisible();
  await expect(page.getByText('Correct: 80 % (4 of 5 votes).')).toBeVisible();
  const board = page.getByRole('table', { name: 'Scoreboard' });
  await expect(board.getByRole('row')).toHaveText([/Rank\s*Team\s*Score/, /1\s*Owls\s*2/, /2\s*Foxes\s*1/]);
  await expect(votesFor(votesTable(page, 3), 'B')).toHaveText('4');

  // Export CSV, by keyboard: read the download and check its rows.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Export results (CSV)' })).toBeFocused();
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toMatch(/^classroom-keyboard-run-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = readFileSync((await download.path())!, 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const rows = text.slice(1).split('\r\n');
  const csvQuote = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  expect(rows[0]).toBe('Session,Keyboard run');
  expect(rows[2]).toBe('Question,Question id,Prompt,Option,Option text,Correct,Votes,Share of votes (%)');
  expect(rows[3]).toBe(`1,${q1.id},${csvQuote(q1.prompt)},A,${csvQuote(q1.options[0]!.text)},yes,3,100`);
  expect(rows).toContain(`2,${q2.id},${csvQuote(q2.prompt)},C,${csvQuote(q2.options[2]!.text)},yes,2,67`);
  expect(rows).toContain(`3,${q4.id},${csvQuote(q4.prompt)},B,${q4.options[1]!.text},yes,4,80`);
  expect(rows).toContain('Question,Question id,Prompt,Votes,Share correct (%)');
  expect(rows).toContain(`2,${q2.id},${csvQuote(q2.prompt)},3,67`);
  expect(rows.slice(-4)).toEqual(['Rank,Team,Score', '1,Owls,2', '2,Foxes,1', '']);
  await expect(status(page)).toContainText('Results downloaded as classroom-keyboard-run-');

  // Backspace goes back to the last question, focus on its prompt.
  await page.keyboard.press('Backspace');
  await expect(page.getByRole('heading', { level: 2, name: q4.prompt })).toBeFocused();
});

test('shortcuts stay quiet while a field has focus or a modifier is held', async ({ page }) => {
  await open(page, link);
  await page.getByLabel('Beep when time is up').focus();
  for (const key of ['r', '1', 'ArrowRight', 't']) await page.keyboard.press(key);
  await expect(page.getByText('Question 1 of 3', { exact: true })).toBeVisible();
  await expect(page.getByText('Correct answer')).toHaveCount(0);
  await expect(votesFor(votesTable(page, 1), 'A')).toHaveText('0');
  await expect(page.getByRole('region', { name: 'Timer' }).getByText('Paused')).toBeVisible();
  await page.getByRole('heading', { level: 2 }).first().focus();
  for (const key of ['Control+ArrowRight', 'Alt+r', 'Shift+ArrowRight', 'Meta+1']) await page.keyboard.press(key);
  await expect(page.getByText('Question 1 of 3', { exact: true })).toBeVisible();
  await expect(page.getByText('Correct answer')).toHaveCount(0);
  await expect(votesFor(votesTable(page, 1), 'A')).toHaveText('0');
  // Space on a focused button presses that button rather than moving on.
  await page.getByRole('button', { name: 'Reveal the answer' }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByText('Question 1 of 3', { exact: true })).toBeVisible();
  await expect(page.getByText('✓ Correct answer').first()).toBeVisible();
});

test('F toggles full screen; the timer can be turned back on', async ({ page }) => {
  await open(page, link);
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement?.getAttribute('aria-labelledby') ?? null)).toBe('tc-presenter-title');
  await expect(page.getByRole('button', { name: 'Exit full screen' })).toBeVisible();
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
  await expect(page.getByRole('button', { name: 'Full screen' })).toBeVisible();
  await page.getByRole('button', { name: 'Turn timer off' }).click();
  await page.getByRole('button', { name: 'Turn timer on' }).click();
  await expect(page.getByRole('button', { name: 'Start timer' })).toBeFocused();
  await expect(clock(page)).toHaveText('0:40');
});

test('the timer announces 30 seconds left and time is up; it beeps only when sound is turned on', async ({ page }) => {
  // Count sounds: an AudioContext is created and an oscillator started only for the beep.
  await page.addInitScript(() => {
    const w = window as unknown as { tcSounds: { contexts: number; beeps: number }; AudioContext: typeof AudioContext };
    w.tcSounds = { contexts: 0, beeps: 0 };
    const Real = w.AudioContext;
    w.AudioContext = class extends Real {
      constructor() {
        super();
        w.tcSounds.contexts++;
      }
      override createOscillator() {
        const osc = super.createOscillator();
        const start = osc.start.bind(osc);
        osc.start = (...args: Parameters<OscillatorNode['start']>) => {
          w.tcSounds.beeps++;
          start(...args);
        };
        return osc;
      }
    };
  });
  await page.clock.install();
  await open(page, link);
  const sounds = () => page.evaluate(() => (window as unknown as { tcSounds: { contexts: number; beeps: number } }).tcSounds);
  const timer = page.getByRole('region', { name: 'Timer' });

  // Without sound: the messages, no beep.
  await page.keyboard.press('t');
  await page.clock.runFor(10_500);
  await expect(status(page)).toHaveText('30 seconds left.');
  await page.clock.runFor(31_000);
  await expect(clock(page)).toHaveText('0:00');
  await expect(status(page)).toHaveText('Time is up.');
  await expect(timer.getByText('Time is up.')).toBeVisible();
  await expect(timer.getByRole('button', { name: 'Start timer' })).toBeVisible();
  expect(await sounds()).toEqual({ contexts: 0, beeps: 0 });

  // With sound on (off by default), one beep when time is up.
  await expect(page.getByLabel('Beep when time is up')).not.toBeChecked();
  await page.getByLabel('Beep when time is up').check();
  await page.getByRole('button', { name: 'Start timer' }).click();
  await expect(clock(page)).toHaveText('0:40');
  await page.clock.runFor(41_000);
  await expect(status(page)).toHaveText('Time is up.');
  expect(await sounds()).toEqual({ contexts: 1, beeps: 1 });
});

test('a ready-made session works with no network after load and makes no requests', async ({ page, context }) => {
  await page.goto('/classroom/why-gender-assessment/');
  await page.waitForLoadState('networkidle');
  await expect(page.getByRole('button', { name: 'Keyboard shortcuts' })).toBeEnabled();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await context.setOffline(true);
  await expect(page.getByText(`Question 1 of ${bank.questions.length}`, { exact: true })).toBeVisible();
  for (const [i, q] of bank.questions.entries()) {
    await expect(page.getByRole('heading', { level: 2, name: q.prompt })).toBeVisible();
    await page.keyboard.press('1');
    await page.keyboard.press('r');
    await expect(page.getByRole('list', { name: 'Answers' }).getByText('Correct answer')).toHaveCount(rightOptions(q).length);
    await page.getByText(/: show the text$/).first().click();
    await expect(page.getByRole('blockquote').first()).not.toBeEmpty();
    await page.keyboard.press('ArrowRight');
    if (i === bank.questions.length - 1) await expect(page.getByRole('heading', { name: 'Results' })).toBeFocused();
  }
  await expect(page.getByText(`${bank.questions.length} of ${bank.questions.length} questions had votes`)).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export results (CSV)' }).click()]);
  expect(readFileSync((await download.path())!, 'utf8')).toContain(bank.questions[0]!.id);
  expect(requests.filter((u) => !u.startsWith('blob:'))).toEqual([]);
  await context.setOffline(false);
});

test('when the question bank cannot be fetched, a session link says so and Try again recovers; a ready-made page still presents', async ({ page }) => {
  let fail = true;
  await page.route('**/classroom/bank.json', (route) => (fail ? route.abort('internetdisconnected') : route.continue()));
  await page.goto(link);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The question bank could not be loaded');
  await expect(alert.getByRole('link', { name: 'Go to the session builder' })).toBeVisible();
  fail = false;
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { level: 2, name: q1.prompt })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Keyboard run');

  // A ready-made page carries its own questions: without the bank only the paragraph texts are missing; the report links stay.
  fail = true;
  await page.goto('/classroom/why-gender-assessment/');
  await expect(page.getByRole('button', { name: 'Keyboard shortcuts' })).toBeEnabled();
  await page.keyboard.press('r');
  await expect(page.getByRole('list', { name: 'Answers' }).getByText('Correct answer')).toHaveCount(rightOptions(q1).length);
  await expect(page.getByRole('link', { name: /^(Paragraph|paras) \d+/ }).first()).toBeVisible();
  await expect(page.getByText(/: show the text$/)).toHaveCount(0);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe is clean on the presenter before and after reveal and on the summary (${scheme}); text meets 7:1`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await open(page, link);
    for (const key of ['1', '1', '2']) await page.keyboard.press(key);
    expect(await axe(page), 'question').toEqual([]);
    expect(await enhancedContrast(page), 'question, 7:1').toEqual([]);
    await page.keyboard.press('r');
    await page.getByText('Paragraph 1: show the text').click();
    await page.getByRole('button', { name: 'Start timer' }).click();
    expect(await axe(page), 'revealed').toEqual([]);
    expect(await enhancedContrast(page), 'revealed, 7:1').toEqual([]);
    await page.keyboard.press('?');
    expect(await axe(page), 'keys dialog').toEqual([]);
    await page.keyboard.press('Escape');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('heading', { name: 'Results' })).toBeVisible();
    expect(await axe(page), 'summary').toEqual([]);
    expect(await enhancedContrast(page), 'summary, 7:1').toEqual([]);
  });
}
