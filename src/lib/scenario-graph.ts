/**
 * Checks a decision scenario's graph: `start` names a step; every choice leads
 * to a step or an ending; every step and ending is reachable from `start`;
 * there is no cycle; every step offers a real choice. Pure, so the schema and
 * the unit tests share it. Messages name the step and say how to fix it.
 */
export interface GraphStep {
  id: string;
  choices: { next: string }[];
}
export interface ScenarioGraph {
  start: string;
  steps: GraphStep[];
  endings: { id: string }[];
}

export function scenarioProblems({ start, steps, endings }: ScenarioGraph): string[] {
  const problems: string[] = [];
  const stepById = new Map(steps.map((s) => [s.id, s]));
  const endingIds = new Set(endings.map((e) => e.id));
  const seen = new Set<string>();
  for (const id of [...steps.map((s) => s.id), ...endings.map((e) => e.id)]) {
    if (seen.has(id)) problems.push(`The id "${id}" is used twice. Steps and endings each need their own id.`);
    seen.add(id);
  }
  if (!stepById.has(start)) problems.push(`"start" names "${start}", which is not a step. Name the id of the first step.`);
  for (const step of steps) {
    if (step.choices.length < 2) problems.push(`Step "${step.id}" offers ${step.choices.length} choice(s). Give at least two, or make it an ending.`);
    for (const choice of step.choices) {
      if (!stepById.has(choice.next) && !endingIds.has(choice.next)) {
        problems.push(`A choice in step "${step.id}" leads to "${choice.next}", which is neither a step nor an ending.`);
      }
    }
  }
  if (problems.length > 0 || !stepById.has(start)) return problems;

  // Depth-first walk from start: finds what is reachable and any cycle.
  const reached = new Set<string>();
  const onPath: string[] = [];
  const cycles = new Set<string>();
  const visit = (id: string): void => {
    if (onPath.includes(id)) {
      cycles.add([...onPath.slice(onPath.indexOf(id)), id].join(' → '));
      return;
    }
    if (reached.has(id)) return;
    reached.add(id);
    const step = stepById.get(id);
    if (!step) return;
    onPath.push(id);
    for (const choice of step.choices) visit(choice.next);
    onPath.pop();
  };
  visit(start);
  for (const cycle of cycles) problems.push(`The scenario loops back on itself: ${cycle}. A learner must always move forward to an ending.`);
  for (const step of steps) if (!reached.has(step.id)) problems.push(`Step "${step.id}" cannot be reached from "${start}". Lead a choice to it or remove it.`);
  for (const ending of endings) if (!reached.has(ending.id)) problems.push(`Ending "${ending.id}" cannot be reached from "${start}". Lead a choice to it or remove it.`);
  return problems;
}
