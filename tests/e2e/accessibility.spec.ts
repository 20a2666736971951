import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';
import { builtPages, missingPage } from './site.ts';

// WCAG 2.2 AA, as axe tags it.
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const pages = [...builtPages(), missingPage];

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${scheme} theme`, () => {
    for (const path of pages) {
      test(path, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(path);
        const results = await new AxeBuilder({ page }).withTags(tags).analyze();
        const summary = results.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
        expect(summary, `axe violations on ${path} (${scheme})`).toEqual([]);
      });
    }
  });
}

test('search results page is axe clean with results shown', async ({ page }) => {
  await page.goto('/search/?q=Palermo');
  await expect(page.getByRole('main').getByRole('status')).toHaveText(/results? for/);
  const results = await new AxeBuilder({ page }).withTags(tags).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});
