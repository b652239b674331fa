/**
 * Makes the field entry page open with no signal: registers the service worker
 * (public/field-sw.js) and hands it the files this page loaded, which it keeps. Only this
 * page does so: the rest of the app never installs a worker.
 */
export async function keepPageOffline(): Promise<boolean> {
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return false;
  linkManifest();
  const registration = await navigator.serviceWorker.register('/field-sw.js', { scope: '/' });
  const worker = registration.active ?? (await navigator.serviceWorker.ready.then((r) => r.active));
  if (!worker) return false;
  // Loaded on the first toast only: fetch it now so offline toasts can show.
  await import('../../../components/NotificationsHost.tsx');
  const urls = performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name))
    .filter((u) => u.origin === location.origin && u.pathname.startsWith('/assets/'))
    .map((u) => u.pathname);
  // Who is signed in: the app asks before showing any page, offline too.
  urls.push('/api/auth/me');
  return new Promise<boolean>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event: MessageEvent<{ ok: boolean }>) => resolve(event.data.ok);
    worker.postMessage({ type: 'keep', urls }, [channel.port2]);
    setTimeout(() => resolve(false), 30_000);
  });
}

/** The web app manifest makes the page installable ("Add to home screen"). */
function linkManifest() {
  if (document.querySelector('link[rel="manifest"]')) return;
  const link = document.createElement('link');
  link.rel = 'manifest';
  link.href = '/field.webmanifest';
  document.head.appendChild(link);
}
