/** The people the course is for (CURRICULUM.md). Labels live in the i18n dictionary. */
export const AUDIENCES = [
  'law-enforcement',
  'border-immigration',
  'justice',
  'labour',
  'social-health',
  'humanitarian',
  'policy',
] as const;

export type Audience = (typeof AUDIENCES)[number];
