/**
 * The SCORM packages in an LMS (played by scorm-again, tests/e2e/lms/): each
 * package launches from a deep path and loads only its own files; the LMS
 * records incomplete, passed and failed with the score; a relaunch resumes at
 * the same lesson with the same answers; the API is found two frames deep and
 * from a popup; an LMS that refuses or throws does not break the course.
 */
import AxeBuilder from '@axe-core/playwright';
import type { FrameLocator, Page } from './fixtures.ts';
import { quiz, rightOptions, wrongOption, type BankQuestion, type BankQuiz } from './content.ts';
import { contentPath, expect, lmsCalls, lmsValue, moduleInfo, packageNames, test, type Lms } from './lms/lms.ts';

type Scope = Page | FrameLocator;

/** The course page inside the harness: harness > launch page > course frame (> one more frame when nested). */
const coursePage = (page: Page, nested = false): FrameLocator => {
  const lmsFrame = page.frameLocator('iframe[title="Course"]');
  return (nested ? lmsFrame.frameLocator('#inner') : lmsFrame).frameLocator('iframe');
};

async function choose(scope: Scope, q: BankQuestion, answers: string[]): Promise<void> {
  const group = scope.getByRole('group', { name: q.prompt });
  for (const text of answers) await group.getByRole(q.type === 'multiple' ? 'checkbox' : 'radio', { name: text, exact: true }).check();
}

async function takeAssessment(scope: Scope, bank: BankQuiz, right: boolean): Promise<void> {
  for (const q of bank.questions) await choose(scope, q, right ? rightOptions(q) : [wrongOption(q)]);
  await scope.getByRole('button', { name: 'Submit answers' }).click();
  await expect(scope.getByRole('heading', { name: 'Your result' })).toBeVisible();
}

/** Fails the test on any script error in the page or its frames. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Every URL the browser asks for from now on, including popups. */
function watchRequests(page: Page): string[] {
  const urls: string[] = [];
  page.context().on('request', (request) => urls.push(request.url()));
  return urls;
}

const HARNESS_FILES = ['/lms/index.html', '/lms/harness.js', '/lms/scorm12.min.js', '/lms/frame.html'];

/** Asserts every request stayed in the package (or was the harness) and found its file. */
function expectOnlyPackageRequests(lms: Lms, urls: string[], pkg: string, since: number): void {
  const base = `/lms/content/${contentPath(pkg)}/`;
  const outside = urls.filter((u) => {
    const url = new URL(u);
    return url.origin !== lms.origin || !(url.pathname.startsWith(base) || HARNESS_FILES.includes(url.pathname));
  });
  expect(outside, 'requests outside the package').toEqual([]);
  const failed = lms.requests.slice(since).filter((r) => r.status !== 200);
  expect(failed, 'requests that found no file').toEqual([]);
}

const modules = packageNames().filter((p) => p !== 'course');

for (const pkg of packageNames()) {
  test(`${pkg}.zip: launches from a deep path, reports incomplete, and its pages, search and assets load from the package only`, async ({ page, lms }) => {
    const module = moduleInfo(pkg === 'course' ? modules.at(-1)! : pkg);
    const errors = watchErrors(page);
    const urls = watchRequests(page);
    const since = lms.requests.length;
    await page.goto(lms.url(pkg, module.id));
    const course = coursePage(page);

    await expect(course.getByRole('heading', { level: 1 })).toHaveText(module.title);
    await expect.poll(() => lmsValue(page, 'cmi.core.lesson_status')).toBe('incomplete');
    expect(await lmsCalls(page, 'LMSInitialize')).toHaveLength(1);

    // A lesson: the LMS learns where the learner is.
    const lesson = module.lessons[0]!;
    await course.getByRole('link', { name: lesson.title, exact: true }).click();
    await expect(course.getByRole('heading', { level: 1 })).toHaveText(lesson.title);
    await expect.poll(() => lmsValue(page, 'cmi.core.lesson_location')).toBe(`modules/${module.id}/${lesson.slug}/index.html`);

    // Search runs from the package's own index, and its results open pages of the package.
    const box = course.getByRole('search', { name: 'Search the course' }).getByRole('searchbox');
    await box.fill(lesson.title);
    await box.press('Enter');
    const results = course.getByRole('list', { name: 'Search' }).getByRole('listitem').getByRole('link');
    await expect(results.first()).toBeVisible();
    const lessonResult = results.filter({ hasText: lesson.title }).first();
    await expect(lessonResult).toBeVisible();
    await lessonResult.click();
    await expect(course.getByRole('heading', { level: 1 })).toHaveText(lesson.title);

    // The glossary and the report are in every package.
    await course.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Glossary', exact: true }).click();
    await expect(course.getByRole('heading', { level: 1 })).toHaveText('Glossary');
    await course.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'The report', exact: true }).click();
    await expect(course.getByRole('heading', { level: 1 })).toHaveText('The report');

    // A page that is not in the package opens the public site in a new tab, not inside the LMS.
    const outside = course.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^My progress/ });
    await expect(outside).toHaveAttribute('target', '_blank');
    await expect(outside).toHaveAttribute('href', 'https://trafficking-course.example.org/progress/');

    expectOnlyPackageRequests(lms, urls, pkg, since);
    expect(errors).toEqual([]);
  });
}

test('course.zip: pass the assessment, then review freely: passed and the best score stay recorded', async ({ page, lms }) => {
  const module = moduleInfo(modules.includes('why-gender') ? 'why-gender' : modules[0]!);
  const bank = quiz(module.assessment);
  const errors = watchErrors(page);
  await page.goto(lms.url('course', module.id));
  const course = coursePage(page);
  await course.getByRole('link', { name: 'Take the module assessment' }).click();
  await takeAssessment(course, bank, true);
  await expect(course.getByText('Passed. Well done.')).toBeVisible();

  await expect.poll(() => lmsValue(page, 'cmi.core.lesson_status')).toBe('passed');
  expect(await lmsValue(page, 'cmi.core.score.raw')).toBe('100');
  expect(await lmsValue(page, 'cmi.core.score.min')).toBe('0');
  expect(await lmsValue(page, 'cmi.core.score.max')).toBe('100');
  // Committed after the status changed.
  const calls = await lmsCalls(page);
  const passedAt = calls.findIndex((c) => c.name === 'LMSSetValue' && c.args[0] === 'cmi.core.lesson_status' && c.args[1] === 'passed');
  expect(calls.slice(passedAt).some((c) => c.name === 'LMSCommit')).toBe(true);

  // Retake and fail, reopen a lesson: the LMS still has passed and 100.
  await course.getByRole('button', { name: 'Retake the assessment' }).click();
  await takeAssessment(course, bank, false);
  await expect(course.getByText('Your best score: 10 of 10 (100 %).')).toBeVisible();
  await course.getByRole('link', { name: 'Back to the module' }).click();
  await course.getByRole('link', { name: module.lessons[0]!.title, exact: true }).click();
  await expect(course.getByRole('heading', { level: 1 })).toHaveText(module.lessons[0]!.title);
  expect(await lmsValue(page, 'cmi.core.lesson_status')).toBe('passed');
  expect(await lmsValue(page, 'cmi.core.score.raw')).toBe('100');
  const statuses = (await lmsCalls(page, 'LMSSetValue')).filter((c) => c.args[0] === 'cmi.core.lesson_status').map((c) => c.args[1]);
  expect(statuses).toEqual(['incomplete', 'passed']);
  expect(errors).toEqual([]);
});

test('a module package: fail the assessment, then pass it: failed, then passed with the better score', async ({ page, lms }) => {
  const module = moduleInfo(modules.includes('prevention') ? 'prevention' : modules[0]!);
  const bank = quiz(module.assessment);
  await page.goto(lms.url(module.id, module.id));
  const course = coursePage(page);
  await course.getByRole('link', { name: 'Take the module assessment' }).click();
  await takeAssessment(course, bank, false);
  await expect(course.getByText('Not passed yet: the pass mark is 80 %.', { exact: false })).toBeVisible();
  await expect.poll(() => lmsValue(page, 'cmi.core.lesson_status')).toBe('failed');
  expect(await lmsValue(page, 'cmi.core.score.raw')).toBe('0');

  await course.getByRole('button', { name: 'Retake the assessment' }).click();
  await takeAssessment(course, bank, true);
  await expect.poll(() => lmsValue(page, 'cmi.core.lesson_status')).toBe('passed');
  expect(await lmsValue(page, 'cmi.core.score.raw')).toBe('100');
});

test('close and relaunch with the LMS data: the learner resumes at the same lesson with the same answers', async ({ page, lms }) => {
  const module = moduleInfo(modules[0]!);
  const lesson = module.lessons.find((l) => l.checks.length > 0 && l !== module.lessons[0]) ?? module.lessons[0]!;
  const first = quiz(lesson.checks[0]!).questions[0]!;
  await page.goto(lms.url(module.id, module.id));
  let course = coursePage(page);
  await course.getByRole('link', { name: lesson.title, exact: true }).click();
  const form = course.locator('form').filter({ has: course.getByRole('group', { name: first.prompt }) });
  await choose(course, first, [wrongOption(first)]);
  await form.getByRole('button', { name: 'Check answer' }).click();
  await expect(form.getByRole('status')).toContainText('Not quite');

  // The LMS closes the course: one LMSFinish, with the session time.
  await page.evaluate(() => (window as unknown as { lms: { close(): void } }).lms.close());
  await expect.poll(async () => (await lmsCalls(page, 'LMSFinish')).length).toBe(1);
  const written = Object.fromEntries((await lmsCalls(page, 'LMSSetValue')).map((c) => [c.args[0], c.args[1]]));
  expect(written['cmi.core.session_time']).toMatch(/^\d{4}:\d{2}:\d{2}\.\d{2}$/);
  expect(written['cmi.core.exit']).toBe('suspend');
  const suspend = await lmsValue(page, 'cmi.suspend_data');
  expect(suspend.length).toBeGreaterThan(0);
  expect(suspend.length).toBeLessThan(200);
  const data = await page.evaluate(() => (window as unknown as { lms: { data(): unknown } }).lms.data());

  // Next launch, another day: the LMS hands back what it stored.
  await page.addInitScript((stored) => {
    (window as unknown as { __lmsInitial: unknown }).__lmsInitial = stored;
  }, data);
  await page.goto(lms.url(module.id, module.id));
  course = coursePage(page);
  await expect(course.getByRole('heading', { level: 1 })).toHaveText(lesson.title);
  const group = course.getByRole('group', { name: first.prompt });
  await group.scrollIntoViewIfNeeded();
  await expect(group.getByRole(first.type === 'multiple' ? 'checkbox' : 'radio', { name: wrongOption(first), exact: true })).toBeChecked();
  const restored = course.locator('form').filter({ has: group }).getByRole('status');
  await expect(restored).toContainText('Not quite');
  await expect(restored).toContainText(`You chose: ${wrongOption(first)}`);
  expect(await lmsValue(page, 'cmi.core.lesson_status')).toBe('incomplete');
});

test('the API is found when the package is nested two frames deep', async ({ page, lms }) => {
  const module = moduleInfo(modules[0]!);
  await page.goto(lms.url('course', module.id, { mode: 'nested' }));
  const course = coursePage(page, true);
  await expect(course.getByRole('heading', { level: 1 })).toHaveText(module.title);
  await expect.poll(() => lmsValue(page, 'cmi.core.lesson_status')).toBe('incomplete');
  await course.getByRole('link', { name: module.lessons[0]!.title, exact: true }).click();
  await expect.poll(() => lmsValue(page, 'cmi.core.lesson_location')).toBe(`modules/${module.id}/${module.lessons[0]!.slug}/index.html`);
});

test('the API is found through opener when the LMS opens the package in a popup', async ({ page, lms }) => {
  const module = moduleInfo(modules[0]!);
  await page.goto(lms.url('course', module.id, { mode: 'popup' }));
  const [popup] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'Open the course' }).click()]);
  const course = popup.frameLocator('iframe');
  await expect(course.getByRole('heading', { level: 1 })).toHaveText(module.title);
  await expect.poll(() => lmsValue(page, 'cmi.core.lesson_status')).toBe('incomplete');
  // The launch page and the course inside it, as a screen reader meets them.
  await expect(popup).toHaveTitle(`${module.order}. ${module.title} · Responding to Trafficking in Women and Girls`);
  const axe = await new AxeBuilder({ page: popup }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  await popup.close({ runBeforeUnload: true });
  await expect.poll(async () => (await lmsCalls(page, 'LMSFinish')).length).toBe(1);
});

test('an LMS that will not keep the suspend data still records the result, and the learner is told progress is not kept', async ({ page, lms }) => {
  const module = moduleInfo(modules[0]!);
  const errors = watchErrors(page);
  await page.goto(lms.url(module.id, module.id, { fail: 'suspend' }));
  const course = coursePage(page);
  await course.getByRole('link', { name: 'Take the module assessment' }).click();
  await takeAssessment(course, quiz(module.assessment), true);
  await expect(course.getByText('Passed. Well done.')).toBeVisible();
  await expect.poll(() => lmsValue(page, 'cmi.core.lesson_status')).toBe('passed');
  expect(await lmsValue(page, 'cmi.core.score.raw')).toBe('100');
  // The assessment form says so (its result view does not show storage notices).
  await course.getByRole('button', { name: 'Retake the assessment' }).click();
  await expect(course.getByText('Your progress cannot be saved in this browser', { exact: false }).first()).toBeVisible();
  expect(errors).toEqual([]);
});

for (const fail of ['set', 'init', 'throw'] as const) {
  const what = { set: 'refuses every value', init: 'refuses to start', throw: 'throws on every call' }[fail];
  test(`an LMS that ${what} does not break the course`, async ({ page, lms }) => {
    const module = moduleInfo(modules[0]!);
    const lesson = module.lessons.find((l) => l.checks.length > 0)!;
    const first = quiz(lesson.checks[0]!).questions[0]!;
    const errors = watchErrors(page);
    await page.goto(lms.url(module.id, module.id, { fail }));
    const course = coursePage(page);
    await expect(course.getByRole('heading', { level: 1 })).toHaveText(module.title);
    await course.getByRole('link', { name: lesson.title, exact: true }).click();
    const form = course.locator('form').filter({ has: course.getByRole('group', { name: first.prompt }) });
    await choose(course, first, rightOptions(first));
    await form.getByRole('button', { name: 'Check answer' }).click();
    await expect(form.getByRole('status')).toContainText('Correct');
    // Refused values: progress is kept for the page and the learner is told (the website's own notice).
    if (fail === 'set') await expect(course.getByText('Your progress cannot be saved in this browser', { exact: false }).first()).toBeVisible();
    expect(errors).toEqual([]);
  });
}
