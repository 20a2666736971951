#!/usr/bin/env node
// A small static server for the built site: `node scripts/serve.mjs [dir] [port] [host]`.
// Serves dir/ with index.html for folders, 404.html for missing files, brotli or
// gzip when the client accepts it, and refuses paths that escape dir. Used by `npm start`
// and the browser tests; any static host does the same job in production.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { createBrotliCompress, createGzip } from 'node:zlib';

const root = path.resolve(process.argv[2] ?? 'dist');
const port = Number(process.argv[3] ?? process.env.PORT ?? 4321);
const host = process.argv[4] ?? '127.0.0.1';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.zip': 'application/zip',
  '.webmanifest': 'application/manifest+json',
};
const compressible = /^(text\/|application\/(json|javascript|xml|manifest))|image\/svg/;

async function resolveFile(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const file = path.join(root, decoded);
  if (file !== root && !file.startsWith(root + path.sep)) return undefined;
  const info = await stat(file).catch(() => undefined);
  if (info?.isFile()) return file;
  if (info?.isDirectory()) {
    const index = path.join(file, 'index.html');
    if ((await stat(index).catch(() => undefined))?.isFile()) return index;
  }
  return undefined;
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  // Folders are addressed with a trailing slash, as on the deployed site.
  if (!path.extname(url.pathname) && !url.pathname.endsWith('/')) {
    const dir = await stat(path.join(root, decodeURIComponent(url.pathname))).catch(() => undefined);
    if (dir?.isDirectory()) {
      res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      return;
    }
  }
  let file = await resolveFile(url.pathname);
  let status = 200;
  if (!file) {
    file = path.join(root, '404.html');
    status = 404;
  }
  const type = types[path.extname(file)] ?? 'application/octet-stream';
  const headers = { 'content-type': type, 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' };
  // Scripts, styles and the search index are public: a sandboxed (opaque-origin)
  // frame must be able to load them as modules too.
  if (/^\/(_astro|pagefind)\//.test(url.pathname)) headers['access-control-allow-origin'] = '*';
  const accepts = compressible.test(type) ? (req.headers['accept-encoding'] ?? '') : '';
  const encoding = /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : undefined;
  if (encoding) Object.assign(headers, { 'content-encoding': encoding, vary: 'accept-encoding' });
  res.writeHead(status, headers);
  if (req.method === 'HEAD') return res.end();
  const stream = createReadStream(file);
  stream.on('error', () => res.destroy());
  const compress = encoding === 'br' ? createBrotliCompress() : encoding === 'gzip' ? createGzip() : undefined;
  (compress ? stream.pipe(compress) : stream).pipe(res);
});

server.listen(port, host, () => console.log(`Serving ${root} at http://${host === '127.0.0.1' ? 'localhost' : host}:${port}/`));
