// 4xx Guide service worker. The prerenderer fills in what to precache (the app itself:
// scripts, wasm, styles, icons and a neutral shell), the paths that
// have pages, and a version derived from every file of the build, so each deploy gets a
// cache of its own. Pages are cached as they are read, so going offline costs the same
// whatever the number of pages.
const VERSION = '__CACHE_VERSION__';
const BASE = '__BASE_PATH__';
const CACHE = `4xx-guide-${VERSION}`;
const PRECACHE = __PRECACHE_URLS__;
const ROUTES = new Set(__ROUTES__);
const SHELL = `${BASE}/shell.html`;

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // The default cache mode lets the browser answer from its HTTP cache where that is
    // still fresh (hashed files are immutable), so nothing the page just loaded is
    // downloaded twice.
    await cache.addAll(PRECACHE);
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    await Promise.all(names.filter((n) => n.startsWith('4xx-guide-') && n !== CACHE).map((n) => caches.delete(n)));
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.pathname.startsWith(`${BASE}/`)) return;
  event.respondWith(request.mode === 'navigate' ? page(request, url) : asset(request, url));
});

/** The address a page is kept under: `/codes/429` and `/codes/429/?q=x` are `/codes/429/`. */
function pageKey(path) {
  return path.endsWith('/') || /\.[a-z]+$/.test(path) ? path : `${path}/`;
}

// Pages: the copy read before, else the network (keeping what it sends), else, offline,
// the neutral shell, in which the app renders the route, or its not-found page for an
// unknown path, which then gets a real 404 status. (404.html is not precached: the shell
// and the app already hold everything it says.)
async function page(request, url) {
  const cache = await caches.open(CACHE);
  const key = pageKey(url.pathname);
  const hit = await cache.match(key);
  if (hit) return hit;
  try {
    const response = await fetch(request);
    if (response.status === 200 && response.type === 'basic' && !response.redirected) {
      await cache.put(key, response.clone());
    }
    return response;
  } catch (error) {
    const shell = await cache.match(SHELL);
    if (!shell) throw error;
    if (ROUTES.has(key)) return shell;
    return new Response(shell.body, { status: 404, statusText: 'Not Found', headers: shell.headers });
  }
}

async function asset(request, url) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(url.pathname);
  return hit || fetch(request);
}
