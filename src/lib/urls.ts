/**
 * Every internal link goes through these helpers so the URL contract
 * (ARCHITECTURE.md) is written down once.
 */
const base = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

export const href = (path = ''): string => `${base}${path.replace(/^\//, '')}`;
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
export const embedHref = (): string => href('embed/');
export const embedLessonHref = (module: string, slug: string): string => href(`embed/modules/${module}/${slug}/`);
export const embedQuizHref = (quiz: string): string => href(`embed/quizzes/${quiz}/`);
export const embedScriptHref = (): string => href('embed.js');
