import { sql } from 'drizzle-orm';
import {
  generatePeriods,
  isHistory,
  isOverdue,
  owesUnitReport,
  type ReporterLevel,
} from '@papi/domain';
import type { TWorkItem } from '@papi/contracts';
import { readTogether, type Executor } from '../../db/client.ts';
import { executeNamed } from '../../db/named.ts';
import type { Session } from '../../platform/auth/session.ts';
import type { UnitRecord } from '../units/units.repository.ts';
import { loadCalendar } from '../execution/holidays.service.ts';
import { publishedResults, regimesApplying } from '../reports/regimes.repository.ts';
import { expectedSql, reporterOrderSql, type ExpectedRow } from '../reports/expected-reporters.ts';

type ReportItem = Extract<TWorkItem, { kind: 'report' }>;

type OwedRow = Pick<
  ExpectedRow,
  | 'period_ord'
  | 'unit_id'
  | 'code'
  | 'name'
  | 'full_name'
  | 'unit_level'
  | 'agency_id'
  | 'agency_name'
  | 'level'
  | 'due_on'
  | 'report_id'
  | 'status'
>;

/**
 * Reports still owed by a unit (and, with `below`, by every unit under it): for each
 * active regime that applies, the periods of this year and last year whose window has
 * started, with no report sent yet (or one returned for correction).
 *
 * One statement per regime for all its started periods, returning only the owed rows
 * (npm run bench (g), PostgreSQL: one expected-reporters statement per period, 4, plus
 * the stored-period and lineage lookups before).
 */
export async function owedReports(
  db: Executor,
  session: Session,
  unit: UnitRecord,
  below: boolean,
  today: string,
  /** Periods that ended before it are history, not owed (domain isHistory). */
  inUseSince: string,
): Promise<ReportItem[]> {
  // Independent reads asked together (npm run bench, My work).
  const [calendar, published, regimes] = await Promise.all([
    loadCalendar(db, unit.path),
    publishedResults(db),
    regimesApplying(db, unit.path, false),
  ]);
  const year = Number(today.slice(0, 4));
  const asked = regimes
    .map((g) => ({
      g,
      started: [year - 1, year]
        .flatMap((y) => generatePeriods(g.definition, y, calendar, published))
        .filter(
          (p) =>
            p.window.from <= today &&
            !isHistory({ dueOn: null, periodEnd: p.window.to }, inUseSince),
        ),
    }))
    .filter((x) => x.started.length > 0);
  // Current units only (a dissolved district has nobody left to send its missing report):
  // the caller's own subtree. No lineage lookup: a regime that applies is set at or above
  // the unit, so its lineage intersected with the unit's path is that path alone.
  const paths = [unit.path];
  // Reporting agencies are sở/ban/ngành of provinces and districts: none under a commune,
  // so its inbox skips that part (npm run bench, My work of a commune officer).
  const levelsOf = (levels: readonly ReporterLevel[]) =>
    unit.level === 'commune' ? levels.filter((l) => l !== 'agency') : levels;
  // A sở officer owes their agency's report, not the province's own, unless delegated.
  const unitReport = owesUnitReport({ ...session, delegated: session.actor.delegated });
  const mine = below
    ? sql``
    : sql`and e.unit_id = ${unit.id}::int
          and (${unitReport ? sql`e.agency_id is null or ` : sql``}e.agency_id = ${session.agencyId}::int)`;
  // Prepared once per connection and shape (PostgreSQL, national data: 0.68 ms unnamed,
  // mostly planning, against 0.22 ms prepared); the path bounds suit a generic plan.
  const perRegime = await readTogether<OwedRow[][]>(
    db,
    asked.map(({ g, started }) => async () => {
      const levels = levelsOf(g.definition.levels);
      const shape = `${started.length}${levels.includes('agency') ? 'a' : ''}${below ? 'b' : unitReport ? 'u' : ''}`;
      const r = await executeNamed<OwedRow>(
        db,
        `owed-reports-${shape}`,
        sql`
          select e.period_ord, e.unit_id, e.code, e.name, e.full_name, e.unit_level,
                 e.agency_id, e.agency_name, e.level, e.due_on::text as due_on, e.report_id, e.status
            from (${expectedSql({ regimeId: g.id, levels, periods: started, paths, today })}) e
           where (e.report_id is null or e.status in ('draft', 'returned')) ${mine}
           order by e.period_ord, ${reporterOrderSql}`,
      );
      return r.rows;
    }),
  );
  const items: ReportItem[] = [];
  for (const [i, { g, started }] of asked.entries()) {
    for (const r of perRegime[i]!) {
      const own =
        r.unit_id === unit.id &&
        (r.agency_id === null ? unitReport : r.agency_id === session.agencyId);
      const period = started[r.period_ord]!;
      items.push({
        kind: 'report',
        dueOn: r.due_on,
        overdue: isOverdue(
          { dueOn: r.due_on, settled: false, periodEnd: period.window.to },
          today,
          inUseSince,
        ),
        role: own ? 'own' : 'below',
        report: {
          regimeId: g.id,
          regimeName: g.name,
          periodKey: period.key,
          periodLabel: period.label,
          unit: {
            id: r.unit_id,
            code: r.code,
            name: r.name,
            fullName: r.full_name,
            level: r.unit_level,
          },
          agency: r.agency_id === null ? null : { id: r.agency_id, name: r.agency_name ?? '' },
          level: r.level,
          reportId: r.report_id,
          status: r.status,
        },
      });
    }
  }
  return items;
}
