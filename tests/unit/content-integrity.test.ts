import { describe, expect, it } from 'vitest';
import { checkIntegrity, formatProblems, type IntegrityInput } from '../../src/lib/content-integrity.ts';

const base = (): IntegrityInput => ({
  modules: [{ id: 'why-gender', file: 'content/modules/why-gender.yaml', data: { order: 1 } }],
  lessons: [
    {
      id: 'why-gender/01-intro',
      file: 'content/lessons/why-gender/01-intro.mdx',
      data: { module: 'why-gender', order: 1, checks: ['wg-check'] },
      body: 'Text <Cite para={3} /> and <Term id="palermo-protocol">P</Term>.',
    },
  ],
  quizzes: [{ id: 'wg-check', file: 'content/quizzes/wg-check.yaml', data: { kind: 'check', module: 'why-gender', questions: [{ id: 'q1' }] } }],
  glossary: [{ id: 'palermo-protocol', file: 'content/glossary/palermo-protocol.yaml', data: { related: [] } }],
});

describe('checkIntegrity', () => {
  it('passes good content', () => {
    expect(checkIntegrity(base())).toEqual([]);
  });

  it('names a missing module with the modules that exist', () => {
    const input = base();
    input.lessons[0]!.data.module = 'why-gendre';
    expect(checkIntegrity(input)).toContainEqual({
      file: 'content/lessons/why-gender/01-intro.mdx',
      field: 'module',
      message: 'No module "why-gendre". Use one of: why-gender, or add content/modules/why-gendre.yaml.',
    });
  });

  it('names a wrong body citation with its line', () => {
    const input = base();
    input.lessons[0]!.body = 'One.\nTwo <Cite para={71} />.';
    expect(checkIntegrity(input)).toEqual([
      { file: 'content/lessons/why-gender/01-intro.mdx', field: '<Cite para> on line 2', message: 'Paragraph 71 does not exist: the report has paragraphs 1-70.' },
    ]);
  });

  it('names an unknown glossary term', () => {
    const input = base();
    input.lessons[0]!.body = '<Term id="palermo">P</Term>';
    expect(checkIntegrity(input)).toEqual([
      {
        file: 'content/lessons/why-gender/01-intro.mdx',
        field: '<Term id> on line 1',
        message: 'No glossary term "palermo". Use an id from content/glossary/ or add content/glossary/palermo.yaml.',
      },
    ]);
  });

  it('names a missing or wrong-kind knowledge check', () => {
    const input = base();
    input.lessons[0]!.data.checks = ['nope'];
    expect(checkIntegrity(input)[0]?.message).toBe('No quiz "nope". Add content/quizzes/nope.yaml or remove it from checks.');
    input.quizzes[0]!.data.kind = 'assessment';
    input.lessons[0]!.data.checks = ['wg-check'];
    expect(checkIntegrity(input)[0]?.message).toBe('Quiz "wg-check" is an assessment, not a knowledge check.');
  });

  it('catches a lesson in the wrong folder and an order that disagrees with the file name', () => {
    const input = base();
    input.lessons[0]!.data.order = 2;
    input.modules.push({ id: 'other', file: 'content/modules/other.yaml', data: { order: 2 } });
    input.lessons[0]!.data.module = 'other';
    const fields = checkIntegrity(input).map((p) => `${p.field}: ${p.message}`);
    expect(fields).toContain('module: The lesson is in folder "why-gender" but says module "other". Move the file or fix the field.');
    expect(fields).toContain('order: The file name says lesson 1 but the field says 2. Make them match.');
  });

  it('catches question ids reused across quizzes, duplicate module orders and unknown related terms', () => {
    const input = base();
    input.quizzes.push({ id: 'other-check', file: 'content/quizzes/other-check.yaml', data: { kind: 'check', module: 'why-gender', questions: [{ id: 'q1' }] } });
    input.modules.push({ id: 'dup', file: 'content/modules/dup.yaml', data: { order: 1 } });
    input.glossary[0]!.data.related = ['nothing'];
    const messages = checkIntegrity(input).map((p) => p.message);
    expect(messages).toContain('Question id "q1" is also used in content/quizzes/wg-check.yaml. Ids are unique in the whole bank.');
    expect(messages).toContain('Module order 1 is also used by "why-gender". Give each module its own order.');
    expect(messages).toContain('No glossary term "nothing". Use an existing id or remove it.');
  });

  it('formats problems as file › field: fix', () => {
    expect(formatProblems([{ file: 'a.mdx', field: 'module', message: 'Fix it.' }])).toBe('The course content has 1 problem:\n  a.mdx › module: Fix it.');
  });
});
