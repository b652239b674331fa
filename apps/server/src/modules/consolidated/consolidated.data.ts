import { sql } from 'drizzle-orm';
import { generatePeriods, type ReportPeriod } from '@papi/domain';
import type { TReportContent, TTaskSnapshot } from '@papi/contracts';
import type { Executor } from '../../db/client.ts';
import { badRequest } from '../../platform/errors.ts';
import { loadCalendar } from '../execution/holidays.service.ts';
import { publishedResults } from '../reports/regimes.repository.ts';
import type { RegimeRecord } from '../reports/regimes.repository.ts';
import type { ExpectedReporter } from '../reports/reporting-rates.ts';
import { parentIdOf, periodReporters } from '../reports/period-reporters.ts';

/** The period asked for, or the latest whose data window has begun. */
export async function periodOf(
  db: Executor,
  g: RegimeRecord,
  key: string | undefined,
  today: string,
): Promise<ReportPeriod> {
  const calendar = await loadCalendar(db, g.unitPath);
  const published = await publishedResults(db);
  const year = Number(today.slice(0, 4));
  const periods = [year - 2, year - 1, year, year + 1].flatMap((y) =>
    generatePeriods(g.definition, y, calendar, published),
  );
  const found = key
    ? periods.find((p) => p.key === key)
    : periods
        .filter((p) => p.window.from <= today)
        .sort((a, b) => a.window.to.localeCompare(b.window.to))
        .at(-1);
  if (!found) {
    throw badRequest(
      'VALIDATION',
      key
        ? `Kỳ báo cáo "${key}" không có trong chế độ "${g.name}" (trường "periodKey").`
        : `Chế độ "${g.name}" chưa có kỳ báo cáo nào bắt đầu (trường "periodKey").`,
    );
  }
  return found;
}

export interface Submitted {
  reporter: ExpectedReporter;
  /** The latest version sent (submitted or accepted); null when nothing usable arrived. */
  content: TReportContent | null;
  snapshot: TTaskSnapshot | null;
}

/**
 * The units (and agencies) that report to `unit` for the period, each with what it sent:
 * its direct subordinates and the sở/ban/ngành of the unit itself. A returned report
 * counts as not sent: its figures wait for the corrected version.
 */
export async function reportsReceived(
  db: Executor,
  g: RegimeRecord,
  period: ReportPeriod,
  unit: { id: number; path: string },
  today: string,
): Promise<Submitted[]> {
  const rows = await periodReporters(db, g, period, [unit.path], today);
  const mine = rows.filter((r) =>
    r.agency
      ? r.unit.id === unit.id
      : r.unitPath.startsWith(unit.path) && parentIdOf(r.unitPath) === unit.id,
  );
  const ids = mine
    .filter(
      (r) =>
        r.reportId !== null && (r.reportStatus === 'submitted' || r.reportStatus === 'accepted'),
    )
    .map((r) => r.reportId!);
  const versions = new Map<number, { content: TReportContent; snapshot: TTaskSnapshot | null }>();
  if (ids.length) {
    const v = await db.execute<{
      report_id: number;
      content: TReportContent;
      snapshot: TTaskSnapshot | null;
    }>(sql`
      select distinct on (report_id) report_id, content, snapshot from report_version
       where report_id = any(${sql.param(ids)}::int[]) and submitted_at is not null
       order by report_id, version_no desc`);
    for (const row of v.rows) versions.set(row.report_id, row);
  }
  return mine.map((r) => {
    const v = r.reportId !== null ? versions.get(r.reportId) : undefined;
    return { reporter: r, content: v?.content ?? null, snapshot: v?.snapshot ?? null };
  });
}

/** The unit's issued plan for the year, as a report cites it, if any. */
export async function planCited(db: Executor, unitId: number, year: number) {
  const r = await db.execute<{
    number: number;
    symbol: string;
    issued_on: string;
    title: string;
  }>(sql`
    select number, symbol, issued_on::text as issued_on, title from plan
     where unit_id = ${unitId} and status = 'issued' and year = ${year} and number is not null
     order by issued_on desc limit 1`);
  return r.rows[0] ?? null;
}

/** Names and units of the indicators reports used, from the plans that define them. */
export async function indicatorNames(db: Executor, codes: string[]) {
  if (!codes.length) return new Map<string, { name: string; unit: string }>();
  const r = await db.execute<{ code: string; name: string; unit: string }>(sql`
    select distinct on (code) code, name, unit from plan_indicator
     where code = any(${sql.param(codes)}::text[]) order by code, id desc`);
  return new Map(r.rows.map((x) => [x.code, { name: x.name, unit: x.unit }]));
}
