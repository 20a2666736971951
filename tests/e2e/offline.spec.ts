import { expect, test } from './fixtures.ts';
import { quiz, rightOptions } from './content.ts';
import { choose, questionForm } from './quiz.ts';

test('after "Make available offline" the course works with the network off', async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.goto('/progress/');
  const offline = page.getByRole('region', { name: 'Use the course offline' });
  await expect(offline).toContainText(/\(\d+(\.\d)? MB\)/);
  await offline.getByRole('button', { name: 'Make available offline' }).click();
  await expect(offline.getByRole('status')).toHaveText('The course is available offline in this browser.', { timeout: 90_000 });

  await context.setOffline(true);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Responding to Trafficking in Women and Girls');

  // A lesson with a quiz: read it, answer, get feedback.
  await page.goto('/modules/scale-and-patterns/what-the-figures-say/');
  const q = quiz('scale-and-patterns-figures-check').questions[0]!;
  await choose(page, q, rightOptions(q));
  await questionForm(page, q).getByRole('button', { name: 'Check answer' }).click();
  await expect(questionForm(page, q).getByRole('status')).toContainText('Correct');

  // Search, with its index from the cache.
  await page.goto('/search/?q=Palermo');
  await expect(page.getByRole('main').getByRole('status')).toHaveText(/results? for “Palermo”/);

  // Classroom mode: a ready-made session presents its first question.
  await page.goto('/classroom/why-gender-assessment/');
  await expect(page.getByText(/^Question 1 of \d+$/).first()).toBeVisible();

  // The report and the certificate page.
  await page.goto('/source/#para-41');
  await expect(page.locator('#para-41')).toContainText('correct identification of victims');
  await page.goto('/certificate/');
  await expect(page.getByText('To earn the certificate, pass these module assessments:')).toBeVisible();

  // A page that was never cached still answers, with the offline copy's "not found".
  const missing = await page.goto('/no-such-page/');
  expect(missing?.status()).toBe(404);
  await context.setOffline(false);
});

test('a failed download says so and can be retried', async ({ page, context }) => {
  test.setTimeout(60_000);
  // Make one file of the offline copy unavailable, as a dropped connection would.
  await context.route('**/pagefind/pagefind.js', (route) => route.abort('internetdisconnected'));
  await page.goto('/progress/');
  const offline = page.getByRole('region', { name: 'Use the course offline' });
  await offline.getByRole('button', { name: 'Make available offline' }).click();
  await expect(offline.getByRole('status')).toHaveText(/The download did not finish/, { timeout: 60_000 });
  await context.unroute('**/pagefind/pagefind.js');
  await offline.getByRole('button', { name: 'Try the download again' }).click();
  await expect(offline.getByRole('status')).toHaveText('The course is available offline in this browser.', { timeout: 60_000 });
});

test('nothing registers a service worker until the learner asks', async ({ page }) => {
  for (const path of ['/', '/progress/', '/modules/why-gender/a-human-rights-and-development-issue/']) {
    await page.goto(path);
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length)), path).toBe(0);
  }
});

test('a newer version is picked up on the next visit, with a one-line notice', async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  const offline = page.getByRole('region', { name: 'Use the course offline' });
  await offline.getByRole('button', { name: 'Make available offline' }).click();
  await expect(offline.getByRole('status')).toHaveText('The course is available offline in this browser.', { timeout: 90_000 });
  // A new release: same files, new version.
  await context.route('**/offline.json', async (route) => {
    const response = await route.fetch();
    const manifest = await response.json();
    await route.fulfill({ response, json: { ...manifest, version: `${manifest.version}-next` } });
  });
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Use the course offline' }).getByRole('status')).toHaveText(
    'A newer version of the course was downloaded for offline use. Reload a page to see it.',
    { timeout: 90_000 },
  );
});
