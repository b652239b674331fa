import type { Hono } from 'hono';
import { sql } from 'drizzle-orm';
import {
  deleteEvidence,
  downloadEvidence,
  listTaskEvidence,
  uploadTaskEvidence,
} from '@papi/contracts';
import { register, registerDownload, type AppEnv } from '../../platform/http.ts';
import type { Session } from '../../platform/auth/session.ts';
import type { Executor } from '../../db/client.ts';
import { conflict, forbidden, notFound } from '../../platform/errors.ts';
import { recordAudit } from '../../platform/audit.ts';
import { fileStoreFor } from '../../platform/files/file-store.ts';
import { canContributeTask, canReportTask, readableTask, taskReadable } from './tasks.access.ts';
import { findTaskRow } from './tasks.repository.ts';
import {
  deletable,
  presentEvidence,
  selectEvidence,
  type EvidenceRow,
} from './evidence.repository.ts';
import { saveEvidence } from './evidence.service.ts';
import { readableReportPath } from './report-link.ts';
import { todayVn } from '../../platform/clock.ts';

/** A file the caller may see: through its task or its report (404 otherwise). */
async function readableEvidence(db: Executor, session: Session, id: number): Promise<EvidenceRow> {
  const [e] = await selectEvidence(db, sql`e.id = ${id}`);
  if (!e) throw notFound('Tệp minh chứng');
  if (e.task_id !== null) {
    const t = await findTaskRow(db, e.task_id, todayVn());
    if (t && taskReadable(session, t)) return e;
  }
  if (e.report_id !== null && (await readableReportPath(db, session, e.report_id))) return e;
  throw notFound('Tệp minh chứng');
}

export function registerEvidenceRoutes(app: Hono<AppEnv>) {
  register(app, listTaskEvidence, async ({ params, session, db }) => {
    const t = await readableTask(db, session, params.id);
    const rows = await selectEvidence(
      db,
      sql`e.task_id = any(${sql.param([t.id, ...t.history_task_ids])}::int[])`,
    );
    return { items: rows.map((e) => presentEvidence(e, session.userId)) };
  });

  register(app, uploadTaskEvidence, async ({ params, session, db, c }) => {
    const t = await readableTask(db, session, params.id);
    if (!canReportTask(session, t) && !canContributeTask(session, t)) {
      throw forbidden('Chỉ cơ quan chủ trì hoặc phối hợp của nhiệm vụ được tải minh chứng.');
    }
    return saveEvidence(c, db, session, {
      unitPath: t.unit_path,
      taskId: t.id,
      what: `nhiệm vụ ${t.number} của kế hoạch “${t.plan_title}”`,
    });
  });

  registerDownload(app, downloadEvidence, async ({ params, session, db, c }) => {
    const e = await readableEvidence(db, session, params.id);
    const body = await fileStoreFor(c.var.config).get(e.storage_key);
    return { filename: e.original_name, body, contentType: e.mime };
  });

  register(app, deleteEvidence, async ({ params, session, db, c }) => {
    const e = await readableEvidence(db, session, params.id);
    if (e.uploaded_by !== session.userId) {
      throw forbidden('Chỉ người tải lên được xóa tệp minh chứng.');
    }
    if (!deletable(e, session.userId)) {
      throw conflict(
        'Tệp đã gắn với một lần cập nhật tiến độ hoặc báo cáo đã gửi, không xóa được.',
      );
    }
    await db.execute(sql`delete from evidence_file where id = ${e.id}`);
    await recordAudit(db, session, {
      action: 'delete',
      entity: 'evidence',
      entityId: e.id,
      unitPath: e.unit_path,
      summary: `Xóa minh chứng “${e.original_name}”`,
      before: { name: e.original_name, size: e.size },
    });
    // The bytes go last: a failed transaction must not lose a file its row still names.
    await fileStoreFor(c.var.config).delete(e.storage_key);
    return { ok: true as const };
  });
}
