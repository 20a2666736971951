/** A role path: its lessons and scenarios with their state, and a progress bar. */
import type { PathItem } from '../data/course.ts';
import type { Strings } from '../i18n/index.ts';
import { fill } from '../lib/format.ts';
import { lessonState, type LessonState } from '../lib/lesson-state.ts';
import type { Progress } from '../lib/progress.ts';
import { ProgressIsland } from './ProgressIsland.tsx';

interface Props {
  items: PathItem[];
  strings: Strings<'paths' | 'progress'>;
}

const stateOf = (item: PathItem, p: Progress): LessonState =>
  item.kind === 'lesson' ? lessonState(item, p) : Object.keys(p.quizzes[item.id]?.endings ?? {}).length > 0 ? 'complete' : 'not-started';

export default class PathProgress extends ProgressIsland<Props> {
  override render({ items, strings: s }: Props) {
    const states = items.map((item) => stateOf(item, this.progress));
    const done = states.filter((x) => x === 'complete').length;
    const label = fill(s['paths.progress'], { done, total: items.length });
    return (
      <div class="tc-module-progress">
        <label for="tc-path-progress" class="tc-module-progress__label">{label}</label>
        <progress id="tc-path-progress" max={items.length} value={done}>{label}</progress>
        <ol class="tc-step-list">
          {items.map((item, i) => (
            <li key={item.id} data-state={states[i]}>
              <span class="tc-step-kind">{item.kind === 'lesson' ? s['paths.lesson'] : s['paths.scenario']}:</span> <a href={item.href}>{item.title}</a>{' '}
              <span class="tc-step-state">
                {item.moduleTitle} · {s[`progress.state.${states[i] ?? 'not-started'}`]}
              </span>
            </li>
          ))}
        </ol>
      </div>
    );
  }
}
