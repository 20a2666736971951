import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';
import { quiz, rightOptions, wrongOption } from './content.ts';
import { choose, question, questionForm } from './quiz.ts';

const lesson = '/modules/why-gender/the-international-framework/';
const check = quiz('why-gender-framework-check');
const [first, ...rest] = check.questions;
const axe = (page: import('@playwright/test').Page) =>
  new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze().then((r) => r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`));

test('the question is readable before and without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(lesson);
  await expect(question(page, first!)).toBeVisible();
  await expect(question(page, first!).getByRole('radio', { name: first!.options[0]!.text })).toBeVisible();
  await expect(page.getByText('The answers can be checked with JavaScript switched on.')).toBeVisible();
  await context.close();
});

test('answer a check wrong, then right, with feedback grounded in the report; axe clean in every state', async ({ page }) => {
  await page.goto(lesson);
  await expect(page.getByRole('region', { name: check.title })).toBeVisible();
  const group = question(page, first!);
  const form = questionForm(page, first!);
  await group.scrollIntoViewIfNeeded();
  expect(await axe(page), 'unanswered').toEqual([]);

  // Nothing selected: a text error, not only colour.
  await form.getByRole('button', { name: 'Check answer' }).click();
  await expect(form.getByRole('alert')).toHaveText('Error: Choose an answer, then check it.');
  await expect(group).toHaveAttribute('aria-invalid', 'true');
  expect(await axe(page), 'error').toEqual([]);

  await choose(page, first!, [wrongOption(first!)]);
  await expect(form.getByRole('alert')).toHaveText('');
  await form.getByRole('button', { name: 'Check answer' }).click();
  const status = form.getByRole('status');
  await expect(status).toContainText('Not quite');
  await expect(status).toContainText(`You chose: ${wrongOption(first!)}`);
  await expect(status.getByRole('link', { name: /Paragraph \d+/ }).first()).toHaveAttribute('href', /\/source\/#para-\d+$/);
  expect(await axe(page), 'wrong').toEqual([]);

  await form.getByRole('button', { name: 'Try again' }).click();
  await expect(group.getByRole('radio').first()).toBeFocused();
  await expect(status).toHaveText('');
  await choose(page, first!, rightOptions(first!));
  await form.getByRole('button', { name: 'Check answer' }).click();
  await expect(status).toContainText('Correct');
  expect(await axe(page), 'correct').toEqual([]);
});

test('a learner completes a lesson with the keyboard alone, and the lesson is marked complete', async ({ page }) => {
  await page.goto(lesson);
  const status = page.getByRole('main').getByRole('status').filter({ hasText: /knowledge check|completed this lesson/ });
  await expect(status).toHaveText('Answer the knowledge check to complete this lesson.');
  for (const q of check.questions) {
    const group = question(page, q);
    const form = questionForm(page, q);
    await group.scrollIntoViewIfNeeded();
    await expect(form.getByRole('button', { name: 'Check answer' })).toBeEnabled();
    // Reach the first option with Tab, pick the right one(s) with arrows or Space.
    await group.getByRole(q.type === 'multiple' ? 'checkbox' : 'radio').first().focus();
    if (q.type === 'multiple') {
      for (const [i, option] of q.options.entries()) {
        if (i > 0) await page.keyboard.press('Tab');
        if (option.correct) await page.keyboard.press('Space');
      }
    } else {
      const target = q.options.findIndex((o) => o.correct);
      await page.keyboard.press('Space');
      for (let i = 0; i < target; i++) await page.keyboard.press('ArrowDown');
    }
    // The check button follows the options in tab order.
    for (let i = 0; i < 5; i++) {
      if (await form.getByRole('button', { name: 'Check answer' }).evaluate((b) => b === document.activeElement)) break;
      await page.keyboard.press('Tab');
    }
    await expect(form.getByRole('button', { name: 'Check answer' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(form.getByRole('status')).toContainText('Correct');
  }
  await expect(status).toHaveText('✓ You have completed this lesson.');
  await page.reload();
  await expect(page.getByRole('main').getByRole('status').filter({ hasText: 'completed this lesson' })).toBeVisible();
  // The last answers are shown again after the reload.
  const last = questionForm(page, rest.at(-1) ?? first!);
  await last.scrollIntoViewIfNeeded();
  await expect(last.getByRole('status')).toContainText('Correct');
});
