import type { Hono } from 'hono';
import { can } from '@papi/domain';
import { getHolidays, replaceHolidays as replaceHolidaysRoute } from '@papi/contracts';
import { register, type AppEnv } from '../../platform/http.ts';
import { badRequest, forbidden } from '../../platform/errors.ts';
import { recordAudit } from '../../platform/audit.ts';
import { listHolidays, replaceHolidays } from '../execution/holidays.service.ts';
import { todayVn } from '../../platform/clock.ts';

export function registerHolidayRoutes(app: Hono<AppEnv>) {
  register(app, getHolidays, async ({ query, db }) => {
    const year = query.year ?? Number(todayVn().slice(0, 4));
    return { year, items: await listHolidays(db, year) };
  });

  register(app, replaceHolidaysRoute, async ({ params, body, session, db }) => {
    const root = session.actor.scopePaths[0]!;
    if (!can(session.actor, 'holiday.write', { unitPath: root })) {
      throw forbidden('Chỉ quản trị viên được sửa lịch nghỉ lễ, Tết.');
    }
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
    const before = await listHolidays(db, params.year);
    await replaceHolidays(db, params.year, body.items);
    await recordAudit(db, session, {
      action: 'update',
      entity: 'holiday',
      entityId: params.year,
      unitPath: root,
      summary: `Sửa lịch nghỉ lễ, Tết năm ${params.year} (${body.items.length} ngày)`,
      before,
      after: body.items,
    });
    return { year: params.year, items: await listHolidays(db, params.year) };
  });
}
