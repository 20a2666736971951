/** Each knowledge check's and assessment's explanations and option feedback, per language (src/lib/quiz-feedback.ts). */
import type { APIRoute } from 'astro';
import { getCourse, quizFeedback, type QuestionQuiz } from '../../../data/course.ts';
import { forEachLang } from '../../../i18n/page.ts';

export async function getStaticPaths() {
  return forEachLang(async (lang) => [...(await getCourse(lang)).quizzes.values()].map((quiz) => ({ params: { quiz: quiz.id }, props: { quiz } })));
}

export const GET: APIRoute<{ quiz: QuestionQuiz }> = ({ props }) => new Response(JSON.stringify(quizFeedback(props.quiz)), { headers: { 'Content-Type': 'application/json' } });
