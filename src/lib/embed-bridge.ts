/**
 * The iframe side of the embed protocol (see embed-protocol.ts), started by
 * src/layouts/Embed.astro.
 *
 * Data: the last height posted. Lifecycle: when the view is framed, a
 * ResizeObserver on <html> schedules one measurement per animation frame; the
 * height is posted when it differs from the last one by a pixel or more. The
 * root element's own box is measured, not scrollHeight, which never falls
 * below the frame's viewport and so could never let the frame shrink; the
 * height of <html> does not depend on the frame's height (embeds set no
 * `height: 100%`, no `vh`), so applying a height cannot trigger another: no
 * feedback loop. The height is announced again when the page has loaded and
 * when fonts are ready, in case the host script started listening late.
 * Quiz events (`tc:quiz` on document) are relayed as protocol messages.
 * (Embeds are quiz pages with a JavaScript budget: this stays small and
 * import-free, so Astro inlines it, and leaves validation to the host, where
 * it matters.)
 *
 * Failure modes: none worth throwing for. Messages go to the parent with
 * targetOrigin '*' (the host is unknown; messages hold no personal data).
 * Nothing received is trusted: there is no message listener at all.
 */
import { CHANNEL, type EmbedMessage } from './embed-protocol.ts';
import type { QuizEvent } from './quiz-types.ts';

/**
 * QUIZ_EVENT of quiz-types.ts, repeated: importing it would tie this script to
 * the islands' shared chunk and stop Astro from inlining it (the unit test
 * dispatches QUIZ_EVENT itself, so the two cannot drift apart unnoticed).
 */
const QUIZ_EVENT = 'tc:quiz';

export function startEmbedBridge(win: Window = window): void {
  const doc = win.document;
  // Same-page fragment links (an assessment's list of unanswered questions)
  // stay in the frame despite <base target="_blank">.
  doc.addEventListener(
    'click',
    (event) => {
      const link = (event.target as Element | null)?.closest?.('a[href^="#"]');
      if (link) link.setAttribute('target', '_self');
    },
    true,
  );
  if (win.parent === win) return;
  const post = (message: EmbedMessage) => win.parent.postMessage(message, '*');
  const root = doc.documentElement;
  let last = -1;
  let frame = 0;
  const measure = () => {
    frame = 0;
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (Math.abs(height - last) < 1) return;
    last = height;
    post({ channel: CHANNEL, type: 'resize', height });
  };
  const schedule = () => {
    frame ||= win.requestAnimationFrame(measure);
  };
  const announce = () => {
    last = -1;
    schedule();
  };
  new ResizeObserver(schedule).observe(root);
  win.addEventListener('load', announce);
  void doc.fonts?.ready.then(announce);
  // The events come from the course's own islands, typed; the host checks every message anyway.
  doc.addEventListener(QUIZ_EVENT, (event) => post({ ...(event as CustomEvent<QuizEvent>).detail, channel: CHANNEL }));
}
