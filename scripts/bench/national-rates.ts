// Questions (e) and (f) of the national bench: the reporting rate of a period in a subtree —
// every expected reporter (province and communes by unit, sở/ban/ngành leading tasks of
// plans in force by agency) against its report, counted by level, province and state, with
// the provinces named, the total and the first page of reporters, as the API answers.

/** $1/$2 the subtree's byte bounds, $3 the stored period's id, $4 today. */
export const rateSql = `
  with p as (select * from report_period where id = $3),
  expected as (
    select u.id as unit_id, null::int as agency_id, null::text as agency_name,
           null::text as agency_search, u.level, u.path, (p.due ->> u.level)::date as due_on
      from p join admin_unit u on u.path ~>=~ $1 and u.path ~<~ $2
       and u.level in ('province', 'commune') and p.due ? u.level
       and (u.valid_from is null or u.valid_from <= p.window_to)
       and (u.valid_to is null or u.valid_to >= p.window_to)
    union all
    select u.id, a.id, a.name, a.search, 'agency', u.path, (p.due ->> 'agency')::date
      from p join agency a on a.kind <> 'ubnd' and p.due ? 'agency'
      join admin_unit u on u.id = a.unit_id and u.level in ('province', 'district')
       and u.path ~>=~ $1 and u.path ~<~ $2
     where exists (select 1 from task_state s join plan pl on pl.id = s.plan_id
                    where s.lead_agency_ids @> array[a.id] and pl.issued_on <= p.window_to
                      and pl.period_from <= p.window_to and pl.period_to >= p.window_from)),
  e as (
    select x.*, coalesce(nullif(split_part(x.path, '/', 3), '')::int, x.unit_id) as province_id,
           r.id as report_id,
           case when r.first_submitted_at is not null then
                  case when ((r.first_submitted_at at time zone 'UTC') + interval '7 hours')::date <= x.due_on
                       then 'on_time' else 'late' end
                when $4::date > x.due_on then 'missing' else 'pending' end as state
      from expected x cross join p
      left join report r on r.period_id = p.id and r.unit_id = x.unit_id
                        and coalesce(r.agency_id, 0) = coalesce(x.agency_id, 0))
  select
    (select json_agg(json_build_array(level, province_id, state, n))
       from (select level, province_id, state, count(*)::int as n from e group by 1, 2, 3) g) as groups,
    (select json_agg(json_build_array(id, code, name))
       from admin_unit where id in (select province_id from e)) as provinces,
    (select count(*)::int from e) as total,
    (select json_agg(json_build_array(unit_id, agency_id, state, report_id))
       from (select * from e order by path collate "C", agency_search collate "C" nulls first,
                                     agency_name collate "C", agency_id limit 100) pg) as items`;

interface RateRow {
  groups: [string, number, string, number][] | null;
  total: number;
  items: [number, number | null, string, number | null][] | null;
}

const STATES = { on_time: 'onTime', late: 'late', missing: 'missing', pending: 'pending' };

/** Canonical: counts per level and per province (id) by state, the total, the page's keys. */
function answer(
  byLevel: Map<string, number>,
  byProvince: Map<string, number>,
  total: number,
  items: string[],
) {
  const sorted = (m: Map<string, number>) =>
    [...m.entries()]
      .filter(([, n]) => n > 0)
      .map(([k, n]) => `${k}|${n}`)
      .sort();
  return { byLevel: sorted(byLevel), byProvince: sorted(byProvince), total, items };
}

export function rateAnswerOfSql(result: unknown) {
  const row = (result as { rows: RateRow[] }).rows[0]!;
  const byLevel = new Map<string, number>();
  const byProvince = new Map<string, number>();
  const add = (m: Map<string, number>, k: string, n: number) => m.set(k, (m.get(k) ?? 0) + n);
  for (const [level, province, state, n] of row.groups ?? []) {
    const s = STATES[state as keyof typeof STATES];
    add(byLevel, `${level}|${s}`, n);
    add(byProvince, `${province}|${s}`, n);
  }
  return answer(
    byLevel,
    byProvince,
    row.total,
    (row.items ?? []).map(([u, a, state, r]) => `${u}|${a ?? '-'}|${state}|${r ?? '-'}`),
  );
}

export function rateAnswerOfApi(b: unknown) {
  type Counts = Record<'onTime' | 'late' | 'missing' | 'pending', number>;
  const body = b as {
    byLevel: (Counts & { level: string })[];
    byProvince: (Counts & { unit: { id: number } })[];
    reporters: {
      total: number;
      items: {
        unit: { id: number };
        agency: { id: number } | null;
        state: string;
        reportId: number | null;
      }[];
    };
  };
  const byLevel = new Map<string, number>();
  const byProvince = new Map<string, number>();
  for (const s of Object.values(STATES)) {
    for (const l of body.byLevel) byLevel.set(`${l.level}|${s}`, l[s as keyof Counts]);
    for (const p of body.byProvince) byProvince.set(`${p.unit.id}|${s}`, p[s as keyof Counts]);
  }
  return answer(
    byLevel,
    byProvince,
    body.reporters.total,
    body.reporters.items.map(
      (x) => `${x.unit.id}|${x.agency?.id ?? '-'}|${x.state}|${x.reportId ?? '-'}`,
    ),
  );
}
