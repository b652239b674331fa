import { randomUUID } from 'node:crypto';
import type { Context } from 'hono';
import { sql } from 'drizzle-orm';
import type { TEvidence } from '@papi/contracts';
import type { Executor } from '../../db/client.ts';
import type { AppEnv } from '../../platform/http.ts';
import type { Session } from '../../platform/auth/session.ts';
import { AppError, badRequest } from '../../platform/errors.ts';
import { readUploadBytes, type Upload } from '../../platform/files/upload.ts';
import { recordAudit } from '../../platform/audit.ts';
import { fileStoreFor } from '../../platform/files/file-store.ts';
import { KIND_INFO, needsWholeFile } from '../../platform/files/sniff.ts';
import { inspectOfficeArchive } from '../../platform/files/archive-check.ts';
import { evidenceFile } from './execution.table.ts';
import { checkEvidence } from './evidence.check.ts';
import { presentEvidence, selectEvidence } from './evidence.repository.ts';
import { now } from '../../platform/clock.ts';

/** The file register() received before the transaction (platform/files/upload.ts). */
export function readUpload(c: Context<AppEnv>): Upload {
  const upload = c.var.upload;
  if (!upload) throw new Error('readUpload: the route contract does not declare upload: true');
  if (upload instanceof AppError) throw upload;
  return upload;
}

export interface EvidenceLink {
  unitPath: string;
  taskId?: number;
  reportId?: number;
  /** "nhiệm vụ 2.1 …" / "báo cáo …": for the audit line. */
  what: string;
}

/** Checks, stores and records one evidence file; the bytes go to the file store first. */
export async function saveEvidence(
  c: Context<AppEnv>,
  db: Executor,
  session: Session,
  link: EvidenceLink,
): Promise<TEvidence> {
  const config = c.var.config;
  const upload = readUpload(c);
  const { name, size, sha256 } = upload;
  // Only zip and OLE files (Word, Excel: small) are read back whole, for sniff and zip checks.
  const whole =
    size <= config.evidenceMaxBytes && needsWholeFile(upload.head)
      ? await readUploadBytes(upload)
      : null;
  const kind = checkEvidence(name, size, whole ?? upload.head, config.evidenceMaxBytes);
  if (whole && (kind === 'docx' || kind === 'xlsx')) await inspectOfficeArchive(name, whole);
  const at = now();
  const key = `evidence/${at.getUTCFullYear()}/${String(at.getUTCMonth() + 1).padStart(2, '0')}/${randomUUID()}`;
  const store = fileStoreFor(config);
  await store.putFile(key, upload.tempPath, KIND_INFO[kind].mime);
  try {
    const [row] = await db
      .insert(evidenceFile)
      .values({
        sha256,
        size,
        mime: KIND_INFO[kind].mime,
        originalName: name,
        storageKey: key,
        uploadedBy: session.userId,
        unitPath: link.unitPath,
        taskId: link.taskId ?? null,
        reportId: link.reportId ?? null,
      })
      .returning({ id: evidenceFile.id });
    await recordAudit(db, session, {
      action: 'create',
      entity: 'evidence',
      entityId: row!.id,
      unitPath: link.unitPath,
      summary: `Tải lên minh chứng “${name}” cho ${link.what}`,
      after: { name, size, mime: KIND_INFO[kind].mime },
    });
    const [saved] = await selectEvidence(db, sql`e.id = ${row!.id}`);
    return presentEvidence(saved!, session.userId);
  } catch (err) {
    await store.delete(key);
    throw err;
  }
}

/** Attaches the caller's own loose files of a task to a progress entry; 400 naming a bad id. */
export async function attachToProgress(
  db: Executor,
  session: Session,
  taskIds: readonly number[],
  progressId: number,
  evidenceIds: readonly number[],
) {
  if (evidenceIds.length === 0) return;
  const rows = await selectEvidence(db, sql`e.id = any(${sql.param([...evidenceIds])}::int[])`);
  for (const id of evidenceIds) {
    const e = rows.find((r) => r.id === id);
    if (
      !e ||
      e.uploaded_by !== session.userId ||
      e.task_id === null ||
      !taskIds.includes(e.task_id) ||
      e.progress_id !== null
    ) {
      throw badRequest(
        'EVIDENCE_INVALID',
        `Tệp minh chứng #${id} không thuộc nhiệm vụ này, không do bạn tải lên hoặc đã gắn với lần cập nhật khác.`,
        { evidenceId: id },
      );
    }
  }
  await db.execute(sql`
    update evidence_file set progress_id = ${progressId}
     where id = any(${sql.param([...evidenceIds])}::int[])`);
}
