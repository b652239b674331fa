import { sql } from 'drizzle-orm';
import {
  rollUp,
  submissionRate,
  type RateCounts,
  type ReporterLevel,
  type ReportStatus,
  type SubmissionState,
} from '@papi/domain';
import type { TUnitRef } from '@papi/contracts';
import type { Executor } from '../../db/client.ts';
import {
  expectedSql,
  reporterOrderSql,
  type ExpectedQuery,
  type ExpectedRow,
} from './expected-reporters.ts';

export interface ExpectedReporter {
  unit: TUnitRef;
  unitPath: string;
  agency: { id: number; name: string } | null;
  level: ReporterLevel;
  province: TUnitRef;
  dueOn: string;
  state: SubmissionState;
  firstSubmittedAt: string | null;
  reportId: number | null;
  reportStatus: ReportStatus | null;
}

interface Row extends ExpectedRow {
  submitted_text: string | null;
  pv_code: string;
  pv_name: string;
  pv_full_name: string;
  pv_level: TUnitRef['level'];
}

/**
 * Every expected reporter of one period, in list order: for the consumers that need the
 * whole list (reminders, consolidated reports). The monitoring page does not: it asks the
 * database for the counts and one page (monitoring.query.ts).
 */
export async function expectedReporters(
  db: Executor,
  q: ExpectedQuery,
): Promise<ExpectedReporter[]> {
  const r = await db.execute<Row>(sql`
    select e.*, e.first_submitted_at::text as submitted_text, pv.code as pv_code,
           pv.name as pv_name, pv.full_name as pv_full_name, pv.level as pv_level
      from (${expectedSql(q)}) e join admin_unit pv on pv.id = e.province_id
     order by e.period_ord, ${reporterOrderSql}`);
  return r.rows.map((row) => ({
    unit: {
      id: row.unit_id,
      code: row.code,
      name: row.name,
      fullName: row.full_name,
      level: row.unit_level,
    },
    unitPath: row.path,
    agency: row.agency_id === null ? null : { id: row.agency_id, name: row.agency_name ?? '' },
    level: row.level,
    province: {
      id: row.province_id,
      code: row.pv_code,
      name: row.pv_name,
      fullName: row.pv_full_name,
      level: row.pv_level,
    },
    dueOn: row.due_on,
    state: row.state,
    firstSubmittedAt: row.submitted_text ? new Date(row.submitted_text).toISOString() : null,
    reportId: row.report_id,
    reportStatus: row.status,
  }));
}

export const withRate = (c: RateCounts) => ({ ...c, rate: submissionRate(c) });

/** Counts grouped by level × province × state, as the database returns them. */
export interface StateCount {
  level: ReporterLevel;
  provinceId: number;
  state: SubmissionState;
  n: number;
}

/** Totals, per level (in the regime's order) and per province (by code): few rows, in JS. */
export function summarise(
  groups: readonly StateCount[],
  provinces: readonly TUnitRef[],
  levelOrder: readonly ReporterLevel[],
) {
  const rank = (l: ReporterLevel) => levelOrder.indexOf(l);
  const r = rollUp(
    [...groups]
      .sort((a, b) => rank(a.level) - rank(b.level))
      .map((x) => ({ level: x.level, groupId: x.provinceId, state: x.state, n: x.n })),
  );
  const byId = new Map(provinces.map((p) => [p.id, p]));
  return {
    total: withRate(r.total),
    byLevel: [...r.byLevel.entries()].map(([level, c]) => ({ level, ...withRate(c) })),
    byProvince: [...r.byGroup.entries()]
      .map(([id, c]) => ({ unit: byId.get(id)!, ...withRate(c) }))
      .sort((a, b) => a.unit.code.localeCompare(b.unit.code)),
  };
}
