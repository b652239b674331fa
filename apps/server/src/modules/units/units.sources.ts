import fs from 'node:fs';
import path from 'node:path';
import { officialUnitName, type UnitLevel } from '@papi/domain';

export interface UnitRecordInput {
  era: 'all' | 'pre2025' | 'post2025';
  level: UnitLevel;
  code: string;
  type: string;
  name: string;
  fullName: string;
  nameEn: string;
  regionId: number | null;
  parentKey: string | null;
}

interface UnitType {
  Id: number;
  ShortName: string;
}

// The source's English names for the archipelagos are foreign exonyms; a Vietnamese
// government product uses the Vietnamese names (see SOURCE.md).
const EN_OVERRIDES: Record<string, string> = { 'Hoàng Sa': 'Hoang Sa', 'Trường Sa': 'Truong Sa' };

export const COUNTRY_KEY = 'all|country|VN';

/** Flattens the shipped CSVs into unit records, parents always before their children. */
export function buildUnitRecords(
  read: (file: string) => Record<string, string>[],
  dir: string,
): UnitRecordInput[] {
  const typesOf = (era: string) => {
    const list = JSON.parse(
      fs.readFileSync(path.join(dir, era, 'administrative_units.json'), 'utf8'),
    ) as UnitType[];
    return new Map(list.map((t) => [String(t.Id), t.ShortName]));
  };
  const preTypes = typesOf('pre2025');
  const postTypes = typesOf('post2025');
  const record = (
    era: 'pre2025' | 'post2025',
    level: UnitLevel,
    row: Record<string, string>,
    parentKey: string,
  ): UnitRecordInput => ({
    era,
    level,
    code: row.code!,
    type: (era === 'pre2025' ? preTypes : postTypes).get(row.administrative_unit_id!) ?? '',
    name: officialUnitName(row.name!),
    fullName: officialUnitName(row.full_name!),
    nameEn: EN_OVERRIDES[row.name!] ?? row.name_en!,
    regionId: row.administrative_region_id ? Number(row.administrative_region_id) : null,
    parentKey,
  });

  const out: UnitRecordInput[] = [
    {
      era: 'all',
      level: 'country',
      code: 'VN',
      type: 'Quốc gia',
      name: 'Việt Nam',
      fullName: 'Việt Nam',
      nameEn: 'Viet Nam',
      regionId: null,
      parentKey: null,
    },
  ];
  for (const r of read('pre2025/provinces.csv'))
    out.push(record('pre2025', 'province', r, COUNTRY_KEY));
  for (const r of read('pre2025/districts.csv')) {
    out.push(record('pre2025', 'district', r, `pre2025|province|${r.province_code}`));
  }
  for (const r of read('pre2025/wards.csv')) {
    out.push(record('pre2025', 'commune', r, `pre2025|district|${r.district_code}`));
  }
  for (const r of read('post2025/provinces.csv'))
    out.push(record('post2025', 'province', r, COUNTRY_KEY));
  for (const r of read('post2025/wards.csv')) {
    out.push(record('post2025', 'commune', r, `post2025|province|${r.province_code}`));
  }
  return out;
}
