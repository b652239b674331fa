import path from 'node:path';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** Set COOKIE_SECURE=true behind HTTPS so session cookies are never sent in clear. */
  cookieSecure: boolean;
  webDist: string;
  /** SOFFICE_PATH: LibreOffice for PDF reports; "none" disables; unset: the usual places. */
  soffice: string | undefined;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT không hợp lệ: "${env.PORT}"`);
  }
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir: path.resolve(env.DATA_DIR ?? './data'),
    databaseUrl: env.DATABASE_URL || undefined,
    cookieSecure: env.COOKIE_SECURE === 'true',
    webDist: path.resolve(import.meta.dirname, '../../web/dist'),
    soffice: env.SOFFICE_PATH || undefined,
  };
}
