import { sql } from 'drizzle-orm';
import { generatePeriods, type DueItem } from '@papi/domain';
import { loadCalendar } from '../execution/holidays.service.ts';
import { publishedResults, selectRegimes } from '../reports/regimes.repository.ts';
import { parentIdOf, periodReporters } from '../reports/period-reporters.ts';
import type { DueItemSource } from './sources.ts';

/**
 * Reports owed under every active regime (reports-core decides who must report and when,
 * due dates already moved off holidays): each expected reporter whose report is not sent,
 * or was returned, with its due date in the window. A unit's report escalates to the unit
 * above; a sở/ban/ngành's to its own unit.
 */
export const reportSource: DueItemSource = {
  source: 'report',
  list: async (db, window) => {
    const published = await publishedResults(db);
    const subtree = window.unitIds
      ? (
          await db.execute<{ path: string }>(sql`
            select path from admin_unit where id = any(${sql.param(window.unitIds)}::int[])`)
        ).rows.map((r) => r.path)
      : ['/'];
    if (!subtree.length) return [];
    const years = [Number(window.from.slice(0, 4)), Number(window.to.slice(0, 4))];
    const items: DueItem[] = [];
    for (const g of await selectRegimes(db, sql`g.active`)) {
      // A regime's periods follow its own unit's calendar (its province's days included).
      const calendar = await loadCalendar(db, g.unitPath);
      const periods = [...new Set([years[0]! - 1, ...years])].flatMap((y) =>
        generatePeriods(g.definition, y, calendar, published),
      );
      for (const period of periods) {
        const dues = Object.values(period.due);
        if (!dues.some((d) => d && d >= window.from && d <= window.to)) continue;
        const rows = await periodReporters(db, g, period, subtree, window.today);
        for (const r of rows) {
          if (r.reportStatus === 'submitted' || r.reportStatus === 'accepted') continue;
          if (r.dueOn < window.from || r.dueOn > window.to) continue;
          items.push({
            source: 'report',
            id: r.reportId ?? 0,
            key: `report:${g.id}:${period.key}:${r.unit.id}:${r.agency?.id ?? 0}`,
            title: `Báo cáo ${period.label}`,
            dueDate: r.dueOn,
            periodEnd: period.window.to,
            unitId: r.unit.id,
            unitName: r.agency?.name ?? r.unit.fullName,
            parentUnitId: r.agency ? r.unit.id : parentIdOf(r.unitPath),
            agencyId: r.agency?.id ?? null,
            link: r.reportId ? `/reports?id=${r.reportId}` : '/reports',
          });
        }
      }
    }
    // A unit dissolved in 2025 has nobody left to remind: current units only, as My work
    // lists them (its owed reports are the same items, overdue.test.ts).
    const ids = [...new Set(items.map((i) => i.unitId))];
    if (!ids.length) return items;
    const current = await db.execute<{ id: number }>(sql`
      select id from admin_unit where id = any(${sql.param(ids)}::int[])
         and (valid_to is null or valid_to >= ${window.today}::date)`);
    const live = new Set(current.rows.map((r) => r.id));
    return items.filter((i) => live.has(i.unitId));
  },
};
