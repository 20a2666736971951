/** A module's progress: a native <progress> bar and the state of each step. */
import type { Strings } from '../i18n/index.ts';
import { fill } from '../lib/format.ts';
import { moduleSummary, type OutlineModule } from '../lib/outline.ts';
import { ProgressIsland } from './ProgressIsland.tsx';

interface Props {
  module: OutlineModule;
  strings: Strings<'progress' | 'assessment'>;
  /** Show the list of lessons with their state (module page) or only the bar (lists). */
  detailed?: boolean;
}

export default class ModuleProgress extends ProgressIsland<Props> {
  override render({ module, strings: s, detailed = true }: Props) {
    const summary = moduleSummary(module, this.progress);
    const label = fill(s['progress.lessonsDone'], { done: summary.done, total: summary.total });
    const barId = `${module.id}-progress`;
    return (
      <div class="tc-module-progress">
        <label for={barId} class="tc-module-progress__label">{label}</label>
        <progress id={barId} max={summary.total} value={summary.done}>{label}</progress>
        {detailed && (
          <ol class="tc-step-list">
            {module.lessons.map((lesson, i) => (
              <li key={lesson.id} data-state={summary.lessons[i]}>
                <a href={lesson.href}>{lesson.title}</a> <span class="tc-step-state">{s[`progress.state.${summary.lessons[i] ?? 'not-started'}`]}</span>
              </li>
            ))}
            {module.assessment && (
              <li data-state={summary.assessment?.passed ? 'complete' : summary.assessment?.best ? 'in-progress' : 'not-started'}>
                <a href={module.assessment.href}>{s['assessment.link']}</a>{' '}
                <span class="tc-step-state">
                  {summary.assessment?.best
                    ? fill(s[summary.assessment.passed ? 'assessment.status.passed' : 'assessment.status.failed'], { percent: summary.assessment.best.percent })
                    : s['assessment.status.none']}
                </span>
              </li>
            )}
          </ol>
        )}
      </div>
    );
  }
}
