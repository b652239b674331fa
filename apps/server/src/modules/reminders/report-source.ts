import { sql } from 'drizzle-orm';
import { generatePeriods, type DueItem } from '@papi/domain';
import { loadCalendar } from '../execution/holidays.service.ts';
import { publishedResults, selectRegimes } from '../reports/regimes.repository.ts';
import { expectedReporters } from '../reports/reporting-rates.ts';
import type { DueItemSource } from './sources.ts';

/** "/1/14/3051/" → 14: the unit above, from the materialised path. */
const parentOf = (path: string): number | null => {
  const ids = path.split('/').filter(Boolean).map(Number);
  return ids.length > 1 ? ids[ids.length - 2]! : null;
};

/**
 * Reports owed under every active regime (reports-core decides who must report and when,
 * due dates already moved off holidays): each expected reporter whose report is not sent,
 * or was returned, with its due date in the window. A unit's report escalates to the unit
 * above; a sở/ban/ngành's to its own unit.
 */
export const reportSource: DueItemSource = {
  source: 'report',
  list: async (db, window) => {
    const calendar = await loadCalendar(db);
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
      const periods = [...new Set([years[0]! - 1, ...years])].flatMap((y) =>
        generatePeriods(g.definition, y, calendar, published),
      );
      for (const period of periods) {
        const dues = Object.values(period.due);
        if (!dues.some((d) => d && d >= window.from && d <= window.to)) continue;
        const stored = await db.execute<{ id: number }>(
          sql`select id from report_period where regime_id = ${g.id} and key = ${period.key}`,
        );
        const rows = await expectedReporters(
          db,
          g,
          period,
          stored.rows[0]?.id ?? null,
          subtree,
          window.today,
        );
        for (const r of rows) {
          if (r.reportStatus === 'submitted' || r.reportStatus === 'accepted') continue;
          if (r.dueOn < window.from || r.dueOn > window.to) continue;
          items.push({
            source: 'report',
            id: r.reportId ?? 0,
            key: `report:${g.id}:${period.key}:${r.unit.id}:${r.agency?.id ?? 0}`,
            title: `Báo cáo ${period.label}`,
            dueDate: r.dueOn,
            unitId: r.unit.id,
            unitName: r.agency?.name ?? r.unit.fullName,
            parentUnitId: r.agency ? r.unit.id : parentOf(r.unitPath),
            agencyId: r.agency?.id ?? null,
            link: r.reportId ? `/reports?id=${r.reportId}` : '/reports',
          });
        }
      }
    }
    return items;
  },
};
