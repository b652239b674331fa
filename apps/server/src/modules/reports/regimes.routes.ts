import type { Hono } from 'hono';
import { and, eq, sql } from 'drizzle-orm';
import { can, generatePeriods } from '@papi/domain';
import {
  createRegime,
  getRegime,
  listRegimePeriods,
  listRegimes,
  updateRegime,
} from '@papi/contracts';
import { register, type AppEnv } from '../../platform/http.ts';
import type { Session } from '../../platform/auth/session.ts';
import type { Executor } from '../../db/client.ts';
import { conflict, forbidden, notFound, staleVersion } from '../../platform/errors.ts';
import { recordAudit } from '../../platform/audit.ts';
import { findUnitById } from '../units/units.repository.ts';
import { loadCalendar } from '../execution/holidays.service.ts';
import { now, todayVn } from '../../platform/clock.ts';
import { reportingRegime } from './reports.table.ts';
import * as repo from './regimes.repository.ts';

export async function readableRegime(db: Executor, session: Session, id: number) {
  const g = await repo.findRegime(db, id);
  if (!g || !can(session.actor, 'regime.read', { unitPath: g.unitPath })) {
    throw notFound('Chế độ báo cáo');
  }
  return g;
}

const view = (g: { name: string; code: string; active: boolean }) => ({
  name: g.name,
  code: g.code,
  active: g.active,
});

export function registerRegimeRoutes(app: Hono<AppEnv>) {
  register(app, listRegimes, async ({ query, session, db }) => {
    const own = await findUnitById(db, session.unitId, todayVn());
    const above = await repo.regimesApplying(db, own!.path, query.includeInactive);
    // Regimes set by units below (a coordinator sees what its districts configured).
    const below = await repo.selectRegimes(
      db,
      sql`u.path like ${`${own!.path}%`} and u.path <> ${own!.path} ${query.includeInactive ? sql`` : sql`and g.active`}`,
    );
    return { items: [...above, ...below] };
  });

  register(app, getRegime, async ({ params, session, db }) =>
    readableRegime(db, session, params.id),
  );

  register(app, createRegime, async ({ body, session, db }) => {
    const unit = await findUnitById(db, body.unitId, todayVn());
    if (!unit || !can(session.actor, 'regime.read', { unitPath: unit.path }))
      throw notFound('Đơn vị');
    if (!can(session.actor, 'regime.write', { unitPath: unit.path })) throw forbidden();
    const taken = await repo.selectRegimes(
      db,
      sql`g.unit_id = ${unit.id} and g.code = ${body.code}`,
    );
    if (taken.length > 0) {
      throw conflict(`Đơn vị đã có chế độ báo cáo mã “${body.code}”.`);
    }
    const [row] = await db
      .insert(reportingRegime)
      .values({ unitId: unit.id, code: body.code, name: body.name, definition: body.definition })
      .returning({ id: reportingRegime.id });
    const g = (await repo.findRegime(db, row!.id))!;
    await recordAudit(db, session, {
      action: 'create',
      entity: 'reporting_regime',
      entityId: g.id,
      unitPath: g.unitPath,
      summary: `Tạo chế độ báo cáo “${g.name}” của ${unit.fullName}`,
      after: { ...view(g), definition: g.definition },
    });
    return g;
  });

  register(app, updateRegime, async ({ params, body, session, db }) => {
    const before = await readableRegime(db, session, params.id);
    if (!can(session.actor, 'regime.write', { unitPath: before.unitPath })) throw forbidden();
    const done = await db
      .update(reportingRegime)
      .set({
        name: body.name ?? before.name,
        definition: body.definition ?? before.definition,
        active: body.active ?? before.active,
        version: sql`${reportingRegime.version} + 1`,
        updatedAt: now(),
      })
      .where(and(eq(reportingRegime.id, before.id), eq(reportingRegime.version, body.version)))
      .returning({ id: reportingRegime.id });
    if (done.length === 0) throw staleVersion(before.version);
    const after = (await repo.findRegime(db, before.id))!;
    await recordAudit(db, session, {
      action: 'update',
      entity: 'reporting_regime',
      entityId: after.id,
      unitPath: after.unitPath,
      summary: `Sửa chế độ báo cáo “${after.name}”`,
      before: { ...view(before), definition: before.definition },
      after: { ...view(after), definition: after.definition },
    });
    return after;
  });

  register(app, listRegimePeriods, async ({ params, query, session, db }) => {
    const g = await readableRegime(db, session, params.id);
    const year = query.year ?? Number(todayVn().slice(0, 4));
    const items = generatePeriods(
      g.definition,
      year,
      await loadCalendar(db, g.unitPath),
      await repo.publishedResults(db),
    );
    return { items };
  });
}
