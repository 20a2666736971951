/** What the browser tests need to know about the built site. */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const dist = path.resolve('dist');

/** Every built page as a URL path, e.g. "/modules/why-gender/". 404.html is visited as a missing URL. */
export function builtPages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(full);
      } else if (name === 'index.html') {
        pages.push(`/${path.relative(dist, dir).split(path.sep).join('/')}/`.replace(/^\/\/$/, '/'));
      }
    }
  };
  walk(dist);
  return pages.sort();
}

export const missingPage = '/no-such-page/';
