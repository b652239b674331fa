import { sql } from 'drizzle-orm';
import {
  classifySubmission,
  rollUp,
  submissionRate,
  type RateCounts,
  type ReporterLevel,
  type ReportPeriod,
  type ReportStatus,
  type SubmissionState,
} from '@papi/domain';
import type { TUnitRef } from '@papi/contracts';
import { readTogether, type Executor } from '../../db/client.ts';
import { dayVn } from '../execution/clock.ts';
import type { RegimeRecord } from './regimes.repository.ts';
import { intersectPaths, lineagePaths, underAnySql } from './lineage.ts';

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

interface Row extends Record<string, unknown> {
  id: number;
  code: string;
  name: string;
  full_name: string;
  level: TUnitRef['level'];
  path: string;
  agency_id: number | null;
  agency_name: string | null;
  report_id: number | null;
  status: ReportStatus | null;
  first_submitted_at: string | null;
  pv_id: number | null;
  pv_code: string | null;
  pv_name: string | null;
  pv_full_name: string | null;
  pv_level: TUnitRef['level'] | null;
}

/**
 * Who must report for a period under a regime, within a subtree: units of the regime's
 * levels that existed at the window's end (a district dissolved in 2025 is expected for
 * 2025-H1, not for 2025-Y), plus the sở/ban/ngành (not People's Committees, whose report
 * is the unit's) leading tasks of plans in force in the window. Reports stay with the unit
 * that made them, whatever it became later.
 */
export async function expectedReporters(
  db: Executor,
  g: RegimeRecord,
  period: ReportPeriod,
  periodId: number | null,
  subtreePaths: string[],
  today: string,
  /** The regime unit's lineage, when the caller already has it. */
  regimeRoots?: string[],
): Promise<ExpectedReporter[]> {
  const levels = g.definition.levels.filter((l) => period.due[l]);
  const unitLevels = levels.filter((l) => l !== 'agency');
  const end = period.window.to;
  const roots = regimeRoots ?? (await lineagePaths(db, g.unit.id));
  const within = underAnySql(sql`u.path`, intersectPaths(roots, subtreePaths));
  const reportJoin = (agency: boolean) =>
    periodId === null
      ? sql`left join report r on false`
      : sql`left join report r on r.period_id = ${periodId} and r.unit_id = u.id
              and coalesce(r.agency_id, 0) = ${agency ? sql`a.id` : sql`0`}`;
  // The province of each reporter comes with it ("/1/14/…": the second id of the path;
  // the country has none and stands for itself), not in a further round trip.
  const provinceColumns = sql`pv.id as pv_id, pv.code as pv_code, pv.name as pv_name,
    pv.full_name as pv_full_name, pv.level as pv_level`;
  const provinceJoin = sql`left join admin_unit pv
    on pv.id = nullif(split_part(u.path, '/', 3), '')::int`;
  // Units and agencies are independent: asked together (two connections on PostgreSQL).
  const [units, agencies] = await readTogether<[Row[], Row[]]>(db, [
    () =>
      unitLevels.length
        ? db
            .execute<Row>(
              sql`
          select u.id, u.code, u.name, u.full_name, u.level, u.path, null::int as agency_id,
                 null::text as agency_name, r.id as report_id, r.status,
                 r.first_submitted_at::text as first_submitted_at, ${provinceColumns}
            from admin_unit u ${reportJoin(false)} ${provinceJoin}
           where ${within}
             and u.level = any(${sql.param(unitLevels)}::text[])
             and (u.valid_from is null or u.valid_from <= ${end}::date)
             and (u.valid_to is null or u.valid_to >= ${end}::date)`,
            )
            .then((r) => r.rows)
        : Promise.resolve([]),
    () =>
      levels.includes('agency')
        ? db
            .execute<Row>(
              sql`
          select u.id, u.code, u.name, u.full_name, u.level, u.path, a.id as agency_id,
                 a.name as agency_name, r.id as report_id, r.status,
                 r.first_submitted_at::text as first_submitted_at, ${provinceColumns}
            from agency a join admin_unit u on u.id = a.unit_id ${reportJoin(true)} ${provinceJoin}
           where a.kind <> 'ubnd' and u.level in ('province', 'district')
             and ${within}
             and exists (select 1 from task_state s join plan p on p.id = s.plan_id
                          where s.lead_agency_ids @> array[a.id]
                            and p.issued_on <= ${end}::date
                            and p.period_from <= ${end}::date
                            and p.period_to >= ${period.window.from}::date)`,
            )
            .then((r) => r.rows)
        : Promise.resolve([]),
  ]);
  const all = [...units, ...agencies];
  return all.map((r) => {
    const level: ReporterLevel = r.agency_id !== null ? 'agency' : (r.level as ReporterLevel);
    const dueOn = period.due[level]!;
    return {
      unit: ref(r),
      unitPath: r.path,
      agency: r.agency_id === null ? null : { id: r.agency_id, name: r.agency_name ?? '' },
      level,
      province: r.pv_id === null ? ref(r) : provinceRef(r),
      dueOn,
      state: classifySubmission(
        dueOn,
        r.first_submitted_at ? dayVn(r.first_submitted_at) : null,
        today,
      ),
      firstSubmittedAt: r.first_submitted_at ? new Date(r.first_submitted_at).toISOString() : null,
      reportId: r.report_id,
      reportStatus: r.status,
    };
  });
}

const provinceRef = (r: Row): TUnitRef => ({
  id: r.pv_id!,
  code: r.pv_code!,
  name: r.pv_name!,
  fullName: r.pv_full_name!,
  level: r.pv_level!,
});

const ref = (r: Row): TUnitRef => ({
  id: r.id,
  code: r.code,
  name: r.name,
  fullName: r.full_name,
  level: r.level,
});

export const withRate = (c: RateCounts) => ({ ...c, rate: submissionRate(c) });

export function summarise(rows: readonly ExpectedReporter[]) {
  const r = rollUp(rows.map((x) => ({ level: x.level, groupId: x.province.id, state: x.state })));
  const provinces = new Map(rows.map((x) => [x.province.id, x.province]));
  return {
    total: withRate(r.total),
    byLevel: [...r.byLevel.entries()].map(([level, c]) => ({ level, ...withRate(c) })),
    byProvince: [...r.byGroup.entries()]
      .map(([id, c]) => ({ unit: provinces.get(id)!, ...withRate(c) }))
      .sort((a, b) => a.unit.code.localeCompare(b.unit.code)),
  };
}
