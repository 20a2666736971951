import { expect, test } from './fixtures.ts';

test('the report has every paragraph and footnote anchor, with footnotes linked both ways', async ({ page }) => {
  await page.goto('/source/');
  await expect(page.getByRole('heading', { level: 1, name: 'The report' })).toBeVisible();
  for (let n = 1; n <= 70; n++) await expect(page.locator(`#para-${n}`), `paragraph ${n}`).toHaveCount(1);
  for (let n = 1; n <= 13; n++) await expect(page.locator(`#fn-${n}`), `footnote ${n}`).toHaveCount(1);
  await expect(page.locator('#para-71')).toHaveCount(0);
  await expect(page.locator('#fn-14')).toHaveCount(0);

  // Paragraph 7 refers to footnote 1; the footnote links back to the reference.
  const para7 = page.locator('#para-7');
  await para7.getByRole('link', { name: 'Footnote 1' }).click();
  await expect(page).toHaveURL(/#fn-1$/);
  await expect(page.locator('#fn-1')).toContainText('Committee on the Protection of the Rights of All Migrant Workers');
  await page.locator('#fn-1').getByRole('link', { name: 'Back to reference 1 in paragraph 7' }).click();
  await expect(page).toHaveURL(/#fnref-1-1$/);
  await expect(para7.getByRole('link', { name: 'Footnote 1' })).toBeInViewport();
});

test('the report reads as received: page-break joins repaired and figures intact', async ({ page }) => {
  await page.goto('/source/');
  await expect(page.locator('#para-8')).toContainText('based on a human rights framework, as a means of preventing trafficking');
  await expect(page.locator('#para-45')).toContainText('worth $1.75 million');
  await expect(page.locator('#para-9')).toContainText('women and girls accounted for 70 per cent of all trafficking victims detected globally');
  await expect(page.getByRole('navigation', { name: 'Contents' }).getByRole('link')).toHaveCount(16);
});
