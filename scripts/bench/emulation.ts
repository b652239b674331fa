// `npm run bench` (emulation): a national emulation year — every one of the 34 provinces
// scored (its agencies and all its communes) from the national data generator's tasks,
// reports and plan obligations — against hand-written SQL of the same aggregates (on-time
// and counted records per subject and measure). The counts must be equal, or the bench
// fails; then the time of each, and their ratio. BENCH_SCALE=0.1 for a quick run;
// DATABASE_URL=postgres://… runs it on PostgreSQL (scratch database, dropped at the end).
import { bootstrap } from '../../apps/server/src/bootstrap.ts';
import { NATIONAL_YEAR, generateNational } from '../../apps/server/src/seed/national/national.ts';
import { todayVn } from '../../apps/server/src/platform/clock.ts';
import { scoreYear } from '../../apps/server/src/modules/emulation/emulation.service.ts';
import { getInUseSince } from '../../apps/server/src/modules/system/in-use-since.ts';
import { openScratch } from './scratch-db.ts';

const scale = Number(process.env.BENCH_SCALE ?? 1);
const { database, drop } = await openScratch({ onDisk: true });
await bootstrap(database, { demo: true });
await generateNational(database.pool, { scale });
const year = NATIONAL_YEAR;
const today = todayVn();
const asOf = today < `${year}-12-31` ? today : `${year}-12-31`;
const inUse = await getInUseSince(database.db);
const provinces = (
  await database.pool.query<{ id: number; path: string }>(
    `select id, path from admin_unit where era = 'post2025' and level = 'province' order by code`,
  )
).rows;

// The same aggregates in one statement per province: subject key → measure → [on time, counted].
const SQL = `
with agencies as (select id from agency where unit_id = $1 and active and kind <> 'ubnd'),
communes as (select id, path from admin_unit where level = 'commune' and path like $2 || '%'
               and (valid_from is null or valid_from <= $3::date) and (valid_to is null or $3::date <= valid_to)),
t as (
  select ts.*, case
      when ts.cancelled_on is not null and ts.cancelled_on <= $3::date then null
      when ts.completed_on is not null and ts.completed_on <= $3::date then
        case when ts.completed_on <= ts.due_on then 'on_time' else 'late' end
      when ts.due_on < $3::date and ts.due_on >= $4::date then 'missing' end as outcome
    from task_state ts
   where ts.unit_path like $2 || '%' and ts.due_on between $5::date and $6::date),
d as (
  select 'report' as m, r.unit_id, r.agency_id, r.due_on as due,
         ((r.first_submitted_at at time zone 'UTC') + interval '7 hours')::date as done
    from report r where r.unit_path like $2 || '%' and r.due_on between $5::date and $6::date
  union all
  select 'plan', o.unit_id, o.agency_id, o.due, p.issued_on
    from plan_obligation o join admin_unit u on u.id = o.unit_id left join plan p on p.id = o.child_plan_id
   where u.path like $2 || '%' and o.due between $5::date and $6::date),
dd as (
  select d.*, case
      when d.done is not null and d.done <= $3::date then case when d.done <= d.due then 'on_time' else 'late' end
      when d.due < $4::date then null
      when $3::date > d.due then 'missing' end as outcome
    from d)
select 'agency:' || a.id as key, 'tasks_on_time' as m, count(*) filter (where t.outcome = 'on_time')::int as n,
       count(*)::int as total
  from t cross join lateral (select distinct x from unnest(t.lead_agency_ids) x) l(a_id)
  join agencies a on a.id = l.a_id where t.outcome is not null group by a.id
union all
select 'commune:' || c.id, 'tasks_on_time', count(*) filter (where t.outcome = 'on_time')::int, count(*)::int
  from t join communes c on c.path = t.unit_path where t.outcome is not null group by c.id
union all
select case when dd.agency_id is not null then 'agency:' || dd.agency_id else 'commune:' || dd.unit_id end,
       case dd.m when 'report' then 'reports_on_time' else 'plans_on_time' end,
       count(*) filter (where dd.outcome = 'on_time')::int, count(*)::int
  from dd where dd.outcome is not null
   and ((dd.agency_id is not null and dd.agency_id in (select id from agencies))
        or (dd.agency_id is null and dd.unit_id in (select id from communes)))
 group by 1, 2`;

let appMs = 0;
let sqlMs = 0;
let subjects = 0;
let records = 0;
for (const p of provinces) {
  const a0 = performance.now();
  const { results } = await scoreYear(database.db, p, year, today);
  appMs += performance.now() - a0;
  const s0 = performance.now();
  const raw = await database.pool.query<{ key: string; m: string; n: number; total: number }>({
    name: 'emulation-bench',
    text: SQL,
    values: [p.id, p.path, asOf, inUse, `${year}-01-01`, `${year}-12-31`],
  });
  sqlMs += performance.now() - s0;
  const expected = new Map(raw.rows.map((r) => [`${r.key} ${r.m}`, `${r.n}/${r.total}`]));
  subjects += results.subjects.length;
  for (const s of results.subjects)
    for (const l of s.score.lines) {
      if (l.kind !== 'criterion' || !l.measure) continue;
      records += l.refs.length;
      const got = `${l.refs.filter((r) => r.outcome === 'on_time').length}/${l.refs.length}`;
      const want = expected.get(`${s.kind}:${s.id} ${l.measure}`) ?? '0/0';
      if (got !== want) {
        console.error(
          `Province ${p.id}, ${s.kind} ${s.id} (${s.name}), ${l.measure}: app ${got}, SQL ${want}`,
        );
        process.exit(1);
      }
    }
}
console.log(`\nEmulation year ${year}, national (${database.kind}, scale ${scale})`);
console.log(
  '| provinces | subjects | records | app ms | SQL ms | ratio |\n|---:|---:|---:|---:|---:|---:|',
);
console.log(
  `| ${provinces.length} | ${subjects.toLocaleString('en')} | ${records.toLocaleString('en')} | ${appMs.toFixed(0)} | ${sqlMs.toFixed(0)} | ${(appMs / sqlMs).toFixed(2)}× |`,
);
await database.close();
await drop();
