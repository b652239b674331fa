/**
 * Finds the catalogue agency a pasted name means: the domain's matcher (accents, case,
 * punctuation, administrative abbreviations such as "UBND", "Sở TN&MT", the unit's name),
 * then a catalogue name that merely continues the pasted one ("Sở Nội vụ" → "Sở Nội vụ
 * Sơn La"), accepted only when a single agency fits. Pure, unit-tested.
 */
import { agencyKey, indexAgencies, splitAgencyCell } from '@papi/domain';
import type { AgencyRef } from '@papi/domain';

export interface AgencyOption {
  id: number;
  name: string;
  shortName: string;
  active?: boolean;
  /** The agency's unit: shown beside agencies of other units, and matched as a suffix. */
  unitName?: string;
}

// One index per catalogue array: a paste looks up every agency cell of every row.
const indexes = new WeakMap<readonly AgencyOption[], ReturnType<typeof indexAgencies>>();

/** The one agency the name means, or null when none or several fit. */
export function matchAgency<A extends AgencyOption>(
  name: string,
  agencies: readonly A[],
): A | null {
  const q = agencyKey(name);
  if (!q) return null;
  const live = agencies.filter((a) => a.active !== false);
  let index = indexes.get(agencies);
  if (!index) {
    index = indexAgencies(live);
    indexes.set(agencies, index);
  }
  const found = index.find(name);
  if (found) return live.find((a) => a.id === found.id) ?? null;
  const prefixed = live.filter((a) => agencyKey(a.name).startsWith(`${q} `));
  return prefixed.length === 1 ? prefixed[0]! : null;
}

export const toRef = (a: AgencyOption): AgencyRef => ({
  kind: 'agency',
  id: String(a.id),
  name: a.name,
});

/** A catalogue agency when one fits, else the wording kept as a group ("UBND các xã"). */
export function refFromText(
  text: string,
  agencies: readonly AgencyOption[],
): { ref: AgencyRef; matched: boolean } {
  const found = matchAgency(text, agencies);
  if (found) return { ref: toRef(found), matched: true };
  return { ref: { kind: 'group', label: text.trim(), memberIds: [] }, matched: false };
}

/**
 * A cell listing several agencies or collectives, read as the appendix import reads it
 * (domain splitAgencyCell): ";" and new lines separate, a comma only before another name,
 * so "Sở Văn hóa, Thể thao và Du lịch" and "các sở, ban, ngành" stay whole.
 */
export function splitAgencies(text: string, agencies: readonly AgencyOption[]): string[] {
  const index = { find: (name: string) => matchAgency(name, agencies), suggest: () => [] };
  return splitAgencyCell(text, index);
}
