import { sql } from 'drizzle-orm';
import { can, classifyCompliance, isHistory, isOverdue } from '@papi/domain';
import type { Session } from '../../platform/auth/session.ts';
import type { TWorkItem } from '@papi/contracts';
import type { Executor } from '../../db/client.ts';
import type { UnitRecord } from '../units/units.repository.ts';
import { listObligationRows } from '../plans/plan-cascade.repository.ts';

type PlanItem = Extract<TWorkItem, { kind: 'plan' }>;

/**
 * Plans a unit (with `below`, every unit under it) must issue because an issued parent
 * plan obliges it (the cascade), until its own plan is issued. A plan owed by one of the
 * unit's sở/ban/ngành is that agency's own work; for the rest of the unit it is work below.
 */
export async function owedPlans(
  db: Executor,
  session: Pick<Session, 'agencyId'>,
  unit: UnitRecord,
  below: boolean,
  today: string,
  /** Obligations due before it are history, not owed (domain isHistory). */
  inUseSince: string,
): Promise<PlanItem[]> {
  const rows = await listObligationRows(
    db,
    below ? { scopePaths: [unit.path] } : { unitId: unit.id },
  );
  const mine = (o: (typeof rows)[number]) => o.agency === null || o.agency.id === session.agencyId;
  return rows
    .filter((o) => below || mine(o))
    .filter((o) => !(o.child && (o.child.status === 'issued' || o.child.status === 'closed')))
    .filter((o) => !isHistory({ dueOn: o.due }, inUseSince))
    .map((o) => ({
      kind: 'plan',
      dueOn: o.due,
      overdue: isOverdue({ dueOn: o.due, settled: false }, today, inUseSince),
      role: o.unit.id === unit.id && mine(o) ? 'own' : 'below',
      obligation: {
        id: o.id,
        parentPlan: {
          id: o.parent.id,
          title: o.parent.title,
          documentNumber: o.parent.documentNumber,
        },
        unit: o.unit,
        agency: o.agency,
        status: classifyCompliance(o.due, null, today),
        planId: o.child?.id ?? null,
      },
    }));
}

type ReviewItem = Extract<TWorkItem, { kind: 'plan_review' }>;

/**
 * The approval loop as it reaches a person: drafts of the unit submitted for issuing (for
 * a leader who may issue them), and the caller's own drafts a leader returned.
 */
export async function plansInReview(
  db: Executor,
  session: Session,
  unit: UnitRecord,
): Promise<ReviewItem[]> {
  const mayIssue =
    session.role === 'leader' &&
    session.unitId === unit.id &&
    can(session.actor, 'plan.issue', { unitPath: unit.path });
  const r = await db.execute<{
    id: number;
    title: string;
    number: number | null;
    symbol: string;
    status: string;
    return_reason: string | null;
    unit_id: number;
    code: string;
    name: string;
    full_name: string;
    level: 'country' | 'province' | 'district' | 'commune';
  }>(sql`
    select p.id, p.title, p.number, p.symbol, p.status, p.return_reason, u.id as unit_id,
           u.code, u.name, u.full_name, u.level
      from plan p join admin_unit u on u.id = p.unit_id
     where p.unit_id = ${unit.id}
       and ((${mayIssue} and p.status = 'submitted')
            or (p.status = 'draft' and p.return_reason is not null
                and p.created_by = ${session.userId}))
     order by p.updated_at, p.id`);
  return r.rows.map((p) => ({
    kind: 'plan_review',
    dueOn: null,
    overdue: false,
    role: p.status === 'submitted' ? 'issue' : 'returned',
    plan: {
      id: p.id,
      title: p.title,
      documentNumber: `${p.number === null ? '' : String(p.number).padStart(2, '0')}/${p.symbol}`,
      unit: { id: p.unit_id, code: p.code, name: p.name, fullName: p.full_name, level: p.level },
      returnReason: p.return_reason,
    },
  }));
}
