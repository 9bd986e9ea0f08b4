// A plain static file server, the way a static host serves the site: files as they are,
// `dir/` -> `dir/index.html`, `dir` -> 301 to `dir/`, and anything else `404.html` with a
// real 404 status (as GitHub Pages, Netlify or nginx's error_page do). No rewrites.
//
//   node scripts/static-server.mjs DIR PORT [--base /sub-path]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export function startServer({ root, port, base = '', host = '127.0.0.1' }) {
  const rootDir = resolve(root);
  const prefix = base.replace(/\/+$/, '');
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://localhost');
      let path;
      try {
        path = decodeURIComponent(url.pathname);
      } catch {
        return notFound(res);
      }
      if (prefix) {
        if (path !== prefix && !path.startsWith(`${prefix}/`)) return notFound(res);
        path = path.slice(prefix.length) || '/';
      }
      const file = normalize(join(rootDir, path));
      if (file !== rootDir && !file.startsWith(rootDir + sep)) return notFound(res);
      let info = await stat(file).catch(() => null);
      if (info?.isDirectory()) {
        if (!url.pathname.endsWith('/')) {
          res.writeHead(301, { Location: `${url.pathname}/${url.search}` });
          return res.end();
        }
        const index = join(file, 'index.html');
        if (await stat(index).catch(() => null)) return send(res, index, 200, req.method);
        return notFound(res, req.method);
      }
      if (info?.isFile()) return send(res, file, 200, req.method);
      return notFound(res, req.method);
    } catch (error) {
      res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(String(error));
    }
  });

  async function notFound(res, method) {
    return send(res, join(rootDir, '404.html'), 404, method);
  }

  async function send(res, file, status, method) {
    const body = await readFile(file).catch(() => null);
    if (!body) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      return res.end('Not found');
    }
    res.writeHead(status, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': body.length,
      'Cache-Control': 'no-cache',
    });
    res.end(method === 'HEAD' ? undefined : body);
  }

  return new Promise((done) => server.listen(port, host, () => done(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [root = 'dist', port = '8080'] = process.argv.slice(2).filter((a, i, all) => a !== '--base' && all[i - 1] !== '--base');
  const baseIndex = process.argv.indexOf('--base');
  const base = baseIndex > 0 ? process.argv[baseIndex + 1] : '';
  await startServer({ root, port: Number(port), base });
  console.log(`Serving ${root} at http://127.0.0.1:${port}${base || ''}/`);
}
