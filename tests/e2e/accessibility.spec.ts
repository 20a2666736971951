/**
 * The page sweep: built pages with zero axe violations under the WCAG 2.2 AA
 * rules: every English page, and every kind of page in every other language
 * (all of them with TC_A11Y_ALL=1, `npm run test:a11y-all`). English pages get every rule in the
 * light theme and the rules whose result depends on colours (contrast) in the
 * dark theme too; the other languages' pages share the English pages'
 * templates and colour tokens, so they get every rule but those (contrast is
 * axe's slowest rule, and the sweep must fit the test budget). Every
 * visit also checks the exit control (outside embed views); each batch checks
 * that no request went to another origin and no cookie was set. Batches reuse
 * one browser tab and run axe in it directly (legacy mode: the default opens
 * a tab per run, which would double the sweep's time). The CSP
 * guard in fixtures.ts checks every visit for policy violations.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';
import { builtPages, missingPage } from './site.ts';
import { DICTIONARIES } from '../../src/i18n/index.ts';

// WCAG 2.2 AA, as axe tags it.
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** The axe rules whose outcome depends on colours. */
const themeRules = ['color-contrast', 'link-in-text-block'];
const LOCALIZED = /^\/(fr|es|ar|zh|ru)\//;
/** Route segments that name a page rather than a piece of content. */
const FIXED = new Set(['assessment', 'cards', 'session', 'print', 'key', 'questions', 'modules', 'quizzes']);
/** One template of pages in one language: "/fr/modules/why-gender/a-lesson/" gives "fr /modules/(any)/(any)/". */
const template = (path: string) => {
  const [, lang, ...rest] = path.split('/');
  return `${lang} /${rest.map((seg, i) => (i === 0 || seg === '' || FIXED.has(seg) ? seg : '(any)')).join('/')}`;
};
/**
 * TC_A11Y_ALL=1 sweeps every page of every language (about eight minutes on two
 * cores, three workers); by default the other languages are swept one page of each template
 * (every kind of page, in every language), English in full.
 */
const localized = builtPages().filter((p) => LOCALIZED.test(p));
const sample = process.env['TC_A11Y_ALL'] === '1' ? localized : [...new Map(localized.map((p) => [template(p), p])).values()];
const pages = [...builtPages().filter((p) => !LOCALIZED.test(p)), missingPage, ...sample];
/** Pages per test: one browser tab visits them in turn (a tab per page would double the sweep's time). */
const BATCH = 20;

for (let i = 0; i < pages.length; i += BATCH) {
  const batch = pages.slice(i, i + BATCH);
  test(`every page: ${batch[0]} … ${batch.at(-1)}`, async ({ page, baseURL, context }) => {
    test.setTimeout(240_000);
    const origin = new URL(baseURL!).origin;
    const problems: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) problems.push(`${page.url()}: request to ${request.url()}`);
    });
    const report = (path: string, scheme: string, violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']) => {
      for (const v of violations) problems.push(`${path} (${scheme}): ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    };
    for (const path of batch) {
      const localized = LOCALIZED.test(path);
      const lang = (localized ? path.split('/')[1] : 'en') as keyof typeof DICTIONARIES;
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(path);
      // Scroll to the end so islands that wait for visibility load (and make their requests, watched above) too.
      if (!localized) await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      // Other languages: every rule but the colour ones, which the English visit checks in both themes (same templates, same colours).
      const light = new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] }).withTags(tags);
      report(path, 'light', (await (localized ? light.disableRules(themeRules) : light).analyze()).violations);
      if (!localized) {
        await page.emulateMedia({ colorScheme: 'dark' });
        report(path, 'dark', (await new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] }).withRules(themeRules).analyze()).violations);
      }
      const embedView = /^\/([a-z]{2}\/)?embed\/./.test(path);
      if (!embedView && (await page.getByRole('link', { name: DICTIONARIES[lang]['safety.exit'], exact: true }).count()) !== 1) problems.push(`${path}: no exit control`);
    }
    expect(problems).toEqual([]);
    expect(await context.cookies()).toEqual([]);
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
