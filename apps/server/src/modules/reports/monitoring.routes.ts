import type { Hono } from 'hono';
import { can, findPeriod, generatePeriods, periodDueNow, type ReportPeriod } from '@papi/domain';
import { getReportingMonitoring } from '@papi/contracts';
import { register, type AppEnv } from '../../platform/http.ts';
import { badRequest, notFound } from '../../platform/errors.ts';
import { scopedUnit, unitRefOf } from '../execution/scoped-unit.ts';
import { loadCalendar } from '../execution/holidays.service.ts';
import { todayVn } from '../../platform/clock.ts';
import { publishedResults, regimesApplying } from './regimes.repository.ts';
import { summarise } from './reporting-rates.ts';
import { intersectPaths } from './lineage.ts';
import { monitoringContext, monitoringRates, storedPeriod } from './monitoring.query.ts';

/**
 * Statements per request (npm run bench (e)/(f), PostgreSQL): session, unit, the context
 * (regime, both lineages, stored period: one prepared statement) and the counts with the
 * page (one statement). Before: 9–10, with the whole reporter list carried into JS.
 */
export function registerReportingMonitoringRoutes(app: Hono<AppEnv>) {
  register(app, getReportingMonitoring, async ({ query, session, db }) => {
    const today = todayVn();
    const unit = await scopedUnit(db, session, query.unitId);
    const regimeId =
      query.regimeId ??
      (await regimesApplying(db, unit.path, false)).find((r) => r.definition.trigger === 'periodic')
        ?.id;
    const ctx = regimeId
      ? await monitoringContext(db, regimeId, unit.id, query.periodKey ?? null)
      : null;
    if (
      !ctx ||
      (query.regimeId && !can(session.actor, 'regime.read', { unitPath: ctx.regime.unitPath }))
    ) {
      throw notFound('Chế độ báo cáo');
    }
    const g = ctx.regime;
    // A regime set above the caller counts only the chosen unit's subtree (with its
    // predecessors'); one set below it, the regime unit's own.
    const below = !unit.path.startsWith(g.unitPath) && g.unitPath.startsWith(unit.path);
    const subtree = below ? ctx.regimeLineage : ctx.unitLineage;
    const inScope = () => {
      if (!can(session.actor, 'monitoring.read', { unitPath: subtree[0]! })) {
        throw badRequest('REGIME_SCOPE', 'Chế độ báo cáo này không áp dụng trong phạm vi đã chọn.');
      }
    };
    // A stored period's dates win: once a report refers to a period its dates are the
    // stored ones (a later change of the regime does not move a past deadline). The
    // calendar is needed only to find or generate a period that is not stored.
    let period: ReportPeriod | null = ctx.stored;
    if (!period) {
      const [calendar, published] = await Promise.all([
        loadCalendar(db, g.unitPath),
        publishedResults(db),
      ]);
      const year = Number(today.slice(0, 4));
      const periodKey =
        query.periodKey ??
        periodDueNow(
          [year - 1, year].flatMap((y) => generatePeriods(g.definition, y, calendar, published)),
          today,
        )?.key;
      if (!periodKey) throw badRequest('UNKNOWN_PERIOD', 'Chưa có kỳ báo cáo nào bắt đầu.');
      inScope();
      period =
        (query.periodKey ? null : await storedPeriod(db, g.id, periodKey)) ??
        findPeriod(g.definition, periodKey, calendar, published);
      if (!period) {
        throw badRequest('UNKNOWN_PERIOD', `Chế độ báo cáo không có kỳ “${periodKey}”.`);
      }
    } else inScope();
    const rates = await monitoringRates(
      db,
      {
        regimeId: g.id,
        levels: g.definition.levels,
        periods: [period],
        paths: intersectPaths(ctx.regimeLineage, subtree),
        today,
      },
      { state: query.state, level: query.level },
      { page: query.page, pageSize: query.pageSize },
    );
    return {
      period,
      unit: unitRefOf(unit),
      asOf: today,
      ...summarise(rates.groups, rates.provinces, g.definition.levels),
      reporters: { total: rates.total, items: rates.items },
    };
  });
}
