import { expect, test } from './fixtures.ts';

test('the glossary lists at least 30 terms, each with paragraphs of the report', async ({ page }) => {
  await page.goto('/glossary/');
  const terms = page.getByRole('term');
  expect(await terms.count()).toBeGreaterThanOrEqual(30);
  for (const name of ['Palermo Protocol', 'Referral mechanism', 'Reflection period', 'Domestic servitude', 'Child, early and forced marriage', 'Forced labour', 'Sex-disaggregated data', 'Human rights-based approach']) {
    await expect(terms.filter({ hasText: new RegExp(`^${name}$`) }), name).toHaveCount(1);
  }
  const entry = page.locator('#palermo-protocol');
  await entry.getByRole('link', { name: 'Paragraph 20' }).click();
  await expect(page).toHaveURL(/\/source\/#para-20$/);
});

test('a term in a lesson shows its definition on focus and hover, and Escape hides it', async ({ page }) => {
  await page.goto('/modules/why-gender/a-human-rights-and-development-issue/');
  const term = page.getByRole('main').getByRole('link', { name: 'Sustainable Development Goals' }).first();
  // The definition is the link's accessible description, so screen readers hear it.
  await expect(term).toHaveAccessibleDescription(/^Sustainable Development Goals: /);
  const tip = page.getByRole('tooltip').filter({ hasText: /^Sustainable Development Goals:/ }).first();
  await expect(tip).toBeHidden();
  await term.focus();
  await expect(tip).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(tip).toBeVisible();
  await page.getByRole('heading', { level: 1 }).hover();
  await term.blur();
  await expect(tip).toBeHidden();
  await term.hover();
  await expect(tip).toBeVisible();
  await term.click();
  await expect(page).toHaveURL(/\/glossary\/#sustainable-development-goals$/);
  await expect(page.locator('#sustainable-development-goals')).toBeInViewport();
});
