/**
 * Which classroom strings each island needs. The classroom dictionary serves
 * the builder, the presenter and the print sheets; sending the builder's
 * strings to a presenter page would cost every projector page bytes for text
 * it never shows.
 */
import type { KeysOf, Strings } from '../i18n/index.ts';

/** Builder-only groups: the presenter and the print sheets never show them. */
export const BUILDER_ONLY = ['classroom.saved', 'classroom.share', 'classroom.chosen', 'classroom.cards', 'classroom.bank', 'classroom.filter', 'classroom.settings', 'classroom.type', 'classroom.build'] as const;

export type PresenterStrings = Omit<Strings<'classroom'>, KeysOf<(typeof BUILDER_ONLY)[number]>>;
