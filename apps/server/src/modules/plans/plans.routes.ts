import { randomUUID } from 'node:crypto';
import type { Hono } from 'hono';
import { and, eq, sql } from 'drizzle-orm';
import {
  amendPlan,
  can,
  canTransition,
  diffTasks,
  isEditable,
  PLAN_TRANSITIONS,
  nextNumber,
  type PlanAction,
} from '@papi/domain';
import {
  amendPlanRoute,
  closePlan,
  createPlan,
  downloadPlanDocument,
  getPlan,
  getPlanDiff,
  issuePlan,
  listPlans,
  replacePlanTasks,
  returnPlan,
  submitPlan,
  updatePlan,
  withdrawPlan,
  ZPlanBody,
} from '@papi/contracts';
import type { Executor } from '../../db/client.ts';
import { register, registerDownload, type AppEnv } from '../../platform/http.ts';
import type { Session } from '../../platform/auth/session.ts';
import { badRequest, conflict, forbidden, notFound, staleVersion } from '../../platform/errors.ts';
import { recordAudit } from '../../platform/audit.ts';
import { renderPlanDocx } from '../../platform/documents/plan-docx.ts';
import { findUnitById } from '../units/units.repository.ts';
import { todayIso } from '../units/units.routes.ts';
import { plan, planTask } from './plans.table.ts';
import * as repo from './plans.repository.ts';
import type { PlanRecord } from './plans.repository.ts';
import { checkPlan, planDetail, toDomainPlan, toDomainTask } from './plans.service.ts';
import { planDocumentInput } from './plans.document.ts';

/** A plan the actor may read (404 otherwise: no existence leak). */
async function readable(db: Executor, session: Session, id: number): Promise<PlanRecord> {
  const p = await repo.findPlan(db, id);
  if (!p || !can(session.actor, 'plan.read', { unitPath: p.unitPath })) throw notFound('Kế hoạch');
  return p;
}

const LOCKED: Record<string, string> = {
  submitted: 'Kế hoạch đang chờ phê duyệt, không thể sửa; hãy rút lại để chỉnh sửa.',
  issued: 'Kế hoạch đã ban hành, không thể sửa; hãy tạo bản sửa đổi, bổ sung.',
  closed: 'Kế hoạch đã kết thúc, không thể sửa.',
};

/** A draft the actor may edit: 404 out of scope, 403 without the role, 409 once submitted. */
async function editable(db: Executor, session: Session, id: number): Promise<PlanRecord> {
  const p = await readable(db, session, id);
  if (!can(session.actor, 'plan.write', { unitPath: p.unitPath })) throw forbidden();
  if (!isEditable(p)) throw conflict(LOCKED[p.status] ?? LOCKED.issued!);
  return p;
}

const auditView = (p: PlanRecord) => ({
  status: p.status,
  title: p.title,
  year: p.year,
  period: p.period,
  documentNumber: p.documentNumber,
  versionNo: p.versionNo,
});

/** Bumps the row version if it is still the one the caller read; 409 otherwise. */
async function bump(db: Executor, p: PlanRecord, version: number, set: Record<string, unknown>) {
  const done = await db
    .update(plan)
    .set({ ...set, version: sql`${plan.version} + 1`, updatedAt: new Date() })
    .where(and(eq(plan.id, p.id), eq(plan.version, version)))
    .returning({ id: plan.id });
  if (done.length === 0) throw staleVersion(p.version);
}

/** PostgreSQL's unique_violation, raw or wrapped by drizzle (DrizzleQueryError.cause). */
const isUniqueViolation = (e: unknown): boolean =>
  typeof e === 'object' &&
  e !== null &&
  ((e as { code?: string }).code === '23505' ||
    isUniqueViolation((e as { cause?: unknown }).cause));

const ACTION_ROUTES = [
  [submitPlan, 'submit'],
  [withdrawPlan, 'withdraw'],
  [returnPlan, 'return'],
  [issuePlan, 'issue'],
  [closePlan, 'close'],
] as const;

const ACTION_TEXT: Record<PlanAction, string> = {
  submit: 'Trình phê duyệt',
  withdraw: 'Rút lại',
  return: 'Trả lại',
  issue: 'Ban hành',
  close: 'Kết thúc',
  amend: 'Sửa đổi, bổ sung',
};

/** 403 for role or unit, 409 for a status the action does not start from. */
function checkTransition(p: PlanRecord, session: Session, action: PlanAction) {
  const policy = action === 'issue' || action === 'return' ? 'plan.issue' : null;
  if (policy && !can(session.actor, policy, { unitPath: p.unitPath })) {
    throw forbidden('Chỉ lãnh đạo đơn vị ban hành được ban hành hoặc trả lại kế hoạch.');
  }
  // A status the action does not start from is a conflict with the plan's state.
  if (!PLAN_TRANSITIONS.some((t) => t.action === action && t.from === p.status)) {
    throw conflict(
      p.status === 'issued' || p.status === 'closed'
        ? LOCKED[p.status]!
        : 'Không thể thực hiện thao tác này khi kế hoạch ở trạng thái hiện tại.',
    );
  }
  const check = canTransition({ status: p.status, issuingUnitId: String(p.unitId) }, action, {
    role: session.role,
    unitId: String(session.unitId),
  });
  if (!check.ok) throw forbidden(check.reason);
  return check.to;
}

export function registerPlanRoutes(app: Hono<AppEnv>) {
  register(app, listPlans, async ({ query, session, db }) =>
    repo.listPlans(db, { ...query, scopePaths: session.actor.scopePaths }),
  );

  register(app, getPlan, async ({ params, session, db }) =>
    planDetail(db, session, await readable(db, session, params.id)),
  );

  register(app, createPlan, async ({ body, session, db }) => {
    const unit = await findUnitById(db, body.unitId, todayIso());
    if (!unit || !can(session.actor, 'plan.read', { unitPath: unit.path }))
      throw notFound('Đơn vị');
    if (!can(session.actor, 'plan.write', { unitPath: unit.path })) throw forbidden();
    if (body.parentPlanId) await readable(db, session, body.parentPlanId);
    const [row] = await db
      .insert(plan)
      .values({
        unitId: unit.id,
        planType: body.planType,
        year: body.year,
        title: body.title,
        symbol: body.symbol,
        periodFrom: body.period.from,
        periodTo: body.period.to,
        parentPlanId: body.parentPlanId ?? null,
        body: body.body ?? ZPlanBody.parse({}),
        search: repo.planSearch({ title: body.title, number: null, symbol: body.symbol }),
        createdBy: session.userId,
      })
      .returning({ id: plan.id });
    const created = (await repo.findPlan(db, row!.id))!;
    await recordAudit(db, session, {
      action: 'create',
      entity: 'plan',
      entityId: created.id,
      unitPath: created.unitPath,
      summary: `Tạo dự thảo kế hoạch "${created.title}" của ${unit.fullName}`,
      after: auditView(created),
    });
    return planDetail(db, session, created);
  });

  register(app, updatePlan, async ({ params, body, session, db }) => {
    const before = await editable(db, session, params.id);
    const title = body.title ?? before.title;
    await bump(db, before, body.version, {
      title,
      year: body.year ?? before.year,
      periodFrom: body.period?.from ?? before.period.from,
      periodTo: body.period?.to ?? before.period.to,
      body: body.body ?? before.body,
      search: repo.planSearch({ title, number: before.number, symbol: before.symbol }),
    });
    const after = (await repo.findPlan(db, params.id))!;
    await recordAudit(db, session, {
      action: 'update',
      entity: 'plan',
      entityId: after.id,
      unitPath: after.unitPath,
      summary: `Sửa kế hoạch "${after.title}"`,
      before: auditView(before),
      after: auditView(after),
    });
    return planDetail(db, session, after);
  });

  register(app, replacePlanTasks, async ({ params, body, session, db }) => {
    const before = await editable(db, session, params.id);
    await bump(db, before, body.version, {});
    const old = await repo.listTasks(db, before.id);
    const keys = new Map(old.map((t) => [t.id, t.key]));
    const numbers = new Set<string>();
    for (const t of body.tasks) {
      if (t.id !== undefined && !keys.has(t.id))
        throw badRequest('UNKNOWN_TASK', `Nhiệm vụ ${t.number} không thuộc kế hoạch này.`);
      numbers.add(t.number);
    }
    await db.delete(planTask).where(eq(planTask.planId, before.id));
    if (body.tasks.length > 0) {
      await db.insert(planTask).values(
        body.tasks.map((t, i) => ({
          planId: before.id,
          taskKey: (t.id !== undefined ? keys.get(t.id) : undefined) ?? randomUUID(),
          position: i + 1,
          number: t.number,
          title: t.title ?? null,
          content: t.content,
          dimensionCodes: t.dimensionCodes,
          lead: t.lead,
          cooperating: t.cooperating,
          deadline: t.deadline,
          expectedResult: t.expectedResult ?? null,
          budget: t.budget === undefined || t.budget === null ? null : String(t.budget),
          budgetSource: t.budgetSource ?? null,
          parentTaskId: t.parentTaskId ?? null,
        })),
      );
    }
    const after = (await repo.findPlan(db, params.id))!;
    await recordAudit(db, session, {
      action: 'update',
      entity: 'plan',
      entityId: after.id,
      unitPath: after.unitPath,
      summary: `Lưu ${body.tasks.length} nhiệm vụ của kế hoạch "${after.title}"`,
      before: { tasks: old.length },
      after: { tasks: body.tasks.length },
    });
    return planDetail(db, session, after);
  });

  for (const [contract, action] of ACTION_ROUTES) {
    register(app, contract, async ({ params, body, session, db }) => {
      const before = await readable(db, session, params.id);
      const to = checkTransition(before, session, action);
      const set: Record<string, unknown> = { status: to };
      if (action === 'issue') {
        const number = nextNumber(
          await repo.takenNumbers(db, before.unitId, before.year),
          String(before.unitId),
          before.year,
        );
        const today = todayIso();
        const tasks = await repo.listTasks(db, before.id);
        const issues = await checkPlan(
          db,
          before,
          toDomainPlan(before, tasks, number, today),
          'issuance',
        );
        const errors = issues.filter((i) => i.severity === 'error');
        if (errors.length > 0) {
          throw badRequest(
            'PLAN_INVALID',
            `Chưa thể ban hành kế hoạch, còn ${errors.length} lỗi: ${errors.map((e) => e.message).join('; ')}`,
            { issues: errors },
          );
        }
        Object.assign(set, {
          number,
          issuedOn: today,
          search: repo.planSearch({ title: before.title, number, symbol: before.symbol }),
        });
      }
      try {
        await bump(db, before, body.version, set);
      } catch (e) {
        if (isUniqueViolation(e))
          throw conflict('Số văn bản vừa được cấp cho văn bản khác; vui lòng thử ban hành lại.');
        throw e;
      }
      const after = (await repo.findPlan(db, params.id))!;
      await recordAudit(db, session, {
        action: 'update',
        entity: 'plan',
        entityId: after.id,
        unitPath: after.unitPath,
        summary: `${ACTION_TEXT[action]} kế hoạch ${after.documentNumber} "${after.title}"`,
        before: auditView(before),
        after: auditView(after),
      });
      return planDetail(db, session, after);
    });
  }

  register(app, amendPlanRoute, async ({ params, session, db }) => {
    const before = await readable(db, session, params.id);
    checkTransition(before, session, 'amend');
    const tasks = await repo.listTasks(db, before.id);
    const next = amendPlan(toDomainPlan(before, tasks), 'new');
    const [row] = await db
      .insert(plan)
      .values({
        unitId: before.unitId,
        planType: before.planType,
        versionNo: next.version,
        amendsPlanId: before.id,
        parentPlanId: before.parentPlanId,
        symbol: before.symbol,
        year: before.year,
        title: before.title,
        periodFrom: before.period.from,
        periodTo: before.period.to,
        body: before.body,
        search: repo.planSearch({ title: before.title, number: null, symbol: before.symbol }),
        createdBy: session.userId,
      })
      .returning({ id: plan.id });
    if (tasks.length > 0) {
      await db.insert(planTask).values(
        tasks.map((t) => ({
          planId: row!.id,
          taskKey: t.key,
          position: t.position,
          number: t.number,
          title: t.title,
          content: t.content,
          dimensionCodes: t.dimensionCodes,
          lead: t.lead,
          cooperating: t.cooperating,
          deadline: t.deadline,
          expectedResult: t.expectedResult,
          budget: t.budget === null ? null : String(t.budget),
          budgetSource: t.budgetSource,
          parentTaskId: t.parentTaskId,
        })),
      );
    }
    const created = (await repo.findPlan(db, row!.id))!;
    await recordAudit(db, session, {
      action: 'create',
      entity: 'plan',
      entityId: created.id,
      unitPath: created.unitPath,
      summary: `Sửa đổi, bổ sung kế hoạch ${before.documentNumber}: dự thảo phiên bản ${created.versionNo}`,
      after: auditView(created),
    });
    return planDetail(db, session, created);
  });

  register(app, getPlanDiff, async ({ params, session, db }) => {
    const p = await readable(db, session, params.id);
    const after = await repo.listTasks(db, p.id);
    const previous = p.amendsPlanId === null ? null : await repo.findPlan(db, p.amendsPlanId);
    const before = previous ? await repo.listTasks(db, previous.id) : [];
    const d = diffTasks(before.map(toDomainTask), after.map(toDomainTask));
    return {
      planId: p.id,
      amendsPlanId: p.amendsPlanId,
      added: d.added.map((t) => t.number),
      removed: d.removed.map((t) => t.number),
      changed: d.changed.map((c) => c.after.number),
      unchanged: d.unchanged,
      lines: d.lines,
    };
  });

  registerDownload(app, downloadPlanDocument, async ({ params, session, db }) => {
    const p = await readable(db, session, params.id);
    const tasks = await repo.listTasks(db, p.id);
    const body = await renderPlanDocx(planDocumentInput(toDomainPlan(p, tasks), p.unit.fullName));
    const name = p.number === null ? 'du-thao' : `${p.number}-${p.symbol}`;
    return { filename: `Kế hoạch ${name} ${p.year}.docx`, body };
  });
}
