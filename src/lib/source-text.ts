/**
 * The report's paragraph text carries two kinds of markup (see
 * content/source/report.yaml): footnote references `[^N]` and `*italics*`.
 * This splits a text into segments a component can render without innerHTML.
 */
export type Segment = { kind: 'text'; text: string } | { kind: 'em'; text: string } | { kind: 'fn'; number: number };

export function segments(text: string): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(/\[\^(\d+)\]|\*([^*]+)\*/g)) {
    if (m.index > last) out.push({ kind: 'text', text: text.slice(last, m.index) });
    if (m[1] !== undefined) out.push({ kind: 'fn', number: Number(m[1]) });
    else out.push({ kind: 'em', text: m[2]! });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
  return out;
}

/** Plain text for search records and tooltips: markup removed. */
export const plainText = (text: string): string => text.replace(/\[\^\d+\]/g, '').replace(/\*([^*]+)\*/g, '$1');
