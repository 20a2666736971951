/**
 * Collections over the top-level content/ folder. The schemas (and what each
 * field means) are in src/lib/content-schemas.ts; cross-file rules are checked
 * when pages load the course (src/data/course.ts).
 *
 * Translations (<name>.<fr|es|ar>.<ext>, beside their English file) are
 * collections of their own: each is checked against its English original
 * (src/lib/translation-check.ts) and then read with the English schema, so the
 * loose schema here only requires the revision stamp.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { glossarySchema, lessonSchema, moduleSchema, quizSchema, sourceSchema } from './lib/content-schemas.ts';
import { TRANSLATION_LANGS } from './lib/translation-check.ts';

const TRANSLATED = `{${TRANSLATION_LANGS.join(',')}}`;
const yamlIn = (base: string) => glob({ base: `./content/${base}`, pattern: ['**/[^_]*.{yaml,yml}', `!**/*.${TRANSLATED}.{yaml,yml}`] });

/** Translation entries keep their file name as id: "why-gender/01-intro.fr", "why-gender-assessment.ar". */
const translationsIn = (base: string, ext: string) =>
  defineCollection({
    loader: glob({ base: `./content/${base}`, pattern: `**/[^_]*.${TRANSLATED}.${ext}`, generateId: ({ entry }) => entry.replace(/\.(mdx|ya?ml)$/, '') }),
    schema: z
      .object({
        translatedFrom: z.string({ message: 'the English revision this translation was made from: the first 12 hex digits of the SHA-256 of the English file, in quotes' }).regex(/^[0-9a-f]{12}$/),
      })
      .passthrough(),
  });

export const collections = {
  modules: defineCollection({ loader: yamlIn('modules'), schema: moduleSchema }),
  lessons: defineCollection({ loader: glob({ base: './content/lessons', pattern: ['**/[^_]*.mdx', `!**/*.${TRANSLATED}.mdx`] }), schema: lessonSchema }),
  quizzes: defineCollection({ loader: yamlIn('quizzes'), schema: quizSchema }),
  glossary: defineCollection({ loader: yamlIn('glossary'), schema: glossarySchema }),
  source: defineCollection({ loader: file('./content/source/report.yaml'), schema: sourceSchema }),
  moduleTranslations: translationsIn('modules', 'yaml'),
  lessonTranslations: translationsIn('lessons', 'mdx'),
  quizTranslations: translationsIn('quizzes', 'yaml'),
  glossaryTranslations: translationsIn('glossary', 'yaml'),
};
