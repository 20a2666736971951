/**
 * The course in other languages: a lesson, a quiz and search in French and
 * Arabic; switching language on a lesson keeps progress; right-to-left layout
 * without overflow (screenshots attached to the report); the interface
 * fallback for Chinese and Russian; hreflang; the home page's one-time
 * language suggestion; no interface text left in English.
 */
import { expect, test, type Page } from './fixtures.ts';
import { lessonData, quiz, rightOptions } from './content.ts';
import { choose, questionForm } from './quiz.ts';
import { ar } from '../../src/i18n/ar.ts';
import { en } from '../../src/i18n/en.ts';
import { fr } from '../../src/i18n/fr.ts';
import { zh } from '../../src/i18n/zh.ts';
import { encodeSession } from '../../src/lib/classroom-session.ts';

const lesson = { file: 'scale-and-patterns/01-what-the-figures-say', path: 'modules/scale-and-patterns/what-the-figures-say/', check: 'scale-and-patterns-figures-check' };

test('French: a lesson, its knowledge check with feedback, then English on the same page with the progress kept', async ({ page }) => {
  await page.goto(`/fr/${lesson.path}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(lessonData(lesson.file, 'fr').title);
  await expect(page.getByRole('navigation', { name: fr['nav.label'] }).getByRole('link', { name: fr['nav.modules'] })).toHaveAttribute('href', '/fr/modules/');

  const q = quiz(lesson.check, 'fr').questions[0]!;
  await choose(page, q, rightOptions(q));
  await questionForm(page, q).getByRole('button', { name: fr['quiz.check'] }).click();
  const status = questionForm(page, q).getByRole('status');
  await expect(status).toContainText(fr['quiz.correct']);
  // The explanation comes from the French feedback file.
  const explanation = (quiz(lesson.check, 'fr').questions[0] as unknown as { explanation: string }).explanation.replace(/\s+/g, ' ').trim();
  await expect(status).toContainText(explanation.slice(0, 60));

  // The language menu leads to the same lesson in English, where the answer is kept.
  await page.locator('summary', { hasText: fr['lang.label'] }).click();
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(new RegExp(`/${lesson.path}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const enQ = quiz(lesson.check).questions[0]!;
  // The check loads as it comes into view, showing the answer given in French.
  await questionForm(page, enQ).scrollIntoViewIfNeeded();
  await expect(questionForm(page, enQ).getByRole('status')).toContainText(en['quiz.correct']);
  await expect(page.getByRole('group', { name: enQ.prompt }).getByRole('radio', { name: rightOptions(enQ)[0]!, exact: true })).toBeChecked();
  expect(await page.evaluate(() => localStorage.getItem('tc-language'))).toBe('en');
});

test('French search finds French lessons and stays in French', async ({ page }) => {
  await page.goto('/fr/search/?q=traite');
  const results = page.getByRole('list', { name: fr['search.title'] }).getByRole('listitem').getByRole('link');
  await expect(results.first()).toBeVisible();
  const hrefs = await results.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThan(0);
  expect(hrefs.filter((h) => !h.startsWith('/fr/')), 'results outside French').toEqual([]);
});

/** Nothing wider than the viewport, at a phone's width and a desktop's. */
async function noOverflow(page: Page, what: string) {
  const over = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll('body *')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && (r.right > width + 1 || r.left < -1) && getComputedStyle(el).position !== 'fixed' && !el.closest('.tc-visually-hidden, [hidden]');
      })
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
  });
  expect(over, `${what}: elements overflowing the page`).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth), `${what}: horizontal scroll`).toBe(true);
}

for (const width of [360, 1280]) {
  test(`Arabic at ${width}px: lesson, quiz and classroom presenter lay out right to left without overflow`, async ({ page }, info) => {
    await page.setViewportSize({ width, height: 800 });
    const check = quiz(lesson.check, 'ar');
    const shots: [string, string][] = [
      ['lesson', `/ar/${lesson.path}`],
      ['quiz', '/ar/modules/why-gender/assessment/'],
      ['classroom presenter', '/ar/classroom/why-gender-assessment/'],
    ];
    for (const [what, url] of shots) {
      await page.goto(url);
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
      const h1 = page.getByRole('heading', { level: 1 });
      await expect(h1).toBeVisible();
      expect(await h1.evaluate((el) => getComputedStyle(el).direction), what).toBe('rtl');
      // Right to left: the heading starts at the right edge of its box, and the header's title sits right of its tools.
      const [box, parent] = await h1.evaluate((el) => [el.getBoundingClientRect().right, el.parentElement!.getBoundingClientRect().right]);
      expect(Math.abs(box! - parent!), `${what}: heading aligned to the right`).toBeLessThan(40);
      if (width > 1000) {
        const title = await page.getByRole('banner').getByRole('link', { name: ar['site.title'] }).boundingBox();
        const search = await page.getByRole('banner').getByRole('search').boundingBox();
        expect(title!.x, `${what}: title right of the search box`).toBeGreaterThan(search!.x);
      }
      if (what === 'lesson') {
        const q = check.questions[0]!;
        await choose(page, q, rightOptions(q));
        await questionForm(page, q).getByRole('button', { name: ar['quiz.check'] }).click();
        await expect(questionForm(page, q).getByRole('status')).toContainText(ar['quiz.correct']);
      }
      await noOverflow(page, `${what} at ${width}px`);
      await info.attach(`${what}-${width}.png`, { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
    }
  });
}

test('Arabic search finds Arabic lessons', async ({ page }) => {
  await page.goto(`/ar/search/?q=${encodeURIComponent('الاتجار')}`);
  const results = page.getByRole('list', { name: ar['search.title'] }).getByRole('listitem').getByRole('link');
  await expect(results.first()).toBeVisible();
  const hrefs = await results.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.filter((h) => !h.startsWith('/ar/'))).toEqual([]);
});

test('Chinese: the interface in Chinese, the lessons in English under a notice, marked as English', async ({ page }) => {
  await page.goto(`/zh/${lesson.path}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh');
  await expect(page.getByText(zh['lang.fallback'])).toBeVisible();
  const h1 = page.getByRole('heading', { level: 1 });
  await expect(h1).toHaveText(lessonData(lesson.file).title);
  await expect(h1).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('navigation', { name: zh['nav.label'] })).toBeVisible();
});

test('every page names its versions in every language (hreflang), English as the default', async ({ page }) => {
  await page.goto(`/es/${lesson.path}`);
  const alternates = await page.locator('link[rel="alternate"]').evaluateAll((links) => links.map((l) => `${l.getAttribute('hreflang')} ${new URL(l.getAttribute('href')!).pathname}`));
  expect(alternates).toEqual([
    `en /${lesson.path}`,
    `fr /fr/${lesson.path}`,
    `es /es/${lesson.path}`,
    `ar /ar/${lesson.path}`,
    `zh /zh/${lesson.path}`,
    `ru /ru/${lesson.path}`,
    `x-default /${lesson.path}`,
  ]);
});

test.describe('a French browser', () => {
  test.use({ locale: 'fr-FR' });
  test('the English home page suggests French once, in French, and does not redirect', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/$/);
    const offer = page.getByRole('complementary', { name: fr['lang.suggest'] });
    await expect(offer).toBeVisible();
    await expect(offer.getByRole('link', { name: fr['lang.switch'] })).toHaveAttribute('href', '/fr/');
    await offer.getByRole('button', { name: fr['lang.dismiss'] }).click();
    await expect(offer).toBeHidden();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('complementary', { name: fr['lang.suggest'] })).toHaveCount(0);
  });
});

test('a language chosen in the menu is offered again on the English home page', async ({ page }) => {
  await page.goto('/fr/');
  await page.locator('summary', { hasText: fr['lang.label'] }).click();
  await page.getByRole('link', { name: 'العربية' }).click();
  await expect(page).toHaveURL(/\/ar\/$/);
  await page.goto('/');
  await expect(page.getByRole('complementary', { name: ar['lang.suggest'] }).getByRole('link', { name: ar['lang.switch'] })).toHaveAttribute('href', '/ar/');
});

/** Latin words in a row that are not inside an element marked as another language. */
async function englishLeftovers(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    // Two Latin words in a row (code names like tc-progress are one word); the licence's name is the same in every language.
    const phrase = /\b(?!CC BY)[A-Za-z]{2,}(?:[\s'’]+[A-Za-z]{2,})+/;
    const own = (el: Element | null) => (el?.closest('[lang]')?.getAttribute('lang') ?? '').startsWith('ar');
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      // Code (the embed snippet) is not interface text.
      if (!el || el.closest('script, style, template, textarea, code') || !own(el)) continue;
      const m = phrase.exec(n.textContent ?? '');
      if (m) found.push(`${el.tagName.toLowerCase()}: ${m[0]}`);
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
      if (!own(el)) continue;
      for (const attr of ['aria-label', 'title', 'placeholder', 'alt']) {
        const m = phrase.exec(el.getAttribute(attr) ?? '');
        if (m) found.push(`${el.tagName.toLowerCase()}[${attr}]: ${m[0]}`);
      }
    }
    return found;
  });
}

test('no interface text is left in English on the Arabic pages of every kind', async ({ page }) => {
  test.setTimeout(120_000); // 25 pages, each waited on until its islands have loaded
  const session = encodeSession({ title: 'جلسة', questions: [quiz('why-gender-rights-check').questions[0]!.id], timer: 0, teams: [] });
  const urls = [
    '/ar/', '/ar/modules/', '/ar/modules/why-gender/', `/ar/${lesson.path}`, '/ar/modules/why-gender/assessment/',
    '/ar/scenarios/', '/ar/scenarios/identification-and-support-scenario-border/', '/ar/paths/', '/ar/paths/policy/',
    '/ar/glossary/', '/ar/progress/', '/ar/certificate/', '/ar/search/?q=%D8%A7%D9%84%D8%A7%D8%AA%D8%AC%D8%A7%D8%B1', '/ar/source/',
    '/ar/classroom/', '/ar/classroom/why-gender-assessment/', `/ar/classroom/session/#s=${session}`, `/ar/classroom/print/key/#s=${session}`,
    '/ar/classroom/cards/', '/ar/embed/', `/ar/embed/${lesson.path}`, '/ar/embed/quizzes/why-gender-assessment/',
    '/ar/safety/', '/ar/privacy/', '/ar/support/',
  ];
  const leftovers: string[] = [];
  for (const url of urls) {
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    for (const text of await englishLeftovers(page)) leftovers.push(`${url} ${text}`);
  }
  expect(leftovers).toEqual([]);
});
