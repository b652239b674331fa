import { sql, type SQL } from 'drizzle-orm';
import type { TEvidence } from '@papi/contracts';
import type { Executor } from '../../db/client.ts';

export interface EvidenceRow extends Record<string, unknown> {
  id: number;
  sha256: string;
  size: number;
  mime: string;
  original_name: string;
  storage_key: string;
  uploaded_by: number;
  uploader_name: string;
  unit_path: string;
  task_id: number | null;
  progress_id: number | null;
  report_id: number | null;
  report_submitted: boolean;
  created_at: string;
}

export async function selectEvidence(db: Executor, where: SQL): Promise<EvidenceRow[]> {
  const r = await db.execute<EvidenceRow>(sql`
    select e.id, e.sha256, e.size, e.mime, e.original_name, e.storage_key, e.uploaded_by,
           coalesce(us.full_name, '') as uploader_name, e.unit_path, e.task_id, e.progress_id,
           e.report_id, coalesce(r.first_submitted_at is not null, false) as report_submitted,
           e.created_at::text as created_at
      from evidence_file e
      left join app_user us on us.id = e.uploaded_by
      left join report r on r.id = e.report_id
     where ${where} order by e.created_at, e.id`);
  return r.rows;
}

/**
 * The uploader may delete a file until it is part of the record: attached to a progress
 * update (history is append-only) or to a report that has been sent.
 */
export const deletable = (e: EvidenceRow, userId: number) =>
  e.uploaded_by === userId && e.progress_id === null && !e.report_submitted;

export const presentEvidence = (e: EvidenceRow, userId: number): TEvidence => ({
  id: e.id,
  originalName: e.original_name,
  mime: e.mime,
  size: e.size,
  sha256: e.sha256,
  uploadedBy: { id: e.uploaded_by, fullName: e.uploader_name },
  uploadedAt: new Date(e.created_at).toISOString(),
  taskId: e.task_id,
  progressId: e.progress_id,
  reportId: e.report_id,
  canDelete: deletable(e, userId),
});
