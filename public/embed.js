/*! embed.js, "Responding to Trafficking in Women and Girls" (CC BY 4.0); see /embed/ on the course website.
 * Sizes the course's embed iframes (…/embed/modules/…, …/embed/quizzes/…) from their messages and
 * dispatches their quiz events on the iframe. A message counts only from such a frame's window AND
 * origin, with the protocol's shape (src/lib/embed-protocol.ts, repeated here: no dependencies). */
(function (w, d) {
  'use strict';
  if (w.__traffickingCourseEmbed) return;
  w.__traffickingCourseEmbed = true;

  var CHANNEL = 'trafficking-course';
  var EMBED = /\/embed\/(modules|quizzes)\//;
  var ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
  var TITLE = 'Lesson from Responding to Trafficking in Women and Girls';
  var frames = [];

  function isId(v) { return typeof v === 'string' && v.length <= 128 && ID.test(v); }
  function isCount(v) { return typeof v === 'number' && v % 1 === 0 && v >= 0 && v <= 1000; }

  // The checked message as a fresh object with the known fields only, or null.
  function parse(m) {
    if (!m || typeof m !== 'object' || Array.isArray(m) || m.channel !== CHANNEL) return null;
    var t = m.type;
    if (t === 'resize') return typeof m.height === 'number' && isFinite(m.height) ? { channel: CHANNEL, type: t, height: m.height } : null;
    if (!isId(m.quiz)) return null;
    if (t === 'quiz-answered') return isId(m.question) && typeof m.correct === 'boolean' ? { channel: CHANNEL, type: t, quiz: m.quiz, question: m.question, correct: m.correct } : null;
    if (t === 'quiz-completed') return isCount(m.score) && isCount(m.max) && m.max > 0 && m.score <= m.max ? { channel: CHANNEL, type: t, quiz: m.quiz, score: m.score, max: m.max } : null;
    if (t === 'scenario-ended') return isId(m.ending) ? { channel: CHANNEL, type: t, quiz: m.quiz, ending: m.ending } : null;
    return null;
  }

  function urlOf(frame) {
    try { return new URL(frame.getAttribute('src') || '', location.href); } catch (e) { return null; }
  }

  function scan() {
    var all = d.getElementsByTagName('iframe');
    frames = [];
    for (var i = 0; i < all.length; i++) {
      var u = urlOf(all[i]);
      if (!u || !EMBED.test(u.pathname)) continue;
      frames.push(all[i]);
      if (!all[i].getAttribute('title')) all[i].setAttribute('title', all[i].getAttribute('data-title') || TITLE);
    }
  }

  function frameOf(source) {
    for (var i = 0; i < frames.length; i++) if (source && frames[i].contentWindow === source) return frames[i];
    return null;
  }

  // Borders and padding count in the height when the host page uses border-box.
  function extra(frame) {
    var s = w.getComputedStyle(frame);
    if (s.boxSizing !== 'border-box') return 0;
    return parseFloat(s.borderTopWidth) + parseFloat(s.borderBottomWidth) + parseFloat(s.paddingTop) + parseFloat(s.paddingBottom) || 0;
  }

  w.addEventListener('message', function (event) {
    var frame = frameOf(event.source);
    if (!frame) {
      scan();
      frame = frameOf(event.source);
    }
    var u = frame && urlOf(frame);
    if (!u || event.origin !== u.origin) return;
    var m = parse(event.data);
    if (!m) return;
    if (m.type === 'resize') {
      frame.style.height = Math.min(20000, Math.max(100, Math.ceil(m.height))) + extra(frame) + 'px';
      return;
    }
    // Every browser with URL (used above) has the CustomEvent constructor.
    frame.dispatchEvent(new w.CustomEvent(CHANNEL + ':' + m.type, { bubbles: true, detail: m }));
  });

  scan();
  if (d.readyState === 'loading') d.addEventListener('DOMContentLoaded', scan);
  if (w.MutationObserver) new w.MutationObserver(scan).observe(d.documentElement, { childList: true, subtree: true });
})(window, document);
