import { expect, test } from './fixtures.ts';
import { missingPage } from './site.ts';

test('a missing page answers 404 with a way back', async ({ page }) => {
  const response = await page.goto(missingPage);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page).toHaveTitle(/Page not found/);
  await page.getByRole('link', { name: 'Go to the course home' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Responding to Trafficking in Women and Girls');
});
