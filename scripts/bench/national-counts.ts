// Question (c) of the national bench: task counts of a province by status — total, per
// dimension, per lead agency. The timed baseline reads task_count as the API does (the
// best the database can do once the counts are kept); the check also recounts task_state.
import { IN_USE } from './national-fixture.ts';

/** One count: kind T (total), D (dimension code k) or A (lead agency id k, '-' none). */
export interface CountRow {
  kind: 'T' | 'D' | 'A';
  k: string | null;
  status: string;
  n: number;
}

/** $1 today, $2/$3 the subtree's byte bounds. */
export const countsSql = `
  with c as (
    select c.dimension, c.agency_id, c.n,
           case when c.bucket in ('started', 'not_started') and c.due_on < $1::date
                     and c.due_on >= ${IN_USE} then 'overdue'
                when c.bucket = 'started' then 'in_progress'
                else c.bucket end as status
      from task_count c where c.unit_path ~>=~ $2 and c.unit_path ~<~ $3)
  select 'T' as kind, null as k, status, sum(n)::int as n from c where dimension = '' group by status
  union all
  select 'D', dimension, status, sum(n)::int from c where dimension <> '' group by dimension, status
  union all
  select 'A', a.id::text, c.status, sum(c.n)::int from c left join agency a on a.id = c.agency_id
   where c.dimension = '' group by a.id, c.status`;

/** The full recount over task_state (STATUS on $1; $2 a LIKE prefix). */
export const recountSql = (status: string) => `
  select 'T' as kind, null as k, ${status} as status, count(*)::int as n
    from task_state s where s.unit_path like $2 group by 3
  union all
  select 'D', d.code, ${status}, count(distinct s.task_id)::int
    from task_state s join plan_task t on t.id = s.task_id
   cross join lateral (select distinct split_part(x, '.', 1) as code
                         from unnest(t.dimension_codes) x where split_part(x, '.', 1) <> '') d
   where s.unit_path like $2 group by 2, 3
  union all
  select 'A', a.id::text, ${status}, count(*)::int
    from task_state s left join agency a on a.id = s.lead_agency_ids[1]
   where s.unit_path like $2 group by 2, 3`;

const line = (kind: string, k: string | null, status: string, n: number) =>
  `${kind}|${k ?? '-'}|${status}|${n}`;

export const countsAnswer = {
  ofRows: (rows: CountRow[]) =>
    rows
      .filter((r) => r.n > 0)
      .map((r) => line(r.kind, r.k, r.status, r.n))
      .sort(),
  ofApi: (b: unknown) => {
    type Counts = { byStatus: Record<string, number> };
    const body = b as Counts & {
      byDimension: (Counts & { code: string })[];
      byAgency: (Counts & { agency: { id: number } | null })[];
    };
    const of = (kind: string, k: string | null, c: Counts) =>
      Object.entries(c.byStatus)
        .filter(([, n]) => n > 0)
        .map(([status, n]) => line(kind, k, status, n));
    return [
      ...of('T', null, body),
      ...body.byDimension.flatMap((d) => of('D', d.code, d)),
      ...body.byAgency.flatMap((a) => of('A', a.agency ? String(a.agency.id) : null, a)),
    ].sort();
  },
};
