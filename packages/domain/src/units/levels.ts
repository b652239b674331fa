/** Administrative levels across both eras: districts exist only before 1 July 2025. */
export const UNIT_LEVELS = ['country', 'province', 'district', 'commune'] as const;
export type UnitLevel = (typeof UNIT_LEVELS)[number];

/** The two-tier local government took effect on this date (Resolution 202/2025/QH15). */
export const TWO_TIER_START = '2025-07-01';

export interface Validity {
  validFrom: string | null;
  validTo: string | null;
}

/** True when a unit (valid from/to, ISO dates, inclusive) exists on the given ISO date. */
export function isValidOn(unit: Validity, date: string): boolean {
  return (
    (unit.validFrom === null || unit.validFrom <= date) &&
    (unit.validTo === null || date <= unit.validTo)
  );
}
