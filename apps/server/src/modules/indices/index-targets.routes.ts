import type { Hono } from 'hono';
import { and, eq, sql } from 'drizzle-orm';
import { can } from '@papi/domain';
import {
  createIndexTarget,
  deleteIndexTarget,
  listIndexTargets,
  updateIndexTarget,
} from '@papi/contracts';
import type { Executor } from '../../db/client.ts';
import { register, type AppEnv } from '../../platform/http.ts';
import type { Session } from '../../platform/auth/session.ts';
import { badRequest, conflict, forbidden, notFound, staleVersion } from '../../platform/errors.ts';
import { recordAudit } from '../../platform/audit.ts';
import { assertCurrent, findUnitById } from '../units/units.repository.ts';
import { now, todayVn } from '../../platform/clock.ts';
import { indexTarget } from './indices.table.ts';
import { loadIndexData } from './indices.cache.ts';
import * as repo from './index-targets.repository.ts';
import {
  checkTargetValue,
  describeTarget,
  editionOfYear,
  evaluateTargets,
  targetTitle,
} from './index-targets.service.ts';

async function dataOrThrow(db: Executor, code: string) {
  const data = await loadIndexData(db, code);
  if (!data) throw notFound(`Bộ chỉ số ${code}`);
  return data;
}

/** The unit, if the actor may read its targets (404 otherwise: no existence leak). */
async function readableUnit(db: Executor, session: Session, unitId: number) {
  const unit = await findUnitById(db, unitId, todayVn());
  if (!unit || !can(session.actor, 'target.read', { unitPath: unit.path }))
    throw notFound('Đơn vị');
  return unit;
}

/** A target the actor may change: 404 out of scope, 403 in scope without the role. */
async function writableTarget(db: Executor, session: Session, id: number) {
  const target = await repo.findTarget(db, id);
  if (!target || !can(session.actor, 'target.read', { unitPath: target.unitPath }))
    throw notFound('Mục tiêu');
  if (!can(session.actor, 'target.write', { unitPath: target.unitPath })) throw forbidden();
  return target;
}

const auditView = (t: {
  year: number;
  kind: string;
  elementCode: string | null;
  value: number | null;
  groupCode: string | null;
  note: string;
}) => ({
  year: t.year,
  kind: t.kind,
  elementCode: t.elementCode,
  value: t.value,
  groupCode: t.groupCode,
  note: t.note,
});

export function registerIndexTargetRoutes(app: Hono<AppEnv>) {
  register(app, listIndexTargets, async ({ params, query, session, db }) => {
    const unit = await readableUnit(db, session, params.unitId);
    const { framework, all } = await dataOrThrow(db, params.code);
    const targets = await repo.listTargets(db, framework.code, unit.id, query.year);
    const predecessors = await repo.predecessorIds(db, unit.id);
    const canEdit =
      can(session.actor, 'target.write', { unitPath: unit.path }) &&
      (unit.validTo === null || unit.validTo >= todayVn());
    return {
      ...evaluateTargets(framework, all, unit, predecessors, query.year, targets),
      canEdit,
    };
  });

  register(app, createIndexTarget, async ({ params, body, session, db }) => {
    const unit = await readableUnit(db, session, params.unitId);
    if (!can(session.actor, 'target.write', { unitPath: unit.path })) throw forbidden();
    assertCurrent(unit, todayVn());
    const { framework } = await dataOrThrow(db, params.code);
    const elementCode = body.elementCode ?? null;
    checkTargetValue(editionOfYear(framework, body.year), {
      ...body,
      elementCode,
      value: body.value ?? null,
    });
    const key = {
      code: framework.code,
      unitId: unit.id,
      year: body.year,
      kind: body.kind,
      elementCode,
    };
    if (await repo.findDuplicate(db, key)) {
      throw conflict(
        `${unit.fullName} đã có mục tiêu ${targetTitle(key)} năm ${body.year}; hãy sửa mục tiêu đã có.`,
      );
    }
    const [row] = await db
      .insert(indexTarget)
      .values({
        frameworkCode: framework.code,
        unitId: unit.id,
        year: body.year,
        kind: body.kind,
        elementCode,
        value: body.value ?? null,
        groupCode: body.groupCode ?? null,
        note: body.note,
        createdBy: session.userId,
      })
      .returning({ id: indexTarget.id });
    const created = (await repo.findTarget(db, row!.id))!;
    await recordAudit(db, session, {
      action: 'create',
      entity: 'index_target',
      entityId: created.id,
      unitPath: unit.path,
      summary: `Đặt mục tiêu ${framework.code} ${created.year} của ${unit.fullName}: ${describeTarget(created)}`,
      after: auditView(created),
    });
    return created;
  });

  register(app, updateIndexTarget, async ({ params, body, session, db }) => {
    const before = await writableTarget(db, session, params.id);
    const { framework } = await dataOrThrow(db, before.frameworkCode);
    const next = {
      kind: before.kind,
      elementCode: before.elementCode,
      value: body.value === undefined ? before.value : body.value,
      groupCode: body.groupCode === undefined ? before.groupCode : body.groupCode,
    };
    if (
      next.kind === 'group'
        ? !next.groupCode || next.value !== null
        : next.value === null || next.groupCode !== null
    ) {
      throw badRequest(
        'INVALID_TARGET',
        next.kind === 'group'
          ? 'Mục tiêu theo nhóm cần một nhóm và không có giá trị số.'
          : 'Mục tiêu này cần một giá trị số và không có nhóm.',
      );
    }
    if (
      (next.kind === 'total_rank' || next.kind === 'rank_improvement') &&
      !Number.isInteger(next.value)
    )
      throw badRequest('INVALID_TARGET', 'Thứ hạng phải là số nguyên.');
    checkTargetValue(editionOfYear(framework, before.year), next);
    const updated = await db
      .update(indexTarget)
      .set({
        value: next.value,
        groupCode: next.groupCode,
        note: body.note ?? before.note,
        version: sql`${indexTarget.version} + 1`,
        updatedAt: now(),
      })
      .where(and(eq(indexTarget.id, params.id), eq(indexTarget.version, body.version)))
      .returning({ id: indexTarget.id });
    if (updated.length === 0) throw staleVersion(before.version);
    const after = (await repo.findTarget(db, params.id))!;
    await recordAudit(db, session, {
      action: 'update',
      entity: 'index_target',
      entityId: after.id,
      unitPath: after.unitPath,
      summary: `Sửa mục tiêu ${after.frameworkCode} ${after.year}: ${describeTarget(after)}`,
      before: auditView(before),
      after: auditView(after),
    });
    return after;
  });

  register(app, deleteIndexTarget, async ({ params, body, session, db }) => {
    const before = await writableTarget(db, session, params.id);
    const deleted = await db
      .delete(indexTarget)
      .where(and(eq(indexTarget.id, params.id), eq(indexTarget.version, body.version)))
      .returning({ id: indexTarget.id });
    if (deleted.length === 0) throw staleVersion(before.version);
    await recordAudit(db, session, {
      action: 'delete',
      entity: 'index_target',
      entityId: before.id,
      unitPath: before.unitPath,
      summary: `Xóa mục tiêu ${before.frameworkCode} ${before.year}: ${describeTarget(before)}`,
      before: auditView(before),
    });
    return { ok: true as const };
  });
}
