import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import { foldVietnamese, TWO_TIER_START, type UnitLevel } from '@papi/domain';
import type { Executor } from '../../db/client.ts';
import { buildUnitRecords, type UnitRecordInput } from './units.sources.ts';
import { SHIPPED_DATA_DIR } from '../../paths.ts';

export const ADMIN_UNITS_DIR = path.join(SHIPPED_DATA_DIR, 'admin-units');

export interface UnitImportResult {
  inserted: number;
  updated: number;
  successions: number;
  /** Mapping rows whose old code is not in the pre-2025 list (see SOURCE.md). */
  skippedMappings: number;
}

const readCsv = (dir: string, file: string) =>
  parse(fs.readFileSync(path.join(dir, file)), { columns: true, skip_empty_lines: true }) as Record<
    string,
    string
  >[];

const keyOf = (r: { era: string; level: string; code: string }) => `${r.era}|${r.level}|${r.code}`;
const BATCH = 2000;

async function inBatches<T>(rows: T[], run: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += BATCH) await run(rows.slice(i, i + BATCH));
}

/**
 * Imports both eras and the 2025 succession from the shipped CSVs. Idempotent: existing
 * units keep their ids (users and agencies point at them) and get their names refreshed.
 */
export async function importAdminUnits(
  db: Executor,
  dir = ADMIN_UNITS_DIR,
): Promise<UnitImportResult> {
  const records = buildUnitRecords((file) => readCsv(dir, file), dir);
  const existing = await db.execute<{
    id: number;
    era: string;
    level: string;
    code: string;
    path: string;
  }>(sql`select id, era, level, code, path from admin_unit`);
  const known = new Map(existing.rows.map((r) => [keyOf(r), { id: r.id, path: r.path }]));
  const fresh = records.filter((r) => !known.has(keyOf(r)));
  const ids = await db.execute<{ id: number }>(
    sql`select nextval('admin_unit_id_seq')::int as id from generate_series(1, ${fresh.length})`,
  );
  fresh.forEach((r, i) => known.set(keyOf(r), { id: ids.rows[i]!.id, path: '' }));

  const rows = records.map((r) => {
    const self = known.get(keyOf(r))!;
    const parent = r.parentKey ? known.get(r.parentKey) : undefined;
    if (r.parentKey && !parent) throw new Error(`Không tìm thấy đơn vị cha ${r.parentKey}`);
    self.path = `${parent?.path ?? '/'}${self.id}/`;
    return { ...toColumns(r), id: self.id, parent_id: parent?.id ?? null, path: self.path };
  });
  const freshIds = new Set(fresh.map((r) => known.get(keyOf(r))!.id));
  const inserts = rows.filter((r) => freshIds.has(r.id));
  const updates = rows.filter((r) => !freshIds.has(r.id));

  await inBatches(inserts, (batch) =>
    db.execute(sql`
      insert into admin_unit (id, era, level, code, type, name, full_name, name_en, parent_id, path,
                              region_id, valid_from, valid_to, search)
      select id, era, level, code, type, name, full_name, name_en, parent_id, path,
             region_id, valid_from, valid_to, search
        from json_to_recordset(${JSON.stringify(batch)}::json) as x(${RECORD_COLUMNS})`),
  );
  await inBatches(updates, (batch) =>
    db.execute(sql`
      update admin_unit u set type = x.type, name = x.name, full_name = x.full_name,
             name_en = x.name_en, region_id = x.region_id, valid_from = x.valid_from,
             valid_to = x.valid_to, search = x.search
        from json_to_recordset(${JSON.stringify(batch)}::json) as x(${RECORD_COLUMNS})
       where u.id = x.id`),
  );

  const { pairs, skipped } = buildSuccessions((file) => readCsv(dir, file), known);
  await db.execute(sql`delete from unit_succession`);
  await inBatches(pairs, (batch) =>
    db.execute(sql`
      insert into unit_succession (old_unit_id, new_unit_id, merge_type)
      select old_unit_id, new_unit_id, merge_type
        from json_to_recordset(${JSON.stringify(batch)}::json)
          as x(old_unit_id int, new_unit_id int, merge_type text)
      on conflict do nothing`),
  );
  return {
    inserted: inserts.length,
    updated: updates.length,
    successions: pairs.length,
    skippedMappings: skipped,
  };
}

const RECORD_COLUMNS = sql.raw(
  'id int, era text, level text, code text, type text, name text, full_name text, name_en text, ' +
    'parent_id int, path text, region_id int, valid_from date, valid_to date, search text',
);

function toColumns(r: UnitRecordInput) {
  return {
    era: r.era,
    level: r.level,
    code: r.code,
    type: r.type,
    name: r.name,
    full_name: r.fullName,
    name_en: r.nameEn,
    region_id: r.regionId,
    valid_from: r.era === 'post2025' ? TWO_TIER_START : null,
    valid_to: r.era === 'pre2025' ? '2025-06-30' : null,
    search: foldVietnamese(`${r.fullName} ${r.code}`),
  };
}

// The mapping uses the official 1027/CTK-CSCL codes; the current list has two corrected
// codes (SOURCE.md, "Known discrepancies"). Translate them so both communes get their history.
const NEW_CODE_CORRECTIONS: Record<string, string> = { '06970': '06978', '23737': '23938' };

function buildSuccessions(
  read: (file: string) => Record<string, string>[],
  known: Map<string, { id: number }>,
) {
  const pairs: { old_unit_id: number; new_unit_id: number; merge_type: string }[] = [];
  let skipped = 0;
  const add = (
    oldLevel: UnitLevel,
    oldCode: string,
    newLevel: UnitLevel,
    newCode: string,
    type: string,
  ) => {
    const from = known.get(`pre2025|${oldLevel}|${oldCode}`);
    const to = known.get(`post2025|${newLevel}|${NEW_CODE_CORRECTIONS[newCode] ?? newCode}`);
    if (!from || !to) return void skipped++;
    pairs.push({ old_unit_id: from.id, new_unit_id: to.id, merge_type: type });
  };
  for (const row of read('post2025/mapping/province_old_to_new.csv')) {
    add('province', row.old_province_code!, 'province', row.new_province_code!, 'full');
  }
  for (const row of read('post2025/mapping/commune_old_to_new.csv')) {
    if (row.old_commune_code) {
      add('commune', row.old_commune_code, 'commune', row.new_commune_code!, row.merge_type!);
    } else {
      // Island districts without communes became special zones (đặc khu) directly.
      add('district', row.old_district_code!, 'commune', row.new_commune_code!, row.merge_type!);
    }
  }
  return { pairs, skipped };
}
