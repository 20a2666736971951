/**
 * The built SCORM packages (dist/scorm/*.zip), checked as files: the manifest
 * validates against the SCORM 1.2 schemas in the unzipped folder, lists every
 * file, and launches each module; every URL in every page is relative and
 * names a file of the package. And the website offers the packages.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { expect, test } from './fixtures.ts';
import { moduleInfo, packageNames, PACKAGES_DIR } from './lms/lms.ts';

const SCHEMAS = ['imscp_rootv1p1p2.xsd', 'adlcp_rootv1p2.xsd', 'ims_xml.xsd'];
const decoder = new TextDecoder();
const decodeEntities = (s: string) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const modules = packageNames().filter((p) => p !== 'course');

/** Every URL a page refers to: attributes that load or link, and links inside island props. */
function urlsIn(html: string): string[] {
  const urls = [...html.matchAll(/\s(?:href|src|action|component-url|renderer-url|data-pagefind-url|data-tc-start)="([^"]*)"/g)].map((m) => decodeEntities(m[1]!));
  for (const m of html.matchAll(/\sprops="([^"]*)"/g)) {
    const text = decodeEntities(m[1]!);
    for (const s of text.matchAll(/"((?:\.\.\/)+[^"]+|[a-z_]+\/[^"]*index\.html[^"]*)"/g)) urls.push(s[1]!);
  }
  return urls;
}

for (const pkg of packageNames()) {
  test(`${pkg}.zip: a valid SCORM 1.2 package whose pages refer only to its own files`, () => {
    const files = unzipSync(readFileSync(path.join(PACKAGES_DIR, `${pkg}.zip`)));
    const names = new Set(Object.keys(files));
    const text = (name: string) => decoder.decode(files[name]);

    // The schemas at the root, and the manifest valid against them, checked in the unzipped folder.
    for (const xsd of SCHEMAS) expect(names.has(xsd), xsd).toBe(true);
    const dir = path.resolve(`test-results/scorm-unzipped-${pkg}`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const name of ['imsmanifest.xml', ...SCHEMAS]) writeFileSync(path.join(dir, name), files[name]!);
    const lint = spawnSync('xmllint', ['--noout', '--schema', 'adlcp_rootv1p2.xsd', 'imsmanifest.xml'], { cwd: dir, encoding: 'utf8' });
    expect(`${lint.stdout}${lint.stderr}`).toContain('imsmanifest.xml validates');
    expect(lint.status).toBe(0);
    rmSync(dir, { recursive: true, force: true });

    const manifest = text('imsmanifest.xml');
    const expectedModules = pkg === 'course' ? modules.length : 1;
    expect(manifest).toContain('<schemaversion>1.2</schemaversion>');
    expect(manifest).toContain('<schema>ADL SCORM</schema>');
    expect(manifest.match(/<organization /g)).toHaveLength(1);
    expect(manifest.match(/<item /g)).toHaveLength(expectedModules);
    expect(manifest.match(/<adlcp:masteryscore>80<\/adlcp:masteryscore>/g)).toHaveLength(expectedModules);

    // Every file listed once; every listed file there.
    const listed = [...manifest.matchAll(/<file href="([^"]+)"\/>/g)].map((m) => m[1]!);
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual([...names].filter((n) => n !== 'imsmanifest.xml' && !SCHEMAS.includes(n)).sort());

    // Each item launches its module.
    const launches = [...manifest.matchAll(/adlcp:scormtype="sco" href="([^"]+)"/g)].map((m) => m[1]!);
    expect(launches).toEqual((pkg === 'course' ? modules : [pkg]).map((m) => `scorm-${m}.html`).sort((a, b) => launches.indexOf(a) - launches.indexOf(b)));
    for (const launch of launches) {
      const module = /^scorm-(.+)\.html$/.exec(launch)![1]!;
      expect(text(launch)).toContain(`data-tc-start="modules/${module}/index.html"`);
      expect(text(`modules/${module}/index.html`).match(/<h1[^>]*>([^<]*)<\/h1>/)?.[1]).toBe(moduleInfo(module).title);
    }

    // Every URL in every page is relative and names a file of the package.
    const pages = [...names].filter((n) => n.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(10);
    const broken: string[] = [];
    for (const page of pages) {
      const html = text(page);
      for (const url of urlsIn(html)) {
        if (/^(https?:|mailto:|data:|#)/.test(url)) continue;
        const target = decodeURI(new URL(url, `http://package/${page}`).pathname.slice(1));
        if (url.startsWith('/') || !names.has(target)) broken.push(`${page}: ${url}`);
      }
      if (!launches.includes(page)) {
        expect(html, page).toMatch(/<meta http-equiv="content-security-policy" content="[^"]*script-src 'self'[^"]*"><script src="(\.\.\/)*_astro\/scorm-bootstrap\.js"><\/script>/);
      }
      expect(html, page).not.toContain('data-tc-scorm-omit');
    }
    expect(broken).toEqual([]);
    for (const name of names) {
      if (/\.(js|css)$/.test(name)) expect(text(name), name).not.toMatch(/["'(]\/_astro\//);
    }
  });
}

test('module pages and My progress offer the packages for an LMS', async ({ page, request }) => {
  const module = moduleInfo(modules[0]!);
  await page.goto(`/modules/${module.id}/`);
  const section = page.getByRole('region', { name: 'Use in your LMS' });
  await expect(section.getByRole('heading', { level: 2 })).toHaveText('Use in your LMS');
  await expect(section.getByText('SCORM 1.2', { exact: false }).first()).toBeVisible();
  const links = section.getByRole('link');
  await expect(links).toHaveCount(2);
  await expect(links.first()).toHaveAttribute('href', `/scorm/${module.id}.zip`);
  await expect(links.last()).toHaveAttribute('href', '/scorm/course.zip');

  await page.goto('/progress/');
  const all = page.getByRole('region', { name: 'Use in your LMS' }).getByRole('link');
  await expect(all).toHaveCount(modules.length + 1);
  for (const href of await all.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
    const response = await request.get(href);
    expect(response.status(), href).toBe(200);
    expect((await response.body()).subarray(0, 2).toString()).toBe('PK');
  }
});
