// What the national bench asks about: the province with most communes, its first commune
// and that commune's officer, random task ids across the whole data set, and the reporting
// period of the national regime. Picked once (in the bench) and handed to the server process.
import type pg from 'pg';

interface UnitPick {
  id: number;
  code: string;
  path: string;
}

export interface Fixture {
  province: UnitPick;
  commune: UnitPick;
  communeOfficer: { username: string; agencyId: number };
  /** Random task ids over every province, a fixed seed: (d) asks them in this order. */
  taskIds: number[];
  cutoff: string;
}

export interface ReportingFixture {
  regimeId: number;
  periodKey: string;
  periodId: number;
}

export async function fixtureOf(pool: pg.Pool, year: number) {
  const one = async <T>(text: string, params: unknown[] = []) =>
    (await pool.query(text, params)).rows[0] as T;
  const province = await one<UnitPick>(
    `select p.id, p.code, p.path from admin_unit p
       join admin_unit c on c.parent_id = p.id and c.era = 'post2025'
      where p.era = 'post2025' and p.level = 'province'
      group by p.id order by count(*) desc, p.code limit 1`,
  );
  const commune = await one<UnitPick>(
    'select id, code, path from admin_unit where parent_id = $1 order by code limit 1',
    [province.id],
  );
  const username = `x${commune.code}.canbo`;
  const officer = await one<{ agency_id: number }>(
    'select agency_id from app_user where username = $1',
    [username],
  );
  // setseed makes random() repeatable within this session: pin one connection.
  const client = await pool.connect();
  let taskIds: number[];
  try {
    await client.query('select setseed(0.13)');
    taskIds = (
      await client.query<{ id: number }>(
        'select task_id as id from task_state order by random() limit 2000',
      )
    ).rows.map((r) => r.id);
  } finally {
    client.release();
  }
  const reporting = (
    await pool.query<ReportingFixture>(
      `select g.id as "regimeId", p.key as "periodKey", p.id as "periodId"
         from reporting_regime g join admin_unit u on u.id = g.unit_id and u.level = 'country'
         join report_period p on p.regime_id = g.id
        where g.code = 'PAPI-KH' and p.key = $1`,
      [`${year}-H1`],
    )
  ).rows[0]!;
  const fixture: Fixture = {
    province,
    commune,
    communeOfficer: { username, agencyId: officer.agency_id },
    taskIds,
    cutoff: `${year}-11-01`,
  };
  return { fixture, reporting };
}

/** The installation's in-use date: earlier due dates are history, never overdue. */
export const IN_USE = `coalesce((select (st.value #>> '{}')::date from setting st
  where st.key = 'in_use_since'), '-infinity'::date)`;

/** A subtree as byte bounds a generic plan still takes to the path index ("/1/14/" → "/1/140"). */
export const bounds = (path: string) => [
  path,
  path.slice(0, -1) + String.fromCharCode(path.charCodeAt(path.length - 1) + 1),
];
