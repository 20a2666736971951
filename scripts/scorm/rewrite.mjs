/**
 * Makes built pages work from any folder of an LMS: every root-absolute URL
 * ("/source/#para-3", "/_astro/x.js") becomes relative to the file it is in,
 * and a folder URL names its index.html ("../../source/index.html#para-3"),
 * because an LMS serves files, not folder indexes.
 *
 * Links to pages the package does not contain point at the public site
 * (astro.config `site`) and open in a new tab, with a visually hidden note
 * saying so. Anything else that is not in the package (a script, a
 * stylesheet, a form target) is a packaging error: it would be a request
 * leaving the package, so rewriting throws.
 *
 * The HTML is Astro's own output (attributes always double-quoted), so
 * regular expressions over it are enough; the package tests check the result.
 */

/** "../" once per folder between `file` and the package root. */
export const rootPrefix = (file) => '../'.repeat(file.split('/').length - 1);

/**
 * Maps a root-absolute URL to a URL relative to `file`, or to the public site.
 * Returns null for URLs that are not root-absolute (relative, "#x", "https:").
 * @param {string} url
 * @param {string} file package path of the referring file, e.g. "modules/m/index.html"
 * @param {{ has: (path: string) => boolean, site: string }} ctx
 */
export function mapUrl(url, file, { has, site }) {
  if (!/^\/(?!\/)/.test(url)) return null;
  const [, pathPart = '', rest = ''] = /^([^?#]*)(.*)$/s.exec(url) ?? [];
  let target = decodeURI(pathPart.slice(1));
  if (target === '' || target.endsWith('/')) target += 'index.html';
  else if (!has(target) && has(`${target}/index.html`)) target += '/index.html';
  if (has(target)) return { url: rootPrefix(file) + encodeURI(target) + rest, external: false };
  return { url: new URL(url, site).href, external: true };
}

const decodeEntities = (s) => s.replace(/&quot;/g, '"').replace(/&#39;|&#x27;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const encodeAttr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

const URL_ATTRS = ['href', 'src', 'action', 'component-url', 'renderer-url', 'poster', 'data-pagefind-url'];
const ATTR_RE = new RegExp(`(\\s)(${URL_ATTRS.join('|')})="([^"]*)"`, 'g');

/**
 * @param {string} html
 * @param {string} file package path of this page
 * @param {{ has: (path: string) => boolean, siteHas: (path: string) => boolean, site: string, hint: string, bootstrap?: string }} ctx
 *   has: is this package path in the package; siteHas: is this root-absolute path a page or file of the site;
 *   hint: the note for links that leave the package; bootstrap: package path of a script to load first.
 */
export function rewriteHtml(html, file, ctx) {
  const fail = (what) => {
    throw new Error(`${file}: ${what} is not in the package, and loading it would leave the package.`);
  };

  // Sections only the public site shows (the package downloads, for one).
  let out = html.replace(/<(section|div|aside|p)\b[^>]*\sdata-tc-scorm-omit\b[^>]*>[\s\S]*?<\/\1>/g, '');

  for (const style of out.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) {
    if (/url\(\s*['"]?\/(?!\/)/.test(style[1] ?? '')) fail(`an inline style with a root-absolute url() (its CSP hash would change)`);
  }

  // Links: relative inside the package; to the public site, in a new tab, outside it.
  out = out.replace(/<a\b([^>]*)>([\s\S]*?)<\/a>/g, (whole, attrs, inner) => {
    const href = /\shref="([^"]*)"/.exec(attrs);
    const mapped = href ? mapUrl(decodeEntities(href[1] ?? ''), file, ctx) : null;
    if (!mapped) return whole;
    let next = attrs.replace(/\shref="[^"]*"/, ` href="${encodeAttr(mapped.url)}"`);
    if (!mapped.external) return `<a${next}>${inner}</a>`;
    next = next.replace(/\s(target|rel)="[^"]*"/g, '');
    return `<a${next} target="_blank" rel="noopener">${inner}<span class="tc-visually-hidden"> ${ctx.hint}</span></a>`;
  });

  // Everything else that loads or submits: scripts, styles, icons, islands, forms, the search index.
  out = out.replace(ATTR_RE, (whole, space, name, value) => {
    const mapped = mapUrl(decodeEntities(value), file, ctx);
    if (!mapped) return whole;
    if (mapped.external) fail(`${name}="${value}"`);
    return `${space}${name}="${encodeAttr(mapped.url)}"`;
  });
  out = out.replace(/(\ssrcset=")([^"]*)"/g, (_, start, value) => {
    const parts = value.split(',').map((part) => {
      const [url = '', ...descriptors] = part.trim().split(/\s+/);
      const mapped = mapUrl(url, file, ctx);
      if (mapped?.external) fail(`srcset "${url}"`);
      return [mapped ? mapped.url : url, ...descriptors].join(' ');
    });
    return `${start}${encodeAttr(parts.join(', '))}"`;
  });

  // Island props carry links too (lesson lists, sources of a question).
  out = out.replace(/(\sprops=")([^"]*)"/g, (_, start, value) => {
    const props = JSON.parse(decodeEntities(value));
    const walk = (v) => {
      if (typeof v === 'string') {
        if (!/^\/(?!\/)[^\s<>"]*$/.test(v) || !ctx.siteHas(v)) return v;
        return mapUrl(v, file, ctx)?.url ?? v;
      }
      if (Array.isArray(v)) return v.map(walk);
      if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
      return v;
    };
    return `${start}${encodeAttr(JSON.stringify(walk(props)))}"`;
  });

  // The bootstrap runs before any island, under the page's Content Security Policy
  // (a <meta> policy covers only what follows it), which allows it as 'self'.
  if (ctx.bootstrap) {
    const tag = `<script src="${rootPrefix(file)}${ctx.bootstrap}"></script>`;
    const csp = /<meta http-equiv="content-security-policy"[^>]*>/i.exec(out);
    const at = csp ? csp.index + csp[0].length : out.indexOf('<script');
    out = at >= 0 ? out.slice(0, at) + tag + out.slice(at) : out.replace('</head>', `${tag}</head>`);
  }

  const left = /\s(href|src|action|component-url|renderer-url|poster|data-pagefind-url)="\/(?!\/)[^"]*"/.exec(out);
  if (left) throw new Error(`${file}: a root-absolute URL was left: ${left[0].trim()}`);
  return out;
}

/** url(/x) in a stylesheet at package path `file`. */
export function rewriteCss(css, file, ctx) {
  return css.replace(/url\(\s*(['"]?)(\/(?!\/)[^'")]*)\1\s*\)/g, (whole, quote, url) => {
    const mapped = mapUrl(url, file, ctx);
    if (!mapped || mapped.external) throw new Error(`${file}: url(${url}) is not in the package.`);
    return `url(${quote}${mapped.url}${quote})`;
  });
}

/** Root-absolute import specifiers in a JavaScript chunk under _astro/ become "./x.js". */
export function rewriteJs(js, file) {
  const out = js.replace(/((?:\bfrom|\bimport)\s*\(?\s*)(["'`])\/_astro\//g, '$1$2./');
  if (/["'`]\/_astro\//.test(out)) throw new Error(`${file}: a root-absolute /_astro/ URL was left in the script.`);
  return out;
}
