import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './fixtures.ts';
import { parse } from 'yaml';

interface Step { id: string; situation: string; choices: { text: string; next: string }[] }
interface Ending { id: string; outcome: 'good' | 'mixed' | 'poor'; title: string }
const id = 'identification-and-support-scenario-border';
const scenario = parse(readFileSync(`content/quizzes/${id}.yaml`, 'utf8')) as { title: string; start: string; steps: Step[]; endings: Ending[] };
const outcomeLabel = { good: 'Good outcome', mixed: 'Mixed outcome', poor: 'Poor outcome' };

/** The choices that lead from the start to an ending with the given outcome. */
function pathTo(outcome: Ending['outcome']): { choices: string[]; ending: Ending } {
  const walk = (stepId: string, taken: string[]): { choices: string[]; ending: Ending } | undefined => {
    const ending = scenario.endings.find((e) => e.id === stepId);
    if (ending) return ending.outcome === outcome ? { choices: taken, ending } : undefined;
    const step = scenario.steps.find((s) => s.id === stepId)!;
    for (const c of step.choices) {
      const found = walk(c.next, [...taken, c.text]);
      if (found) return found;
    }
    return undefined;
  };
  return walk(scenario.start, [])!;
}

async function playByKeyboard(page: Page, choices: string[]) {
  for (const [i, text] of choices.entries()) {
    const heading = page.getByRole('heading', { name: `Step ${i + 1}`, exact: true });
    await expect(heading).toBeFocused();
    // From the step heading, Tab reaches the choices in order.
    const button = page.getByRole('button', { name: text, exact: true });
    for (let k = 0; k < 6 && !(await button.evaluate((b) => b === document.activeElement)); k++) await page.keyboard.press('Tab');
    await expect(button).toBeFocused();
    await page.keyboard.press('Enter');
  }
}

test('a scenario played to two different endings by keyboard, restarted in between', async ({ page }) => {
  await page.goto(`/scenarios/${id}/`);
  const section = page.getByRole('region', { name: scenario.title });
  await expect(section).toContainText('invented');
  const first = section.getByRole('button', { name: scenario.steps.find((s) => s.id === scenario.start)!.choices[0]!.text, exact: true });
  await expect(first).toBeEnabled();
  // Start from the first step heading, as a keyboard user arriving there would.
  await page.getByRole('heading', { name: 'Step 1', exact: true }).focus();

  const good = pathTo('good');
  await playByKeyboard(page, good.choices);
  const goodHeading = page.getByRole('heading', { name: `${outcomeLabel.good}: ${good.ending.title}` });
  await expect(goodHeading).toBeFocused();
  await expect(section.getByRole('link', { name: /Paragraph \d+|paras\./ }).first()).toBeVisible();
  await expect(section.getByText(/You have reached 1 of \d+ endings/)).toBeVisible();

  // Past the ending's source links, Tab reaches "Start again".
  const again = page.getByRole('button', { name: 'Start again' });
  for (let k = 0; k < 8 && !(await again.evaluate((b) => b === document.activeElement)); k++) await page.keyboard.press('Tab');
  await expect(again).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Step 1', exact: true })).toBeFocused();

  const poor = pathTo('poor');
  await playByKeyboard(page, poor.choices);
  await expect(page.getByRole('heading', { name: `${outcomeLabel.poor}: ${poor.ending.title}` })).toBeFocused();
  await expect(section.getByText(/You have reached 2 of \d+ endings/)).toBeVisible();

  // The endings reached are kept on the device.
  const stored = JSON.parse((await page.evaluate(() => localStorage.getItem('tc-progress')))!);
  expect(Object.keys(stored.quizzes[id].endings).sort()).toEqual([good.ending.id, poor.ending.id].sort());
});
