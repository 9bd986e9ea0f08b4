// 4xx Guide service worker. The prerenderer fills in the precache list and a version
// derived from every precached file, so each deploy gets a cache of its own.
const VERSION = '__CACHE_VERSION__';
const BASE = '__BASE_PATH__';
const CACHE = `4xx-guide-${VERSION}`;
const PRECACHE = __PRECACHE_URLS__;
const NOT_FOUND_PAGE = `${BASE}/404.html`;

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // 'reload' skips the HTTP cache, so a new version never precaches stale files.
    await cache.addAll(PRECACHE.map((url) => new Request(url, { cache: 'reload' })));
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

// Pages: the precached copy of the route (the query is the app's business, so `/?q=x`
// is `/`), with or without the trailing slash; else the network; else, offline, the
// not-found page with a real 404 status.
async function page(request, url) {
  const cache = await caches.open(CACHE);
  const path = url.pathname;
  const candidates = path.endsWith('/') ? [path] : [`${path}/`, path];
  for (const candidate of candidates) {
    const hit = await cache.match(candidate);
    if (hit) return hit;
  }
  try {
    return await fetch(request);
  } catch (error) {
    const notFound = await cache.match(NOT_FOUND_PAGE);
    if (!notFound) throw error;
    return new Response(notFound.body, { status: 404, statusText: 'Not Found', headers: notFound.headers });
  }
}

async function asset(request, url) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(url.pathname);
  return hit || fetch(request);
}
