#!/usr/bin/env node
// Scale benchmark: `npm run bench:scale -- 1000`. Generates a synthetic course
// of N lessons in modules of four (each lesson with a three-question knowledge
// check), with the real report and glossary, into a temporary copy of the project; builds
// it with the search index; prints build time, peak memory, pages per second,
// dist/ size and the Pagefind payload of a first query (measured in Chromium).
// Not part of npm test: figures go to docs/performance.md.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { translationName } from '../src/lib/translation-check.ts';

const n = Number(process.argv[2] ?? 100);
// --langs en (or en,fr): build only these languages, to measure the cost per language (TC_LANGS, src/i18n/locales.ts).
const langsAt = process.argv.findIndex((a) => a === '--langs' || a.startsWith('--langs='));
const langs = langsAt < 0 ? '' : process.argv[langsAt].includes('=') ? process.argv[langsAt].split('=')[1] : process.argv[langsAt + 1];
if (!Number.isInteger(n) || n < 1) {
  console.error('usage: npm run bench:scale -- <number of lessons> [--langs en[,fr,...]]');
  process.exit(2);
}
const root = path.resolve(import.meta.dirname, '..');
const work = mkdtempSync(path.join(tmpdir(), `tc-scale-${n}-`));
for (const item of ['src', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(path.join(root, item), path.join(work, item), { recursive: true });
symlinkSync(path.join(root, 'node_modules'), path.join(work, 'node_modules'));
for (const dir of ['source', 'glossary']) cpSync(path.join(root, 'content', dir), path.join(work, 'content', dir), { recursive: true });

// Realistic lengths: about 800 words per lesson, citations and glossary terms.
const terms = readdirSync(path.join(root, 'content/glossary')).filter((f) => !translationName(f)).map((f) => f.replace('.yaml', ''));
// Realistic shape: modules of four lessons, as in the real course.
const modules = Array.from({ length: Math.ceil(n / 4) }, (_, k) => `scale-module-${k + 1}`);
mkdirSync(path.join(work, 'content/modules'), { recursive: true });
modules.forEach((id, k) =>
  writeFileSync(
    path.join(work, 'content/modules', `${id}.yaml`),
    `order: ${k + 1}\ntitle: Synthetic module ${k + 1}\nsummary: A generated module for the scale benchmark.\nobjectives:\n  - Explain one thing\n  - Describe another\naudiences: [policy]\nminutes: 40\nparagraphs: "1-70"\n`,
  ),
);
const sentence = (i) =>
  `Officials who meet women and girls at risk need to know what the report says about case ${i}, and to act on it with care <Cite para={${(i % 70) + 1}} />.`;
const words = (i) => Array.from({ length: 28 }, (_, k) => sentence(i + k)).join(' ');
mkdirSync(path.join(work, 'content/quizzes'), { recursive: true });
for (let i = 0; i < n; i++) {
  const module = modules[Math.floor(i / 4)];
  const order = (i % 4) + 1;
  const dir = path.join(work, 'content/lessons', module);
  mkdirSync(dir, { recursive: true });
  const quiz = `scale-${i}-check`;
  const body = [1, 2, 3, 4].map((s) => `## Section ${s}\n\n${words(i * 10 + s)} <Term id="${terms[(i + s) % terms.length]}">a term</Term>.\n`).join('\n');
  writeFileSync(
    path.join(dir, `${String(order).padStart(2, '0')}-scale-lesson-${i}.mdx`),
    `---\ntitle: Synthetic lesson ${i}\nsummary: A generated lesson for the scale benchmark.\nmodule: ${module}\norder: ${order}\nminutes: 8\naudiences: [policy]\nobjectives:\n  - Explain one thing\n  - Describe another\nparagraphs: "${(i % 70) + 1}"\nchecks: [${quiz}]\n---\n\n${body}\n<KeyPoints>\n\n- A key point <Cite para={9} />\n\n</KeyPoints>\n`,
  );
  const question = (q) => `  - id: scale-${i}-q${q}\n    type: single\n    prompt: Which statement matches the report in case ${i}?\n    options:\n      - text: The first option\n        correct: true\n        feedback: Right, as the report says.\n      - text: The second option\n        feedback: Not what the report says.\n      - text: The third option\n        feedback: Not what the report says either.\n    explanation: The report explains this in the paragraph cited.\n    cite: [${(i % 70) + 1}]\n`;
  writeFileSync(path.join(work, 'content/quizzes', `${quiz}.yaml`), `kind: check\nmodule: ${module}\ntitle: Check your understanding\naudiences: [policy]\nquestions:\n${[1, 2, 3].map(question).join('')}`, { flag: 'w' });
}

/** Runs a step under GNU time for wall time and peak memory. */
function timed(label, command, args) {
  const report = path.join(work, `${label}.time`);
  const run = spawnSync('/usr/bin/time', ['-f', '%e %M', '-o', report, command, ...args], { cwd: work, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...(langs ? { TC_LANGS: langs } : {}) } });
  if (run.status !== 0) throw new Error(`${label} failed`);
  const [seconds, kb] = spawnSync('tail', ['-1', report], { encoding: 'utf8' }).stdout.trim().split(' ').map(Number);
  return { seconds, peakMb: kb / 1024 };
}

const build = timed('astro-build', 'npx', ['astro', 'build']);
const index = timed('search-index', 'node', ['scripts/build-search.mjs', 'dist']);
const dirSize = (dir) => readdirSync(dir).reduce((sum, name) => {
  const full = path.join(dir, name);
  const info = statSync(full);
  return sum + (info.isDirectory() ? dirSize(full) : info.size);
}, 0);
const countPages = (dir) => readdirSync(dir, { withFileTypes: true }).reduce((sum, d) => sum + (d.isDirectory() ? countPages(path.join(dir, d.name)) : d.name === 'index.html' ? 1 : 0), 0);
const pages = countPages(path.join(work, 'dist'));

// Pagefind payload of a first query, as a browser fetches it.
const { chromium } = await import('@playwright/test');
const server = spawnSync('bash', ['-c', `node scripts/serve.mjs dist 4388 127.0.0.1 >/dev/null 2>&1 & echo $!`], { cwd: work, encoding: 'utf8' });
await new Promise((r) => setTimeout(r, 800));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
let payload = 0;
page.on('response', async (response) => {
  if (response.url().includes('/pagefind/')) payload += (await response.body().catch(() => Buffer.alloc(0))).length;
});
await page.goto('http://127.0.0.1:4388/search/?q=identification');
await page.getByRole('main').getByRole('status').filter({ hasText: /result/ }).waitFor();
await browser.close();
process.kill(Number(server.stdout.trim()));

const total = build.seconds + index.seconds;
console.log(`\nScale benchmark: ${n} synthetic lessons (+ ${n} knowledge checks) in ${langs ? langs.split(',').length : 'all 6'} language(s) (${langs || 'en,fr,es,ar,zh,ru'}), ${pages} pages`);
console.log(`  astro build      ${build.seconds.toFixed(1)} s, peak memory ${build.peakMb.toFixed(0)} MB`);
console.log(`  search index     ${index.seconds.toFixed(1)} s, peak memory ${index.peakMb.toFixed(0)} MB`);
console.log(`  total            ${total.toFixed(1)} s, ${(pages / total).toFixed(1)} pages/s`);
console.log(`  dist/            ${(dirSize(path.join(work, 'dist')) / 1024 / 1024).toFixed(1)} MB (search index ${(dirSize(path.join(work, 'dist/pagefind')) / 1024 / 1024).toFixed(1)} MB)`);
console.log(`  first query      ${(payload / 1024).toFixed(0)} KB of Pagefind files fetched (uncompressed)`);
rmSync(work, { recursive: true, force: true });
