/**
 * Every internal link goes through these helpers so the URL contract
 * (ARCHITECTURE.md) is written down once. Links stay in the language of the
 * page being rendered: /fr/ pages link to /fr/ pages (src/i18n/locales.ts).
 */
import { langPrefix, renderLang, type Lang } from '../i18n/locales.ts';

const base = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

/** A path of the site shared by every language (embed.js, the service worker). */
export const rootHref = (path = ''): string => `${base}${path.replace(/^\//, '')}`;
/** A page in the current language, or in `lang`. */
export const href = (path = '', lang: Lang = renderLang()): string => rootHref(`${langPrefix(lang)}${path.replace(/^\//, '')}`);
export const moduleHref = (module: string): string => href(`modules/${module}/`);
export const lessonHref = (module: string, slug: string): string => href(`modules/${module}/${slug}/`);
export const assessmentHref = (module: string): string => href(`modules/${module}/assessment/`);
export const sourceAnchorHref = (anchor: string): string => href(`source/#${anchor}`);
export const termHref = (id: string): string => href(`glossary/#${id}`);
export const searchHref = (query?: string): string => href(`search/${query ? `?q=${encodeURIComponent(query)}` : ''}`);
export const scenarioHref = (id: string): string => href(`scenarios/${id}/`);
export const pathHref = (audience?: string): string => href(audience ? `paths/${audience}/` : 'paths/');
/** Classroom mode: the builder (optionally editing a session code), ready-made and built sessions, printables. */
export const classroomHref = (quiz?: string): string => href(quiz ? `classroom/${quiz}/` : 'classroom/');
export const classroomBuilderHref = (code?: string): string => href(`classroom/${code ? `#s=${code}` : ''}`);
export const classroomSessionHref = (code: string): string => href(`classroom/session/#s=${code}`);
export const classroomPrintHref = (sheet: 'questions' | 'key', code: string): string => href(`classroom/print/${sheet}/#s=${code}`);
export const classroomCardsHref = (): string => href('classroom/cards/');
export const classroomBankHref = (): string => href('classroom/bank.json');
/** A quiz's explanations and option feedback, fetched by its island (src/lib/quiz-feedback.ts). */
export const quizFeedbackHref = (quiz: string): string => href(`quiz-feedback/${quiz}.json`);
export const embedHref = (): string => href('embed/');
export const embedLessonHref = (module: string, slug: string): string => href(`embed/modules/${module}/${slug}/`);
export const embedQuizHref = (quiz: string): string => href(`embed/quizzes/${quiz}/`);
export const embedScriptHref = (): string => rootHref('embed.js');
