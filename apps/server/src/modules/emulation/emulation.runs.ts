import { eq, sql } from 'drizzle-orm';
import { VIETNAM_UTC_OFFSET_HOURS, can, type ProposedLists, type RecordRef } from '@papi/domain';
import type { TEmulationRun } from '@papi/contracts';
import type { Executor } from '../../db/client.ts';
import type { Session } from '../../platform/auth/session.ts';
import { badRequest, conflict, forbidden, notFound, staleVersion } from '../../platform/errors.ts';
import { recordAudit } from '../../platform/audit.ts';
import { now } from '../../platform/clock.ts';
import { emulationRun, type EmulationResults } from './emulation.table.ts';
import * as repo from './emulation.repository.ts';
import type { RunRow } from './emulation.repository.ts';

export const summary = (r: RunRow) => ({
  id: r.id,
  version: r.version_no,
  rowVersion: r.version,
  status: r.status,
  computedAt: new Date(r.computed_at).toISOString(),
  computedBy: r.computed_by,
  inputsHash: r.inputs_hash,
  approvedAt: r.approved_at ? new Date(r.approved_at).toISOString() : null,
  approvedBy: r.approved_by,
});

type Subject = EmulationResults['subjects'][number];

/**
 * Which rows of a run the actor sees: the unit's managers all of them; anyone else only their
 * own agency's row or their own commune's.
 */
function visibility(session: Session, run: RunRow) {
  if (can(session.actor, 'emulation.read.all', { unitPath: run.unit_path }))
    return { complete: true, sees: () => true };
  const a = session.actor;
  return {
    complete: false,
    sees: (s: { kind: string; id: number; path?: string }) =>
      s.kind === 'agency' ? s.id === a.agencyId : s.path === a.scopePaths[0],
  };
}

/** A run the actor may read (404 otherwise, whoever asks about it out of scope). */
export async function readableRun(db: Executor, session: Session, id: number) {
  const run = await repo.findRun(db, id);
  if (!run || !can(session.actor, 'emulation.read', { unitPath: run.unit_path }))
    throw notFound('Kết quả thi đua');
  return run;
}

export async function presentRun(
  db: Executor,
  session: Session,
  run: RunRow,
): Promise<TEmulationRun> {
  const { results, lists } = await repo.runContent(db, run.id);
  const v = visibility(session, run);
  const subjects = results.subjects.filter(v.sees);
  const visible = new Set(subjects.map((s) => `${s.kind}:${s.id}`));
  const keep = (l: ProposedLists['commend']) => l.filter((s) => visible.has(`${s.kind}:${s.id}`));
  return {
    ...summary(run),
    unit: { id: run.unit_id, name: run.unit_name },
    year: run.year,
    asOf: run.as_of,
    complete: v.complete,
    subjects: subjects.map((s) => ({
      kind: s.kind,
      id: s.id,
      name: s.name,
      rank: s.rank,
      ...s.score,
      lines: s.score.lines.map(({ refs, ...l }) => ({ ...l, records: refs.length })),
    })),
    lists: { commend: keep(lists.commend), criticise: keep(lists.criticise) },
    listsEditedBy: run.lists_edited_by,
  };
}

export async function getRun(db: Executor, session: Session, id: number) {
  return presentRun(db, session, await readableRun(db, session, id));
}

async function visibleSubject(
  db: Executor,
  session: Session,
  run: RunRow,
  kind: string,
  subjectId: number,
): Promise<Subject> {
  const { results } = await repo.runContent(db, run.id);
  const s = results.subjects.find((x) => x.kind === kind && x.id === subjectId);
  if (!s || !visibility(session, run).sees(s)) throw notFound('Đối tượng thi đua');
  return s;
}

interface RecordRow extends Record<string, unknown> {
  id: number;
  title: string;
  due_on: string | null;
  done_on: string | null;
  href_id: number | null;
}

/** Titles and dates of the records behind one number, in the order they were counted. */
async function describe(db: Executor, kind: RecordRef['kind'], ids: number[]) {
  if (ids.length === 0) return new Map<number, RecordRow>();
  const list = sql.join(
    ids.map((i) => sql`${i}`),
    sql`, `,
  );
  const query =
    kind === 'task'
      ? sql`select pt.id, trim(pt.number || ' ' || pt.content) || ' — ' || p.title as title,
                   ts.due_on, ts.completed_on as done_on, pt.id as href_id
              from plan_task pt join plan p on p.id = pt.plan_id
              left join task_state ts on ts.task_id = pt.id where pt.id in (${list})`
      : kind === 'report'
        ? sql`select r.id, rg.name || ' — ' || rp.label as title, r.due_on,
                     ((r.first_submitted_at at time zone 'UTC') + interval '${sql.raw(String(VIETNAM_UTC_OFFSET_HOURS))} hours')::date as done_on,
                     r.id as href_id
                from report r join report_period rp on rp.id = r.period_id
                join reporting_regime rg on rg.id = r.regime_id where r.id in (${list})`
        : kind === 'feedback'
          ? // The tracking code and topic only: never the citizen's text or contact.
            sql`select f.id, 'Phản ánh ' || f.code as title, f.due_on, f.answered_on as done_on,
                       f.id as href_id
                  from feedback f where f.id in (${list})`
          : sql`select o.id, 'Kế hoạch theo ' || pp.title as title, o.due as due_on,
                     cp.issued_on as done_on, coalesce(o.child_plan_id, o.parent_plan_id) as href_id
                from plan_obligation o join plan pp on pp.id = o.parent_plan_id
                left join plan cp on cp.id = o.child_plan_id where o.id in (${list})`;
  const rows = await db.execute<RecordRow>(query);
  return new Map(rows.rows.map((r) => [r.id, r]));
}

const HREF = {
  task: '/tasks/',
  report: '/reports/',
  plan_obligation: '/plans/',
  feedback: '/feedback/',
} as const;

export async function records(
  db: Executor,
  session: Session,
  id: number,
  q: { subject?: string; code?: string },
) {
  const run = await readableRun(db, session, id);
  if (!q.subject)
    throw badRequest('VALIDATION', 'Thiếu đối tượng thi đua (trường "subject").', {
      issues: [{ path: 'subject', message: 'Thiếu đối tượng thi đua.' }],
    });
  const [kind, subjectId] = q.subject.split('-') as [string, string];
  const subject = await visibleSubject(db, session, run, kind, Number(subjectId));
  const lines = subject.score.lines.filter((l) => !q.code || l.code === q.code);
  if (lines.length === 0) throw notFound('Tiêu chí');
  const refs = lines.flatMap((l) => l.refs.map((r) => ({ ...r, code: l.code })));
  const items = [];
  // Index elements carry their own text (the scores compared), frozen with the run.
  for (const r of refs.filter((x) => x.kind === 'index_element'))
    items.push({
      code: r.code,
      kind: r.kind,
      id: r.id,
      outcome: r.outcome,
      title: r.note ?? r.id.toString(),
      dueOn: null,
      doneOn: null,
      href: '/indices',
    });
  for (const type of ['task', 'report', 'plan_obligation', 'feedback'] as const) {
    const own = refs.filter((r) => r.kind === type);
    const found = await describe(db, type, [...new Set(own.map((r) => r.id))]);
    for (const r of own) {
      const row = found.get(r.id);
      items.push({
        code: r.code,
        kind: type,
        id: r.id,
        outcome: r.outcome,
        // A record deleted since the computation keeps its place in the frozen count.
        title: row?.title ?? `#${r.id} (đã xóa)`,
        dueOn: row?.due_on ?? null,
        doneOn: row?.done_on ?? null,
        href: row?.href_id ? `${HREF[type]}${row.href_id}` : null,
      });
    }
  }
  return { items };
}

/** An editable (draft) run for a manager: 403 for others, 409 once approved or stale. */
async function editable(
  db: Executor,
  session: Session,
  id: number,
  version: number,
  action: 'emulation.lists' | 'emulation.approve',
) {
  const run = await readableRun(db, session, id);
  if (!can(session.actor, action, { unitPath: run.unit_path }))
    throw forbidden(
      action === 'emulation.approve'
        ? 'Chỉ lãnh đạo của đơn vị phê duyệt kết quả thi đua.'
        : 'Chỉ quản trị, đầu mối Nội vụ, lãnh đạo của đơn vị sửa danh sách đề nghị.',
    );
  if (run.status === 'approved')
    throw conflict(
      'Kết quả thi đua đã được phê duyệt và không thay đổi được; hãy tính lại để tạo phiên bản mới.',
    );
  if (run.version !== version) throw staleVersion(run.version);
  return run;
}

export async function saveLists(
  db: Executor,
  session: Session,
  id: number,
  body: { version: number } & ProposedLists,
) {
  const run = await editable(db, session, id, body.version, 'emulation.lists');
  const { results, lists: before } = await repo.runContent(db, run.id);
  const known = new Set(results.subjects.map((s) => `${s.kind}:${s.id}`));
  const issues: { path: string; message: string }[] = [];
  const clean = (field: 'commend' | 'criticise') => {
    const seen = new Set<string>();
    return body[field].filter((s, i) => {
      const key = `${s.kind}:${s.id}`;
      if (!known.has(key))
        issues.push({
          path: `${field}[${i}]`,
          message: 'Cơ quan, đơn vị không có trong kết quả thi đua.',
        });
      const fresh = known.has(key) && !seen.has(key);
      seen.add(key);
      return fresh;
    });
  };
  const lists = { commend: clean('commend'), criticise: clean('criticise') };
  const both = lists.commend.find((s) =>
    lists.criticise.some((c) => c.kind === s.kind && c.id === s.id),
  );
  if (both)
    issues.push({
      path: 'criticise',
      message: 'Một cơ quan, đơn vị không thể vừa được khen thưởng vừa bị phê bình.',
    });
  if (issues.length) throw badRequest('VALIDATION', issues[0]!.message, { issues });
  await db
    .update(emulationRun)
    .set({ lists, listsEditedBy: session.userId, version: run.version + 1 })
    .where(eq(emulationRun.id, run.id));
  await recordAudit(db, session, {
    action: 'update',
    entity: 'emulation_run',
    entityId: run.id,
    unitPath: run.unit_path,
    summary: `Sửa danh sách thi đua năm ${run.year} (${lists.commend.length} khen thưởng, ${lists.criticise.length} phê bình)`,
    before,
    after: lists,
  });
  return getRun(db, session, run.id);
}

/** Approval freezes the run: its results and lists are never recomputed or edited again. */
export async function approve(db: Executor, session: Session, id: number, version: number) {
  const run = await editable(db, session, id, version, 'emulation.approve');
  await db
    .update(emulationRun)
    .set({
      status: 'approved',
      approvedBy: session.userId,
      approvedAt: now(),
      version: run.version + 1,
    })
    .where(eq(emulationRun.id, run.id));
  await recordAudit(db, session, {
    action: 'update',
    entity: 'emulation_run',
    entityId: run.id,
    unitPath: run.unit_path,
    summary: `Phê duyệt kết quả thi đua năm ${run.year} của ${run.unit_name} (phiên bản ${run.version_no})`,
    after: { status: 'approved', inputsHash: run.inputs_hash },
  });
  return getRun(db, session, run.id);
}
