/**
 * Collections over the top-level content/ folder. The schemas (and what each
 * field means) are in src/lib/content-schemas.ts; cross-file rules are checked
 * when pages load the course (src/data/course.ts).
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { glossarySchema, lessonSchema, moduleSchema, quizSchema, sourceSchema } from './lib/content-schemas.ts';

const yamlIn = (base: string) => glob({ base: `./content/${base}`, pattern: ['**/[^_]*.{yaml,yml}', '!**/*.{fr,es,ar}.{yaml,yml}'] });

export const collections = {
  modules: defineCollection({ loader: yamlIn('modules'), schema: moduleSchema }),
  lessons: defineCollection({ loader: glob({ base: './content/lessons', pattern: ['**/[^_]*.mdx', '!**/*.{fr,es,ar}.mdx'] }), schema: lessonSchema }),
  quizzes: defineCollection({ loader: yamlIn('quizzes'), schema: quizSchema }),
  glossary: defineCollection({ loader: yamlIn('glossary'), schema: glossarySchema }),
  source: defineCollection({ loader: file('./content/source/report.yaml'), schema: sourceSchema }),
};
