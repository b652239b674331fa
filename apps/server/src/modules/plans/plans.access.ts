import { and, eq, sql } from 'drizzle-orm';
import { can, draftsUnitPlans, isEditable } from '@papi/domain';
import type { Executor } from '../../db/client.ts';
import type { Session } from '../../platform/auth/session.ts';
import { conflict, forbidden, notFound, staleVersion } from '../../platform/errors.ts';
import { plan } from './plans.table.ts';
import * as repo from './plans.repository.ts';
import type { PlanRecord } from './plans.repository.ts';
import { now } from '../../platform/clock.ts';

/** What the policies judge a plan by: its unit and, for a department's own plan, the agency. */
export const planTarget = (p: Pick<PlanRecord, 'unitPath' | 'agencyId'>) => ({
  unitPath: p.unitPath,
  agencyId: p.agencyId,
});

/**
 * Whether the actor takes the drafting steps of the plan's workflow: those who draft the
 * unit's plans, and on a department's own plan also that department's officers.
 */
export const draftsPlan = (session: Session, p: Pick<PlanRecord, 'agencyId'>) =>
  draftsUnitPlans(session.actor) || (p.agencyId !== null && session.actor.agencyId === p.agencyId);

/** A plan the actor may read (404 otherwise: no existence leak). */
export async function readable(db: Executor, session: Session, id: number): Promise<PlanRecord> {
  const p = await repo.findPlan(db, id);
  if (!p || !can(session.actor, 'plan.read', { unitPath: p.unitPath })) throw notFound('Kế hoạch');
  return p;
}

export const LOCKED: Record<string, string> = {
  submitted: 'Kế hoạch đang chờ phê duyệt, không thể sửa; hãy rút lại để chỉnh sửa.',
  issued: 'Kế hoạch đã ban hành, không thể sửa; hãy tạo bản sửa đổi, bổ sung.',
  closed: 'Kế hoạch đã kết thúc, không thể sửa.',
};

/** A draft the actor may edit: 404 out of scope, 403 without the role, 409 once submitted. */
export async function editable(db: Executor, session: Session, id: number): Promise<PlanRecord> {
  const p = await readable(db, session, id);
  if (!can(session.actor, 'plan.write', planTarget(p))) throw forbidden();
  if (!isEditable(p)) throw conflict(LOCKED[p.status] ?? LOCKED.issued!);
  return p;
}

export const auditView = (p: PlanRecord) => ({
  status: p.status,
  title: p.title,
  year: p.year,
  period: p.period,
  documentNumber: p.documentNumber,
  versionNo: p.versionNo,
});

/** Bumps the row version if it is still the one the caller read; 409 otherwise. */
export async function bump(
  db: Executor,
  p: PlanRecord,
  version: number,
  set: Record<string, unknown>,
) {
  const done = await db
    .update(plan)
    .set({ ...set, version: sql`${plan.version} + 1`, updatedAt: now() })
    .where(and(eq(plan.id, p.id), eq(plan.version, version)))
    .returning({ id: plan.id });
  if (done.length === 0) throw staleVersion(p.version);
}
