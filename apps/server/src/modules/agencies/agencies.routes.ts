import type { Hono } from 'hono';
import { and, eq, sql } from 'drizzle-orm';
import { can } from '@papi/domain';
import { createAgency, listAgencies, updateAgency } from '@papi/contracts';
import { register, type AppEnv } from '../../platform/http.ts';
import { forbidden, notFound, staleVersion } from '../../platform/errors.ts';
import { recordAudit } from '../../platform/audit.ts';
import { assertCurrent, findUnitById } from '../units/units.repository.ts';
import { now, todayVn } from '../../platform/clock.ts';
import { agency } from './agencies.table.ts';
import * as repo from './agencies.repository.ts';

export function registerAgencyRoutes(app: Hono<AppEnv>) {
  register(app, listAgencies, ({ query, session, db }) =>
    repo.listAgencies(db, { ...query, scopePaths: session.actor.scopePaths }),
  );

  register(app, createAgency, async ({ body, session, db }) => {
    const unit = await findUnitById(db, body.unitId, todayVn());
    if (!unit || !can(session.actor, 'unit.read', { unitPath: unit.path }))
      throw notFound('Đơn vị');
    if (!can(session.actor, 'agency.write', { unitPath: unit.path })) throw forbidden();
    assertCurrent(unit, todayVn());
    const [row] = await db
      .insert(agency)
      .values({ ...body, search: repo.agencySearchText(body.name, body.shortName) })
      .returning({ id: agency.id });
    const created = (await repo.findAgency(db, row!.id))!;
    await recordAudit(db, session, {
      action: 'create',
      entity: 'agency',
      entityId: created.id,
      unitPath: unit.path,
      summary: `Thêm cơ quan "${created.name}" thuộc ${unit.fullName}`,
      after: body,
    });
    return created;
  });

  register(app, updateAgency, async ({ params, body, session, db }) => {
    const before = await repo.findAgency(db, params.id);
    if (!before || !can(session.actor, 'agency.read', { unitPath: before.unitPath })) {
      throw notFound('Cơ quan');
    }
    if (!can(session.actor, 'agency.write', { unitPath: before.unitPath })) throw forbidden();
    const { version, ...changes } = body;
    const name = changes.name ?? before.name;
    const shortName = changes.shortName ?? before.shortName;
    const updated = await db
      .update(agency)
      .set({
        ...changes,
        search: repo.agencySearchText(name, shortName),
        version: sql`${agency.version} + 1`,
        updatedAt: now(),
      })
      .where(and(eq(agency.id, params.id), eq(agency.version, version)))
      .returning({ id: agency.id });
    if (updated.length === 0) throw staleVersion(before.version);
    const after = (await repo.findAgency(db, params.id))!;
    await recordAudit(db, session, {
      action: 'update',
      entity: 'agency',
      entityId: after.id,
      unitPath: after.unitPath,
      summary: `Sửa cơ quan "${after.name}"`,
      before: {
        name: before.name,
        shortName: before.shortName,
        kind: before.kind,
        active: before.active,
      },
      after: {
        name: after.name,
        shortName: after.shortName,
        kind: after.kind,
        active: after.active,
      },
    });
    return after;
  });
}
