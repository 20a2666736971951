/** Home page: overall progress and "Continue where you left off". */
import type { Strings } from '../i18n/index.ts';
import { fill } from '../lib/format.ts';
import { continueLesson, courseSummary, type OutlineModule } from '../lib/outline.ts';
import { ProgressIsland } from './ProgressIsland.tsx';

interface Props {
  modules: OutlineModule[];
  startHref: string;
  strings: Strings<'progress'>;
}

export default class CourseProgress extends ProgressIsland<Props> {
  override render({ modules, startHref, strings: s }: Props) {
    const progress = this.progress;
    const summary = courseSummary(modules, progress);
    const next = continueLesson(modules, progress);
    const label = fill(s['progress.courseDone'], { done: summary.done, total: summary.total });
    return (
      <div class="tc-course-progress">
        <p>
          {next ? (
            <a class="tc-button" href={next.href}>{fill(s['progress.continue'], { title: next.title })}</a>
          ) : (
            <a class="tc-button" href={startHref}>{s['progress.start']}</a>
          )}
        </p>
        <label for="tc-course-progress">{label}</label>
        <progress id="tc-course-progress" max={summary.total} value={summary.done}>{label}</progress>
      </div>
    );
  }
}
