/* global self, caches */
// PAPI Hub: the field entry page (/surveys/field) with no signal. Registered only by that
// page (features/surveys/field/offlineShell.ts). It keeps:
// - the page itself (network first, the last good copy offline);
// - the build files the page loaded (sent by the page; hashed names never change);
// - the last answer of /api/auth/me (network first), so the signed-in page opens offline.
// Assignments and forms are not here: the page keeps them in IndexedDB (per user) and
// says when it shows the copy on the device.
const CACHE = 'papi-field-v1';
const PAGE = '/surveys/field';
const API = ['/api/auth/me'];

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.add(PAGE))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (!event.data || event.data.type !== 'keep') return;
  const urls = event.data.urls.filter((u) => typeof u === 'string' && u.startsWith('/assets/'));
  const fresh = event.data.urls.filter((u) => API.includes(u));
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) =>
        Promise.all([
          ...urls.map((u) => cache.match(u).then((hit) => hit || cache.add(u))),
          // Answers that change: always fetched again now.
          ...fresh.map((u) => cache.add(u)),
        ]),
      )
      .then(
        () => event.ports[0] && event.ports[0].postMessage({ ok: true }),
        () => event.ports[0] && event.ports[0].postMessage({ ok: false }),
      ),
  );
});

function networkFirst(request, key) {
  return caches.open(CACHE).then((cache) =>
    fetch(request).then(
      (response) => {
        if (response.ok) cache.put(key, response.clone());
        // Signed out: forget who it was, so an offline reload shows the login page.
        else if (response.status === 401 || response.status === 403) cache.delete(key);
        return response;
      },
      () => cache.match(key).then((hit) => hit || Response.error()),
    ),
  );
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    if (url.pathname === PAGE) event.respondWith(networkFirst(request, PAGE));
    return;
  }
  if (url.pathname.startsWith('/assets/')) {
    event.respondWith(caches.match(url.pathname).then((hit) => hit || fetch(request)));
    return;
  }
  if (API.includes(url.pathname)) event.respondWith(networkFirst(request, url.pathname));
});
