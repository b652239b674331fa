import { sql } from 'drizzle-orm';
import { generatePeriods, type ReportPeriod } from '@papi/domain';
import type { TWorkItem } from '@papi/contracts';
import type { Executor } from '../../db/client.ts';
import type { Session } from '../../platform/auth/session.ts';
import type { UnitRecord } from '../units/units.repository.ts';
import { loadCalendar } from '../execution/holidays.service.ts';
import { publishedResults, regimesApplying } from '../reports/regimes.repository.ts';
import { expectedReporters } from '../reports/reporting-rates.ts';
import { lineagePaths } from '../reports/lineage.ts';

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
  // Independent reads asked together (npm run bench, My work).
  const [calendar, published, regimes] = await Promise.all([
    loadCalendar(db),
    publishedResults(db),
    regimesApplying(db, unit.path, false),
  ]);
  const year = Number(today.slice(0, 4));
  // Current units only: a dissolved district has nobody left to send its missing report.
  const subtree = [unit.path];
  const items: ReportItem[] = [];
  for (const g of regimes) {
    const periods: ReportPeriod[] = [year - 1, year].flatMap((y) =>
      generatePeriods(g.definition, y, calendar, published),
    );
    const started = periods.filter((p) => p.window.from <= today);
    if (started.length === 0) continue;
    // The stored period ids and the regime's lineage once for all periods; then the
    // periods together, overlapping on a pool (PostgreSQL) instead of adding up.
    const [stored, roots] = await Promise.all([
      db.execute<{ id: number; key: string }>(
        sql`select id, key from report_period where regime_id = ${g.id}
             and key = any(${sql.param(started.map((p) => p.key))}::text[])`,
      ),
      lineagePaths(db, g.unit.id),
    ]);
    const ids = new Map(stored.rows.map((r) => [r.key, r.id]));
    // Reporting agencies are sở/ban/ngành of provinces and districts: none under a commune,
    // so its inbox skips that query (npm run bench, My work of a commune officer).
    const asked =
      unit.level === 'commune'
        ? {
            ...g,
            definition: {
              ...g.definition,
              levels: g.definition.levels.filter((l) => l !== 'agency'),
            },
          }
        : g;
    const perPeriod = await Promise.all(
      started.map((period) =>
        expectedReporters(db, asked, period, ids.get(period.key) ?? null, subtree, today, roots),
      ),
    );
    for (const [i, period] of started.entries()) {
      for (const r of perPeriod[i]!) {
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
