// The one static file server behind `npm start`, the benchmark and the browser
// checks (Storybook, strict CSP, consumers): dependency-free, files under
// `root` only, a directory serves its index.html.
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/**
 * Serves `root` on 127.0.0.1.
 * @param {string} root
 * @param {{ port?: number, headers?: Record<string, string> }} [options]
 *   port: 0 (the default) takes a free one; headers: sent with every response.
 * @returns {Promise<{ url: string, requests: string[], close: () => Promise<void> }>}
 *   `requests` lists every path asked for, in order.
 */
export async function serveStatic(root, { port = 0, headers = {} } = {}) {
  const base = resolve(root);
  const requests = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    requests.push(url.pathname);
    let path;
    try {
      path = normalize(join(base, decodeURIComponent(url.pathname)));
    } catch {
      return res.writeHead(400, headers).end('Bad request');
    }
    if (path !== base && !path.startsWith(base + sep)) return res.writeHead(403, headers).end('Forbidden');
    try {
      if (statSync(path).isDirectory()) path = join(path, 'index.html');
      if (!statSync(path).isFile()) throw new Error('not a file');
    } catch {
      // No favicon is not worth a console error in the page under test.
      if (url.pathname === '/favicon.ico') return res.writeHead(204, headers).end();
      return res.writeHead(404, { ...headers, 'content-type': 'text/plain' }).end('Not found');
    }
    res.writeHead(200, { ...headers, 'content-type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream' });
    createReadStream(path).pipe(res);
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', ok);
  });
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    requests,
    // Keep-alive connections would otherwise hold the process open after its last request.
    close: () =>
      new Promise((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}
