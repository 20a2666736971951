#!/usr/bin/env node
// Page weight from the build output (bytes are deterministic, so this is a test,
// not a timing): for every HTML page, the compressed size of the document, of
// its stylesheets and of every JavaScript module it loads (inline scripts,
// module scripts, island components with their static imports; dynamic imports
// load on demand and are not counted). Prints a table; exits 1 when a budget is
// broken.
//
// The JavaScript budget is checked on brotli (quality 11), the compression
// every current browser accepts and that static hosts and CDNs apply to
// JavaScript (scripts/serve.mjs does too); gzip -9 is printed beside it for
// hosts that only gzip, where quiz pages weigh about 1.1 KB more.
//   node scripts/bench-size.mjs [dist]
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dist = path.resolve(process.argv[2] ?? 'dist');
const KB = 1024;
export const BUDGETS = {
  /** A page with a quiz: all of its JavaScript (brotli). */
  quizPageJs: 12 * KB,
  /**
   * The classroom pages (presenter, builder, print sheets): a projector app run
   * from a trainer's laptop, not a learner's phone; held to their own ceiling
   * so they cannot grow unnoticed.
   */
  classroomJs: 20 * KB,
  /** Every HTML document, gzip: one round trip (10 TCP segments of 1,460 bytes). */
  html: 14_600,
  /** A page with no island: only the site-wide controls (exit this page, theme toggle). */
  pageWithoutIslandsJs: 2 * KB,
  /** Render-blocking stylesheets per page. */
  stylesheets: 1,
  /** /embed.js, the script host pages load beside an embedded view: gzip -9, as any host can serve it. */
  embedJs: 2 * KB,
};

/**
 * Documents allowed over the HTML budget, with the reason. The report itself
 * is about 20 KB compressed before any markup; splitting it would break the
 * /source/#para-N anchors every citation uses.
 */
export const HTML_EXCEPTIONS = {
  '/source/': 'the full text of the report, the citation target',
};
/** The report page in every language (/fr/source/ …) carries the same English text. */
export const htmlException = (page) => HTML_EXCEPTIONS[page.replace(/^\/(fr|es|ar|zh|ru)\//, '/')];

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const br = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const fileFor = (url) => path.join(dist, decodeURIComponent(url.split(/[?#]/)[0]));

/** A module and everything it imports statically, as absolute URL paths. */
function moduleClosure(url, seen = new Set()) {
  if (seen.has(url)) return seen;
  seen.add(url);
  const code = readFileSync(fileFor(url), 'utf8');
  for (const m of code.matchAll(/(?:^|[;}\s])import\s*(?:[^'"()]*?from\s*)?["']([^"']+)["']/g)) {
    moduleClosure(new URL(m[1], `http://x${url}`).pathname, seen);
  }
  return seen;
}

function pages(dir = dist) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) {
      if (!['_astro', 'pagefind'].includes(name)) out.push(...pages(full));
    } else if (name.endsWith('.html')) out.push(full);
  }
  return out.sort();
}

export function measure(file) {
  const html = readFileSync(file, 'utf8');
  const page = '/' + path.relative(dist, file).split(path.sep).join('/').replace(/index\.html$/, '');
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
  const entries = [
    ...[...html.matchAll(/<script[^>]+type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/(?:component|renderer)-url="([^"]+)"/g)].map((m) => m[1]),
  ];
  // Inline module scripts may import chunks too.
  for (const m of html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)) {
    for (const i of m[1].matchAll(/import\s*(?:[^'"()]*?from\s*)?["']([^"']+)["']/g)) entries.push(i[1]);
  }
  const modules = new Set();
  for (const e of entries) moduleClosure(e, modules);
  // Inline scripts count too (the island loader, the theme script): compressed
  // as part of the document they are, so they are measured on their own here.
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
  const jsBytes = [...modules].reduce((sum, u) => sum + gz(readFileSync(fileFor(u))), inline ? gz(Buffer.from(inline)) : 0);
  const jsBrotli = [...modules].reduce((sum, u) => sum + br(readFileSync(fileFor(u))), inline ? br(Buffer.from(inline)) : 0);
  const cssBytes = css.reduce((sum, u) => sum + gz(readFileSync(fileFor(u))), 0);
  const hasQuiz = /component-url="[^"]*(KnowledgeCheck|Assessment)[^"]*"/.test(html);
  const classroom = /component-url="[^"]*Classroom[^"]*"/.test(html);
  const hasIslands = html.includes('<astro-island');
  // Anything of Pagefind loaded before the learner searches?
  const loadsSearch = [...modules].some((u) => u.includes('pagefind')) || /<script[^>]+src="[^"]*pagefind/.test(html);
  const blockingScripts = [...html.matchAll(/<script(?![^>]*(?:type="module"|\bdefer\b|\basync\b))[^>]*\bsrc=/g)].length;
  return { page, html: gz(Buffer.from(html)), css: cssBytes, js: jsBytes, jsBrotli, requests: 1 + css.length + modules.size, hasQuiz, classroom, hasIslands, stylesheets: css.length, loadsSearch, blockingScripts };
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  const rows = pages().map(measure);
  if (rows.length === 0) {
    console.error(`No HTML pages in ${dist}: build the site first (npm run build).`);
    process.exit(1);
  }
  const failures = [];
  const pad = (s, n) => String(s).padEnd(n);
  const num = (n) => String(n).padStart(8);
  console.log(`${pad('page', 62)}${num('html gz')}${num('css gz')}${num('js gz')}${num('js br')}${num('requests')}`);
  for (const r of rows) {
    console.log(`${pad(r.page, 62)}${num(r.html)}${num(r.css)}${num(r.js)}${num(r.jsBrotli)}${num(r.requests)}`);
    if (r.classroom && r.jsBrotli > BUDGETS.classroomJs) failures.push(`${r.page}: ${r.jsBrotli} bytes of classroom JavaScript (brotli), budget ${BUDGETS.classroomJs}`);
    if (r.hasQuiz && r.jsBrotli > BUDGETS.quizPageJs) failures.push(`${r.page}: ${r.jsBrotli} bytes of JavaScript (brotli), budget ${BUDGETS.quizPageJs}`);
    if (r.html > BUDGETS.html && !htmlException(r.page)) failures.push(`${r.page}: ${r.html} bytes of HTML (gzip), budget ${BUDGETS.html}`);
    if (!r.hasIslands && r.jsBrotli > BUDGETS.pageWithoutIslandsJs) failures.push(`${r.page}: no interactive island, yet ${r.jsBrotli} bytes of JavaScript (brotli), budget ${BUDGETS.pageWithoutIslandsJs}`);
    if (r.stylesheets > BUDGETS.stylesheets) failures.push(`${r.page}: ${r.stylesheets} stylesheets, budget ${BUDGETS.stylesheets}`);
    if (r.blockingScripts > 0) failures.push(`${r.page}: ${r.blockingScripts} render-blocking external scripts`);
    if (r.loadsSearch) failures.push(`${r.page}: loads Pagefind before the learner searches`);
  }
  // embed.js is hand-written in public/ and copied as it is; measure the built copy when there is one.
  const embedJsFile = [path.join(dist, 'embed.js'), path.resolve('public/embed.js')].find((f) => existsSync(f));
  if (!embedJsFile) failures.push('embed.js: not found in dist/ nor public/');
  else {
    const embedJs = gz(readFileSync(embedJsFile));
    console.log(`\n${path.relative(process.cwd(), embedJsFile)}: ${embedJs} bytes gzip -9 (budget ${BUDGETS.embedJs})`);
    if (embedJs > BUDGETS.embedJs) failures.push(`embed.js: ${embedJs} bytes gzip, budget ${BUDGETS.embedJs}`);
  }
  if (failures.length) {
    console.error(`\nOver budget:\n  ${failures.join('\n  ')}`);
    process.exit(1);
  }
  const quiz = rows.filter((r) => r.hasQuiz);
  const worst = quiz.reduce((a, b) => (b.jsBrotli > a.jsBrotli ? b : a), quiz[0] ?? { jsBrotli: 0, js: 0, page: '-' });
  const heaviestHtml = rows.filter((r) => !htmlException(r.page)).reduce((a, b) => (b.html > a.html ? b : a));
  console.log(`\nAll ${rows.length} pages within budget:`);
  console.log(`  HTML at most ${BUDGETS.html} bytes gzip (heaviest ${heaviestHtml.page} at ${heaviestHtml.html}); exceptions: ${rows.filter((r) => htmlException(r.page)).map((r) => `${r.page} (${htmlException(r.page)}, ${r.html})`).join(', ')}`);
  console.log(`  ${quiz.length} quiz pages at most ${BUDGETS.quizPageJs} bytes of JavaScript brotli (heaviest ${worst.page} at ${worst.jsBrotli}; gzip ${worst.js})`);
  const room = rows.filter((r) => r.classroom);
  const roomWorst = room.reduce((a, b) => (b.jsBrotli > a.jsBrotli ? b : a), room[0] ?? { jsBrotli: 0, page: '-' });
  console.log(`  ${room.length} classroom pages at most ${BUDGETS.classroomJs} bytes of JavaScript brotli (heaviest ${roomWorst.page} at ${roomWorst.jsBrotli})`);
  console.log(`  pages without islands at most ${BUDGETS.pageWithoutIslandsJs} bytes of JavaScript brotli; one stylesheet; no render-blocking script; no Pagefind before a search`);
}
