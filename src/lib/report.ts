/**
 * The shape of the one source this course rests on: the Secretary-General's
 * report "Trafficking in women and girls" (2016). Citations are checked against
 * these bounds; a unit test checks that content/source/ has exactly this many.
 */
export const REPORT = {
  paragraphs: 70,
  footnotes: 13,
  /** How a learner should cite the report outside the course. */
  citation: 'Report of the Secretary-General, Trafficking in women and girls (2016)',
} as const;

export const sourceHref = (anchor: string, base = '/'): string => `${base}source/#${anchor}`;
