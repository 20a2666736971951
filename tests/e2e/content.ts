/** The quiz bank as the tests need it: right and wrong answers, read from content/. */
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { translationName } from '../../src/lib/translation-check.ts';

/** The English files of a content folder (translations, <name>.<lang>.<ext>, left out). */
export const englishFiles = (dir: string): string[] => readdirSync(dir).filter((f) => !translationName(f));

export interface BankQuestion {
  id: string;
  type: 'single' | 'multiple' | 'true-false';
  prompt: string;
  options: { text: string; correct?: boolean }[];
}
export interface BankQuiz {
  kind: 'check' | 'assessment';
  title: string;
  questions: BankQuestion[];
}

export const quiz = (id: string, lang = 'en'): BankQuiz => parse(readFileSync(`content/quizzes/${id}${lang === 'en' ? '' : `.${lang}`}.yaml`, 'utf8')) as BankQuiz;
/** A lesson's frontmatter in a language: content/lessons/<module>/<file>[.<lang>].mdx. */
export const lessonData = (file: string, lang = 'en'): { title: string; summary: string } =>
  parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(`content/lessons/${file}${lang === 'en' ? '' : `.${lang}`}.mdx`, 'utf8'))![1]!) as { title: string; summary: string };
export const rightOptions = (q: BankQuestion): string[] => q.options.filter((o) => o.correct).map((o) => o.text);
export const wrongOption = (q: BankQuestion): string => q.options.find((o) => !o.correct)!.text;
