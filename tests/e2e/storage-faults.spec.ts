import { expect, test } from './fixtures.ts';
import { quiz, rightOptions } from './content.ts';
import { choose, questionForm } from './quiz.ts';

const lessonUrl = '/modules/scale-and-patterns/what-the-figures-say/';
const q = quiz('scale-and-patterns-figures-check').questions[0]!;

async function answer(page: import('@playwright/test').Page) {
  await choose(page, q, rightOptions(q));
  const form = questionForm(page, q);
  await form.getByRole('button', { name: 'Check answer' }).click();
  await expect(form.getByRole('status')).toContainText('Correct');
}

test('corrupt JSON in storage: the page works, the learner is told, the data is kept under a backup key', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('tc-progress', '{"version":1,"lessons":{');
      sessionStorage.setItem('seeded', '1');
    }
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(lessonUrl);
  await expect(page.getByText('Your saved progress could not be read, so it starts afresh. A copy of the unreadable data was kept in this browser.')).toBeVisible();
  await answer(page);
  const keys = await page.evaluate(() => Object.keys(localStorage));
  const backup = keys.find((k) => k.startsWith('tc-progress-backup-'));
  expect(backup).toBeTruthy();
  expect(await page.evaluate((k) => localStorage.getItem(k), backup!)).toBe('{"version":1,"lessons":{');
  expect(errors).toEqual([]);
});

test('progress from a future version is kept, not overwritten, and the learner is told', async ({ page }) => {
  const future = '{"version":2,"lessons":{},"quizzes":{},"somethingNew":true}';
  await page.addInitScript((value) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('tc-progress', value);
      sessionStorage.setItem('seeded', '1');
    }
  }, future);
  await page.goto('/progress/');
  await expect(page.getByText('Your saved progress comes from a newer version of this course, so this version starts afresh. A copy was kept in this browser and nothing was deleted.')).toBeVisible();
  const backups = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('tc-progress-backup-')).map((k) => localStorage.getItem(k)));
  expect(backups).toEqual([future]);
});

test('localStorage that throws on access: quizzes still work and the learner is offered a download', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(lessonUrl);
  await expect(page.getByText(/Your progress cannot be saved in this browser/).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Download my progress' }).first()).toBeVisible();
  await answer(page);
  await expect(page.getByRole('main').getByRole('status').filter({ hasText: /knowledge check|completed/ })).toBeVisible();
  expect(errors).toEqual([]);
});

test('storage that fills up mid-session switches to memory and says so', async ({ page }) => {
  await page.addInitScript(() => {
    const original = Storage.prototype.setItem;
    let writes = 0;
    Storage.prototype.setItem = function (key: string, value: string) {
      // The probe and the first save succeed; then the quota is exceeded.
      if (key === 'tc-progress' && ++writes > 1) throw new DOMException('Quota exceeded', 'QuotaExceededError');
      return original.call(this, key, value);
    };
  });
  await page.goto(lessonUrl);
  await expect(page.getByText(/Your progress cannot be saved in this browser/)).toHaveCount(0);
  await answer(page);
  await expect(page.getByText(/Your progress cannot be saved in this browser/).first()).toBeVisible();
});
