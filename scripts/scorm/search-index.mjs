/**
 * A Pagefind index for one package. Pagefind turns the URLs it stores into
 * result links under the folder it is loaded from, so a package needs its
 * own index whose URLs name files ("/modules/m/l/index.html", not folders)
 * and which finds only pages the package contains.
 *
 * Pages are indexed from the package's own HTML (the same data-pagefind-body
 * and filter markup as on the site). The report paragraphs and glossary terms
 * are records of their own on the site (src/pages/search-records.json.ts);
 * they are read back from the site's index (dist/pagefind/fragment), so the
 * package finds exactly what the site finds, and re-added with package URLs.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';

const SIGNATURE = 'pagefind_dcd';
/** Only the search API is loaded by the search page; Pagefind's ready-made UIs are left out. */
const UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight)\./;

/** The site index's records that are not whole pages (their URLs have a #fragment). */
export function readSiteRecords(dist) {
  const dir = path.join(dist, 'pagefind', 'fragment');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.pf_fragment'))
    .sort()
    .map((f) => {
      const text = gunzipSync(readFileSync(path.join(dir, f))).toString('utf8');
      if (!text.startsWith(SIGNATURE)) throw new Error(`build-scorm: ${f} is not a Pagefind fragment this script can read (Pagefind's format changed?).`);
      return JSON.parse(text.slice(SIGNATURE.length));
    })
    .filter((r) => typeof r.url === 'string' && r.url.includes('#'))
    .map((r) => ({ url: r.url, content: r.content, meta: r.meta ?? {}, filters: r.filters ?? {} }));
}

const check = (response, what) => {
  if (response.errors?.length) throw new Error(`build-scorm: Pagefind could not ${what}:\n${response.errors.join('\n')}`);
  return response;
};

/**
 * @param {Map<string, string>} pages package path -> HTML (rewritten)
 * @param {{ url: string, content: string, meta: Record<string, string>, filters: Record<string, string[]> }[]} records site records
 * @param {(url: string) => string | null} toPackageUrl "/source/#para-3" -> "/source/index.html#para-3", or null if not in the package
 * @param {string} lang the package's language (its pages' <html lang>)
 * @returns {Promise<Map<string, Uint8Array>>} files under pagefind/
 */
export async function buildSearchIndex(pages, records, toPackageUrl, lang) {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: lang });
  if (!index) throw new Error(`build-scorm: Pagefind: ${errors.join('\n')}`);
  // Pagefind indexes in its own process: send everything at once rather than one request at a time.
  await Promise.all([
    ...[...pages].map(async ([file, content]) => check(await index.addHTMLFile({ url: `/${file}`, content }), `index ${file}`)),
    ...records.map(async (record) => {
      const url = toPackageUrl(record.url);
      if (url) check(await index.addCustomRecord({ ...record, url, language: lang }), `add ${record.url}`);
    }),
  ]);
  const { files } = check(await index.getFiles(), 'write the index');
  await index.deleteIndex();
  return new Map(files.filter((f) => !UNUSED.test(path.basename(f.path))).map((f) => [`pagefind/${f.path.split(path.sep).join('/')}`, f.content]));
}

export const closeSearch = () => pagefind.close();
