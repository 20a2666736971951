import { expect, test } from './fixtures.ts';
import { builtPages } from './site.ts';

// One test per page (they run in parallel): no request to another origin, no cookie.
for (const path of [...builtPages(), '/search/?q=Palermo']) {
  test(`${path} contacts no other origin and sets no cookie`, async ({ page, baseURL, context }) => {
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) foreign.push(request.url());
    });
    await page.goto(path, { waitUntil: 'networkidle' });
    // Scroll to the end so every island that waits for visibility loads.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    expect(foreign).toEqual([]);
    expect(await context.cookies()).toEqual([]);
  });
}
