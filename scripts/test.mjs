#!/usr/bin/env node
// `npm test`: type check, unit tests, production build with search index, then
// the browser suite against the built site. Stops at the first failing step.
import { spawnSync } from 'node:child_process';
import { findBrowser, NO_BROWSER } from './find-browser.mjs';

const browser = await findBrowser();
if (!browser) {
  console.error(NO_BROWSER);
  process.exit(1);
}
const env = { ...process.env, CHROMIUM_PATH: browser, ASTRO_TELEMETRY_DISABLED: '1' };
const steps = [
  ['Type check', 'npx', ['astro', 'check']],
  ['Unit tests', 'npx', ['vitest', 'run']],
  ['Build', 'npm', ['run', 'build']],
  ['Page weight budgets', 'node', ['scripts/bench-size.mjs']],
  ['Browser tests', 'npx', ['playwright', 'test']],
];
for (const [name, command, args] of steps) {
  console.log(`\n━━ ${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`\n✗ ${name} failed.`);
    process.exit(result.status ?? 1);
  }
}
console.log('\n✓ All steps passed.');
