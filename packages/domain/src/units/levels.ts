/** Administrative levels across both eras: districts exist only before 1 July 2025. */
export const UNIT_LEVELS = ['country', 'province', 'district', 'commune'] as const;
export type UnitLevel = (typeof UNIT_LEVELS)[number];

/** The two-tier local government took effect on this date (Resolution 202/2025/QH15). */
export const TWO_TIER_START = '2025-07-01';

/**
 * Whether units of a level exist on an ISO date: districts only before TWO_TIER_START.
 * Anything that asks a level to act (report, lead, be reminded) for a time after that
 * date asks this instead of carrying the district along as an empty row.
 */
export function levelExistsOn(level: UnitLevel | 'agency', date: string): boolean {
  return level !== 'district' || date < TWO_TIER_START;
}

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
