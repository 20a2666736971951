/**
 * Checks content translations against their English originals (rules in
 * src/lib/translation-check.ts) and lists the ones made from an older English
 * revision.
 *
 *   node scripts/check-translations.ts              every translation under content/
 *   node scripts/check-translations.ts FILE...      just these translation files
 *
 * Exits 1 when a translation breaks a rule; stale translations are listed only.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { checkTranslation, revisionOf, translationName } from '../src/lib/translation-check.ts';

const root = join(import.meta.dirname, '..');
const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));

const args = process.argv.slice(2);
const files = (args.length ? args.map((f) => join(process.cwd(), f)) : walk(join(root, 'content'))).filter((f) => translationName(basename(f)));
if (args.length && files.length < args.length) console.warn('Some arguments are not translation files (<name>.<fr|es|ar>.<yaml|mdx>) and were skipped.');

let failing = 0;
const stale: string[] = [];
for (const file of files) {
  const name = translationName(basename(file))!;
  const englishPath = join(dirname(file), name.english);
  const shown = relative(root, file);
  let englishRaw: string;
  try {
    englishRaw = readFileSync(englishPath, 'utf8');
  } catch {
    console.log(`${shown}: no English original at ${relative(root, englishPath)}`);
    failing++;
    continue;
  }
  const report = checkTranslation(englishRaw, readFileSync(file, 'utf8'), file.endsWith('.mdx') ? 'mdx' : 'yaml');
  if (report.stale) stale.push(`${shown} (English is now ${revisionOf(englishRaw)})`);
  if (report.problems.length) {
    failing++;
    for (const p of report.problems) console.log(`${shown} › ${p}`);
  }
}
if (stale.length) console.log(`\nOlder than their English source (${stale.length}):\n  ${stale.join('\n  ')}`);
console.log(`\n${files.length} translation files checked: ${failing} with problems, ${stale.length} stale.`);
process.exit(failing ? 1 : 0);
