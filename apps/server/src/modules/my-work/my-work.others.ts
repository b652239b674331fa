import { sql, type SQL } from 'drizzle-orm';
import { actsForUnit, can, isHistory, isOverdue } from '@papi/domain';
import type { TWorkItem } from '@papi/contracts';
import type { Executor } from '../../db/client.ts';
import type { Session } from '../../platform/auth/session.ts';
import { inScopeSql, type UnitRecord } from '../units/units.repository.ts';

export type ReviewReportItem = Extract<TWorkItem, { kind: 'review_report' }>;
export type FeedbackWorkItem = Extract<TWorkItem, { kind: 'feedback' }>;

interface OwnerRow extends Record<string, unknown> {
  id: number;
  due_on: string;
  status: string;
  unit_id: number;
  unit_path: string;
  code: string;
  name: string;
  full_name: string;
  level: 'country' | 'province' | 'district' | 'commune';
  agency_id: number | null;
  agency_name: string | null;
}

/**
 * Which owner rows (`o.unit_id`, `o.unit_path`, `o.agency_id`) are a person's work at
 * `unit`, as My work's task scope (my-work.scope.ts): with `below` the subtree; otherwise
 * their agency's and, for those who act for the unit, the unit's own.
 */
function ownerScope(session: Session, unit: UnitRecord, below: boolean): SQL {
  if (below) return inScopeSql(sql`o.unit_path`, [unit.path]);
  const agency =
    session.agencyId === null ? sql`false` : sql`o.agency_id = ${session.agencyId}::int`;
  const forUnit = actsForUnit(session) ? sql`o.agency_id is null` : sql`false`;
  return sql`(o.unit_id = ${unit.id}::int and (${agency} or ${forUnit}))`;
}

const unitRef = (r: OwnerRow) => ({
  id: r.unit_id,
  code: r.code,
  name: r.name,
  fullName: r.full_name,
  level: r.level,
});

const agencyRef = (r: OwnerRow) =>
  r.agency_id === null ? null : { id: r.agency_id, name: r.agency_name ?? '' };

/**
 * The rows that are this person's work item: not history, readable under `action`, with
 * the due date, the one overdue rule and whether it is their own or a unit's below.
 */
function workItems<R extends OwnerRow, T>(
  rows: readonly R[],
  ctx: { session: Session; unit: UnitRecord; today: string; inUseSince: string },
  action: 'review.report.read' | 'feedback.read',
  item: (o: R, base: { dueOn: string; overdue: boolean; role: 'own' | 'below' }) => T,
): T[] {
  const { session, unit, today, inUseSince } = ctx;
  return rows
    .filter((o) => !isHistory({ dueOn: o.due_on }, inUseSince))
    .filter((o) => can(session.actor, action, { unitPath: o.unit_path, agencyId: o.agency_id }))
    .map((o) =>
      item(o, {
        dueOn: o.due_on,
        overdue: isOverdue({ dueOn: o.due_on, settled: false }, today, inUseSince),
        role: o.unit_id === unit.id && owns(session, o) ? 'own' : 'below',
      }),
    );
}

/**
 * Programme review reports not sent yet (draft or returned) — what the reminder source
 * `programmeReviewSource` reminds of — that the person may read (`review.report.read`).
 * Reports due before the installation was in use are history (domain isHistory).
 */
export async function owedReviewReports(
  db: Executor,
  session: Session,
  unit: UnitRecord,
  below: boolean,
  today: string,
  inUseSince: string,
): Promise<ReviewReportItem[]> {
  const r = await db.execute<OwnerRow & { programme_id: number; title: string }>(sql`
    select * from (
      select r.id, v.due_on::text as due_on, r.status, r.unit_id, u.path as unit_path, u.code,
             u.name, u.full_name, u.level, r.agency_id, a.name as agency_name,
             p.id as programme_id, p.title
        from programme_review_report r
        join programme_review v on v.id = r.review_id
        join programme p on p.id = v.programme_id
        join admin_unit u on u.id = r.unit_id
        left join agency a on a.id = r.agency_id
       where r.status in ('draft', 'returned')) o
     where ${ownerScope(session, unit, below)}
     order by o.due_on, o.id`);
  const ctx = { session, unit, today, inUseSince };
  return workItems(r.rows, ctx, 'review.report.read', (o, base) => ({
    kind: 'review_report',
    ...base,
    review: {
      id: o.id,
      programmeId: o.programme_id,
      programmeTitle: o.title,
      unit: unitRef(o),
      agency: agencyRef(o),
      status: o.status,
    },
  }));
}

const owns = (session: Session, o: OwnerRow) =>
  o.agency_id === null ? actsForUnit(session) : o.agency_id === session.agencyId;

/**
 * Citizen feedback not answered yet — what `feedbackSource` reminds of — owed by its
 * assignee agency (at the agency's unit) or, unassigned, by the unit it belongs to
 * (`handler_path`), for those who may read it (`feedback.read`: not every officer in scope).
 */
export async function openFeedback(
  db: Executor,
  session: Session,
  unit: UnitRecord,
  below: boolean,
  today: string,
  inUseSince: string,
): Promise<FeedbackWorkItem[]> {
  const r = await db.execute<OwnerRow & { fcode: string; topic: string }>(sql`
    select * from (
      select f.id, f.due_on::text as due_on, f.status, u.id as unit_id, u.path as unit_path,
             u.code, u.name, u.full_name, u.level, f.assignee_agency_id as agency_id,
             a.name as agency_name, f.code as fcode, f.topic
        from feedback f
        join admin_unit u on u.path = f.handler_path
        left join agency a on a.id = f.assignee_agency_id
       where f.status <> 'answered') o
     where ${ownerScope(session, unit, below)}
     order by o.due_on, o.id`);
  const ctx = { session, unit, today, inUseSince };
  return workItems(r.rows, ctx, 'feedback.read', (o, base) => ({
    kind: 'feedback',
    ...base,
    feedback: {
      id: o.id,
      code: o.fcode,
      topic: o.topic,
      status: o.status,
      unit: unitRef(o),
      agency: agencyRef(o),
    },
  }));
}
