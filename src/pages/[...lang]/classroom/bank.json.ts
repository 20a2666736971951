/**
 * The classroom question bank as one static file (see src/lib/classroom-data.ts):
 * the builder, the session page and the print sheets fetch it; the ready-made
 * pages carry their own questions and fetch it only for the paragraph texts.
 */
import type { APIRoute } from 'astro';
import { getCourse } from '../../data/course.ts';
import { classroomBank } from './_classroom.ts';

export const GET: APIRoute = async () => new Response(JSON.stringify(classroomBank(await getCourse())), { headers: { 'Content-Type': 'application/json' } });
