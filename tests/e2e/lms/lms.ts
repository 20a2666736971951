/**
 * The test LMS for the SCORM journeys: the built packages (dist/scorm/*.zip)
 * unzipped under a deep path, /lms/content/<package>-42/, beside the harness
 * page (index.html, harness.js) and scorm-again, all served by a small static
 * server on a free port. Like an LMS, the server serves files only: a folder
 * URL is a 404, so a link that relies on folder indexes fails the test.
 * It records every request, so tests can check that nothing left the package.
 */
import { translationName } from '../../../src/lib/translation-check.ts';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { parse } from 'yaml';
import { expect, test as base, type Page } from '../fixtures.ts';

export const PACKAGES_DIR = path.resolve('dist/scorm');
const HARNESS = ['index.html', 'frame.html', 'harness.js'];

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.xsd': 'application/xml',
};

/** Every package the build wrote, e.g. ["course", "prevention", ...]. */
export const packageNames = (): string[] =>
  readdirSync(PACKAGES_DIR)
    .filter((f) => f.endsWith('.zip'))
    .map((f) => f.replace(/\.zip$/, ''))
    .sort();

/** Where a package is served, under /lms/content/. */
export const contentPath = (pkg: string): string => `${pkg}-42`;

export interface Lms {
  origin: string;
  /** URL paths requested so far, with the status they got. */
  requests: { path: string; status: number }[];
  /** The harness page for a package's launch page, e.g. ("course", "why-gender"). */
  url(pkg: string, module: string, query?: Record<string, string>): string;
}

function unzipTo(zip: string, dir: string): void {
  for (const [name, data] of Object.entries(unzipSync(readFileSync(zip)))) {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, data);
  }
}

async function startLms(packages: string[], worker: number): Promise<{ lms: Lms; server: Server }> {
  const STAGE = path.resolve(`test-results/scorm-lms-${worker}`);
  rmSync(STAGE, { recursive: true, force: true });
  const lmsDir = path.join(STAGE, 'lms');
  mkdirSync(lmsDir, { recursive: true });
  for (const f of HARNESS) copyFileSync(path.resolve('tests/e2e/lms', f), path.join(lmsDir, f));
  copyFileSync(path.resolve('node_modules/scorm-again/dist/scorm12.min.js'), path.join(lmsDir, 'scorm12.min.js'));
  for (const pkg of packages) unzipTo(path.join(PACKAGES_DIR, `${pkg}.zip`), path.join(lmsDir, 'content', contentPath(pkg)));

  const requests: Lms['requests'] = [];
  const server = createServer((req, res) => {
    const urlPath = new URL(req.url ?? '/', 'http://localhost').pathname;
    let file: string | undefined = path.join(STAGE, decodeURIComponent(urlPath));
    if (!file.startsWith(STAGE + path.sep) || !statSync(file, { throwIfNoEntry: false })?.isFile()) file = undefined;
    const status = file ? 200 : 404;
    requests.push({ path: urlPath, status });
    res.writeHead(status, { 'content-type': (file && types[path.extname(file)]) ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(file ? readFileSync(file) : 'Not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const lms: Lms = {
    origin,
    requests,
    url: (pkg, module, query = {}) => `${origin}/lms/index.html?${new URLSearchParams({ launch: `${contentPath(pkg)}/scorm-${module}.html`, ...query })}`,
  };
  return { lms, server };
}

/** The journeys' `test`: the CSP guard of fixtures.ts plus one LMS per worker. */
export const test = base.extend<object, { lms: Lms }>({
  lms: [
    async ({}, use, workerInfo) => {
      const { lms, server } = await startLms(packageNames(), workerInfo.workerIndex);
      await use(lms);
      await new Promise((resolve) => server.close(resolve));
      rmSync(path.resolve(`test-results/scorm-lms-${workerInfo.workerIndex}`), { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
});

export { expect };

/** The LMS's record of an element, e.g. "cmi.core.lesson_status". */
export const lmsValue = (page: Page, element: string): Promise<string> => page.evaluate((e) => String((window as unknown as { lms: { value(e: string): unknown } }).lms.value(e)), element);

/** The API calls the course made, by name. */
export const lmsCalls = (page: Page, name?: string): Promise<{ name: string; args: string[]; result: string }[]> =>
  page.evaluate((n) => (window as unknown as { lms: { calls: { name: string; args: string[]; result: string }[] } }).lms.calls.filter((c) => !n || c.name === n), name);

export interface ModuleInfo {
  id: string;
  order: number;
  title: string;
  lessons: { slug: string; title: string; checks: string[] }[];
  assessment: string;
}

/** A module as the journeys need it, read from content/. */
export function moduleInfo(id: string): ModuleInfo {
  const data = parse(readFileSync(`content/modules/${id}.yaml`, 'utf8')) as { title: string; order: number };
  const dir = `content/lessons/${id}`;
  const lessons = readdirSync(dir)
    .filter((f) => f.endsWith('.mdx') && !translationName(f))
    .sort()
    .map((f) => {
      const front = parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(path.join(dir, f), 'utf8'))?.[1] ?? '') as { title: string; checks?: string[] };
      return { slug: f.replace(/^\d+-|\.mdx$/g, ''), title: front.title, checks: front.checks ?? [] };
    });
  return { id, order: data.order, title: data.title, lessons, assessment: `${id}-assessment` };
}
