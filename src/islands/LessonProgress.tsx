/**
 * The progress line at the top of a lesson: records the visit (for "Continue
 * where you left off"), says whether the lesson is complete, offers "Mark as
 * complete" for lessons without a knowledge check, and warns when progress
 * cannot be kept. One island, so a lesson page loads one chunk for all this.
 */
import type { NoticeStrings, Strings } from '../i18n/index.ts';
import { lessonState } from '../lib/lesson-state.ts';
import type { OutlineLesson } from '../lib/outline.ts';
import { markLessonComplete, recordVisit } from '../stores/progress.ts';
import { ProgressIsland } from './ProgressIsland.tsx';

interface Props {
  lesson: OutlineLesson;
  strings: NoticeStrings & Strings<'progress.state' | 'progress.lessonComplete' | 'progress.lessonAnswerChecks' | 'progress.markComplete'>;
}

export default class LessonProgress extends ProgressIsland<Props> {
  override componentDidMount(): void {
    super.componentDidMount();
    recordVisit(this.props.lesson.id);
  }

  override render({ lesson, strings: s }: Props) {
    const state = lessonState(lesson, this.progress);
    const hasChecks = Object.keys(lesson.checks).length > 0;
    return (
      <div class="tc-lesson-status">
        {this.renderNotice(s)}
        <p role="status">
          {state === 'complete' ? <strong>✓ {s['progress.lessonComplete']}</strong> : hasChecks ? s['progress.lessonAnswerChecks'] : s[`progress.state.${state}`]}
        </p>
        {!hasChecks && state !== 'complete' && (
          <button type="button" onClick={() => markLessonComplete(lesson.id)}>
            {s['progress.markComplete']}
          </button>
        )}
      </div>
    );
  }
}
