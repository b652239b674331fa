import type pg from 'pg';
import { PROVINCE_AGENCIES, communeAgencies, provinceAgencyName } from '../demo-agencies.ts';
import { agencySearchText } from '../../modules/agencies/agencies.repository.ts';
import { userSearchText } from '../../modules/users/users.repository.ts';
import { COMMUNE_OFFICES } from './texts.ts';

export interface NationalUnit {
  id: number;
  code: string;
  name: string;
  full_name: string;
  type: string;
  level: 'province' | 'commune';
  parent_id: number | null;
  path: string;
}

/** The current (post-2025) provinces and communes, provinces first. */
export async function loadCurrentUnits(client: pg.PoolClient) {
  const { rows } = await client.query<NationalUnit>(
    `select id, code, name, full_name, type, level, parent_id, path from admin_unit
      where era = 'post2025' and level in ('province', 'commune')
      order by case level when 'province' then 0 else 1 end, path`,
  );
  const root = await client.query<{ id: number }>(
    `select id from admin_unit where era = 'all' order by id limit 1`,
  );
  return { units: rows, rootId: root.rows[0]?.id ?? null };
}

// json_to_recordset keeps one statement per few thousand rows: fast on both databases
// and no giant parameter lists.
export async function insertJson(
  client: pg.PoolClient,
  sqlText: string,
  rows: unknown[],
  extra: unknown[] = [],
  batch = 4000,
) {
  for (let i = 0; i < rows.length; i += batch) {
    await client.query(sqlText, [JSON.stringify(rows.slice(i, i + batch)), ...extra]);
  }
}

/**
 * About 22 bodies per province (the demo list) and 7 per commune (UBND, MTTQ, the four
 * offices of a two-tier commune, the police). Units that already have agencies (the demo
 * province) keep theirs. Returns the number inserted.
 */
export async function insertAgencies(client: pg.PoolClient, units: NationalUnit[]) {
  const taken = new Set(
    (await client.query<{ unit_id: number }>('select distinct unit_id from agency')).rows.map(
      (r) => r.unit_id,
    ),
  );
  const rows: { unit_id: number; name: string; short_name: string; kind: string }[] = [];
  for (const u of units) {
    if (taken.has(u.id)) continue;
    const list =
      u.level === 'province'
        ? PROVINCE_AGENCIES.map((a) => ({ ...a, name: provinceAgencyName(a.name, u.type, u.name) }))
        : [
            ...communeAgencies(u.name, u.type),
            ...COMMUNE_OFFICES.map((o) => ({
              ...o,
              name: `${o.name} ${u.type.toLowerCase()} ${u.name}`,
            })),
          ];
    for (const a of list)
      rows.push({ unit_id: u.id, name: a.name, short_name: a.shortName, kind: a.kind });
  }
  await insertJson(
    client,
    `insert into agency (unit_id, name, short_name, kind, search)
     select unit_id, name, short_name, kind, search
       from json_to_recordset($1::json)
         as x(unit_id int, name text, short_name text, kind text, search text)`,
    rows.map((r) => ({ ...r, search: agencySearchText(r.name, r.short_name) })),
  );
  return rows.length;
}

/**
 * Accounts that log in like real ones: a national admin, per province a PAPI coordinator
 * (Sở Nội vụ), a leader (UBND tỉnh) and an officer per other body; per commune an officer
 * and a leader of the UBND. One argon2 hash is shared (hashing thousands would take
 * minutes); every account has the given password and no forced change.
 */
export async function insertUsers(
  client: pg.PoolClient,
  units: NationalUnit[],
  rootId: number | null,
  passwordHash: string,
) {
  const { rows: agencies } = await client.query<{
    id: number;
    unit_id: number;
    short_name: string;
  }>(
    `select a.id, a.unit_id, a.short_name from agency a
       join admin_unit u on u.id = a.unit_id and u.era = 'post2025' order by a.id`,
  );
  const byUnit = new Map<number, typeof agencies>();
  for (const a of agencies) byUnit.set(a.unit_id, [...(byUnit.get(a.unit_id) ?? []), a]);
  const users: {
    username: string;
    full_name: string;
    role: string;
    unit_id: number;
    agency_id: number | null;
  }[] = [];
  if (rootId !== null) {
    users.push({
      username: 'qg.admin',
      full_name: 'Quản trị toàn quốc',
      role: 'admin',
      unit_id: rootId,
      agency_id: null,
    });
  }
  for (const u of units) {
    const list = byUnit.get(u.id) ?? [];
    const find = (short: string) => list.find((a) => a.short_name.startsWith(short))?.id ?? null;
    const prefix = u.level === 'province' ? `t${u.code}` : `x${u.code}`;
    if (u.level === 'province') {
      users.push(
        {
          username: `${prefix}.dieuphoi`,
          full_name: `Đầu mối PAPI ${u.name}`,
          role: 'coordinator',
          unit_id: u.id,
          agency_id: find('SNV'),
        },
        {
          username: `${prefix}.lanhdao`,
          full_name: `Lãnh đạo UBND ${u.name}`,
          role: 'leader',
          unit_id: u.id,
          agency_id: find('UBND'),
        },
      );
      list.forEach((a, i) =>
        users.push({
          username: `${prefix}.cq${i + 1}`,
          full_name: `Cán bộ ${a.short_name} ${u.name}`,
          role: 'officer',
          unit_id: u.id,
          agency_id: a.id,
        }),
      );
    } else {
      const ubnd = find('UBND');
      users.push(
        {
          username: `${prefix}.canbo`,
          full_name: `Cán bộ UBND ${u.name}`,
          role: 'officer',
          unit_id: u.id,
          agency_id: ubnd,
        },
        {
          username: `${prefix}.lanhdao`,
          full_name: `Chủ tịch UBND ${u.name}`,
          role: 'leader',
          unit_id: u.id,
          agency_id: ubnd,
        },
      );
    }
  }
  await insertJson(
    client,
    `insert into app_user (username, full_name, role, unit_id, agency_id, password_hash,
                           must_change_password, search)
     select username, full_name, role, unit_id, agency_id, $2, false, search
       from json_to_recordset($1::json)
         as x(username text, full_name text, role text, unit_id int, agency_id int, search text)
     on conflict (username) do nothing`,
    users.map((u) => ({ ...u, search: userSearchText(u.username, u.full_name, '') })),
    [passwordHash],
  );
  return users.length;
}
