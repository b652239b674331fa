/**
 * Finds the catalogue agency a pasted or imported name means, ignoring accents, case and
 * punctuation ("So Noi vu" → Sở Nội vụ), by full or short name, with or without the unit's
 * name after it ("Sở Nội vụ" → "Sở Nội vụ tỉnh Sơn La"). Pure, unit-tested.
 */
import { foldVietnamese } from '@papi/domain';
import type { AgencyRef } from '@papi/domain';

export interface AgencyOption {
  id: number;
  name: string;
  shortName: string;
  active?: boolean;
  /** Shown beside agencies of other units (found by searching the whole scope). */
  unitName?: string;
}

const EXPANSIONS: [RegExp, string][] = [
  [/^ubnd\b/, 'uy ban nhan dan'],
  [/^hdnd\b/, 'hoi dong nhan dan'],
  [/^mttq\b/, 'mat tran to quoc'],
];

function normal(name: string): string {
  let folded = foldVietnamese(name);
  for (const [re, full] of EXPANSIONS) folded = folded.replace(re, full);
  return folded;
}

/** The one agency the name means, or null when none or several fit. */
export function matchAgency<A extends AgencyOption>(
  name: string,
  agencies: readonly A[],
): A | null {
  const q = normal(name);
  if (!q) return null;
  const live = agencies.filter((a) => a.active !== false);
  const exact = live.filter(
    (a) => normal(a.name) === q || (a.shortName && normal(a.shortName) === q),
  );
  if (exact.length === 1) return exact[0]!;
  if (exact.length > 1) return null;
  // "Sở Nội vụ" for "Sở Nội vụ tỉnh Sơn La": the catalogue name begins with the pasted one.
  const prefixed = live.filter((a) => normal(a.name).startsWith(`${q} `));
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
 * A cell listing several agencies. Separators are ";" and new lines; commas split only
 * when every part is a known agency, since names contain commas ("Sở Văn hóa, Thể thao …").
 */
export function splitAgencies(text: string, agencies: readonly AgencyOption[]): string[] {
  const parts = text
    .split(/[;\n]+/)
    .map((s) =>
      s
        .trim()
        .replace(/^[-–•+]\s*/, '')
        .replace(/[.;,]$/, ''),
    )
    .filter(Boolean);
  return parts.flatMap((part) => {
    if (matchAgency(part, agencies)) return [part];
    const pieces = part
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    if (pieces.length > 1 && pieces.every((p) => matchAgency(p, agencies))) return pieces;
    return [part];
  });
}
