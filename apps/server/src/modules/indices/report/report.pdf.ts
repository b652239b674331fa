import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { AppError } from '../../../platform/errors.ts';

/**
 * Optional PDF output through LibreOffice (soffice --headless). The server runs without
 * it: then `findSoffice()` is null and the route answers 501.
 */
const CANDIDATES = [
  '/usr/bin/soffice',
  '/usr/local/bin/soffice',
  '/usr/lib/libreoffice/program/soffice',
  '/opt/libreoffice/program/soffice',
];

/** The soffice to use: the configured one (SOFFICE_PATH), else the first usual place found. */
export function findSoffice(configured: string | undefined): string | null {
  if (configured) return fs.existsSync(configured) ? configured : null;
  return CANDIDATES.find((p) => fs.existsSync(p)) ?? null;
}

const TIMEOUT_MS = 90_000;

/** Converts a .docx to PDF in a private temporary directory, with a timeout. */
export async function docxToPdf(
  docx: Uint8Array,
  configured: string | undefined,
): Promise<Uint8Array> {
  const soffice = findSoffice(configured);
  if (!soffice) {
    throw new AppError(
      501,
      'PDF_UNAVAILABLE',
      'Máy chủ chưa cài LibreOffice nên không xuất được tệp PDF; vui lòng tải bản Word (.docx).',
    );
  }
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'papi-report-'));
  try {
    const input = path.join(dir, 'bao-cao.docx');
    await fs.promises.writeFile(input, docx);
    await new Promise<void>((resolve, reject) => {
      execFile(
        soffice,
        [
          // A profile of its own: a second conversion never waits on a running LibreOffice.
          `-env:UserInstallation=file://${path.join(dir, 'profile')}`,
          '--headless',
          '--norestore',
          '--convert-to',
          'pdf',
          '--outdir',
          dir,
          input,
        ],
        { timeout: TIMEOUT_MS, killSignal: 'SIGKILL' },
        (error) => (error ? reject(error) : resolve()),
      );
    }).catch((error: unknown) => {
      throw new AppError(
        500,
        'PDF_FAILED',
        'Không chuyển được báo cáo sang PDF; vui lòng tải bản Word (.docx).',
        { reason: error instanceof Error ? error.message.slice(0, 300) : String(error) },
      );
    });
    return new Uint8Array(await fs.promises.readFile(path.join(dir, 'bao-cao.pdf')));
  } finally {
    await fs.promises.rm(dir, { recursive: true, force: true });
  }
}
