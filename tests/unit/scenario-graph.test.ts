import { describe, expect, it } from 'vitest';
import { quizSchema } from '../../src/lib/content-schemas.ts';
import { scenarioProblems, type ScenarioGraph } from '../../src/lib/scenario-graph.ts';

const step = (id: string, ...next: string[]) => ({ id, choices: next.map((n) => ({ next: n })) });
const graph = (over: Partial<ScenarioGraph> = {}): ScenarioGraph => ({
  start: 'a',
  steps: [step('a', 'b', 'bad'), step('b', 'good', 'bad')],
  endings: [{ id: 'good' }, { id: 'bad' }],
  ...over,
});

describe('scenarioProblems', () => {
  it('accepts a forward-only graph where everything is reachable', () => {
    expect(scenarioProblems(graph())).toEqual([]);
  });

  it.each<[string, Partial<ScenarioGraph>, RegExp]>([
    ['a start that is not a step', { start: 'nowhere' }, /"start" names "nowhere", which is not a step/],
    ['a choice leading nowhere', { steps: [step('a', 'b', 'bad'), step('b', 'good', 'lost')] }, /A choice in step "b" leads to "lost", which is neither a step nor an ending/],
    ['a dead end without an ending', { steps: [step('a', 'b', 'bad'), step('b', 'good')] }, /Step "b" offers 1 choice\(s\)\. Give at least two, or make it an ending/],
    ['a cycle', { steps: [step('a', 'b', 'bad'), step('b', 'a', 'good')] }, /loops back on itself: a → b → a/],
    ['a self-loop', { steps: [step('a', 'a', 'b'), step('b', 'good', 'bad')] }, /loops back on itself: a → a/],
    ['an unreachable step', { steps: [step('a', 'good', 'bad'), step('b', 'good', 'bad')] }, /Step "b" cannot be reached from "a"/],
    ['an unreachable ending', { endings: [{ id: 'good' }, { id: 'bad' }, { id: 'lonely' }] }, /Ending "lonely" cannot be reached/],
    ['an id used twice', { endings: [{ id: 'good' }, { id: 'bad' }, { id: 'b' }] }, /The id "b" is used twice/],
  ])('rejects %s', (_, over, message) => {
    const problems = scenarioProblems(graph(over));
    expect(problems.some((p) => message.test(p)), problems.join('\n')).toBe(true);
  });
});

describe('the scenario schema', () => {
  const scenario = {
    kind: 'scenario',
    module: 'identification-and-support',
    title: 'A case',
    audiences: ['border-immigration'],
    intro: 'Invented for training.',
    start: 'arrival',
    steps: [
      { id: 'arrival', situation: 'A group arrives.', choices: [{ text: 'Talk to each woman alone', next: 'identified' }, { text: 'Wave them through', next: 'missed' }] },
    ],
    endings: [
      { id: 'identified', outcome: 'good', title: 'Identified', text: 'She was referred to services.', cite: [41] },
      { id: 'missed', outcome: 'poor', title: 'Missed', text: 'She was not identified.', cite: [41] },
    ],
  };

  it('accepts a valid scenario', () => {
    expect(quizSchema.safeParse(scenario).success).toBe(true);
  });

  it('names a graph problem in the error', () => {
    const broken = { ...scenario, steps: [{ ...scenario.steps[0]!, choices: [{ text: 'Go', next: 'arrival' }, { text: 'Stop', next: 'missed' }] }] };
    const result = quizSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.message).join('\n')).toMatch(/loops back on itself: arrival → arrival/);
  });

  it('requires a good and a poor ending and a citation on every ending', () => {
    const allGood = { ...scenario, endings: scenario.endings.map((e) => ({ ...e, outcome: 'good' })) };
    expect(quizSchema.safeParse(allGood).error!.issues[0]!.message).toBe('Give at least one "good" and one "poor" ending, so the choice matters.');
    const badCite = { ...scenario, endings: [{ ...scenario.endings[0]!, cite: [88] }, scenario.endings[1]!] };
    expect(quizSchema.safeParse(badCite).error!.issues[0]!.message).toBe('Paragraph 88 does not exist: the report has paragraphs 1-70.');
  });
});
