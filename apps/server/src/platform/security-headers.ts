import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

/**
 * The Content-Security-Policy of every response, the web app and the API alike. Scripts
 * come only from this server's files (the Vite build emits no inline script; /api/docs
 * loads its init code from a file too). Styles also allow 'unsafe-inline': Mantine writes
 * its theme variables into a <style> element at run time and ECharts tooltips are HTML
 * with style attributes; inline styles cannot run code, inline scripts stay forbidden.
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
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

export function securityHeaders(): MiddlewareHandler {
  const headers = secureHeaders({
    contentSecurityPolicy: CONTENT_SECURITY_POLICY,
    permissionsPolicy: PERMISSIONS_POLICY,
    referrerPolicy: 'strict-origin-when-cross-origin',
    xFrameOptions: 'DENY',
    crossOriginEmbedderPolicy: false,
  });
  return async (c, next) => {
    await headers(c, next);
    // Answers of the API carry personal data: no browser or proxy cache may keep them.
    if (c.req.path.startsWith('/api/')) c.header('Cache-Control', 'no-store');
  };
}
