import { defineConfig } from '@playwright/test';

// The browser is found by scripts/find-browser.mjs (npm test sets CHROMIUM_PATH).
const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const port = Number(process.env['TEST_PORT'] ?? 4399);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    launchOptions: {
      executablePath,
      // As root in CI Chromium needs --no-sandbox; the rest keep it off the (closed) network.
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: [
    {
      command: `node scripts/serve.mjs dist ${port} localhost`,
      url: `http://localhost:${port}/`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    {
      // Host pages on another origin (127.0.0.1 vs localhost), for framing tests.
      command: `node scripts/serve.mjs tests/e2e/host ${port + 1} 127.0.0.1`,
      url: `http://127.0.0.1:${port + 1}/frame.html`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
  ],
});
