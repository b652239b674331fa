import type { Hono } from 'hono';
import { can, draftsUnitPlans } from '@papi/domain';
import {
  getComplianceBoard,
  getPlanTrace,
  listObligations,
  remindObligation,
  startObligation,
} from '@papi/contracts';
import { register, type AppEnv } from '../../platform/http.ts';
import type { Session } from '../../platform/auth/session.ts';
import { conflict, forbidden, notFound } from '../../platform/errors.ts';
import { recordAudit } from '../../platform/audit.ts';
import { transactionWithEvents } from '../../platform/events.ts';
import type { Executor } from '../../db/client.ts';
import { todayVn } from '../../platform/clock.ts';
import { planObligation } from './plan-cascade.table.ts';
import * as repo from './plans.repository.ts';
import { planDetail } from './plans.service.ts';
import { auditView, readable } from './plans.access.ts';
import { listObligationRows } from './plan-cascade.repository.ts';
import { concerns, mayStart, obligationView, startChildPlan } from './plan-cascade.service.ts';
import { buildComplianceBoard, buildTrace } from './plan-cascade.board.ts';
import { eq } from 'drizzle-orm';
import { now } from '../../platform/clock.ts';

/** An obligation row the caller may see: its unit or its parent plan in scope (404 otherwise). */
async function visibleObligation(db: Executor, session: Session, id: number) {
  const [o] = await listObligationRows(db, { id });
  if (!o || !concerns(session, o)) throw notFound('Nghĩa vụ ban hành kế hoạch');
  return o;
}

/** The cascade: obligation inbox, starting a child plan, reminders, board, traceability. */
export function registerPlanCascadeRoutes(app: Hono<AppEnv>) {
  register(app, listObligations, async ({ query, session, db }) => {
    const today = todayVn();
    const rows = await listObligationRows(db, {
      scopePaths: session.actor.scopePaths,
      unitId: query.unitId,
      parentPlanId: query.parentPlanId,
    });
    // A unit's inbox seen by a sở's officer (who acts for the sở, not the unit): the unit's
    // own obligations and the sở's, not those of the other departments.
    const agencyOnly = query.unitId !== undefined && !draftsUnitPlans(session.actor);
    const items = rows
      .filter((o) => !agencyOnly || o.agency === null || o.agency.id === session.actor.agencyId)
      .map((o) => obligationView(session, o, today))
      .filter((o) => !query.compliance || o.compliance === query.compliance)
      .filter(
        (o) =>
          query.open === undefined ||
          (o.compliance === 'not_yet' || o.compliance === 'overdue') === query.open,
      );
    const from = (query.page - 1) * query.pageSize;
    return { items: items.slice(from, from + query.pageSize), total: items.length };
  });

  register(app, startObligation, async ({ params, session, db }) => {
    const o = await visibleObligation(db, session, params.id);
    if (!mayStart(session, o))
      throw forbidden('Chỉ cán bộ của đơn vị được giao mới bắt đầu kế hoạch thực hiện.');
    const parent = (await repo.findPlan(db, o.parent.id))!;
    const childId = await startChildPlan(db, session, o, parent);
    const created = (await repo.findPlan(db, childId))!;
    await recordAudit(db, session, {
      action: 'create',
      entity: 'plan',
      entityId: created.id,
      unitPath: created.unitPath,
      summary: `Bắt đầu kế hoạch của ${o.unit.fullName} thực hiện Kế hoạch ${parent.documentNumber}`,
      after: { ...auditView(created), parentPlanId: parent.id, obligation: o.id },
    });
    return planDetail(db, session, created);
  });

  register(
    app,
    remindObligation,
    async ({ params, session, c }) =>
      transactionWithEvents(c.var.database.db, async (db, emit) => {
        const o = await visibleObligation(db, session, params.id);
        if (!can(session.actor, 'plan.remind', { unitPath: o.parent.unitPath }))
          throw forbidden(
            'Chỉ lãnh đạo, cán bộ điều phối của đơn vị ban hành kế hoạch cấp trên được gửi nhắc nhở.',
          );
        if (o.child && (o.child.status === 'issued' || o.child.status === 'closed'))
          throw conflict(`${o.unit.fullName} đã ban hành kế hoạch, không cần nhắc.`);
        const [stamped] = await db
          .update(planObligation)
          .set({ lastRemindedAt: now() })
          .where(eq(planObligation.id, o.id))
          .returning({ at: planObligation.lastRemindedAt });
        await recordAudit(db, session, {
          action: 'update',
          entity: 'plan_obligation',
          entityId: o.id,
          unitPath: o.unitPath,
          summary: `Nhắc ${o.unit.fullName} ban hành kế hoạch thực hiện Kế hoạch ${o.parent.documentNumber}`,
          before: { lastRemindedAt: o.lastRemindedAt },
        });
        await emit('plan.obligation.reminded', {
          obligationId: o.id,
          unitId: o.unit.id,
          parentPlanId: o.parent.id,
          due: o.due,
          remindedBy: session.userId,
        });
        // Only the stamp changed: no second read of the six-join row.
        const lastRemindedAt = stamped!.at ? new Date(stamped!.at).toISOString() : null;
        return obligationView(session, { ...o, lastRemindedAt }, todayVn());
      }),
    { transaction: false },
  );

  register(app, getComplianceBoard, async ({ params, session, db }) =>
    buildComplianceBoard(db, session, await readable(db, session, params.id), todayVn()),
  );

  register(app, getPlanTrace, async ({ params, session, db }) =>
    buildTrace(db, session, await readable(db, session, params.id)),
  );
}
