/**
 * Embedding: a partner's page on another origin (127.0.0.1, tests/e2e/host-page.ts)
 * frames the course (localhost) with the code from /embed/, and gets a frame that
 * fits its content, quiz events it can trust, and nothing else.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Frame, type FrameLocator, type Locator, type Page } from './fixtures.ts';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { quiz, rightOptions, type BankQuestion } from './content.ts';
import { HostSite } from './host-page.ts';
import { domEventExample, messageExample } from '../../src/lib/embed-code.ts';

const host = new HostSite();
test.beforeAll(() => host.start());
test.afterAll(() => host.stop());

const lessonPath = '/embed/modules/scale-and-patterns/what-the-figures-say/';
const figures = quiz('scale-and-patterns-figures-check');
const assessment = quiz('why-gender-assessment');
const storageLine = 'Your answers will not be kept: this browser blocks saving them here.';
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const courseOrigin = (baseURL: string | undefined) => new URL(baseURL!).origin;

/** The code the generator writes (src/lib/embed-code.ts), by hand. */
const embed = (src: string, id: string, title = 'Embedded course content') =>
  `<iframe id="${id}" src="${src}" title="${title}" style="width:100%;border:0;height:600px" loading="lazy"></iframe>`;
const script = (course: string) => `<script src="${course}/embed.js" defer></script>`;

/** Records, on the host page, what arrives: checked messages and DOM events. */
const recorder = (course: string) => `<script>
  window.messages = []; window.allMessages = 0; window.domEvents = [];
  addEventListener('message', function (e) {
    window.allMessages++;
    if (e.origin === '${course}' && e.data && e.data.channel === 'trafficking-course' && e.data.type !== 'resize') window.messages.push(e.data);
  });
  ['quiz-answered', 'quiz-completed', 'scenario-ended'].forEach(function (type) {
    document.addEventListener('trafficking-course:' + type, function (e) { window.domEvents.push({ frame: e.target.id, detail: e.detail }); });
  });
</script>`;

const messages = (page: Page) => page.evaluate(() => (window as unknown as { messages: unknown[] }).messages);
const domEvents = (page: Page) => page.evaluate(() => (window as unknown as { domEvents: unknown[] }).domEvents);

async function frameOf(iframe: Locator): Promise<Frame> {
  const frame = await (await iframe.elementHandle())!.contentFrame();
  await frame!.waitForLoadState();
  return frame!;
}

/** How far the frame's height is from its content's height, in px. */
async function misfit(iframe: Locator): Promise<number> {
  const frame = await frameOf(iframe);
  const content = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
  const outer = await iframe.evaluate((el) => el.getBoundingClientRect().height);
  return Math.abs(content - outer);
}

const outerHeight = (iframe: Locator) => iframe.evaluate((el) => el.getBoundingClientRect().height);

async function answer(scope: Page | FrameLocator, q: BankQuestion, options: string[]) {
  const group = scope.getByRole('group', { name: q.prompt });
  for (const text of options) await group.getByRole(q.type === 'multiple' ? 'checkbox' : 'radio', { name: text, exact: true }).check();
}

async function checkAnswer(scope: Page | FrameLocator, q: BankQuestion) {
  await answer(scope, q, rightOptions(q));
  const form = scope.locator('form').filter({ has: scope.getByRole('group', { name: q.prompt }) });
  await form.getByRole('button', { name: 'Check answer' }).click();
  await expect(form.getByRole('status')).toContainText('Correct');
}

test('an embedded lesson on another origin fits its content, before and after feedback appears', async ({ page, baseURL }) => {
  const course = courseOrigin(baseURL);
  await page.goto(host.page('/lesson.html', `<p>Our training page.</p>\n${embed(course + lessonPath, 'lesson')}\n${script(course)}\n<p>After the lesson.</p>`));
  const iframe = page.locator('#lesson');
  await expect.poll(() => misfit(iframe), { message: 'the frame takes its content height' }).toBeLessThanOrEqual(2);
  const before = await outerHeight(iframe);
  // Far taller than the fixed 600 px of the code: it was sized, and it has no scrollbar of its own.
  expect(before).toBeGreaterThan(1500);
  const frame = await frameOf(iframe);
  expect(await frame.evaluate(() => document.documentElement.scrollHeight - document.documentElement.clientHeight)).toBeLessThanOrEqual(1);

  await checkAnswer(page.frameLocator('#lesson'), figures.questions[0]!);
  await expect.poll(() => outerHeight(iframe), { message: 'the frame grows with the feedback' }).toBeGreaterThan(before + 50);
  await expect.poll(() => misfit(iframe)).toBeLessThanOrEqual(2);

  // A narrower window: the text wraps, the frame follows.
  const wide = await outerHeight(iframe);
  await page.setViewportSize({ width: 480, height: 800 });
  await expect.poll(() => outerHeight(iframe)).toBeGreaterThan(wide + 200);
  await expect.poll(() => misfit(iframe)).toBeLessThanOrEqual(2);
});

test('quiz-answered and quiz-completed reach the host page, as checked messages and as DOM events', async ({ page, baseURL }) => {
  const course = courseOrigin(baseURL);
  const logs: string[] = [];
  page.on('console', (m) => logs.push(m.text()));
  await page.goto(
    host.page(
      '/events.html',
      [
        embed(`${course}/embed/quizzes/scale-and-patterns-figures-check/`, 'check'),
        embed(`${course}/embed/quizzes/why-gender-assessment/`, 'assessment'),
        script(course),
        recorder(course),
        // The two examples documented on /embed/, as a web editor would paste them.
        domEventExample(course),
        messageExample(course),
      ].join('\n'),
    ),
  );
  const q = figures.questions[0]!;
  await checkAnswer(page.frameLocator('#check'), q);
  const answered = { channel: 'trafficking-course', type: 'quiz-answered', quiz: 'scale-and-patterns-figures-check', question: q.id, correct: true };
  await expect.poll(() => messages(page)).toEqual([answered]);
  await expect.poll(() => domEvents(page)).toEqual([{ frame: 'check', detail: answered }]);
  await expect.poll(() => logs).toContain(`Question ${q.id} right`);

  const frame = page.frameLocator('#assessment');
  for (const aq of assessment.questions) await answer(frame, aq, rightOptions(aq));
  await frame.getByRole('button', { name: 'Submit answers' }).click();
  await expect(frame.getByRole('heading', { name: 'Your result' })).toBeVisible();
  const max = assessment.questions.length;
  const completed = { channel: 'trafficking-course', type: 'quiz-completed', quiz: 'why-gender-assessment', score: max, max };
  await expect.poll(() => messages(page)).toEqual([answered, completed]);
  await expect.poll(() => domEvents(page)).toEqual([
    { frame: 'check', detail: answered },
    { frame: 'assessment', detail: completed },
  ]);
  // Both documented listeners saw it.
  await expect.poll(() => logs.filter((l) => l === `Assessment why-gender-assessment: ${max} of ${max}`).length).toBe(2);
});

test('scenario-ended reaches the host page with the ending reached', async ({ page, baseURL }) => {
  const course = courseOrigin(baseURL);
  const id = 'crisis-and-migration-scenario-camp';
  const scenario = parse(readFileSync(`content/quizzes/${id}.yaml`, 'utf8')) as {
    start: string;
    steps: { id: string; choices: { text: string; next: string }[] }[];
    endings: { id: string }[];
  };
  await page.goto(host.page('/scenario.html', `${embed(`${course}/embed/quizzes/${id}/`, 'scenario')}\n${script(course)}\n${recorder(course)}`));
  const frame = page.frameLocator('#scenario');
  // Always the last choice, until an ending.
  let at = scenario.start;
  for (let step = scenario.steps.find((s) => s.id === at); step; step = scenario.steps.find((s) => s.id === at)) {
    const choice = step.choices.at(-1)!;
    await frame.getByRole('button', { name: choice.text, exact: true }).click();
    at = choice.next;
  }
  expect(scenario.endings.map((e) => e.id)).toContain(at);
  await expect.poll(() => domEvents(page)).toEqual([{ frame: 'scenario', detail: { channel: 'trafficking-course', type: 'scenario-ended', quiz: id, ending: at } }]);
});

test('messages forged by other frames of the host page change nothing', async ({ page, baseURL }) => {
  const course = courseOrigin(baseURL);
  // A page of the host's own origin that looks like an embed view: it may size only itself.
  host.page('/embed/quizzes/lookalike/', '<p>Not the course.</p>');
  await page.goto(
    host.page(
      '/forged.html',
      [
        embed(`${course}/embed/quizzes/scale-and-patterns-figures-check/`, 'course'),
        '<iframe id="ad" title="Advertisement" srcdoc="<p>An advertisement</p>"></iframe>',
        `<iframe id="lookalike" title="Look-alike" src="${host.origin}/embed/quizzes/lookalike/" style="height:150px"></iframe>`,
        script(course),
        recorder(course),
        domEventExample(course),
        messageExample(course),
      ].join('\n'),
    ),
  );
  const iframe = page.locator('#course');
  await expect.poll(() => misfit(iframe)).toBeLessThanOrEqual(2);
  const height = await outerHeight(iframe);
  const received = await page.evaluate(() => (window as unknown as { allMessages: number }).allMessages);
  const logs: string[] = [];
  page.on('console', (m) => logs.push(m.text()));

  const forge = () => {
    const C = 'trafficking-course';
    for (const m of [
      { channel: C, type: 'resize', height: 5000 },
      { channel: C, type: 'quiz-completed', quiz: 'scale-and-patterns-figures-check', score: 3, max: 3 },
      { channel: C, type: 'quiz-answered', quiz: 'scale-and-patterns-figures-check', question: 'sp-speech-draft-figure', correct: true },
      { channel: C, type: 'scenario-ended', quiz: 'crisis-and-migration-scenario-camp', ending: 'married' },
    ]) {
      parent.postMessage(m, '*');
    }
  };
  for (const id of ['ad', 'lookalike']) {
    const frame = await frameOf(page.locator(`#${id}`));
    await frame.evaluate(forge);
  }
  // The host page itself (window.postMessage to itself: event.source is the page, not a frame).
  await page.evaluate(forge);
  // Every forged message was delivered to the page...
  await expect.poll(() => page.evaluate(() => (window as unknown as { allMessages: number }).allMessages)).toBe(received + 12);
  // ...and changed nothing for the course: its frame keeps its height, no event comes from it,
  // and the documented listeners, which check the origin, log nothing.
  expect(await outerHeight(iframe)).toBe(height);
  const events = (await domEvents(page)) as { frame: string }[];
  expect(events.filter((e) => e.frame !== 'lookalike')).toEqual([]);
  expect(await messages(page)).toEqual([]);
  expect(logs.filter((l) => l.startsWith('Assessment') || l.startsWith('Question'))).toEqual([]);
  // A frame that looks like an embed view (embed.js serves them from any origin) can speak only
  // for itself: its messages size its own frame and its events name it as their target.
  await expect(page.locator('#lookalike')).toHaveCSS('height', '5000px');
  expect(events.map((e) => e.frame)).toEqual(['lookalike', 'lookalike', 'lookalike']);

  // The listeners are alive: the real frame's event still arrives.
  await checkAnswer(page.frameLocator('#course'), figures.questions[0]!);
  await expect.poll(async () => ((await domEvents(page)) as { frame: string }[]).filter((e) => e.frame === 'course')).toHaveLength(1);
  await expect.poll(() => logs).toContain('Question sp-speech-draft-figure right');
  expect(await outerHeight(iframe)).toBeLessThan(5000);
});

test('with localStorage blocked in the frame, the embedded quizzes work and say so in one line', async ({ page, context, baseURL }) => {
  const course = courseOrigin(baseURL);
  await context.addInitScript((origin) => {
    if (location.origin !== origin) return;
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
  }, course);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(
    host.page(
      '/blocked.html',
      [embed(`${course}/embed/quizzes/scale-and-patterns-figures-check/`, 'check'), embed(`${course}/embed/quizzes/why-gender-assessment/`, 'assessment'), script(course), recorder(course)].join('\n'),
    ),
  );
  for (const id of ['check', 'assessment']) {
    const frame = page.frameLocator(`#${id}`);
    await expect(frame.getByText(storageLine)).toBeVisible();
    // One line in place of the course pages' longer notice with its download button.
    await expect(frame.getByText(/Your progress cannot be saved/)).toBeHidden();
    await expect(frame.getByRole('button', { name: 'Download my progress' })).toHaveCount(0);
  }
  const line = page.frameLocator('#check').getByText(storageLine);
  const lineHeight = await line.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
  expect(await line.evaluate((el) => el.getBoundingClientRect().height - parseFloat(getComputedStyle(el).paddingTop) - parseFloat(getComputedStyle(el).paddingBottom))).toBeLessThanOrEqual(lineHeight + 1);

  await checkAnswer(page.frameLocator('#check'), figures.questions[0]!);
  await expect.poll(() => domEvents(page)).toHaveLength(1);
  const frame = page.frameLocator('#assessment');
  for (const aq of assessment.questions) await answer(frame, aq, rightOptions(aq));
  await frame.getByRole('button', { name: 'Submit answers' }).click();
  await expect(frame.getByRole('heading', { name: 'Your result' })).toBeVisible();
  await expect.poll(() => domEvents(page)).toHaveLength(2);
  expect(errors).toEqual([]);
});

test('when storage works, the embed shows no storage notice', async ({ page }) => {
  await page.goto('/embed/quizzes/scale-and-patterns-figures-check/');
  await checkAnswer(page, figures.questions[0]!);
  await expect(page.getByText(storageLine)).toBeHidden();
});

test("the generator's code, pasted into a blank page on another origin, works", async ({ page, context, baseURL }) => {
  const course = courseOrigin(baseURL);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: course });
  await page.goto('/embed/');
  await page.getByLabel('What to embed').selectOption({ label: 'Module assessment: Why a gender-sensitive response' });
  await page.getByRole('radio', { name: 'Always dark' }).check();
  const accent = page.getByLabel('Accent colour (optional)');
  const code = page.getByLabel('Embed code');

  // A colour that cannot be read on the dark background is refused, and left out of the code.
  await accent.fill('#0b5cad');
  await expect(page.getByText('In the dark theme: contrast 2.7:1, below 4.5:1, so the course keeps its own colour.')).toBeVisible();
  await expect(code).not.toHaveValue(/accent=/);
  await accent.fill('#0b5');
  await accent.fill('#0b5cad;x');
  await expect(page.getByText('This is not a hex colour.', { exact: false })).toBeVisible();
  await expect(accent).toHaveAttribute('aria-invalid', 'true');
  await accent.fill('#FFD166');
  await expect(page.getByText(/In the dark theme: contrast [\d.]+:1, so this colour is used\./)).toBeVisible();
  const src = `${course}/embed/quizzes/why-gender-assessment/?theme=dark&amp;accent=ffd166`;
  await expect(code).toHaveValue(
    `<iframe src="${src}" title="Assessment: Why a gender-sensitive response – from Responding to Trafficking in Women and Girls" style="width:100%;border:0;height:600px" loading="lazy"></iframe>\n<script src="${course}/embed.js" defer></script>`,
  );
  // The preview follows once typing pauses, and is sized by embed.js on this page too.
  const preview = page.getByTitle('Preview: Assessment: Why a gender-sensitive response – from Responding to Trafficking in Women and Girls');
  await expect(preview).toHaveAttribute('src', '/embed/quizzes/why-gender-assessment/?theme=dark&accent=ffd166');
  await expect.poll(() => misfit(preview)).toBeLessThanOrEqual(2);

  await page.getByRole('button', { name: 'Copy the code' }).click();
  await expect(page.getByText('Copied. Paste it into your page.')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await code.inputValue());

  // Pasted into a blank page of a partner's website.
  await page.goto(host.page('/pasted.html', `<p>Test yourself:</p>\n${copied}\n${recorder(course)}`));
  const iframe = page.getByTitle('Assessment: Why a gender-sensitive response – from Responding to Trafficking in Women and Girls');
  await expect.poll(() => misfit(iframe)).toBeLessThanOrEqual(2);
  expect(await outerHeight(iframe)).toBeGreaterThan(1500);
  const frame = await frameOf(iframe);
  expect(await frame.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
  await expect.poll(() => frame.evaluate(() => getComputedStyle(document.querySelector('button[type=submit]')!).backgroundColor)).toBe('rgb(255, 209, 102)');
  const frameLocator = page.frameLocator('iframe');
  for (const aq of assessment.questions) await answer(frameLocator, aq, rightOptions(aq));
  await frameLocator.getByRole('button', { name: 'Submit answers' }).click();
  await expect.poll(() => domEvents(page)).toEqual([
    { frame: '', detail: { channel: 'trafficking-course', type: 'quiz-completed', quiz: 'why-gender-assessment', score: assessment.questions.length, max: assessment.questions.length } },
  ]);
});

test('an embed view: the content without site chrome, credited, pointing search engines to the full page, links open outside the frame', async ({ page, context }) => {
  await page.goto(lessonPath);
  await expect(page.getByRole('main')).toHaveCount(1);
  for (const role of ['banner', 'navigation', 'search'] as const) await expect(page.getByRole(role)).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What the figures say');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/modules\/scale-and-patterns\/what-the-figures-say\/$/);
  await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
  await expect(page.locator('base')).toHaveAttribute('target', '_blank');
  await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');

  const footer = page.getByRole('contentinfo');
  await expect(footer).toContainText('From Responding to Trafficking in Women and Girls, licensed under CC BY 4.0.');
  const title = footer.getByRole('link', { name: 'Responding to Trafficking in Women and Girls' });
  expect(await title.evaluate((a) => a.parentElement?.tagName)).toBe('I');
  await expect(footer.getByRole('link', { name: 'CC BY 4.0' })).toHaveAttribute('href', 'https://creativecommons.org/licenses/by/4.0/');
  const full = footer.getByRole('link', { name: 'Open the full lesson (opens in a new tab)' });
  await expect(full).toHaveAttribute('href', '/modules/scale-and-patterns/what-the-figures-say/');
  await expect(full).toHaveAttribute('target', '_blank');
  await expect(full).toHaveAttribute('rel', 'noopener');

  // Any link in the content, here a citation, opens a new tab.
  const [popup] = await Promise.all([context.waitForEvent('page'), page.getByRole('main').getByRole('link', { name: 'Report, paragraph 9', exact: true }).first().click()]);
  await expect(popup).toHaveURL(/\/source\/#para-9$/);
  expect(page.url()).toContain(lessonPath);
});

test('an assessment link to an unanswered question stays in the frame', async ({ page, context }) => {
  await page.goto('/embed/quizzes/why-gender-assessment/');
  await page.getByRole('button', { name: 'Submit answers' }).click();
  const pages = context.pages().length;
  await page.getByRole('link', { name: 'Answer question 1', exact: true }).click();
  await expect(page).toHaveURL(/#why-gender-assessment-.+-fields$/);
  expect(context.pages()).toHaveLength(pages);
});

test('query parameters are validated: theme, accent (with its contrast), lang', async ({ page }) => {
  const accentOf = () => page.evaluate(() => getComputedStyle(document.querySelector('button[type=submit]')!).backgroundColor);
  const base = '/embed/quizzes/why-gender-rights-check/';

  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(base);
  const defaultLight = await accentOf();
  expect(defaultLight).toBe('rgb(122, 31, 92)');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme');

  await page.goto(`${base}?theme=dark`);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(accentOf).toBe('rgb(240, 166, 211)');

  // Passes in light: used.
  await page.goto(`${base}?theme=light&accent=0b5cad`);
  await expect.poll(accentOf).toBe('rgb(11, 92, 173)');
  // Too little contrast (a mid grey): ignored, the default kept.
  await page.goto(`${base}?accent=%23777777`);
  await page.waitForLoadState('networkidle');
  expect(await accentOf()).toBe(defaultLight);
  // With theme=auto each scheme judges it: the dark scheme keeps its own.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`${base}?accent=0b5cad`);
  await page.waitForLoadState('networkidle');
  expect(await accentOf()).toBe('rgb(240, 166, 211)');

  // Nonsense is ignored and never reaches the page.
  await page.goto(`${base}?theme=%22%3E%3Cb%20id%3Dx%3E&accent=red;color:red&lang=%3Cx%3E`);
  await expect(page.locator('html')).not.toHaveAttribute('data-theme');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('#x')).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.getAttribute('style'))).toBeNull();
  await page.goto(`${base}?lang=en`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('an embed loads no service worker and contacts nothing but the course; no cookies', async ({ page, context, baseURL }) => {
  const course = courseOrigin(baseURL);
  const foreign: string[] = [];
  page.on('request', (r) => {
    const origin = new URL(r.url()).origin;
    if (origin !== course && origin !== host.origin) foreign.push(r.url());
  });
  await page.goto(host.page('/privacy.html', `${embed(course + lessonPath, 'lesson')}\n${script(course)}`));
  const iframe = page.locator('#lesson');
  await expect.poll(() => misfit(iframe)).toBeLessThanOrEqual(2);
  await checkAnswer(page.frameLocator('#lesson'), figures.questions[0]!);
  await page.waitForLoadState('networkidle');
  const frame = await frameOf(iframe);
  expect(await frame.evaluate(() => navigator.serviceWorker?.controller ?? null)).toBeNull();
  expect(await frame.evaluate(() => document.cookie)).toBe('');
  expect(foreign).toEqual([]);
  expect(await context.cookies()).toEqual([]);
  // Opened on its own (where a service worker could be registered): none is.
  await page.goto(lessonPath);
  await page.waitForLoadState('networkidle');
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
});

test('"Embed this" on a lesson, an assessment and a scenario gives their code, ready to select and copy', async ({ page }) => {
  for (const [url, src] of [
    ['/modules/scale-and-patterns/what-the-figures-say/', '/embed/modules/scale-and-patterns/what-the-figures-say/'],
    ['/modules/why-gender/assessment/', '/embed/quizzes/why-gender-assessment/'],
    ['/scenarios/crisis-and-migration-scenario-camp/', '/embed/quizzes/crisis-and-migration-scenario-camp/'],
  ] as const) {
    await page.goto(url);
    const code = page.getByLabel('Embed code');
    await expect(code).toBeHidden();
    await page.getByText('Embed this', { exact: true }).click();
    await expect(code).toBeVisible();
    await expect(code).toHaveValue(new RegExp(`^<iframe src="https://trafficking-course\\.example\\.org${src.replace(/[/.]/g, '\\$&')}" title="[^"]+" style="width:100%;border:0;height:600px" loading="lazy"></iframe>\\n<script src="https://trafficking-course\\.example\\.org/embed\\.js" defer></script>$`));
    await expect(code).toHaveAttribute('readonly', '');
    await expect(page.getByText('Select the code in the field and copy it')).toBeVisible();
    await expect(page.getByRole('link', { name: 'More options: colours, events, licence' })).toHaveAttribute('href', '/embed/');
  }
});

test('the site search does not index embed views', async ({ page }) => {
  await page.goto('/search/?q=detected%20victims');
  await expect(page.getByRole('main').getByRole('status')).toHaveText(/results? for/);
  const hrefs = await page.getByRole('main').getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.some((h) => h.includes('/modules/'))).toBe(true);
  expect(hrefs.filter((h) => h.includes('/embed/'))).toEqual([]);
});

test.describe('axe', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`embed views with options, in use, and /embed/ (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      const check = async (what: string) => {
        const results = await new AxeBuilder({ page }).withTags(tags).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), what).toEqual([]);
      };
      await page.goto(`${lessonPath}?accent=0b5cad`);
      await checkAnswer(page, figures.questions[0]!);
      await check('lesson, answered');
      await page.goto('/embed/quizzes/why-gender-assessment/?theme=dark&accent=ffd166');
      await page.getByRole('button', { name: 'Submit answers' }).click();
      await check('assessment with errors');
      await page.goto('/embed/');
      await page.getByLabel('Accent colour (optional)').fill('#777');
      await expect(page.getByText(/below 4\.5:1/).first()).toBeVisible();
      await check('/embed/ with a refused accent');
      await page.goto('/modules/why-gender/assessment/');
      await page.getByText('Embed this', { exact: true }).click();
      await expect(page.getByLabel('Embed code')).toBeVisible();
      await check('"Embed this" open');
    });
  }
});
