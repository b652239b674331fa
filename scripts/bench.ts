// `npm run bench`: speed of the foundation's hot paths, each API call measured against the
// raw SQL of the same question in the same run (ratios, not absolute targets).
// DATABASE_URL=postgres://… benchmarks PostgreSQL (a scratch database is created and dropped).
import { openScratch } from './bench/scratch-db.ts';
import { bootstrap } from '../apps/server/src/bootstrap.ts';
import { createApp } from '../apps/server/src/app.ts';
import { loadConfig } from '../apps/server/src/config.ts';
import { todayVn } from '../apps/server/src/platform/clock.ts';
import { TestClient } from '../apps/server/src/test/client.ts';
import { listChildren, searchUnits } from '../apps/server/src/modules/units/units.repository.ts';
import { listAgencies } from '../apps/server/src/modules/agencies/agencies.repository.ts';
import {
  findFramework,
  loadAllResults,
} from '../apps/server/src/modules/indices/indices.repository.ts';
import { buildProfile } from '../apps/server/src/modules/indices/indices.service.ts';
import { importShippedPapi } from '../apps/server/src/modules/indices/indices.shipped.ts';
import { benchPlans } from './bench-plans.ts';
import { benchSurveys } from './bench-surveys.ts';

const ROUNDS = 200;

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { p50: at(0.5), p95: at(0.95) };
}

async function time(run: () => Promise<unknown>) {
  for (let i = 0; i < 10; i++) await run(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const t = performance.now();
    await run();
    samples.push(performance.now() - t);
  }
  return stats(samples);
}

const { database, drop } = await openScratch();
const t0 = performance.now();
await bootstrap(database, { demo: true });
const bootstrapMs = performance.now() - t0;
await database.pool.query('update app_user set must_change_password = false');
const app = createApp(database, loadConfig({ DATA_DIR: '/nonexistent' }));
const client = new TestClient(app);
await client.login('admin');
const { rows } = await database.pool.query<{ id: number; path: string }>(
  `select id, path from admin_unit where era = 'post2025' and level = 'province' and code = '14'`,
);
const province = rows[0]!;

// The SQL side runs the very queries the handlers run, so the ratio is the cost of HTTP,
// session lookup, validation and output shaping.
const today = todayVn();
const scope = [province.path];
const oldSonLa = (
  await database.pool.query<{ id: number }>(
    `select id from admin_unit where era = 'pre2025' and level = 'province' and code = '14'`,
  )
).rows[0]!.id;
// The raw aggregate the index pages rest on: per-year mean, median and quartiles of totals.
const papiAggregate = (years: number[]) =>
  database.pool.query(
    `select rel.year, count(*) filter (where x.assessed), avg(x.total),
            percentile_cont(array[0.25, 0.5, 0.75]) within group (order by x.total)
       from index_result x join index_release rel on rel.id = x.release_id
      where rel.framework_code = 'PAPI' and rel.year = any($1::int[])
      group by rel.year`,
    [years],
  );
const allYears = Array.from({ length: 13 }, (_, i) => 2011 + i);
const cases: { name: string; api: () => Promise<unknown>; sql: () => Promise<unknown> }[] = [
  {
    name: 'PAPI profile, Sơn La 2023 (all 13 years)',
    api: () => client.get(`/api/indices/PAPI/units/${oldSonLa}/profile?year=2023`),
    sql: () => papiAggregate(allYears),
  },
  {
    name: 'PAPI ranking 2023 (63 rows)',
    api: () => client.get('/api/indices/PAPI/rankings/2023'),
    sql: () => papiAggregate([2023, 2022]),
  },
  {
    name: 'search units "moc chau"',
    api: () => client.get('/api/units?q=moc%20chau'),
    sql: () => searchUnits(database.db, 'moc chau', scope, today, 200),
  },
  {
    name: 'children of the province (75)',
    api: () => client.get(`/api/units?parentId=${province.id}`),
    sql: () => listChildren(database.db, province.id, today, 200),
  },
  {
    name: 'agencies, first page (100)',
    api: () => client.get('/api/agencies'),
    sql: () =>
      listAgencies(database.db, {
        scopePaths: scope,
        includeInactive: false,
        page: 1,
        pageSize: 100,
      }),
  },
  {
    name: 'session lookup alone',
    api: () => client.get('/api/auth/me'),
    sql: () => database.pool.query('select 1'),
  },
];

const rssBefore = process.memoryUsage().rss;
console.log(`\nPAPI Hub bench — ${database.kind}, ${ROUNDS} rounds each (ms)`);
console.log(`bootstrap (migrate + import 14,150 units + demo): ${bootstrapMs.toFixed(0)} ms\n`);
console.log('| case | API p50 | API p95 | SQL p50 | ratio p50 |');
console.log('|---|---:|---:|---:|---:|');
for (const c of cases) {
  const api = await time(c.api);
  const sql = await time(c.sql);
  console.log(
    `| ${c.name} | ${api.p50.toFixed(2)} | ${api.p95.toFixed(2)} | ${sql.p50.toFixed(2)} | ${(api.p50 / sql.p50).toFixed(2)}× |`,
  );
}
// Index computations without HTTP: every province-year profile, and the shipped-data import.
{
  const framework = (await findFramework(database.db, 'PAPI'))!;
  const all = await loadAllResults(database.db, 'PAPI');
  const t = performance.now();
  let profiles = 0;
  for (const row of all) {
    if (!row.assessed) continue;
    buildProfile(framework, all, row.unit.id, row.year);
    profiles++;
  }
  const profileMs = performance.now() - t;
  await database.pool.query(
    'delete from index_result; delete from index_release; delete from index_framework',
  );
  const ti = performance.now();
  const imported = await database.db.transaction((tx) => importShippedPapi(tx));
  const importMs = performance.now() - ti;
  const aggregate = await time(() => papiAggregate(allYears));
  console.log(
    `\n${profiles} PAPI profiles (every assessed province-year) in ${profileMs.toFixed(0)} ms ` +
      `(${(profileMs / profiles).toFixed(2)} ms each, ${(profileMs / profiles / aggregate.p50).toFixed(2)}× ` +
      `the raw aggregate over all 13 years, ${aggregate.p50.toFixed(2)} ms); ` +
      `shipped import of ${imported.results} results in ${importMs.toFixed(0)} ms ` +
      `(${(importMs / aggregate.p50).toFixed(0)}× that aggregate)`,
  );
}
await benchPlans(database, client, province.id);
await benchSurveys(database);
const rssAfter = process.memoryUsage().rss;
console.log(
  `\nRSS: ${(rssBefore / 1e6).toFixed(0)} MB → ${(rssAfter / 1e6).toFixed(0)} MB after all rounds`,
);
await database.close();
await drop();

// The browser bench starts its own server on PGlite, so it runs once, not per database.
if (database.kind === 'pglite') {
  await (await import('./bench-web.ts')).runWebBench();
  await (await import('./bench-first-load.ts')).runFirstLoadBench();
}
