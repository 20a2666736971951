import { expect, test } from '@playwright/test';
import { builtPages } from './site.ts';

test('no page requests anything from another origin or sets a cookie', async ({ page, baseURL, context }) => {
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) foreign.push(`${page.url()} -> ${request.url()}`);
  });
  for (const path of [...builtPages(), '/search/?q=Palermo']) {
    await page.goto(path, { waitUntil: 'networkidle' });
  }
  expect(foreign).toEqual([]);
  expect(await context.cookies()).toEqual([]);
});
