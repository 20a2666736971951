import { expect, test } from './fixtures.ts';

test('a learner reads a lesson, follows a citation to the report and comes back', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Start the course' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trafficking as a human rights violation and a development issue');
  await expect(page.getByRole('navigation', { name: 'Breadcrumbs' }).getByRole('link', { name: 'Why a gender-sensitive response' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Key points' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();

  const lessonUrl = page.url();
  const citation = page.getByRole('link', { name: 'Report, paragraph 3' }).first();
  await citation.click();
  await expect(page).toHaveURL(/\/source\/#para-3$/);
  const paragraph = page.locator('#para-3');
  await expect(paragraph).toBeInViewport();
  await expect(paragraph).toContainText('2030 Agenda for Sustainable Development');
  // The paragraph lists the lessons that cite it, so the way back is a link too.
  await paragraph.getByRole('link', { name: 'Trafficking as a human rights violation and a development issue' }).click();
  await expect(page).toHaveURL(lessonUrl);
  await page.goBack();
  await page.goBack();
  await expect(page).toHaveURL(lessonUrl);
});

test('lessons link to the next lesson and mark the current one', async ({ page }) => {
  await page.goto('/modules/why-gender/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Why a gender-sensitive response');
  const lessons = page.getByRole('main').getByRole('listitem').getByRole('link');
  await lessons.first().click();
  const pager = page.getByRole('navigation', { name: 'Lessons in this module' });
  await expect(pager.locator('[aria-current="page"]')).toContainText('1.');
  await pager.getByRole('link', { name: /Next lesson/ }).click();
  await expect(pager.locator('[aria-current="page"]')).toContainText('2.');
  await expect(pager.getByRole('link', { name: /Previous lesson/ })).toBeVisible();
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/modules/why-gender/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});
