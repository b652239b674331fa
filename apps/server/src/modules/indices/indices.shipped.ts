import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import { computeTotal, editionFor, matchProvince } from '@papi/domain';
import { ZIndexFramework, type TIndexFramework } from '@papi/contracts';
import type { Executor } from '../../db/client.ts';
import { indexFramework, indexRelease, indexResult } from './indices.table.ts';
import { SHIPPED_DATA_DIR } from '../../paths.ts';

const DATA_DIR = SHIPPED_DATA_DIR;

export function loadShippedFramework(code = 'papi'): TIndexFramework {
  const file = path.join(DATA_DIR, 'indices', `${code}.json`);
  return ZIndexFramework.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
}

const readCsv = (file: string) =>
  parse(fs.readFileSync(path.join(DATA_DIR, 'papi', file)), {
    columns: true,
    skip_empty_lines: true,
  }) as Record<string, string>[];

interface ProvinceRow extends Record<string, unknown> {
  id: number;
  name: string;
  name_en: string;
}

/** "6.1 Public Health|6.2 …" → ["D6.1", "D6.2", …]: our sub-dimension codes. */
const subCodes = (names: string) => names.split('|').map((n) => `D${n.trim().split(' ')[0]}`);

/**
 * Loads the shipped PAPI framework and the official 2011–2023 results of the 63 pre-2025
 * provinces (and the sub-dimension excerpts) into an empty database. Ranks and groups are
 * never stored: the product computes them.
 */
export async function importShippedPapi(db: Executor, importedBy: number | null = null) {
  const framework = loadShippedFramework();
  await db
    .insert(indexFramework)
    .values({ code: framework.code, definition: framework })
    .onConflictDoUpdate({ target: indexFramework.code, set: { definition: framework } });

  const provinces = (
    await db.execute<ProvinceRow>(
      sql`select id, name, name_en from admin_unit where era = 'pre2025' and level = 'province'`,
    )
  ).rows;
  const inEnglish = provinces.map((p) => ({ ...p, name: p.name_en }));
  const excerptScores = new Map<string, [string, number][]>();
  for (const e of readCsv('papi_subdimension_excerpts.csv')) {
    const unit = matchProvince(e.province_en!, inEnglish);
    if (!unit) throw new Error(`Không khớp tỉnh "${e.province_en}" trong trích đoạn`);
    const key = `${e.year}|${unit.id}`;
    const pairs = subCodes(e.sub_names!).flatMap((code, i): [string, number][] => {
      const value = e[`sub_${i + 1}`];
      return value ? [[code, Number(value)]] : [];
    });
    excerptScores.set(key, [...(excerptScores.get(key) ?? []), ...pairs]);
  }
  const rows = readCsv('agg_province_year.csv');
  const years = [...new Set(rows.map((r) => Number(r.year)))].sort();
  let results = 0;
  for (const year of years) {
    const edition = editionFor(framework, year);
    if (!edition) continue;
    const [release] = await db
      .insert(indexRelease)
      .values({
        frameworkCode: framework.code,
        year,
        source: 'Dữ liệu PAPI công bố (papi.org.vn), qua tunah72/papi-dashboard — xem SOURCE.md',
        importedBy,
      })
      .returning({ id: indexRelease.id });
    const values = rows
      .filter((r) => Number(r.year) === year)
      .map((r) => {
        const unit = matchProvince(r.province_vi!, provinces);
        if (!unit) throw new Error(`Không khớp tỉnh "${r.province_vi}" (${year})`);
        const scores: Record<string, number> = {};
        for (const d of edition.dimensions) {
          if (r[d.code]) scores[d.code] = Number(r[d.code]);
        }
        for (const [code, value] of excerptScores.get(`${year}|${unit.id}`) ?? []) {
          scores[code] = value;
        }
        const total = computeTotal(edition, scores);
        return { releaseId: release!.id, unitId: unit.id, assessed: total !== null, scores, total };
      });
    await db.insert(indexResult).values(values);
    results += values.length;
  }
  return { years: years.length, results };
}
