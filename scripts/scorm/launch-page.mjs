/**
 * The launch page of one SCO (scorm-<module>.html at the package root): a
 * frame for the course pages and the launch script (src/scorm/launch.ts),
 * which holds the LMS session for as long as the learner stays. Its own
 * Content Security Policy allows only the package's files, and the one inline
 * style by hash.
 */
import { createHash } from 'node:crypto';
import { localeOf, t } from '../../src/i18n/index.ts';

const STYLE = 'html,body{margin:0;block-size:100%}iframe{display:block;border:0;inline-size:100%;block-size:100vh;block-size:100dvh}';
const html = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const hash = (s) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  `style-src ${hash(STYLE)}`,
  "img-src 'self' data:",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

/** @param {{ module: string, title: string, start: string, script: string, lang?: import('../../src/i18n/locales.ts').Lang }} o start: the module overview; script: the launch script (package paths); lang: the package's language */
export function launchPage({ module, title, start, script, lang = 'en' }) {
  const locale = localeOf(lang);
  return [
    '<!doctype html>',
    `<html lang="${locale.lang}" dir="${locale.dir}" data-tc-module="${html(module)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="content-security-policy" content="${html(CSP)}">`,
    '<meta name="referrer" content="no-referrer">',
    `<title>${html(title)} · ${html(t('site.title', {}, lang))}</title>`,
    '<link rel="icon" href="favicon.svg" type="image/svg+xml">',
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<iframe title="${html(title)}" data-tc-start="${html(start)}"></iframe>`,
    `<noscript><p>${html(t('scorm.needsJs', {}, lang))} <a href="${html(start)}">${html(title)}</a></p></noscript>`,
    `<script src="${html(script)}"></script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
