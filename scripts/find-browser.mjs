// Finds a Chromium for the browser tests: CHROMIUM_PATH, else /usr/bin/chromium,
// else Playwright's own download. Returns undefined when there is none.
import { existsSync } from 'node:fs';

export async function findBrowser() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const candidate of candidates) if (candidate && existsSync(candidate)) return candidate;
  try {
    const { chromium } = await import('@playwright/test');
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright not installed or has no browser of its own.
  }
  return undefined;
}

export const NO_BROWSER =
  'No Chromium found: install one (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH=/path/to/chromium.';
