/**
 * A partner organization's website for the embed tests: a tiny HTTP server on
 * 127.0.0.1 (a different origin, and site, from the course on localhost),
 * serving whatever HTML a test puts at a path. It loads nothing by itself.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export class HostSite {
  private pages = new Map<string, string>();
  private server: Server | undefined;
  origin = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const body = this.pages.get(new URL(req.url ?? '/', 'http://x').pathname);
      res.writeHead(body === undefined ? 404 : 200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(body ?? 'Not found');
    });
    // Port 0: any free port, so parallel workers never collide.
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise((resolve) => this.server?.close(resolve));
  }

  /** Serves `body` inside a minimal page at `path` and returns its URL. */
  page(path: string, body: string, title = 'Partner organization'): string {
    this.pages.set(path, `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>\n<body>\n<main>\n<h1>${title}</h1>\n${body}\n</main>\n</body></html>`);
    return `${this.origin}${path}`;
  }
}
