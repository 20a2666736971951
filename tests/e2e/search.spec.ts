import { expect, test, type Page } from './fixtures.ts';

const results = (page: Page) => page.getByRole('list', { name: 'Search' }).getByRole('listitem');

test.describe('search', () => {
  test('the header box searches from any page', async ({ page }) => {
    await page.goto('/glossary/');
    const box = page.getByRole('search', { name: 'Search the course' }).getByRole('searchbox', { name: 'Search the course' });
    await box.fill('Palermo');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=Palermo/);
    await expect(page.getByRole('main').getByRole('status')).toHaveText(/results? for “Palermo”/);
    await expect(results(page).first()).toBeVisible();
    const links = results(page).getByRole('link');
    await expect(links.filter({ hasText: 'Glossary: Palermo Protocol' })).toHaveCount(1);
    await expect(links.filter({ hasText: /^The report, paragraph 20$/ })).toHaveCount(1);
  });

  test('domestic servitude finds the glossary term, lessons and paragraphs', async ({ page }) => {
    await page.goto('/search/?q=domestic%20servitude');
    await expect(page.getByRole('searchbox', { name: 'Search the course' }).last()).toHaveValue('domestic servitude');
    const links = results(page).getByRole('link');
    await expect(links.filter({ hasText: 'Glossary: Domestic servitude' })).toHaveCount(1);
    await expect(links.filter({ hasText: /^The report, paragraph 10$/ })).toHaveCount(1);
    await expect(links.filter({ hasText: /Forms of exploitation/ }).first()).toBeVisible();
  });

  test('migrant women workers: a result opens the exact paragraph', async ({ page }) => {
    await page.goto('/search/?q=migrant%20women%20workers&kind=source');
    await expect(page.getByRole('combobox', { name: 'Kind' })).toHaveValue('source');
    const link = results(page).getByRole('link').filter({ hasText: /^The report, paragraph 18$/ });
    await expect(link).toHaveCount(1);
    await link.click();
    await expect(page).toHaveURL(/\/source\/#para-18$/);
    await expect(page.locator('#para-18')).toContainText('women migrant workers');
  });

  test('filters narrow results to a module and a kind, by keyboard', async ({ page }) => {
    await page.goto('/search/');
    const box = page.getByRole('main').getByRole('searchbox', { name: 'Search the course' });
    await box.focus();
    await page.keyboard.type('convicted');
    await page.keyboard.press('Enter');
    await expect(results(page).first()).toBeVisible();
    await page.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'Lessons' });
    await page.getByRole('combobox', { name: 'Module' }).selectOption({ label: '2. Who is trafficked, and for what' });
    await expect(page).toHaveURL(/module=scale-and-patterns/);
    await expect(results(page).first()).toBeVisible();
    for (const kind of await results(page).getByText(/^Lessons · /).allTextContents()) expect(kind).toBe('Lessons · Who is trafficked, and for what');
    await expect(results(page)).toHaveCount(await results(page).getByText(/^Lessons · Who is trafficked/).count());
  });

  test('an unknown word says so', async ({ page }) => {
    await page.goto('/search/?q=zzqxv');
    await expect(page.getByRole('main').getByRole('status')).toHaveText('No results for “zzqxv”. Try fewer or different words.');
  });

  test('pages other than search load no search code', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto('/modules/why-gender/');
    const box = page.getByRole('searchbox', { name: 'Search the course' });
    await box.focus();
    await box.fill('x');
    expect(requests.filter((u) => u.includes('pagefind'))).toEqual([]);
  });
});
