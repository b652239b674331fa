import { randomUUID } from 'node:crypto';
import type { Hono } from 'hono';
import { and, eq, sql, type SQL } from 'drizzle-orm';
import { can, indexAgencies, nextTaskNumber, type Actor } from '@papi/domain';
import {
  createPlanSolution,
  deletePlanSolution,
  getPlanSolution,
  insertPlanSolution,
  listPlanSolutions,
  updatePlanSolution,
  type TPlanSolution,
} from '@papi/contracts';
import { register, type AppEnv } from '../../platform/http.ts';
import type { Session } from '../../platform/auth/session.ts';
import { badRequest, forbidden, notFound, staleVersion } from '../../platform/errors.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Executor } from '../../db/client.ts';
import { findFramework } from '../indices/indices.repository.ts';
import { findUnitById } from '../units/units.repository.ts';
import { now, todayVn } from '../../platform/clock.ts';
import { planSolution } from './plan-solutions.table.ts';
import { planTask } from './plans.table.ts';
import * as repo from './plans.repository.ts';
import { listSolutions, solutionSearch, type SolutionRecord } from './plan-solutions.repository.ts';
import { bump, editable } from './plans.access.ts';
import { planDetail } from './plans.service.ts';

/** SQL twin of 'solution.read': the unit is in the actor's scope or above it. */
const visibleTo = (actor: Actor) => (path: SQL) =>
  sql`exists (select 1 from unnest(${sql.param(actor.scopePaths)}::text[]) as sp(p)
               where sp.p like ${path} || '%' or ${path} like sp.p || '%')`;

const view = (session: Session, s: SolutionRecord): TPlanSolution => {
  const { unitPath, ...rest } = s;
  return {
    ...rest,
    editable: unitPath !== null && can(session.actor, 'solution.write', { unitPath }),
  };
};

async function visibleSolution(db: Executor, session: Session, id: number) {
  const { items } = await listSolutions(db, {
    visible: visibleTo(session.actor),
    id,
    page: 1,
    pageSize: 1,
  });
  if (!items[0]) throw notFound('Giải pháp');
  return items[0];
}

/** A solution the caller may change: shipped ones and other units' are read-only (403). */
async function writableSolution(db: Executor, session: Session, id: number) {
  const s = await visibleSolution(db, session, id);
  if (s.unitPath === null)
    throw forbidden('Giải pháp có sẵn của hệ thống chỉ để tham khảo, không sửa hoặc xóa được.');
  if (!can(session.actor, 'solution.write', { unitPath: s.unitPath })) throw forbidden();
  return s;
}

/** A dimension or sub-dimension code of some edition of the framework. */
async function checkDimension(db: Executor, framework: string, code: string) {
  const f = await findFramework(db, framework);
  if (!f) throw badRequest('UNKNOWN_FRAMEWORK', `Chưa có bộ chỉ số ${framework}.`);
  const codes = new Set(
    f.editions.flatMap((e) =>
      e.dimensions.flatMap((d) => [d.code, ...d.subDimensions.map((s) => s.code)]),
    ),
  );
  if (!codes.has(code))
    throw badRequest(
      'UNKNOWN_DIMENSION',
      `Lĩnh vực ${code} không có trong bộ chỉ số ${framework} (trường "dimensionCode").`,
    );
}

const auditOf = (s: Pick<SolutionRecord, 'title' | 'dimensionCode' | 'content'>) => ({
  title: s.title,
  dimensionCode: s.dimensionCode,
  content: s.content,
});

export function registerPlanSolutionRoutes(app: Hono<AppEnv>) {
  register(app, listPlanSolutions, async ({ query, session, db }) => {
    const r = await listSolutions(db, { ...query, visible: visibleTo(session.actor) });
    return { items: r.items.map((s) => view(session, s)), total: r.total };
  });

  register(app, getPlanSolution, async ({ params, session, db }) =>
    view(session, await visibleSolution(db, session, params.id)),
  );

  register(app, createPlanSolution, async ({ body, session, db }) => {
    const unit = await findUnitById(db, body.unitId ?? session.unitId, todayVn());
    if (!unit || !can(session.actor, 'unit.read', { unitPath: unit.path }))
      throw notFound('Đơn vị');
    if (!can(session.actor, 'solution.write', { unitPath: unit.path }))
      throw forbidden('Chỉ quản trị viên và cán bộ điều phối được thêm giải pháp vào thư viện.');
    await checkDimension(db, body.frameworkCode, body.dimensionCode);
    const [row] = await db
      .insert(planSolution)
      .values({
        frameworkCode: body.frameworkCode,
        dimensionCode: body.dimensionCode,
        title: body.title,
        content: body.content,
        expectedResult: body.expectedResult ?? null,
        suggestedLead: body.suggestedLead ?? null,
        source: body.source ?? unit.fullName,
        unitId: unit.id,
        createdBy: session.userId,
        search: solutionSearch(body),
      })
      .returning({ id: planSolution.id });
    const created = await visibleSolution(db, session, row!.id);
    await recordAudit(db, session, {
      action: 'create',
      entity: 'plan_solution',
      entityId: created.id,
      unitPath: unit.path,
      summary: `Thêm giải pháp "${created.title}" (${created.dimensionCode}) vào thư viện`,
      after: auditOf(created),
    });
    return view(session, created);
  });

  register(app, updatePlanSolution, async ({ params, body, session, db }) => {
    const before = await writableSolution(db, session, params.id);
    const next = {
      dimensionCode: body.dimensionCode ?? before.dimensionCode,
      title: body.title ?? before.title,
      content: body.content ?? before.content,
    };
    if (body.dimensionCode) await checkDimension(db, before.frameworkCode, body.dimensionCode);
    const done = await db
      .update(planSolution)
      .set({
        ...next,
        ...(body.expectedResult !== undefined ? { expectedResult: body.expectedResult } : {}),
        ...(body.suggestedLead !== undefined ? { suggestedLead: body.suggestedLead } : {}),
        ...(body.source !== undefined ? { source: body.source } : {}),
        search: solutionSearch(next),
        version: sql`${planSolution.version} + 1`,
        updatedAt: now(),
      })
      .where(and(eq(planSolution.id, before.id), eq(planSolution.version, body.version)))
      .returning({ id: planSolution.id });
    if (done.length === 0) throw staleVersion(before.version);
    const after = await visibleSolution(db, session, before.id);
    await recordAudit(db, session, {
      action: 'update',
      entity: 'plan_solution',
      entityId: after.id,
      unitPath: before.unitPath!,
      summary: `Sửa giải pháp "${after.title}"`,
      before: auditOf(before),
      after: auditOf(after),
    });
    return view(session, after);
  });

  register(app, deletePlanSolution, async ({ params, body, session, db }) => {
    const before = await writableSolution(db, session, params.id);
    if (before.version !== body.version) throw staleVersion(before.version);
    // Tasks inserted from it keep their text; they just stop counting as uses.
    await db.update(planTask).set({ solutionId: null }).where(eq(planTask.solutionId, before.id));
    await db.delete(planSolution).where(eq(planSolution.id, before.id));
    await recordAudit(db, session, {
      action: 'delete',
      entity: 'plan_solution',
      entityId: before.id,
      unitPath: before.unitPath!,
      summary: `Xóa giải pháp "${before.title}" khỏi thư viện (đã dùng ở ${before.usedInPlans} kế hoạch)`,
      before: auditOf(before),
    });
    return { ok: true as const };
  });

  register(app, insertPlanSolution, async ({ params, body, session, db }) => {
    const p = await editable(db, session, params.id);
    const s = await visibleSolution(db, session, body.solutionId);
    await bump(db, p, body.version, {});
    const tasks = await repo.listTasks(db, p.id);
    const number = body.number ?? nextTaskNumber(p.body.taskGroups, tasks, s.dimensionCode);
    if (tasks.some((t) => t.number === number))
      throw badRequest(
        'DUPLICATE_NUMBER',
        `Kế hoạch đã có nhiệm vụ số ${number} (trường "number").`,
      );
    const agencies = await repo.agenciesAround(db, p.unitPath);
    const lead = s.suggestedLead
      ? indexAgencies(
          agencies.map((a) => ({ id: Number(a.id), name: a.name, shortName: '' })),
        ).find(s.suggestedLead)
      : null;
    await db.insert(planTask).values({
      planId: p.id,
      taskKey: randomUUID(),
      position: Math.max(0, ...tasks.map((t) => t.position)) + 1,
      number,
      content: s.content,
      dimensionCodes: [s.dimensionCode],
      lead: lead ? { kind: 'agency', id: String(lead.id), name: lead.name } : null,
      cooperating: [],
      expectedResult: s.expectedResult,
      solutionId: s.id,
    });
    const after = (await repo.findPlan(db, p.id))!;
    await recordAudit(db, session, {
      action: 'update',
      entity: 'plan',
      entityId: p.id,
      unitPath: p.unitPath,
      summary: `Chèn giải pháp "${s.title}" thành nhiệm vụ ${number} của kế hoạch "${p.title}"`,
      after: { solutionId: s.id, number },
    });
    return planDetail(db, session, after);
  });
}
