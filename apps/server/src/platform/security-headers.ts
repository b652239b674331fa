import type { Context, MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { PUBLIC_PAGE_PATH, inlineScriptSources } from './public/scripts.ts';

/**
 * The Content-Security-Policy of every response, the web app and the API alike. Scripts
 * come only from this server's files (the Vite build emits no inline script; /api/docs
 * loads its init code from a file too). Styles also allow 'unsafe-inline': Mantine writes
 * its theme variables into a <style> element at run time and ECharts tooltips are HTML
 * with style attributes; inline styles cannot run code, inline scripts stay forbidden —
 * except on the server-rendered public pages (platform/public), which may run their own
 * registered inline scripts, each allowed by its hash.
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: [
    "'self'",
    (c: Context) => (PUBLIC_PAGE_PATH.test(c.req.path) ? inlineScriptSources() : ''),
  ],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  workerSrc: ["'self'", 'blob:'],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/** Browser features the app never uses: a page that is tricked into asking gets nothing. */
const PERMISSIONS_POLICY = {
  camera: false,
  microphone: false,
  geolocation: false,
  payment: false,
  usb: false,
  serial: false,
  bluetooth: false,
  midi: false,
  accelerometer: false,
  gyroscope: false,
  magnetometer: false,
  browsingTopics: false,
} as const;

/**
 * A built script or stylesheet under /assets/ is never a document: CSP, framing, referrer
 * and permissions policies apply to the page that loads it, not to the file. Sending them
 * on each of the ~30 files of a cold dashboard cost ~22 KB on a 1.6 Mbps line (first-load
 * bench); the file keeps nosniff and the cross-origin resource policy.
 */
const ASSET_PATH = /^\/assets\//;

export function securityHeaders(): MiddlewareHandler {
  const headers = secureHeaders({
    contentSecurityPolicy: CONTENT_SECURITY_POLICY,
    permissionsPolicy: PERMISSIONS_POLICY,
    referrerPolicy: 'strict-origin-when-cross-origin',
    xFrameOptions: 'DENY',
    crossOriginEmbedderPolicy: false,
  });
  const assetHeaders = secureHeaders({
    referrerPolicy: false,
    xFrameOptions: false,
    xXssProtection: false,
    xDnsPrefetchControl: false,
    xDownloadOptions: false,
    xPermittedCrossDomainPolicies: false,
    strictTransportSecurity: false,
    originAgentCluster: false,
    crossOriginOpenerPolicy: false,
    crossOriginEmbedderPolicy: false,
  });
  return async (c, next) => {
    await (ASSET_PATH.test(c.req.path) ? assetHeaders : headers)(c, next);
    // Answers of the API carry personal data: no browser or proxy cache may keep them.
    if (c.req.path.startsWith('/api/')) c.header('Cache-Control', 'no-store');
  };
}
