import type { Hono } from 'hono';
import { can, type Holiday } from '@papi/domain';
import { getHolidays, replaceHolidays as replaceHolidaysRoute } from '@papi/contracts';
import { register, type AppEnv } from '../../platform/http.ts';
import type { Session } from '../../platform/auth/session.ts';
import type { Executor } from '../../db/client.ts';
import { badRequest, forbidden } from '../../platform/errors.ts';
import { recordAudit } from '../../platform/audit.ts';
import { listHolidays, ownHolidays, replaceHolidays } from '../execution/holidays.service.ts';
import { installationPath } from '../indices/indices.import.routes.ts';
import { findUnitById } from '../units/units.repository.ts';
import { todayVn } from '../../platform/clock.ts';

/**
 * Which calendar the caller edits: the installation's (applies everywhere) for the admins
 * of its top unit, their own province's days for a province's admins in a national
 * installation; nobody else's (a commune has no calendar of its own).
 */
async function calendarOf(db: Executor, session: Session) {
  const own = session.actor.scopePaths[0]!;
  const root = await installationPath(db);
  const unit = await findUnitById(db, session.unitId, todayVn());
  const scope =
    own === root
      ? { unitId: null, unitPath: root, label: 'toàn hệ thống' }
      : unit?.level === 'province'
        ? { unitId: unit.id, unitPath: own, label: `riêng ${unit.fullName}` }
        : null;
  if (!scope || !can(session.actor, 'holiday.write', { unitPath: scope.unitPath })) {
    throw forbidden(
      'Chỉ quản trị viên của đơn vị cao nhất (hoặc của tỉnh, cho ngày nghỉ riêng của tỉnh) được sửa lịch nghỉ lễ, Tết.',
    );
  }
  return scope;
}

const same = (a: Holiday, b: Holiday) =>
  a.date === b.date && a.kind === b.kind && a.name === b.name;

export function registerHolidayRoutes(app: Hono<AppEnv>) {
  // The days that apply at the caller's unit: national ones and their province's own.
  register(app, getHolidays, async ({ query, session, db }) => {
    const year = query.year ?? Number(todayVn().slice(0, 4));
    return { year, items: await listHolidays(db, year, session.actor.scopePaths[0]) };
  });

  register(app, replaceHolidaysRoute, async ({ params, body, session, db }) => {
    const scope = await calendarOf(db, session);
    const seen = new Set<string>();
    body.items.forEach((d, i) => {
      if (!d.date.startsWith(`${params.year}-`)) {
        throw badRequest(
          'VALIDATION',
          `Dòng ${i + 1}: ngày ${d.date} không thuộc năm ${params.year}.`,
          { row: i + 1 },
        );
      }
      if (seen.has(d.date)) {
        throw badRequest('VALIDATION', `Dòng ${i + 1}: ngày ${d.date} bị lặp.`, { row: i + 1 });
      }
      seen.add(d.date);
    });
    // A province edits the list it sees (national days included): it keeps as its own only
    // the days that differ from the national calendar, so later national changes still reach it.
    const national = scope.unitId === null ? [] : await listHolidays(db, params.year);
    const items = body.items.filter((d) => !national.some((n) => same(n, d)));
    const before = await ownHolidays(db, params.year, scope.unitId);
    await replaceHolidays(db, params.year, items, scope.unitId);
    await recordAudit(db, session, {
      action: 'update',
      entity: 'holiday',
      entityId: scope.unitId === null ? params.year : `${params.year}:${scope.unitId}`,
      unitPath: scope.unitPath,
      summary: `Sửa lịch nghỉ lễ, Tết năm ${params.year} ${scope.label} (${items.length} ngày)`,
      before,
      after: items,
    });
    return { year: params.year, items: await listHolidays(db, params.year, scope.unitPath) };
  });
}
