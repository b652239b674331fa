import { can } from '@papi/domain';
import type { TTaskDetail } from '@papi/contracts';
import type { Executor } from '../../db/client.ts';
import type { Session } from '../../platform/auth/session.ts';
import { notFound } from '../../platform/errors.ts';
import { loadCalendar } from './holidays.service.ts';
import { findTaskRow, presentTask, type TaskRow } from './tasks.repository.ts';
import { todayVn } from '../../platform/clock.ts';

/** The agency among `ids` the actor belongs to, for policy targets (null: none of them). */
const mine = (session: Session, ids: readonly number[]) =>
  session.agencyId !== null && ids.includes(session.agencyId) ? session.agencyId : null;

export function taskReadable(session: Session, r: TaskRow): boolean {
  const { actor } = session;
  return (
    can(actor, 'task.read', { unitPath: r.unit_path }) ||
    can(actor, 'task.read', { unitPath: r.plan_unit_path }) ||
    can(actor, 'task.read', {
      unitPath: r.unit_path,
      agencyId: mine(session, [...r.lead_agency_ids, ...r.coop_agency_ids]),
    })
  );
}

export const canReportTask = (session: Session, r: TaskRow) =>
  can(session.actor, 'task.report', {
    unitPath: r.unit_path,
    agencyId: mine(session, r.lead_agency_ids),
  });

export const canContributeTask = (session: Session, r: TaskRow) =>
  can(session.actor, 'task.contribute', {
    unitPath: r.unit_path,
    agencyId: mine(session, r.coop_agency_ids),
  });

/** A task the actor may see (404 otherwise: no existence leak). */
export async function readableTask(db: Executor, session: Session, id: number): Promise<TaskRow> {
  const r = await findTaskRow(db, id, todayVn());
  if (!r || !taskReadable(session, r)) throw notFound('Nhiệm vụ');
  return r;
}

/** `row`: the task as just read for the access check (reads); writes re-read it. */
export async function taskDetail(
  db: Executor,
  session: Session,
  id: number,
  row?: TaskRow,
): Promise<TTaskDetail> {
  const today = todayVn();
  const r = row ?? (await findTaskRow(db, id, today))!;
  return {
    ...presentTask(r, await loadCalendar(db, r.plan_unit_path), today),
    expectedResult: r.expected_result,
    version: r.version,
    canUpdate: canReportTask(session, r),
    canContribute: canContributeTask(session, r),
  };
}
