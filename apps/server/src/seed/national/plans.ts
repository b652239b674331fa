import type pg from 'pg';
import { ZPlanBody } from '@papi/contracts';
import { foldVietnamese } from '@papi/domain';
import { planSearch } from '../../modules/plans/plans.repository.ts';
import { sampleBody } from '../../modules/plans/plans.samples.ts';
import { insertJson, type NationalUnit } from './agencies.ts';
import { EXPECTED_RESULTS, TASK_LINES } from './texts.ts';

/** Tasks per plan at scale 1: 34 × 400 + 3,321 × 56 ≈ 200,000. */
export const PROVINCE_TASKS = 400;
export const COMMUNE_TASKS = 56;

/**
 * A deterministic number in [0, 1) from an integer key: PostgreSQL's own 64-bit hash with
 * the generator's seed (same value on PostgreSQL 15 and PGlite). `salt` separates the
 * draws made from one key.
 */
export const rnd = (key: string, seed: number, salt: number) =>
  `(abs(hashint8extended((${key})::bigint, ${seed * 1000 + salt}) % 1000000) / 1000000.0)`;

// Parsed by the contract's schema so every generated plan reads back like a saved one; the
// document parts are the test sample's, the task groups the edition's dimensions.
const body = (
  place: string,
  issuingBody: string,
  parentBody: string | null,
  dimensions: { code: string; nameVi: string }[],
) =>
  ZPlanBody.parse({
    ...sampleBody(),
    header: { parentBody, issuingBody },
    place,
    bases: [
      {
        text: 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;',
        docKind: 'Luật',
        documentNumber: '72/2025/QH15',
        date: '2025-06-16',
        issuer: 'Quốc hội',
        implementsParent: false,
        parentPlanId: null,
      },
    ],
    purpose: ['Cải thiện, nâng cao Chỉ số PAPI.'],
    requirements: ['Phân công cụ thể, rõ trách nhiệm của từng cơ quan, đơn vị.'],
    taskGroups: dimensions.map((d, i) => ({
      number: String(i + 1),
      heading: d.nameVi,
      dimensionCodes: [d.code],
    })),
  });

/**
 * One issued improvement plan per province, then one per commune implementing its
 * province's plan (parent_plan_id). Numbers, issue dates and task counts are fixed by
 * the unit code, so two runs give the same data.
 */
export async function insertPlans(
  client: pg.PoolClient,
  units: NationalUnit[],
  year: number,
  scale: number,
  dimensions: { code: string; nameVi: string }[],
) {
  const provinces = new Map(units.filter((u) => u.level === 'province').map((u) => [u.id, u]));
  const rows = units.map((u) => {
    const province = u.level === 'province' ? u : provinces.get(u.parent_id!)!;
    const title = `Kế hoạch cải thiện, nâng cao Chỉ số PAPI năm ${year} của ${u.full_name}`;
    const number = 10 + (Number(u.code) % 290);
    const day = 1 + (Number(u.code) % 27);
    return {
      unit_id: u.id,
      level: u.level,
      province_id: province.id,
      number,
      title,
      issued_on: `${year}-${u.level === 'province' ? '01' : '02'}-${String(day).padStart(2, '0')}`,
      tasks: Math.max(
        1,
        Math.round((u.level === 'province' ? PROVINCE_TASKS : COMMUNE_TASKS) * scale),
      ),
      body: body(
        province.name,
        `ỦY BAN NHÂN DÂN ${u.full_name.toUpperCase()}`,
        u.level === 'commune' ? `UBND ${province.full_name.toUpperCase()}` : null,
        dimensions,
      ),
      search: planSearch({ title, number, symbol: 'KH-UBND' }),
    };
  });
  const insertSql = `
    insert into plan (unit_id, plan_type, status, number, symbol, year, title, period_from,
                      period_to, issued_on, body, search)
    select unit_id, 'improvement', 'issued', number, 'KH-UBND', $2, title,
           make_date($2, 1, 1), make_date($2, 12, 31), issued_on, body, search
      from json_to_recordset($1::json)
        as x(unit_id int, level text, number int, title text, issued_on date, body jsonb, search text)
     where level = $3`;
  await insertJson(client, insertSql, rows, [year, 'province'], 500);
  await insertJson(client, insertSql, rows, [year, 'commune'], 500);
  // The generator's own index of its plans: task counts and the parent link, for the tasks.
  await client.query(
    `create temp table nat_plan on commit drop as
     select p.id, p.unit_id, x.level, x.tasks, x.province_id, x.title_folded,
            (select count(*) from agency a where a.unit_id = p.unit_id and a.active)::int as n_agencies
       from json_to_recordset($1::json)
         as x(unit_id int, level text, tasks int, province_id int, title_folded text)
       join plan p on p.unit_id = x.unit_id and p.year = $2 and p.plan_type = 'improvement'`,
    [
      JSON.stringify(
        rows.map(({ unit_id, level, tasks, province_id, title }) => ({
          unit_id,
          level,
          tasks,
          province_id,
          title_folded: foldVietnamese(title),
        })),
      ),
      year,
    ],
  );
  await client.query(
    `update plan c set parent_plan_id = pp.id
       from nat_plan n join nat_plan pp on pp.unit_id = n.province_id and pp.level = 'province'
      where c.id = n.id and n.level = 'commune'`,
  );
  return rows.length;
}

/**
 * All tasks in one INSERT … SELECT over generate_series: nothing per row crosses the
 * wire. Tasks are grouped by dimension (numbers 1.1 … 8.k), led by one of the unit's
 * bodies, most with a cooperating body (province tasks sometimes "the communes" as a
 * group), deadlines spread over the year, one in ten "Thường xuyên".
 */
export async function insertTasks(client: pg.PoolClient, year: number, seed: number) {
  await client.query(
    `create temp table nat_agency on commit drop as
     select a.unit_id, a.id, a.name,
            (row_number() over (partition by a.unit_id order by a.id) - 1)::int as k
       from agency a join nat_plan n on n.unit_id = a.unit_id where a.active`,
  );
  await client.query('create index on nat_agency (unit_id, k)');
  await client.query(
    `create temp table nat_line on commit drop as
     select (x.d)::int as d, (x.j)::int as j, x.content, x.folded
       from json_to_recordset($1::json) as x(d int, j int, content text, folded text)`,
    [
      JSON.stringify(
        TASK_LINES.flatMap((lines, d) =>
          lines.map((content, j) => ({ d, j, content, folded: foldVietnamese(content) })),
        ),
      ),
    ],
  );
  // Keyed by unit, not plan id: the same seed gives the same tasks whatever ids the rows get.
  const key = 'n.unit_id::bigint * 4096 + g';
  const r = (salt: number) => rnd(key, seed, salt);
  const results = `array[${EXPECTED_RESULTS.map((e) => `'${e}'`).join(', ')}]`;
  const { rowCount } = await client.query(
    `insert into plan_task (plan_id, task_key, position, number, content, dimension_codes, lead,
                            cooperating, deadline, expected_result)
     select n.id, 'N' || g, g, (x.d + 1) || '.' || x.j, l.content,
            array['D' || (x.d + 1)], jsonb_build_object('kind', 'agency', 'id', la.id::text, 'name', la.name),
            case when co.id is null then '[]'::jsonb
                 when n.level = 'province' and ${r(3)} < 0.2
                   then jsonb_build_array(jsonb_build_object('kind', 'agency', 'id', co.id::text, 'name', co.name),
                          jsonb_build_object('kind', 'group', 'label', 'UBND các xã, phường', 'memberIds', '[]'::jsonb))
                 else jsonb_build_array(jsonb_build_object('kind', 'agency', 'id', co.id::text, 'name', co.name)) end,
            case when ${r(4)} < 0.1
                 then jsonb_build_object('kind', 'recurring', 'every', 'continuous', 'label', 'Thường xuyên')
                 else jsonb_build_object('kind', 'date', 'date', to_char(x.due, 'YYYY-MM-DD'),
                                         'label', 'Trước ngày ' || to_char(x.due, 'DD/MM/YYYY')) end,
            (${results})[1 + floor(${r(5)} * ${EXPECTED_RESULTS.length})::int]
       from nat_plan n
       cross join generate_series(1, n.tasks) g
       cross join lateral (
         select (g - 1) / ceil(n.tasks / 8.0)::int as d,
                ((g - 1) % ceil(n.tasks / 8.0)::int) + 1 as j,
                make_date(${year}, 1, 20) + floor(${r(2)} * 340)::int as due,
                floor(${r(1)} * n.n_agencies)::int as lead_k
       ) x
       join nat_line l on l.d = x.d and l.j = x.j % 4
       join nat_agency la on la.unit_id = n.unit_id and la.k = x.lead_k
       left join nat_agency co on ${r(6)} < 0.6 and co.unit_id = n.unit_id
             and co.k = (x.lead_k + 1 + floor(${r(7)} * greatest(n.n_agencies - 1, 1))::int) % n.n_agencies
            and co.k <> x.lead_k
      where n.n_agencies > 0
      order by n.id, g`,
  );
  return rowCount ?? 0;
}
