import { randomUUID } from 'node:crypto';
import type { Hono } from 'hono';
import { eq } from 'drizzle-orm';
import {
  can,
  defaultPlanHeader,
  findPlanType,
  responsibilitiesWithLeads,
  type Responsibility,
} from '@papi/domain';
import {
  createPlan,
  downloadPlanDocument,
  getPlan,
  listPlans,
  replacePlanTasks,
  updatePlan,
  type TPlanBody,
  type TPlanTask,
} from '@papi/contracts';
import { register, registerDownload, type AppEnv } from '../../platform/http.ts';
import { badRequest, forbidden, notFound } from '../../platform/errors.ts';
import { recordAudit } from '../../platform/audit.ts';
import { renderPlanDocx } from '../../platform/documents/plan-docx.ts';
import { findUnitById } from '../units/units.repository.ts';
import { todayVn } from '../../platform/clock.ts';
import { plan, planTask } from './plans.table.ts';
import * as repo from './plans.repository.ts';
import { planDetail, toDomainPlan } from './plans.service.ts';
import { planDocumentInput } from './plans.document.ts';
import { planDimensions } from './plan-appendix.groups.ts';
import { templateBody } from './plan-template.ts';
import { auditView, bump, editable, readable } from './plans.access.ts';
import { registerPlanWorkflowRoutes } from './plans.workflow.routes.ts';
import { registerPlanWaiverRoutes } from './plan-waivers.routes.ts';
import { registerPlanCascadeRoutes } from './plan-cascade.routes.ts';
import { registerObligeAllRoutes } from './plan-oblige-all.ts';
import { registerPlanTypeRoutes } from './plan-types.routes.ts';
import { planTypesInForce, unknownPlanType } from './plan-types.service.ts';
import { registerPlanSolutionRoutes } from './plan-solutions.routes.ts';
import { registerPlanCopyRoutes } from './plan-copy.routes.ts';
import { registerPlanAppendixRoutes } from './plan-appendix.routes.ts';
import { linkToOpenObligation } from './plan-cascade.service.ts';
import { registerPlanGroupRoutes } from './plan-groups.routes.ts';
import { registerPlanWordRoutes } from './plan-word.routes.ts';
import { resolveTaskGroups } from './plan-groups.ts';
import { resolveTaskRefs } from './plan-task-refs.ts';

export function registerPlanRoutes(app: Hono<AppEnv>) {
  registerPlanWorkflowRoutes(app);
  registerPlanWaiverRoutes(app);
  registerPlanCascadeRoutes(app);
  registerObligeAllRoutes(app);
  registerPlanTypeRoutes(app);
  registerPlanSolutionRoutes(app);
  registerPlanCopyRoutes(app);
  registerPlanAppendixRoutes(app);
  registerPlanGroupRoutes(app);
  registerPlanWordRoutes(app);
  register(app, listPlans, async ({ query, session, db }) =>
    repo.listPlans(db, { ...query, scopePaths: session.actor.scopePaths }),
  );

  register(app, getPlan, async ({ params, session, db }) =>
    planDetail(db, session, await readable(db, session, params.id)),
  );

  register(app, createPlan, async ({ body, session, db }) => {
    const unit = await findUnitById(db, body.unitId, todayVn());
    if (!unit || !can(session.actor, 'plan.read', { unitPath: unit.path }))
      throw notFound('Đơn vị');
    if (!can(session.actor, 'plan.write', { unitPath: unit.path })) throw forbidden();
    const parent = body.parentPlanId ? await readable(db, session, body.parentPlanId) : null;
    if (!findPlanType(await planTypesInForce(db), body.planType))
      throw unknownPlanType(body.planType);
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
        // Without a body of its own a plan starts from its type's template.
        body: withUnitHeader(
          body.body ?? (await templateBody(db, body.planType, unit, body.year, body.title, parent)),
          unit,
        ),
        search: repo.planSearch({ title: body.title, number: null, symbol: body.symbol }),
        createdBy: session.userId,
      })
      .returning({ id: plan.id });
    if (body.parentPlanId) await linkToOpenObligation(db, row!.id, unit.id, body.parentPlanId);
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
    const old = await repo.listTasks(db, before.id);
    // "Tổ chức thực hiện" gains an item for each agency that starts leading tasks (one the
    // author removed while it already led tasks stays removed).
    const leadKey = (l: TPlanTask['lead']) =>
      l === null ? '' : l.kind === 'agency' ? `a${l.id}` : `g${l.label}`;
    const leadsBefore = new Set(old.map((t) => leadKey(t.lead)));
    const responsibilities = responsibilitiesWithLeads(
      before.body.responsibilities as Responsibility[],
      body.tasks.filter((t) => !leadsBefore.has(leadKey(t.lead))),
    );
    await bump(
      db,
      before,
      body.version,
      responsibilities.length > before.body.responsibilities.length
        ? { body: { ...before.body, responsibilities } }
        : {},
    );
    const keys = new Map(old.map((t) => [t.id, t.key]));
    const solutions = new Map(old.map((t) => [t.id, t.solutionId]));
    const groupKeys = new Map(old.map((t) => [t.id, t.groupKey ?? null]));
    const numbers = new Set<string>();
    for (const t of body.tasks) {
      if (t.id !== undefined && !keys.has(t.id))
        throw badRequest('UNKNOWN_TASK', `Nhiệm vụ ${t.number} không thuộc kế hoạch này.`);
      numbers.add(t.number);
    }
    const tasks = await resolveTaskGroups(
      db,
      before,
      await resolveTaskRefs(db, session.actor, before, body.tasks),
    );
    await db.delete(planTask).where(eq(planTask.planId, before.id));
    if (tasks.length > 0) {
      await db.insert(planTask).values(
        tasks.map((t, i) => ({
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
          solutionId:
            t.solutionId !== undefined
              ? t.solutionId
              : ((t.id !== undefined ? solutions.get(t.id) : undefined) ?? null),
          groupKey:
            t.groupKey !== undefined
              ? t.groupKey
              : ((t.id !== undefined ? groupKeys.get(t.id) : undefined) ?? null),
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

  registerDownload(app, downloadPlanDocument, async ({ params, session, db }) => {
    const p = await readable(db, session, params.id);
    const tasks = await repo.listTasks(db, p.id);
    const dimensions = await planDimensions(db, p.year);
    const body = await renderPlanDocx(
      planDocumentInput(toDomainPlan(p, tasks), p.unit.fullName, dimensions),
    );
    const name = p.number === null ? 'du-thao' : `${p.number}-${p.symbol}`;
    return { filename: `Kế hoạch ${name} ${p.year}.docx`, body };
  });
}

/**
 * A new plan's header and place start from its unit where the author left them empty, and
 * Nơi nhận ends with "Lưu: VT." as the form shows it: what is shown is what is saved.
 */
function withUnitHeader(body: TPlanBody, unit: { name: string; fullName: string }): TPlanBody {
  const header = defaultPlanHeader(unit);
  return {
    ...body,
    header: { ...body.header, issuingBody: body.header.issuingBody ?? header.issuingBody },
    place: body.place ?? header.place,
    recipients: body.recipients.archive
      ? body.recipients
      : { ...body.recipients, archive: { holders: ['VT'], copies: null } },
  };
}
