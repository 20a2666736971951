import { expect, test } from './fixtures.ts';

const EXIT = 'https://www.bbc.co.uk/weather';

// The neutral site is not reachable from the test machine: answer for it.
test.beforeEach(async ({ context }) => {
  await context.route('https://www.bbc.co.uk/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title><h1>Weather</h1>' }));
});

test('the exit control is reached first after the skip link, and leaves without a way back', async ({ page }) => {
  await page.goto('/');
  await page.goto('/modules/why-gender/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Tab');
  const exit = page.getByRole('link', { name: 'Exit this page' });
  await expect(exit).toBeFocused();
  await expect(exit).toHaveAttribute('href', EXIT);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(EXIT);
  // The lesson was replaced in history: Back goes to the page before it.
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
});

test('pressing Shift three times leaves, counting the presses aloud', async ({ page }) => {
  await page.goto('/modules/why-gender/a-human-rights-and-development-issue/');
  const status = page.getByRole('status').filter({ hasText: /Shift pressed/ });
  await page.keyboard.press('Shift');
  await expect(status).toHaveText('Shift pressed 1 of 3 times. Press 2 more to exit this page.');
  // Shift as a modifier (a capital letter) does not count and resets.
  await page.keyboard.press('Shift+A');
  await page.keyboard.press('Shift');
  await expect(status).toHaveText('Shift pressed 1 of 3 times. Press 2 more to exit this page.');
  await page.keyboard.press('Shift');
  await expect(status).toHaveText('Shift pressed 2 of 3 times. Press 1 more to exit this page.');
  await page.keyboard.press('Shift');
  await expect(page).toHaveURL(EXIT);
});

test('without JavaScript the control is still a working link', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  await context.route('https://www.bbc.co.uk/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<h1>Weather</h1>' }));
  const page = await context.newPage();
  await page.goto('/glossary/');
  await page.getByRole('link', { name: 'Exit this page' }).click();
  await expect(page).toHaveURL(EXIT);
  await context.close();
});


// That every page has the control is checked by the page sweep (accessibility.spec.ts).
