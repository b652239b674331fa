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
import type { Executor } from '../../db/client.ts';
import { dayVn } from '../execution/clock.ts';
import type { RegimeRecord } from './regimes.repository.ts';
import { lineagePaths } from './lineage.ts';

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
): Promise<ExpectedReporter[]> {
  const levels = g.definition.levels.filter((l) => period.due[l]);
  const unitLevels = levels.filter((l) => l !== 'agency');
  const end = period.window.to;
  const roots = await lineagePaths(db, g.unit.id);
  const within = sql`u.path like any(${sql.param(roots.map((p) => `${p}%`))}::text[])
    and u.path like any(${sql.param(subtreePaths.map((p) => `${p}%`))}::text[])`;
  const reportJoin = (agency: boolean) =>
    periodId === null
      ? sql`left join report r on false`
      : sql`left join report r on r.period_id = ${periodId} and r.unit_id = u.id
              and coalesce(r.agency_id, 0) = ${agency ? sql`a.id` : sql`0`}`;
  const units = unitLevels.length
    ? (
        await db.execute<Row>(sql`
          select u.id, u.code, u.name, u.full_name, u.level, u.path, null::int as agency_id,
                 null::text as agency_name, r.id as report_id, r.status,
                 r.first_submitted_at::text as first_submitted_at
            from admin_unit u ${reportJoin(false)}
           where ${within}
             and u.level = any(${sql.param(unitLevels)}::text[])
             and (u.valid_from is null or u.valid_from <= ${end}::date)
             and (u.valid_to is null or u.valid_to >= ${end}::date)`)
      ).rows
    : [];
  const agencies = levels.includes('agency')
    ? (
        await db.execute<Row>(sql`
          select u.id, u.code, u.name, u.full_name, u.level, u.path, a.id as agency_id,
                 a.name as agency_name, r.id as report_id, r.status,
                 r.first_submitted_at::text as first_submitted_at
            from agency a join admin_unit u on u.id = a.unit_id ${reportJoin(true)}
           where a.kind <> 'ubnd' and u.level in ('province', 'district')
             and ${within}
             and exists (select 1 from task_state s join plan p on p.id = s.plan_id
                          where s.lead_agency_ids @> array[a.id]
                            and p.issued_on <= ${end}::date
                            and p.period_from <= ${end}::date
                            and p.period_to >= ${period.window.from}::date)`)
      ).rows
    : [];
  const all = [...units, ...agencies];
  const provinceIds = [...new Set(all.map((r) => provinceIdOf(r.path, r.id)))];
  const provinces = new Map(
    provinceIds.length === 0
      ? []
      : (
          await db.execute<Row>(sql`
            select id, code, name, full_name, level, path from admin_unit
             where id = any(${sql.param(provinceIds)}::int[])`)
        ).rows.map((p) => [p.id, ref(p)]),
  );
  return all.map((r) => {
    const level: ReporterLevel = r.agency_id !== null ? 'agency' : (r.level as ReporterLevel);
    const dueOn = period.due[level]!;
    return {
      unit: ref(r),
      unitPath: r.path,
      agency: r.agency_id === null ? null : { id: r.agency_id, name: r.agency_name ?? '' },
      level,
      province: provinces.get(provinceIdOf(r.path, r.id)) ?? ref(r),
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

/** "/1/14/3051/" → 14: the second id of a path is the province (the country has none). */
const provinceIdOf = (path: string, self: number) => Number(path.split('/')[2] || self);

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
