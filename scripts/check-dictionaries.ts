/**
 * Checks the interface dictionaries (src/i18n/<lang>.ts) against English:
 *   node scripts/check-dictionaries.ts [lang...]
 * Prints each problem as "lang › key: problem"; exits 1 if any.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { en } from '../src/i18n/en.ts';
import { dictionaryProblems } from '../src/i18n/check.ts';

const dir = join(import.meta.dirname, '../src/i18n');
const langs = process.argv.slice(2).length ? process.argv.slice(2) : ['fr', 'es', 'ar', 'zh', 'ru'].filter((l) => existsSync(join(dir, `${l}.ts`)));
let bad = 0;
for (const lang of langs) {
  const mod = (await import(pathToFileURL(join(dir, `${lang}.ts`)).href)) as Record<string, Record<string, string>>;
  const dict = mod[lang];
  if (!dict) {
    console.log(`${lang}: src/i18n/${lang}.ts must export const ${lang}`);
    bad++;
    continue;
  }
  const problems = dictionaryProblems(en, dict);
  for (const p of problems) console.log(`${lang} › ${p}`);
  const same = Object.keys(en).filter((k) => dict[k] === (en as Record<string, string>)[k]);
  console.log(`${lang}: ${Object.keys(en).length} keys, ${problems.length} problems, ${same.length} identical to English${same.length ? ` (${same.slice(0, 8).join(', ')}${same.length > 8 ? ', …' : ''})` : ''}`);
  bad += problems.length;
}
process.exit(bad ? 1 : 0);
