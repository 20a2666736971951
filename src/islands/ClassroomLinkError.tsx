/**
 * Why a classroom session cannot be shown (a bad link, or a question bank that
 * could not be fetched, which can be retried), with a way to the builder.
 * Shared by the presenter and the print sheets.
 */
import type { PresenterStrings } from '../lib/classroom-strings.ts';
import type { SessionError } from '../lib/classroom-session.ts';
import { classroomBuilderHref } from '../lib/urls.ts';

export type ClassroomError = SessionError | 'unavailable';

export function ClassroomLinkError({ error, retry, strings: s }: { error: ClassroomError; retry: () => void; strings: PresenterStrings }) {
  return (
    <div class="tc-error-summary" role="alert">
      <h2>{s['classroom.error.title']}</h2>
      <p>{s[`classroom.error.${error}`]}</p>
      {error === 'unavailable' && (
        <p>
          <button type="button" onClick={retry}>
            {s['classroom.error.retry']}
          </button>
        </p>
      )}
      <p>
        <a href={classroomBuilderHref()}>{s['classroom.error.toBuilder']}</a>
      </p>
    </div>
  );
}
