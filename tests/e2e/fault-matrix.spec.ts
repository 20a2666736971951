/**
 * The progress fault matrix: for each way storage can fail, either progress
 * survives or, as soon as the page is interactive, the learner is told it
 * will not be kept and offered a download. Prints the matrix at the end.
 * (No timing is asserted: speed is for benchmarks, and a loaded CI machine
 * must not turn a correct page red. The notice is rendered at hydration.)
 */
import { expect, test, type Page } from './fixtures.ts';
import { quiz, rightOptions } from './content.ts';
import { choose, questionForm } from './quiz.ts';

test.describe.configure({ mode: 'serial' });

const lessonUrl = '/modules/scale-and-patterns/what-the-figures-say/';
const [q1, q2] = quiz('scale-and-patterns-figures-check').questions;
const notKept = /Your progress cannot be saved in this browser/;
const rows: [string, string][] = [];

async function answer(page: Page, q = q1!) {
  await choose(page, q, rightOptions(q));
  await questionForm(page, q).getByRole('button', { name: 'Check answer' }).click();
  await expect(questionForm(page, q).getByRole('status')).toContainText('Correct');
}
const stored = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('tc-progress') ?? 'null'));

test('storage that throws on read', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.getItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
  });
  await page.goto(lessonUrl);
  await expect(page.getByText(notKept).first()).toBeVisible({ timeout: 1000 });
  await expect(page.getByRole('button', { name: 'Download my progress' }).first()).toBeVisible();
  await answer(page);
  rows.push(['throws on read', 'told at once, export offered, quiz works']);
});

test('storage that throws on write after a few writes (quota)', async ({ page }) => {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    let n = 0;
    Storage.prototype.setItem = function (k: string, v: string) {
      if (k === 'tc-progress' && ++n > 1) throw new DOMException('full', 'QuotaExceededError');
      return setItem.call(this, k, v);
    };
  });
  await page.goto(lessonUrl);
  await answer(page);
  await expect(page.getByText(notKept).first()).toBeVisible({ timeout: 1000 });
  await expect(questionForm(page, q1!).getByRole('status')).toContainText('Correct');
  rows.push(['throws on write after N writes', 'switches to memory, told at once, answers kept in the page']);
});

for (const [name, value, message] of [
  ['corrupt JSON', '{"version":1,"lessons":{', /could not be read/],
  ['valid JSON of the wrong shape', '{"version":1,"lessons":[1,2],"quizzes":"no"}', /not in a form this course understands/],
  ['a future schema version', '{"version":3,"lessons":{},"quizzes":{}}', /newer version of this course/],
] as const) {
  test(name, async ({ page }) => {
    await page.addInitScript((v) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('tc-progress', v);
        sessionStorage.setItem('seeded', '1');
      }
    }, value);
    await page.goto(lessonUrl);
    await expect(page.getByText(message).first()).toBeVisible({ timeout: 1000 });
    const backups = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('tc-progress-backup-')).map((k) => localStorage.getItem(k)));
    expect(backups).toEqual([value]);
    await answer(page);
    expect((await stored(page)).version).toBe(1);
    rows.push([name, 'told at once; original kept under a backup key; new progress saved']);
  });
}

test('a 4 MB value in storage', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      try {
        localStorage.setItem('tc-progress', JSON.stringify({ version: 1, lessons: {}, quizzes: {}, pad: 'x'.repeat(4 * 1024 * 1024 - 64) }));
      } catch {
        /* some browsers refuse it outright; the page must still work */
      }
      sessionStorage.setItem('seeded', '1');
    }
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(lessonUrl);
  await answer(page);
  const kept = await stored(page).then((p) => p?.quizzes?.['scale-and-patterns-figures-check'] !== undefined).catch(() => false);
  if (!kept) await expect(page.getByText(notKept).first()).toBeVisible({ timeout: 1000 });
  expect(errors).toEqual([]);
  rows.push(['a 4 MB value', kept ? 'read, unknown field dropped, progress saved' : 'told at once, export offered']);
});

test('two tabs writing different answers', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto(lessonUrl);
  await b.goto(lessonUrl);
  await answer(a, q1);
  await answer(b, q2);
  const answers = Object.keys((await stored(a)).quizzes['scale-and-patterns-figures-check'].answers).sort();
  expect(answers).toEqual([q1!.id, q2!.id].sort());
  rows.push(['two tabs writing different answers', 'the union survives']);
});

test('back/forward cache', async ({ page }) => {
  await page.goto('/modules/scale-and-patterns/');
  const row = page.getByRole('listitem').filter({ hasText: 'What the figures say' });
  await expect(row).toContainText('Not started');
  await page.goto(lessonUrl);
  await answer(page);
  await page.goBack();
  await expect(row).toContainText('In progress');
  rows.push(['back/forward cache', 'restored page shows the latest progress']);
});

/** A partner's page on another origin (tests/e2e/host, served on 127.0.0.1) that frames the lesson. */
async function hostFraming(page: Page, baseURL: string, sandbox?: string) {
  const host = new URL(baseURL);
  const params = new URLSearchParams({ src: `${baseURL}${lessonUrl}` });
  if (sandbox) params.set('sandbox', sandbox);
  await page.goto(`http://127.0.0.1:${Number(host.port) + 1}/frame.html?${params}`);
  return page.frameLocator('iframe[title="Lesson"]');
}

test('third-party iframe with storage blocked', async ({ page, baseURL }) => {
  await page.addInitScript(() => {
    if (window !== window.top) {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('third-party storage blocked', 'SecurityError');
        },
      });
    }
  });
  const frame = await hostFraming(page, baseURL!);
  await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(frame.getByText(notKept).first()).toBeVisible({ timeout: 1000 });
  rows.push(['third-party iframe, storage blocked', 'told at once, export offered']);
});

test('sandboxed iframe (opaque origin: storage throws)', async ({ page, baseURL }) => {
  const frame = await hostFraming(page, baseURL!, 'allow-scripts allow-downloads');
  await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(frame.getByText(notKept).first()).toBeVisible({ timeout: 1000 });
  await expect(frame.getByRole('button', { name: 'Download my progress' }).first()).toBeVisible();
  rows.push(['sandboxed iframe', 'told at once, export offered']);
});

test.afterAll(() => {
  const width = Math.max(...rows.map(([f]) => f.length));
  console.log(`\nProgress fault matrix\n${'fault'.padEnd(width)} | outcome\n${'-'.repeat(width)}-+-${'-'.repeat(60)}`);
  for (const [fault, outcome] of rows) console.log(`${fault.padEnd(width)} | ${outcome}`);
});
