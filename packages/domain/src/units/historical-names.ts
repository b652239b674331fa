/**
 * Provinces renamed without a merger keep one unit in the catalogue, named as it is now;
 * a result of an earlier year shows the name the province had that year. Thừa Thiên Huế
 * became Thành phố Huế (a centrally-run city) on 01/01/2025 (Resolution
 * 1314/NQ-UBTVQH15 of 30/11/2024): PAPI 2011–2024 name it Thừa Thiên Huế.
 */
interface Rename {
  code: string;
  /** The last year the old name applies to. */
  untilYear: number;
  name: string;
  fullName: string;
}

const PROVINCE_RENAMES: readonly Rename[] = [
  { code: '46', untilYear: 2024, name: 'Thừa Thiên Huế', fullName: 'Tỉnh Thừa Thiên Huế' },
];

interface NamedUnit {
  code: string;
  level: string;
  name: string;
  fullName: string;
}

/** The unit as it was named in `year` (provinces only; everything else is unchanged). */
export function namedInYear<T extends NamedUnit>(unit: T, year: number): T {
  if (unit.level !== 'province') return unit;
  const r = PROVINCE_RENAMES.find((x) => x.code === unit.code && year <= x.untilYear);
  return r ? { ...unit, name: r.name, fullName: r.fullName } : unit;
}
