import path from 'node:path';
import { SERVER_ROOT } from './paths.ts';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /**
   * Session cookies only over HTTPS: COOKIE_SECURE=true/false, by default true when
   * PUBLIC_URL starts with https://.
   */
  cookieSecure: boolean;
  /**
   * TRUST_PROXY: addresses of reverse proxies (comma-separated) whose X-Forwarded-For
   * names the client; without it the header is ignored (anyone could forge it).
   */
  trustProxy: string[];
  webDist: string;
  /** SOFFICE_PATH: LibreOffice for PDF reports; "none" disables; unset: the usual places. */
  soffice: string | undefined;
  /** SMTP_URL (smtp://user:pass@host:587) sends e-mail; unset, mail is only logged. */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** PUBLIC_URL: the address users open, for links in e-mails. */
  publicUrl: string;
  /** JOBS=off stops this process from running background jobs (another one does). */
  jobsEnabled: boolean;
  /** JOBS_INTERVAL_MS: pause between polls of the job queue when it is empty. */
  jobsIntervalMs: number;
  /** DISK_MIN_FREE_MB: /api/health reports "degraded" below this much free space (1024). */
  diskMinFreeBytes: number;
  /** EVIDENCE_MAX_BYTES: largest evidence file (default 20 MB). */
  evidenceMaxBytes: number;
  /**
   * PUBLIC_PAGE_RATE_LIMIT: views of the transparency page (/cong-khai) one address may make
   * per minute (default 120; a commune's hall behind one address shares it).
   */
  publicPageRateLimit: number;
  /** BACKUP_DIR: where backups are written (default DATA_DIR/backups). */
  backupDir: string;
  /** BACKUP_HOUR: hour (Vietnam time, 0–23) of the daily backup; BACKUP_HOUR=off disables it. */
  backupHour: number | null;
  /** BACKUP_KEEP: how many backups to keep; older ones are deleted after each backup. */
  backupKeep: number;
  /** S3_ENDPOINT + S3_BUCKET (+ S3_REGION, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY): S3 storage. */
  s3: {
    endpoint: string;
    bucket: string;
    region: string;
    accessKeyId: string;
    secretAccessKey: string;
  } | null;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT không hợp lệ: "${env.PORT}"`);
  }
  const dataDir = path.resolve(env.DATA_DIR ?? './data');
  const publicUrl = (env.PUBLIC_URL || `http://localhost:${port}`).replace(/\/+$/, '');
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir,
    databaseUrl: env.DATABASE_URL || undefined,
    cookieSecure: env.COOKIE_SECURE
      ? env.COOKIE_SECURE === 'true'
      : publicUrl.toLowerCase().startsWith('https://'),
    trustProxy: (env.TRUST_PROXY ?? '')
      .split(',')
      .map((a) => normalizeAddress(a.trim()))
      .filter(Boolean),
    webDist: path.resolve(SERVER_ROOT, '../web/dist'),
    soffice: env.SOFFICE_PATH || undefined,
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM || 'PAPI Hub <no-reply@papihub.local>',
    publicUrl,
    jobsEnabled: env.JOBS !== 'off',
    jobsIntervalMs: positiveInt(env.JOBS_INTERVAL_MS, 'JOBS_INTERVAL_MS') ?? 5_000,
    diskMinFreeBytes: (positiveInt(env.DISK_MIN_FREE_MB, 'DISK_MIN_FREE_MB') ?? 1024) * 1024 * 1024,
    evidenceMaxBytes: positiveInt(env.EVIDENCE_MAX_BYTES, 'EVIDENCE_MAX_BYTES') ?? 20 * 1024 * 1024,
    publicPageRateLimit: positiveInt(env.PUBLIC_PAGE_RATE_LIMIT, 'PUBLIC_PAGE_RATE_LIMIT') ?? 120,
    backupDir: path.resolve(env.BACKUP_DIR || path.join(dataDir, 'backups')),
    backupHour: backupHour(env.BACKUP_HOUR),
    backupKeep: positiveInt(env.BACKUP_KEEP, 'BACKUP_KEEP') ?? 14,
    s3:
      env.S3_ENDPOINT && env.S3_BUCKET
        ? {
            endpoint: env.S3_ENDPOINT,
            bucket: env.S3_BUCKET,
            region: env.S3_REGION || 'us-east-1',
            accessKeyId: env.S3_ACCESS_KEY_ID ?? '',
            secretAccessKey: env.S3_SECRET_ACCESS_KEY ?? '',
          }
        : null,
  };
}

function positiveInt(value: string | undefined, name: string): number | undefined {
  if (value === undefined || value === '') return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} không hợp lệ: "${value}"`);
  return n;
}

function backupHour(value: string | undefined): number | null {
  if (value === 'off') return null;
  if (value === undefined || value === '') return 2;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 23) {
    throw new Error(`BACKUP_HOUR không hợp lệ: "${value}" (0–23 hoặc off)`);
  }
  return n;
}

/** "::ffff:10.0.0.1" (IPv4 seen on an IPv6 socket) and "10.0.0.1" are one address. */
export function normalizeAddress(address: string): string {
  return address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '').toLowerCase();
}
