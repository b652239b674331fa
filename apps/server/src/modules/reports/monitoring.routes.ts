import type { Hono } from 'hono';
import { sql } from 'drizzle-orm';
import { can, findPeriod, generatePeriods } from '@papi/domain';
import { getReportingMonitoring } from '@papi/contracts';
import { register, type AppEnv } from '../../platform/http.ts';
import { badRequest, notFound } from '../../platform/errors.ts';
import { scopedUnit, unitRefOf } from '../execution/scoped-unit.ts';
import { loadCalendar } from '../execution/holidays.service.ts';
import { todayVn } from '../execution/clock.ts';
import { readableRegime } from './regimes.routes.ts';
import { publishedResults, regimesApplying } from './regimes.repository.ts';
import { expectedReporters, summarise } from './reporting-rates.ts';
import { lineagePaths } from './lineage.ts';

// Paths are ASCII ("/1/14/…"): code-point order is the collation's. A collator made once:
// localeCompare with a locale builds one per call (npm run bench, reporting rate).
const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const VI = new Intl.Collator('vi');

export function registerReportingMonitoringRoutes(app: Hono<AppEnv>) {
  register(app, getReportingMonitoring, async ({ query, session, db }) => {
    const today = todayVn();
    const unit = await scopedUnit(db, session, query.unitId);
    // Independent reads are asked together (npm run bench: fewer sequential round trips).
    const [g, calendar, published] = await Promise.all([
      query.regimeId
        ? readableRegime(db, session, query.regimeId)
        : regimesApplying(db, unit.path, false).then((list) =>
            list.find((r) => r.definition.trigger === 'periodic'),
          ),
      loadCalendar(db),
      publishedResults(db),
    ]);
    if (!g) throw notFound('Chế độ báo cáo');
    const year = Number(today.slice(0, 4));
    const periodKey =
      query.periodKey ??
      [year - 1, year]
        .flatMap((y) => generatePeriods(g.definition, y, calendar, published))
        .filter((p) => p.window.from <= today)
        .sort((a, b) => a.window.to.localeCompare(b.window.to))
        .at(-1)?.key;
    if (!periodKey) throw badRequest('UNKNOWN_PERIOD', 'Chưa có kỳ báo cáo nào bắt đầu.');
    // A regime set above the caller counts only the chosen unit's subtree (with its
    // predecessors'); one set below it, the regime unit's own.
    const below = !unit.path.startsWith(g.unitPath) && g.unitPath.startsWith(unit.path);
    const [subtree, roots, stored] = await Promise.all([
      lineagePaths(db, below ? g.unit.id : unit.id),
      lineagePaths(db, g.unit.id),
      db.execute<{
        id: number;
        label: string;
        year: number;
        window_from: string;
        window_to: string;
        due: Record<string, string>;
      }>(sql`
      select id, label, year, window_from::text as window_from, window_to::text as window_to, due
        from report_period where regime_id = ${g.id} and key = ${periodKey}`),
    ]);
    if (!can(session.actor, 'monitoring.read', { unitPath: subtree[0]! })) {
      throw badRequest('REGIME_SCOPE', 'Chế độ báo cáo này không áp dụng trong phạm vi đã chọn.');
    }
    const s = stored.rows[0];
    // Once a report refers to a period its dates are the stored ones (a later change of
    // the regime does not move a past deadline).
    const period = s
      ? {
          key: periodKey,
          label: s.label,
          year: s.year,
          window: { from: s.window_from, to: s.window_to },
          due: s.due,
        }
      : findPeriod(g.definition, periodKey, calendar, published);
    if (!period) {
      throw badRequest('UNKNOWN_PERIOD', `Chế độ báo cáo không có kỳ “${periodKey}”.`);
    }
    const rows = await expectedReporters(db, g, period, s?.id ?? null, subtree, today, roots);
    const listed = rows
      .filter(
        (r) =>
          (!query.state || r.state === query.state) && (!query.level || r.level === query.level),
      )
      .sort(
        (a, b) =>
          byPath(a.unitPath, b.unitPath) || VI.compare(a.agency?.name ?? '', b.agency?.name ?? ''),
      );
    const start = (query.page - 1) * query.pageSize;
    return {
      period,
      unit: unitRefOf(unit),
      asOf: today,
      ...summarise(rows),
      reporters: {
        total: listed.length,
        items: listed.slice(start, start + query.pageSize).map(({ unitPath: _p, ...r }) => r),
      },
    };
  });
}
