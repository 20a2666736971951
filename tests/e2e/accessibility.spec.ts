/**
 * The page sweep: every built page, visited once in each theme, with zero axe
 * violations. The light visit runs every WCAG 2.2 AA rule; the dark visit runs
 * the rules whose result can change with the colours (contrast), since the
 * themes differ only in colour tokens: this halves the sweep's time. The light
 * visit also checks: no request to another origin, no cookie, and (outside
 * embed views) the exit control. The CSP guard in fixtures.ts checks every
 * visit for policy violations.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';
import { builtPages, missingPage } from './site.ts';

// WCAG 2.2 AA, as axe tags it.
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const pages = [...builtPages(), missingPage];
/** The axe rules whose outcome depends on colours. */
const themeRules = ['color-contrast', 'link-in-text-block'];

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    for (const path of pages) {
      test(path, async ({ page, baseURL, context }) => {
        const origin = new URL(baseURL!).origin;
        const foreign: string[] = [];
        page.on('request', (request) => {
          const url = new URL(request.url());
          if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) foreign.push(request.url());
        });
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(path);
        const axe = new AxeBuilder({ page });
        const results = await (scheme === 'light' ? axe.withTags(tags) : axe.withRules(themeRules)).analyze();
        const summary = results.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
        expect(summary, `axe violations on ${path} (${scheme})`).toEqual([]);
        if (scheme === 'dark') return;
        // Scroll to the end so islands that wait for visibility load too.
        await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        await page.waitForLoadState('networkidle');
        expect(foreign, `requests to other origins from ${path}`).toEqual([]);
        expect(await context.cookies(), `cookies set by ${path}`).toEqual([]);
        if (!path.startsWith('/embed/') || path === '/embed/') {
          await expect(page.getByRole('link', { name: 'Exit this page' }), path).toHaveCount(1);
        }
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

test('search results page contacts no other origin', async ({ page, baseURL }) => {
  const foreign: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).origin !== new URL(baseURL!).origin) foreign.push(r.url());
  });
  await page.goto('/search/?q=Palermo', { waitUntil: 'networkidle' });
  await expect(page.getByRole('main').getByRole('status')).toHaveText(/results? for/);
  expect(foreign).toEqual([]);
});
