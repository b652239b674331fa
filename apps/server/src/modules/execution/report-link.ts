import { sql } from 'drizzle-orm';
import { can } from '@papi/domain';
import type { Executor } from '../../db/client.ts';
import type { Session } from '../../platform/auth/session.ts';

/** Whether the caller may read a report (for its attached files). */
export async function readableReportPath(db: Executor, session: Session, reportId: number) {
  const r = await db.execute<{ unit_path: string; agency_id: number | null }>(
    sql`select unit_path, agency_id from report where id = ${reportId}`,
  );
  const row = r.rows[0];
  return (
    !!row && can(session.actor, 'report.read', { unitPath: row.unit_path, agencyId: row.agency_id })
  );
}
