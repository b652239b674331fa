import { and, eq, sql } from 'drizzle-orm';
import { deriveTaskStatus } from '@papi/domain';
import type { TProgressEntry } from '@papi/contracts';
import type { Executor } from '../../db/client.ts';
import { pagedTotal } from '../../db/paging.ts';
import type { Session } from '../../platform/auth/session.ts';
import type { Emit } from '../../platform/events.ts';
import { badRequest, conflict, forbidden, staleVersion } from '../../platform/errors.ts';
import { recordAudit } from '../../platform/audit.ts';
import { taskProgress, taskState } from './execution.table.ts';
import type { TaskRow } from './tasks.repository.ts';
import { canContributeTask, canReportTask } from './tasks.access.ts';
import { attachToProgress } from './evidence.service.ts';
import { presentEvidence, selectEvidence } from './evidence.repository.ts';
import { todayVn } from '../../platform/clock.ts';
import { getInUseSince } from '../system/in-use-since.ts';

const label = (t: TaskRow) => `nhiệm vụ ${t.number} của kế hoạch “${t.plan_title}”`;

function notInFuture(date: string, what: string) {
  if (date > todayVn()) throw badRequest('DATE_IN_FUTURE', `${what} không được sau hôm nay.`);
}

async function bumpState(db: Executor, t: TaskRow, version: number, set: Record<string, unknown>) {
  const done = await db
    .update(taskState)
    .set({ ...set, version: sql`${taskState.version} + 1` })
    .where(and(eq(taskState.taskId, t.id), eq(taskState.version, version)))
    .returning({ id: taskState.taskId });
  if (done.length === 0) throw staleVersion(t.version);
}

export interface ProgressInput {
  version: number;
  reportedOn: string;
  percent: number;
  note: string;
  completedOn: string | null;
  evidenceIds: number[];
}

/** The lead agency's update: percent, narrative, completion; the state row follows. */
export async function addProgress(
  db: Executor,
  emit: Emit,
  session: Session,
  t: TaskRow,
  input: ProgressInput,
) {
  if (!canReportTask(session, t)) {
    throw forbidden('Chỉ cơ quan chủ trì nhiệm vụ được cập nhật tiến độ, trạng thái.');
  }
  if (t.status === 'cancelled') throw conflict('Nhiệm vụ đã bị hủy, không cập nhật tiến độ được.');
  notInFuture(input.reportedOn, 'Ngày cập nhật');
  if (input.completedOn !== null) {
    notInFuture(input.completedOn, 'Ngày hoàn thành');
    if (input.completedOn > input.reportedOn)
      throw badRequest('COMPLETED_AFTER_REPORT', 'Ngày hoàn thành không được sau ngày cập nhật.');
    if (input.percent !== 100)
      throw badRequest('COMPLETED_NOT_FULL', 'Nhiệm vụ đã hoàn thành thì tỷ lệ phải là 100%.');
  }
  const status = deriveTaskStatus(
    { dueOn: t.due_on, completedOn: input.completedOn, cancelledOn: null, percent: input.percent },
    todayVn(),
    await getInUseSince(db),
  );
  const [row] = await db
    .insert(taskProgress)
    .values({
      taskId: t.id,
      kind: 'update',
      agencyId: session.agencyId,
      userId: session.userId,
      reportedOn: input.reportedOn,
      status,
      percent: input.percent,
      note: input.note,
      completedOn: input.completedOn,
    })
    .returning({ id: taskProgress.id, createdAt: taskProgress.createdAt });
  await bumpState(db, t, input.version, {
    percent: input.percent,
    completedOn: input.completedOn,
    open: input.completedOn === null,
    lastProgressId: row!.id,
    lastUpdateAt: row!.createdAt,
  });
  await attachToProgress(db, session, [t.id, ...t.history_task_ids], row!.id, input.evidenceIds);
  await recordAudit(db, session, {
    action: 'update',
    entity: 'task',
    entityId: t.id,
    unitPath: t.unit_path,
    summary: `Cập nhật tiến độ ${label(t)}: ${input.percent}%${input.completedOn ? ', hoàn thành' : ''}`,
    before: { percent: t.percent, completedOn: t.completed_on, status: t.status },
    after: { percent: input.percent, completedOn: input.completedOn, status },
  });
  await emit('task.progress.updated', event(t, session, row!.id, 'update', status, input.percent));
  return row!.id;
}

const event = (
  t: TaskRow,
  session: Session,
  progressId: number,
  kind: 'update' | 'contribution' | 'cancel',
  status: string,
  percent: number,
) => ({
  taskId: t.id,
  planId: t.plan_id,
  progressId,
  kind,
  status,
  percent,
  unitPath: t.unit_path,
  agencyId: session.agencyId,
  userId: session.userId,
});

/** A cooperating agency's contribution: history only, the status stays the lead's. */
export async function addContribution(
  db: Executor,
  emit: Emit,
  session: Session,
  t: TaskRow,
  input: { reportedOn: string; note: string; evidenceIds: number[] },
) {
  if (!canContributeTask(session, t)) {
    throw forbidden('Chỉ cơ quan phối hợp của nhiệm vụ được ghi nhận phần phối hợp.');
  }
  if (t.status === 'cancelled') throw conflict('Nhiệm vụ đã bị hủy, không ghi nhận thêm được.');
  notInFuture(input.reportedOn, 'Ngày ghi nhận');
  const [row] = await db
    .insert(taskProgress)
    .values({
      taskId: t.id,
      kind: 'contribution',
      agencyId: session.agencyId,
      userId: session.userId,
      reportedOn: input.reportedOn,
      status: t.status,
      note: input.note,
    })
    .returning({ id: taskProgress.id });
  await attachToProgress(db, session, [t.id, ...t.history_task_ids], row!.id, input.evidenceIds);
  await recordAudit(db, session, {
    action: 'create',
    entity: 'task',
    entityId: t.id,
    unitPath: t.unit_path,
    summary: `Ghi nhận phối hợp thực hiện ${label(t)}`,
  });
  await emit(
    'task.progress.updated',
    event(t, session, row!.id, 'contribution', t.status, t.percent),
  );
  return row!.id;
}

export async function cancelTask(
  db: Executor,
  emit: Emit,
  session: Session,
  t: TaskRow,
  input: { version: number; reason: string },
) {
  if (!canReportTask(session, t))
    throw forbidden('Chỉ cơ quan chủ trì nhiệm vụ được hủy nhiệm vụ.');
  if (t.status === 'cancelled') throw conflict('Nhiệm vụ đã bị hủy trước đó.');
  if (t.completed_on !== null) throw conflict('Nhiệm vụ đã hoàn thành, không hủy được.');
  const today = todayVn();
  const [row] = await db
    .insert(taskProgress)
    .values({
      taskId: t.id,
      kind: 'cancel',
      agencyId: session.agencyId,
      userId: session.userId,
      reportedOn: today,
      status: 'cancelled',
      note: input.reason,
      cancelReason: input.reason,
    })
    .returning({ id: taskProgress.id, createdAt: taskProgress.createdAt });
  await bumpState(db, t, input.version, {
    open: false,
    cancelledOn: today,
    cancelReason: input.reason,
    lastProgressId: row!.id,
    lastUpdateAt: row!.createdAt,
  });
  await recordAudit(db, session, {
    action: 'update',
    entity: 'task',
    entityId: t.id,
    unitPath: t.unit_path,
    summary: `Hủy ${label(t)}: ${input.reason}`,
    before: { status: t.status },
    after: { status: 'cancelled', reason: input.reason },
  });
  await emit('task.progress.updated', event(t, session, row!.id, 'cancel', 'cancelled', t.percent));
}

interface EntryRow extends Record<string, unknown> {
  id: number;
  task_id: number;
  kind: TProgressEntry['kind'];
  agency_id: number | null;
  agency_name: string | null;
  user_id: number;
  user_name: string;
  reported_on: string;
  status: TProgressEntry['status'];
  percent: number | null;
  note: string;
  completed_on: string | null;
  cancel_reason: string | null;
  created_at: string;
  total: number;
}

/** History of a task and of its earlier versions (amendments), newest first. */
export async function listProgress(
  db: Executor,
  session: Session,
  t: TaskRow,
  page: number,
  pageSize: number,
) {
  const ids = sql.param([t.id, ...t.history_task_ids]);
  const from = sql`task_progress h`;
  const where = sql`h.task_id = any(${ids}::int[])`;
  const offset = (page - 1) * pageSize;
  const r = await db.execute<EntryRow>(sql`
    select h.id, h.task_id, h.kind, h.agency_id, a.name as agency_name, h.user_id,
           coalesce(us.full_name, '') as user_name, h.reported_on::text as reported_on, h.status,
           h.percent, h.note, h.completed_on::text as completed_on, h.cancel_reason,
           h.created_at::text as created_at, count(*) over ()::int as total
      from task_progress h
      left join agency a on a.id = h.agency_id
      left join app_user us on us.id = h.user_id
     where ${where}
     order by h.created_at desc, h.id desc limit ${pageSize} offset ${offset}`);
  const evidence = r.rows.length
    ? await selectEvidence(
        db,
        sql`e.progress_id = any(${sql.param(r.rows.map((e) => e.id))}::int[])`,
      )
    : [];
  return {
    total: await pagedTotal(db, r.rows, offset, from, where),
    items: r.rows.map((e): TProgressEntry => ({
      id: e.id,
      taskId: e.task_id,
      kind: e.kind,
      agency: e.agency_id === null ? null : { id: e.agency_id, name: e.agency_name ?? '' },
      user: { id: e.user_id, fullName: e.user_name },
      reportedOn: e.reported_on,
      status: e.status,
      percent: e.percent,
      note: e.note,
      completedOn: e.completed_on,
      cancelReason: e.cancel_reason,
      createdAt: new Date(e.created_at).toISOString(),
      evidence: evidence
        .filter((f) => f.progress_id === e.id)
        .map((f) => presentEvidence(f, session.userId)),
    })),
  };
}
