/**
 * "Oblige all communes and wards" (or "all departments") in one action: every current unit
 * of a level below a unit of the plan, or every active sở/ban/ngành of that unit, becomes
 * one obligation of the draft, instead of one search per unit.
 */
import { randomUUID } from 'node:crypto';
import type { Hono } from 'hono';
import { sql } from 'drizzle-orm';
import { compareVietnamese } from '@papi/domain';
import { obligeAll, previewObligeAll, type TPlanBody } from '@papi/contracts';
import type { Executor } from '../../db/client.ts';
import { register, type AppEnv } from '../../platform/http.ts';
import { recordAudit } from '../../platform/audit.ts';
import { badRequest } from '../../platform/errors.ts';
import { todayVn } from '../../platform/clock.ts';
import { findUnitById } from '../units/units.repository.ts';
import * as repo from './plans.repository.ts';
import type { PlanRecord } from './plans.repository.ts';
import { auditView, bump, editable, readable } from './plans.access.ts';
import { planDetail } from './plans.service.ts';

const ADDRESSEES = {
  commune: 'UBND các xã, phường',
  district: 'UBND các huyện, thị xã, thành phố',
  department: 'Các sở, ban, ngành',
};

type Level = keyof typeof ADDRESSEES;
type Candidate = {
  id: number;
  full_name: string;
};

/** The units one action would oblige, and how many of them the plan already names. */
async function unitsToOblige(
  db: Executor,
  p: PlanRecord,
  unitId: number | undefined,
  level: Level,
) {
  const today = todayVn();
  unitId ??= p.unit.id;
  const under = await findUnitById(db, unitId, today);
  if (!under || !under.path.startsWith(p.unitPath))
    throw badRequest(
      'BAD_UNIT',
      `Đơn vị mã ${unitId} (trường "unitId") không phải ${p.unit.fullName} hoặc đơn vị trực thuộc.`,
    );
  // Departments: the unit's sở and ban/ngành (and not the department issuing this plan, for a
  // department's plan). Courts, the procuracy, police, the Front and mass organisations are
  // not the People's Committee's to oblige in bulk; one can still be named on its own.
  const r =
    level === 'department'
      ? await db.execute<Candidate>(sql`
    select id, name as full_name from agency
     where unit_id = ${under.id} and active and kind in ('so', 'ban_nganh')
       and id <> ${p.agencyId ?? 0}`)
      : await db.execute<Candidate>(sql`
    select id, full_name from admin_unit
     where path like ${`${under.path}%`} and path <> ${under.path} and level = ${level}
       and (valid_from is null or valid_from <= ${today})
       and (valid_to is null or valid_to >= ${today})`);
  const named = new Set(
    p.body.obligations.flatMap((o) => (level === 'department' ? o.agencyIds : o.unitIds)),
  );
  const fresh = r.rows
    .filter((u) => !named.has(String(u.id)))
    .sort((a, b) => compareVietnamese(a.full_name, b.full_name));
  return { fresh, alreadyObliged: r.rows.length - fresh.length, under };
}

export function registerObligeAllRoutes(app: Hono<AppEnv>) {
  register(app, previewObligeAll, async ({ params, query, session, db }) => {
    const p = await readable(db, session, params.id);
    const { fresh, alreadyObliged } = await unitsToOblige(db, p, query.unitId, query.level);
    return {
      count: fresh.length,
      alreadyObliged,
      sample: fresh.slice(0, 8).map((u) => u.full_name),
      addressees: ADDRESSEES[query.level],
    };
  });

  register(app, obligeAll, async ({ params, body, session, db }) => {
    const before = await editable(db, session, params.id);
    const { fresh, under } = await unitsToOblige(db, before, body.unitId, body.level);
    const department = body.level === 'department';
    if (fresh.length === 0)
      throw badRequest(
        'NOTHING_TO_OBLIGE',
        department
          ? `Không còn sở, ban, ngành nào của ${under.fullName} chưa được giao ban hành kế hoạch.`
          : `Không còn đơn vị nào thuộc ${under.fullName} chưa được giao ban hành kế hoạch.`,
      );
    const ids = fresh.map((u) => String(u.id));
    const obligation: TPlanBody['obligations'][number] = {
      id: `ob-${randomUUID().slice(0, 8)}`,
      addressees: body.addressees,
      unitIds: department ? [] : ids,
      agencyIds: department ? ids : [],
      deadline: body.deadline,
    };
    const next = { ...before.body, obligations: [...before.body.obligations, obligation] };
    await bump(db, before, body.version, { body: next });
    const after = (await repo.findPlan(db, before.id))!;
    await recordAudit(db, session, {
      action: 'update',
      entity: 'plan',
      entityId: after.id,
      unitPath: after.unitPath,
      summary: `Giao ${fresh.length} ${department ? 'sở, ban, ngành của' : 'đơn vị thuộc'} ${under.fullName} ban hành kế hoạch thực hiện "${after.title}"`,
      before: auditView(before),
      after: {
        ...auditView(after),
        obligation: { ...obligation, unitIds: obligation.unitIds.length, agencyIds: ids.length },
      },
    });
    return { added: fresh.length, plan: await planDetail(db, session, after) };
  });
}
