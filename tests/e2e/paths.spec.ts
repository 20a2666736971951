import { expect, test } from './fixtures.ts';

test('the home page asks for a role, remembers it, and the path shows progress', async ({ page }) => {
  await page.goto('/');
  const form = page.getByRole('group', { name: 'What is your role?' });
  await form.getByRole('radio', { name: 'Border, immigration and asylum officials' }).check();
  await page.getByRole('button', { name: 'Show my path' }).click();
  await expect(page).toHaveURL(/\/paths\/border-immigration\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Path for Border, immigration and asylum officials');
  const bar = page.getByRole('progressbar', { name: /steps on this path complete/ });
  await expect(bar).toHaveAccessibleName(/^0 of \d+ steps on this path complete$/);
  const items = page.getByRole('main').getByRole('listitem');
  expect(await items.count()).toBeGreaterThan(3);
  await expect(items.filter({ hasText: 'Scenario:' }).first()).toBeVisible();

  // Open the first lesson of the path and mark progress by answering its check.
  const firstLesson = items.filter({ hasText: 'Lesson:' }).first();
  const title = (await firstLesson.getByRole('link').textContent())!;
  await firstLesson.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  const quiz = page.getByRole('region', { name: /Check your understanding/ }).first();
  await quiz.getByRole('radio').first().check();
  await quiz.getByRole('button', { name: 'Check answer' }).first().click();
  await expect(quiz.getByRole('status').first()).toContainText(/Correct|Not quite/);
  await page.goBack();
  await expect(page.getByRole('main').getByRole('listitem').filter({ hasText: title })).toContainText('In progress');

  // Back home, the remembered role leads straight to the path.
  await page.goto('/');
  await page.getByRole('link', { name: 'Your path: Border, immigration and asylum officials' }).click();
  await expect(page).toHaveURL(/\/paths\/border-immigration\/$/);
});

test('without JavaScript the role form still leads to the path', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/paths/');
  for (const role of ['Police and investigators', 'Prosecutors, judges and legal aid', 'Humanitarian staff']) {
    await expect(page.getByRole('link', { name: role })).toBeVisible();
  }
  await page.getByRole('link', { name: 'Humanitarian staff' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Path for Humanitarian staff');
  await context.close();
});
