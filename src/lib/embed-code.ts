/**
 * The HTML a web editor pastes into a host page: the iframe, at a fixed height
 * that works on its own (with the frame's own scrollbar), and /embed.js, which
 * sizes the frame to its content when the host allows scripts.
 */

/** Escapes text for an HTML attribute value or element content. */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** The height of the frame before (or without) embed.js, in CSS px. */
export const FALLBACK_HEIGHT = 600;

export interface EmbedCodeInput {
  /** Absolute URL of the embed view, query string included. */
  src: string;
  /** Absolute URL of embed.js. */
  script: string;
  /** The frame's accessible name. */
  title: string;
}

export function embedCode({ src, script, title }: EmbedCodeInput): string {
  return (
    `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" style="width:100%;border:0;height:${FALLBACK_HEIGHT}px" loading="lazy"></iframe>\n` +
    `<script src="${escapeHtml(script)}" defer></script>`
  );
}

/** A JavaScript string literal for an origin (which has no quotes or backslashes). */
const quote = (text: string): string => `'${text.replace(/[\\']/g, '\\$&')}'`;

/**
 * Documented on /embed/: listening for the DOM events embed.js dispatches.
 * They bubble to document; event.target is the iframe, checked here because
 * embed.js serves embed frames of any origin (a self-hosted copy, too).
 */
export const domEventExample = (origin: string): string => `<script>
  function fromCourse(event) {
    return event.target.src.indexOf(${quote(`${origin}/`)}) === 0;
  }
  document.addEventListener('trafficking-course:quiz-completed', function (event) {
    if (!fromCourse(event)) return;
    var result = event.detail;
    console.log('Assessment ' + result.quiz + ': ' + result.score + ' of ' + result.max);
  });
  document.addEventListener('trafficking-course:quiz-answered', function (event) {
    if (!fromCourse(event)) return;
    console.log('Question ' + event.detail.question + (event.detail.correct ? ' right' : ' wrong'));
  });
</script>`;

/** Documented on /embed/: listening for the messages directly, with the origin check. */
export const messageExample = (origin: string): string => `<script>
  window.addEventListener('message', function (event) {
    if (event.origin !== ${quote(origin)}) return;
    var message = event.data;
    if (!message || message.channel !== 'trafficking-course') return;
    if (message.type === 'quiz-completed') {
      console.log('Assessment ' + message.quiz + ': ' + message.score + ' of ' + message.max);
    }
  });
</script>`;
