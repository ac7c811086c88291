/**
 * A static server for browser tests: test/fixtures/** on 127.0.0.1 at a free port, plus routes a test
 * registers itself (a page built in the test, a PDF with a given name, a slow or failing response).
 *
 *   const server = await startFixtureServer();
 *   server.url('pages/x.article.html')       // http://127.0.0.1:<port>/pages/x.article.html
 *   server.route('/report.html', { body: '<h1>…</h1>' });   // type from the extension
 *   server.route('/raw', (req, res) => { res.end('…') });
 *   await server.close();
 *
 * Real pages come from real addresses: the content script matches <all_urls>, which excludes file://
 * unless the user allows it, so tests serve over http.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const fixturesDir = join(repoRoot, 'test', 'fixtures');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.tsv': 'text/tab-separated-values; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.xml': 'application/xml; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.doc': 'application/msword',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export function contentTypeFor(path: string): string {
  return TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;
export interface StaticRoute {
  body: string | Uint8Array;
  /** Default: from the path's extension (text/html for none). */
  type?: string;
  status?: number;
  headers?: Record<string, string>;
}

export interface FixtureServer {
  port: number;
  /** http://127.0.0.1:<port> */
  origin: string;
  /** Absolute URL of a fixture path or route, e.g. url('pages/a.article.html'). */
  url(path: string): string;
  /** Register (or replace) a route by exact path; it wins over a file of the same path. */
  route(path: string, handler: RouteHandler | StaticRoute): string;
  unroute(path: string): void;
  /** Paths requested so far (after routing), for tests that check what the extension fetched. */
  requests: string[];
  close(): Promise<void>;
}

export interface FixtureServerOptions {
  /** Directory served at /. Default test/fixtures. */
  root?: string;
  /** Default 0: a free port. */
  port?: number;
}

export async function startFixtureServer(opts: FixtureServerOptions = {}): Promise<FixtureServer> {
  const root = resolve(opts.root ?? fixturesDir);
  const routes = new Map<string, RouteHandler>();
  const requests: string[] = [];

  const serveFile = async (pathname: string, res: ServerResponse): Promise<boolean> => {
    let rel: string;
    try {
      rel = decodeURIComponent(pathname);
    } catch {
      return false;
    }
    const file = normalize(join(root, rel));
    // Never serve outside the fixture root (../ in a path).
    if (file !== root && !file.startsWith(root + sep)) return false;
    let target = file;
    try {
      const s = await stat(target);
      if (s.isDirectory()) target = join(target, 'index.html');
      const body = await readFile(target);
      res.writeHead(200, { 'content-type': contentTypeFor(target), 'content-length': body.length, 'cache-control': 'no-store' });
      res.end(body);
      return true;
    } catch {
      return false;
    }
  };

  const server: Server = createServer(async (req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push(pathname);
    try {
      const handler = routes.get(pathname);
      if (handler) return void (await handler(req, res));
      if (await serveFile(pathname, res)) return;
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`not found: ${pathname}`);
    } catch (err) {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(String(err));
    }
  });

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(opts.port ?? 0, '127.0.0.1', () => ok());
  });
  const port = (server.address() as { port: number }).port;
  const origin = `http://127.0.0.1:${port}`;
  const url = (path: string) => new URL(path.replace(/^\/*/, '/'), origin).href;

  return {
    port,
    origin,
    url,
    requests,
    route(path, handler) {
      const key = path.startsWith('/') ? path : `/${path}`;
      if (typeof handler === 'function') {
        routes.set(key, handler);
      } else {
        const { body, type, status = 200, headers = {} } = handler;
        const ext = extname(key);
        routes.set(key, (_req, res) => {
          const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.from(body);
          res.writeHead(status, {
            'content-type': type ?? (ext ? contentTypeFor(key) : 'text/html; charset=utf-8'),
            'content-length': bytes.length,
            'cache-control': 'no-store',
            ...headers,
          });
          res.end(bytes);
        });
      }
      return url(key);
    },
    unroute(path) {
      routes.delete(path.startsWith('/') ? path : `/${path}`);
    },
    close() {
      return new Promise((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      });
    },
  };
}
