/**
 * The classroom question bank as one static file (see src/lib/classroom-data.ts):
 * the builder, the session page and the print sheets fetch it; the ready-made
 * pages carry their own questions and fetch it only for the paragraph texts.
 */
import type { APIRoute } from 'astro';
import { getCourse } from '../../../data/course.ts';
import { classroomBank } from './_classroom.ts';
import { eachLang, usePageLang } from '../../../i18n/page.ts';

export const getStaticPaths = eachLang;

export const GET: APIRoute = async ({ params }) => {
  const lang = usePageLang({ params });
  return new Response(JSON.stringify(classroomBank(await getCourse(lang))), { headers: { 'Content-Type': 'application/json' } });
};
