import { sql } from 'drizzle-orm';
import { generatePeriods, type ReportPeriod } from '@papi/domain';
import type { TWorkItem } from '@papi/contracts';
import type { Executor } from '../../db/client.ts';
import type { Session } from '../../platform/auth/session.ts';
import type { UnitRecord } from '../units/units.repository.ts';
import { loadCalendar } from '../execution/holidays.service.ts';
import { publishedResults, regimesApplying } from '../reports/regimes.repository.ts';
import { expectedReporters } from '../reports/reporting-rates.ts';

type ReportItem = Extract<TWorkItem, { kind: 'report' }>;

/**
 * Reports still owed by a unit (and, with `below`, by every unit under it): for each
 * active regime that applies, the periods of this year and last year whose window has
 * started, with no report sent yet (or one returned for correction).
 */
export async function owedReports(
  db: Executor,
  session: Session,
  unit: UnitRecord,
  below: boolean,
  today: string,
): Promise<ReportItem[]> {
  const calendar = await loadCalendar(db);
  const published = await publishedResults(db);
  const year = Number(today.slice(0, 4));
  // Current units only: a dissolved district has nobody left to send its missing report.
  const subtree = [unit.path];
  const items: ReportItem[] = [];
  for (const g of await regimesApplying(db, unit.path, false)) {
    const periods: ReportPeriod[] = [year - 1, year].flatMap((y) =>
      generatePeriods(g.definition, y, calendar, published),
    );
    for (const period of periods.filter((p) => p.window.from <= today)) {
      const stored = await db.execute<{ id: number }>(
        sql`select id from report_period where regime_id = ${g.id} and key = ${period.key}`,
      );
      const rows = await expectedReporters(
        db,
        g,
        period,
        stored.rows[0]?.id ?? null,
        subtree,
        today,
      );
      for (const r of rows) {
        const own =
          r.unit.id === unit.id && (r.agency === null || r.agency.id === session.agencyId);
        if (!below && !own) continue;
        if (r.reportStatus === 'submitted' || r.reportStatus === 'accepted') continue;
        items.push({
          kind: 'report',
          dueOn: r.dueOn,
          overdue: r.dueOn < today,
          role: own ? 'own' : 'below',
          report: {
            regimeId: g.id,
            regimeName: g.name,
            periodKey: period.key,
            periodLabel: period.label,
            unit: r.unit,
            agency: r.agency,
            level: r.level,
            reportId: r.reportId,
            status: r.reportStatus,
          },
        });
      }
    }
  }
  return items;
}
