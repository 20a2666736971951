#!/usr/bin/env node
// Builds the Pagefind index for dist/: lesson pages (their data-pagefind-body),
// plus one record per report paragraph and glossary term from each language's
// search-records.json (dist/ for English, dist/<lang>/ for the others), which
// the site build writes and this step removes. Pagefind keeps one index per
// language (from <html lang>), and the search page loads its own language's.
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { LANGS } from '../src/i18n/locales.ts';

const site = path.resolve(process.argv[2] ?? 'dist');
const recordsFile = (lang) => path.join(site, lang === 'en' ? '' : lang, 'search-records.json');

const fail = async (message) => {
  console.error(`build-search: ${message}`);
  await pagefind.close();
  process.exit(1);
};

const { index, errors } = await pagefind.createIndex({});
if (!index) await fail(errors.join('\n'));

const pages = await index.addDirectory({ path: site });
if (pages.errors.length) await fail(pages.errors.join('\n'));

let count = 0;
for (const lang of LANGS) {
  const records = JSON.parse(await readFile(recordsFile(lang), 'utf8'));
  for (const record of records) {
    const added = await index.addCustomRecord({ ...record, language: lang });
    if (added.errors.length) await fail(added.errors.join('\n'));
  }
  count += records.length;
}
const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
if (written.errors.length) await fail(written.errors.join('\n'));
for (const lang of LANGS) await rm(recordsFile(lang));
await pagefind.close();
console.log(`build-search: indexed ${pages.page_count} pages and ${count} paragraphs and terms in ${LANGS.length} languages`);
