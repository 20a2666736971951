#!/usr/bin/env node
// Lighthouse benchmark: `npm run bench:lighthouse [-- --runs 5]`. Serves dist/
// with compression, runs Lighthouse 12 (mobile profile, Debian's Chromium via
// CHROME_PATH) over each page kind, prints the median of each score and
// metric, and exits 1 when a median misses: 100 in Performance,
// Accessibility, Best Practices and SEO; LCP <= 1.0 s; TBT 0 ms; CLS 0.
// Not part of npm test (it times things); figures go to docs/performance.md.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1] || 5) || 5;
const port = 4377;
const origin = `http://localhost:${port}`;
const pages = {
  home: '/',
  'lesson with a quiz': '/modules/scale-and-patterns/what-the-figures-say/',
  assessment: '/modules/why-gender/assessment/',
  'search with a query': '/search/?q=referral',
  source: '/source/',
  'classroom presenter': '/classroom/why-gender-assessment/',
  'embed view': '/embed/modules/why-gender/a-human-rights-and-development-issue/',
};
const chrome = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const out = mkdtempSync(path.join(tmpdir(), 'tc-lighthouse-'));
const server = spawn('node', ['scripts/serve.mjs', 'dist', String(port), 'localhost'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows = [];
let failed = false;
try {
  for (const [kind, url] of Object.entries(pages)) {
    const results = [];
    for (let i = 0; i < runs; i++) {
      const file = path.join(out, `${kind.replace(/\W+/g, '-')}-${i}.json`);
      const run = spawnSync(
        'npx',
        ['--yes', 'lighthouse@12.2.3', origin + url, '--quiet', '--output=json', `--output-path=${file}`, '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking'],
        { env: { ...process.env, CHROME_PATH: chrome }, stdio: ['ignore', 'ignore', 'inherit'] },
      );
      if (run.status !== 0) throw new Error(`lighthouse failed on ${url}`);
      const report = JSON.parse(readFileSync(file, 'utf8'));
      const score = (c) => Math.round((report.categories[c]?.score ?? 0) * 100);
      results.push({
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcp: report.audits['largest-contentful-paint'].numericValue / 1000,
        tbt: report.audits['total-blocking-time'].numericValue,
        cls: report.audits['cumulative-layout-shift'].numericValue,
      });
    }
    const m = Object.fromEntries(Object.keys(results[0]).map((k) => [k, median(results.map((r) => r[k]))]));
    const ok = m.performance === 100 && m.accessibility === 100 && m.bestPractices === 100 && m.seo === 100 && m.lcp <= 1.0 && m.tbt === 0 && m.cls === 0;
    failed ||= !ok;
    rows.push([kind, m, ok]);
  }
} finally {
  server.kill();
}
console.log(`\nLighthouse 12.2.3, mobile profile, median of ${runs} runs each`);
console.log('page kind             perf  a11y  b.p.  seo   LCP s  TBT ms  CLS    ');
for (const [kind, m, ok] of rows) {
  console.log(`${kind.padEnd(22)}${String(m.performance).padStart(4)}  ${String(m.accessibility).padStart(4)}  ${String(m.bestPractices).padStart(4)}  ${String(m.seo).padStart(4)}  ${m.lcp.toFixed(2).padStart(5)}  ${String(Math.round(m.tbt)).padStart(6)}  ${m.cls.toFixed(3)}  ${ok ? 'ok' : 'MISSES TARGET'}`);
}
process.exit(failed ? 1 : 0);
