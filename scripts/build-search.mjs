#!/usr/bin/env node
// Builds the Pagefind index for dist/: lesson pages (their data-pagefind-body),
// plus one record per report paragraph and glossary term from
// dist/search-records.json, which the site build writes and this step removes.
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';

const site = path.resolve(process.argv[2] ?? 'dist');
const recordsFile = path.join(site, 'search-records.json');

const fail = async (message) => {
  console.error(`build-search: ${message}`);
  await pagefind.close();
  process.exit(1);
};

const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
if (!index) await fail(errors.join('\n'));

const pages = await index.addDirectory({ path: site });
if (pages.errors.length) await fail(pages.errors.join('\n'));

const records = JSON.parse(await readFile(recordsFile, 'utf8'));
for (const record of records) {
  const added = await index.addCustomRecord({ ...record, language: 'en' });
  if (added.errors.length) await fail(added.errors.join('\n'));
}
const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
if (written.errors.length) await fail(written.errors.join('\n'));
await rm(recordsFile);
await pagefind.close();
console.log(`build-search: indexed ${pages.page_count} pages and ${records.length} paragraphs and terms`);
