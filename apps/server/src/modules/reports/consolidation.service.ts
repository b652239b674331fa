import { sql } from 'drizzle-orm';
import { countByStatus, TASK_STATUSES, type ReporterLevel, type TaskStatus } from '@papi/domain';
import type { TReportContent, TTaskSnapshot, TUnitRef } from '@papi/contracts';
import type { Executor } from '../../db/client.ts';

type Counts = Record<TaskStatus, number>;

export interface ConsolidatedSource {
  reportId: number;
  unit: TUnitRef;
  agency: { id: number; name: string } | null;
  level: ReporterLevel;
  status: string;
  versionNo: number;
  submittedAt: string;
  counts: Counts;
  indicators: Record<string, number | null>;
}

export interface ConsolidationData {
  periodKey: string;
  periodLabel: string;
  window: { from: string; to: string };
  receiver: TUnitRef;
  sources: ConsolidatedSource[];
  /** Reporters under this receiver with no report sent yet (name the gaps in the text). */
  missing: { unit: TUnitRef; agency: { id: number; name: string } | null; level: ReporterLevel }[];
  counts: Counts;
  byDimension: {
    code: string;
    counts: Counts;
    byUnit: { reportId: number; counts: Counts }[];
    /** Subordinates' narratives for the dimension, to edit into the consolidated text. */
    narratives: { reportId: number; results: string; shortcomings: string; proposals: string }[];
  }[];
  indicators: {
    code: string;
    name: string;
    unit: string;
    total: number | null;
    values: { reportId: number; value: number | null }[];
  }[];
}

interface Row extends Record<string, unknown> {
  id: number;
  level: ReporterLevel;
  status: string;
  agency_id: number | null;
  agency_name: string | null;
  u_id: number;
  u_code: string;
  u_name: string;
  u_full_name: string;
  u_level: TUnitRef['level'];
  version_no: number;
  submitted_at: string;
  content: TReportContent;
  snapshot: TTaskSnapshot;
}

const add = (a: Counts, b: Counts) => {
  for (const s of TASK_STATUSES) a[s] += b[s];
  return a;
};
const main = (code: string) => code.split('.')[0]!;

/**
 * What a receiving level needs to compile its own report for a period: the latest sent
 * version of every subordinate report (task statuses from the frozen snapshot, indicators,
 * narratives gathered per dimension), who has not reported, and the totals. The Word and
 * Excel generators (consolidated reports) render this; nothing here is formatted.
 */
export async function consolidationData(
  db: Executor,
  regimeId: number,
  periodKey: string,
  receiver: TUnitRef,
): Promise<ConsolidationData | null> {
  const period = (
    await db.execute<{ id: number; label: string; window_from: string; window_to: string }>(sql`
      select id, label, window_from::text as window_from, window_to::text as window_to
        from report_period where regime_id = ${regimeId} and key = ${periodKey}`)
  ).rows[0];
  if (!period) return null;
  const rows = (
    await db.execute<Row>(sql`
      select r.id, r.level, r.status, r.agency_id, a.name as agency_name, u.id as u_id,
             u.code as u_code, u.name as u_name, u.full_name as u_full_name, u.level as u_level,
             v.version_no, v.submitted_at::text as submitted_at, v.content, v.snapshot
        from report r
        join admin_unit u on u.id = r.unit_id
        left join agency a on a.id = r.agency_id
        join lateral (select * from report_version x
                       where x.report_id = r.id and x.submitted_at is not null
                       order by x.version_no desc limit 1) v on true
       where r.period_id = ${period.id} and r.receiver_unit_id = ${receiver.id}
       order by r.level, u.code, a.name`)
  ).rows;
  const missing = (
    await db.execute<Row>(sql`
      select r.id, r.level, r.status, r.agency_id, a.name as agency_name, u.id as u_id,
             u.code as u_code, u.name as u_name, u.full_name as u_full_name, u.level as u_level
        from report r join admin_unit u on u.id = r.unit_id left join agency a on a.id = r.agency_id
       where r.period_id = ${period.id} and r.receiver_unit_id = ${receiver.id}
         and r.first_submitted_at is null`)
  ).rows;
  const defs = (
    await db.execute<{ code: string; name: string; unit: string }>(sql`
      select distinct on (i.code) i.code, i.name, i.unit from plan_indicator i
       where i.plan_id in (select plan_id from task_state where unit_path like ${`%/${receiver.id}/%`})
       order by i.code, i.plan_id`)
  ).rows;
  const unitOf = (r: Row): TUnitRef => ({
    id: r.u_id,
    code: r.u_code,
    name: r.u_name,
    fullName: r.u_full_name,
    level: r.u_level,
  });
  const sources = rows.map((r): ConsolidatedSource => ({
    reportId: r.id,
    unit: unitOf(r),
    agency: r.agency_id === null ? null : { id: r.agency_id, name: r.agency_name ?? '' },
    level: r.level,
    status: r.status,
    versionNo: r.version_no,
    submittedAt: new Date(r.submitted_at).toISOString(),
    counts: r.snapshot.counts,
    indicators: Object.fromEntries(r.content.indicators.map((i) => [i.code, i.value])),
  }));
  const dimensions = new Map<string, ConsolidationData['byDimension'][number]>();
  const dimension = (code: string) =>
    dimensions.get(code) ??
    dimensions
      .set(code, { code, counts: countByStatus([]), byUnit: [], narratives: [] })
      .get(code)!;
  for (const r of rows) {
    const perDim = new Map<string, TaskStatus[]>();
    for (const t of r.snapshot.tasks) {
      for (const code of new Set(t.dimensionCodes.map(main))) {
        perDim.set(code, [...(perDim.get(code) ?? []), t.status]);
      }
    }
    for (const [code, statuses] of perDim) {
      const counts = countByStatus(statuses);
      add(dimension(code).counts, counts);
      dimension(code).byUnit.push({ reportId: r.id, counts });
    }
    for (const n of r.content.narratives) {
      if (!n.results && !n.shortcomings && !n.proposals) continue;
      dimension(n.dimensionCode ? main(n.dimensionCode) : '').narratives.push({
        reportId: r.id,
        results: n.results,
        shortcomings: n.shortcomings,
        proposals: n.proposals,
      });
    }
  }
  const codes = [
    ...new Set([...defs.map((d) => d.code), ...sources.flatMap((s) => Object.keys(s.indicators))]),
  ];
  return {
    periodKey,
    periodLabel: period.label,
    window: { from: period.window_from, to: period.window_to },
    receiver,
    sources,
    missing: missing.map((r) => ({
      unit: unitOf(r),
      agency: r.agency_id === null ? null : { id: r.agency_id, name: r.agency_name ?? '' },
      level: r.level,
    })),
    counts: sources.reduce((a, s) => add(a, s.counts), countByStatus([])),
    byDimension: [...dimensions.values()].sort((a, b) =>
      a.code.localeCompare(b.code, 'en', { numeric: true }),
    ),
    indicators: codes.map((code) => {
      const def = defs.find((d) => d.code === code);
      const values = sources.map((s) => ({
        reportId: s.reportId,
        value: s.indicators[code] ?? null,
      }));
      const present = values.filter((v) => v.value !== null);
      return {
        code,
        name: def?.name ?? code,
        unit: def?.unit ?? '',
        total: present.length ? present.reduce((a, v) => a + v.value!, 0) : null,
        values,
      };
    }),
  };
}
