/**
 * Citations point at the report: paragraphs 1-70 and footnotes 1-13.
 *
 * Authors write them in three places, all parsed here:
 *   - MDX: <Cite para={20} />, <Cite para="20-22" />, <Cite para="9, 11" />, <Cite fn={3} />
 *   - frontmatter / YAML: paragraphs: "1-8, 12, 53-54" or cite: [20, 21] or cite: ["20-22"]
 * A citation that names a paragraph the report does not have is an error whose
 * message says what the report has, so an author can fix it without reading code.
 */
import { REPORT } from './report.ts';

export type CitationKind = 'para' | 'fn';

/** A contiguous run of paragraphs (or one footnote), as written by the author. */
export interface CitationPart {
  kind: CitationKind;
  from: number;
  to: number;
}

export type CitationInput = number | string | ReadonlyArray<number | string>;

export class CitationError extends Error {
  override name = 'CitationError';
}

const limits: Record<CitationKind, number> = { para: REPORT.paragraphs, fn: REPORT.footnotes };
const noun: Record<CitationKind, string> = { para: 'paragraph', fn: 'footnote' };

function checkNumber(kind: CitationKind, n: number): number {
  if (n < 1 || n > limits[kind]) {
    throw new CitationError(
      `${noun[kind][0]!.toUpperCase()}${noun[kind].slice(1)} ${n} does not exist: the report has ${noun[kind]}s 1-${limits[kind]}.`,
    );
  }
  return n;
}

function parseToken(token: string, kind: CitationKind): CitationPart {
  const written = token.trim();
  const fn = /^fn\s*(\d+)$/i.exec(written);
  if (fn) return { kind: 'fn', from: checkNumber('fn', Number(fn[1])), to: Number(fn[1]) };
  const range = /^(\d+)\s*[-–]\s*(\d+)$/.exec(written);
  if (range) {
    const from = checkNumber(kind, Number(range[1]));
    const to = checkNumber(kind, Number(range[2]));
    if (to <= from) throw new CitationError(`Range "${written}" runs backwards or is empty: write the lower number first.`);
    return { kind, from, to };
  }
  if (/^\d+$/.test(written)) {
    const n = checkNumber(kind, Number(written));
    return { kind, from: n, to: n };
  }
  throw new CitationError(
    `Cannot read the citation "${written}". Write a number (20), a range (20-22), a list (9, 11) or a footnote (fn3).`,
  );
}

/** Parses any citation an author can write. Throws CitationError with advice. */
export function parseCitation(input: CitationInput, kind: CitationKind = 'para'): CitationPart[] {
  const items = Array.isArray(input) ? input : [input];
  const parts: CitationPart[] = [];
  for (const item of items) {
    if (typeof item === 'number') {
      parts.push(parseToken(String(item), kind));
      continue;
    }
    const tokens = String(item).split(/[,;]/).filter((t) => t.trim() !== '');
    for (const token of tokens) parts.push(parseToken(token, kind));
  }
  if (parts.length === 0) throw new CitationError('The citation is empty: name at least one paragraph.');
  return parts;
}

/** Every paragraph number a citation covers, sorted and unique. */
export function citedParagraphs(parts: readonly CitationPart[]): number[] {
  const set = new Set<number>();
  for (const p of parts) if (p.kind === 'para') for (let n = p.from; n <= p.to; n++) set.add(n);
  return [...set].sort((a, b) => a - b);
}

export const anchorFor = (kind: CitationKind, n: number): string => `${kind === 'para' ? 'para' : 'fn'}-${n}`;

/** "20", "20-22" or "fn 3": the visible label of one part. */
export function partLabel(part: CitationPart): string {
  if (part.kind === 'fn') return String(part.from);
  return part.from === part.to ? String(part.from) : `${part.from}–${part.to}`;
}

/** A citation found in an MDX body, with its line for error messages. */
export interface BodyCitation {
  line: number;
  written: string;
  kind: CitationKind;
}

const citeTag = /<Cite\b([^>]*)\/?>/g;
const attr = /\b(para|fn)\s*=\s*(?:\{\s*(?:"([^"]*)"|'([^']*)'|([^}]*?))\s*\}|"([^"]*)"|'([^']*)')/g;

const lineOf = (text: string, index: number): number => text.slice(0, index).split('\n').length;

/** Finds <Cite para=... /> and <Cite fn=... /> in raw MDX (for build checks and the source reader). */
export function findBodyCitations(body: string): BodyCitation[] {
  const found: BodyCitation[] = [];
  for (const tag of body.matchAll(citeTag)) {
    const attrs = tag[1] ?? '';
    let any = false;
    for (const a of attrs.matchAll(attr)) {
      any = true;
      const written = (a[2] ?? a[3] ?? a[4] ?? a[5] ?? a[6] ?? '').trim();
      found.push({ line: lineOf(body, tag.index), written, kind: a[1] === 'fn' ? 'fn' : 'para' });
    }
    if (!any) found.push({ line: lineOf(body, tag.index), written: '', kind: 'para' });
  }
  return found;
}

/** Finds <Term id="..."> uses in raw MDX. */
export function findBodyTerms(body: string): { line: number; id: string }[] {
  const found: { line: number; id: string }[] = [];
  for (const m of body.matchAll(/<Term\b[^>]*?\bid\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*["']([^"']*)["']\s*\})/g)) {
    found.push({ line: lineOf(body, m.index), id: m[1] ?? m[2] ?? m[3] ?? '' });
  }
  return found;
}
