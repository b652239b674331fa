/**
 * Which agencies a collective named in a plan means: "UBND các xã, phường" is the People's
 * Committee of every commune and ward below the plan's unit, "Các sở, ban, ngành tỉnh" the
 * province's departments and sector agencies. The wording is read part by part (commas,
 * semicolons, "và"); a part that is not understood makes the whole wording unknown, so a
 * guess never replaces the user's choice. Pure: the caller gives the candidate agencies.
 */
import type { UnitLevel } from '../units/levels.ts';
import { foldVietnamese } from '../text/fold.ts';
import { agencyKey } from './agency-match.ts';
import type { AgencyRef } from './plan.ts';

export interface MemberCandidate {
  id: string;
  name: string;
  /** agencies.kind: ubnd, so, ban_nganh, phong, mttq, doan_the, cong_an, toa_an, … */
  kind: string;
  unitLevel: UnitLevel;
  /** The unit's type as catalogued: "Xã", "Phường", "Đặc khu", "Thị trấn", "Huyện", … */
  unitType: string;
  /** Materialised id path ("/1/14/"): below = starts with the plan unit's path. */
  unitPath: string;
  active?: boolean;
}

export interface GroupUnit {
  unitPath: string;
  unitLevel: UnitLevel;
}

type Kinds = (level: UnitLevel) => readonly string[];

/** One understood part: People's Committees of units below, or agency kinds at levels. */
type Reading =
  | { what: 'ubnd'; types: Set<string>; levels: Set<UnitLevel>; plural: boolean }
  | { what: 'kinds'; kinds: Kinds; levels: UnitLevel[] | null; fixed: boolean };

/** Folded unit type words, longest first so "thi xa" is not read as "xa". */
const TYPE_WORDS = ['thi tran', 'dac khu', 'thi xa', 'thanh pho', 'xa', 'phuong', 'huyen', 'quan'];
const TYPE_WORDS_WITH_PROVINCE = [...TYPE_WORDS, 'tinh'];
const LEVEL_OF_TIER: Record<string, UnitLevel> = {
  tinh: 'province',
  huyen: 'district',
  xa: 'commune',
};
/** A qualifier word → the levels it names ("thành phố" is a province (Hà Nội) or a district). */
const QUALIFIER_LEVELS: Record<string, UnitLevel[]> = {
  tinh: ['province'],
  'thanh pho': ['province', 'district'],
  huyen: ['district'],
  quan: ['district'],
  'thi xa': ['district'],
  xa: ['commune'],
  phuong: ['commune'],
  'thi tran': ['commune'],
  'dac khu': ['commune'],
};

// Sectors ("ngành") are the departments and agencies working for the People's Committee.
// Courts and procuracies are left out: a plan asks them ("đề nghị"), it does not assign them.
const NGANH = ['so', 'ban_nganh', 'cong_an', 'khac'];
const FRONT = ['mttq', 'doan_the'];
const only =
  (...kinds: string[]): Kinds =>
  () =>
    kinds;
const SECTORS: [string, Kinds, UnitLevel[] | null][] = [
  [
    'co quan chuyen mon',
    (l) => (l === 'province' ? ['so', 'ban_nganh'] : ['phong', 'ban_nganh']),
    null,
  ],
  ['to chuc chinh tri xa hoi', only(...FRONT), null],
  ['doan the chinh tri xa hoi', only(...FRONT), null],
  ['to chuc doan the', only(...FRONT), null],
  ['doan the', only(...FRONT), null],
  // Since 2025 the socio-political organisations sit under the Fatherland Front.
  ['uy ban mat tran to quoc viet nam', only('mttq'), null],
  ['uy ban mat tran to quoc', only('mttq'), null],
  ['mat tran to quoc', only('mttq'), null],
  ['co quan don vi', only(...NGANH, 'phong', ...FRONT), null],
  ['co quan', only(...NGANH, 'phong', ...FRONT), null],
  ['don vi', only(...NGANH, 'phong', ...FRONT), null],
  ['so nganh', only(...NGANH), ['province']],
  ['ban nganh', only(...NGANH), null],
  ['phong ban', only('phong', 'ban_nganh'), null],
  ['phong', only('phong'), null],
  ['nganh', only(...NGANH), null],
  ['so', only('so'), ['province']],
  ['ban', only('ban_nganh'), null],
];

/** "xa phuong thi tran", "cap xa" → unit types and whole levels; null if anything else. */
function readTypes(text: string, words: readonly string[]) {
  const types = new Set<string>();
  const levels = new Set<UnitLevel>();
  let rest = text.trim();
  while (rest) {
    rest = rest.replace(/^cac /, '');
    const tier = /^cap (tinh|huyen|xa)\b/.exec(rest);
    const word = tier ? null : words.find((w) => rest === w || rest.startsWith(`${w} `));
    if (tier) levels.add(LEVEL_OF_TIER[tier[1]!]!);
    else if (word) types.add(word);
    else return null;
    rest = rest.slice(tier ? tier[0].length : word!.length).trim();
  }
  return types.size + levels.size > 0 ? { types, levels } : null;
}

/** Where a part says it belongs ("tỉnh", "thuộc UBND tỉnh", "trên địa bàn"): levels, or null. */
function readQualifier(text: string): { levels: UnitLevel[] | null } | 'unknown' {
  let rest = text
    .trim()
    .replace(/^(chuyen mon|chuc nang)\b/, '')
    .trim()
    .replace(/^(tren dia ban|truc thuoc|thuoc|cua|trong)\b/, '')
    .trim()
    .replace(/^uy ban nhan dan\b/, '')
    .trim()
    .replace(/^cap\b/, '')
    .trim();
  if (rest === '') return { levels: null };
  rest = rest.replace(/^(tren dia ban|trong) /, '');
  return QUALIFIER_LEVELS[rest] ? { levels: QUALIFIER_LEVELS[rest]! } : 'unknown';
}

/** "… trên địa bàn tỉnh", "… thuộc tỉnh" at the end of a part says nothing more: dropped. */
const withoutPlace = (s: string) =>
  s.replace(/\s*\b(tren dia ban|trong|thuoc)( (tinh|huyen|thanh pho|xa))?$/, '').trim();

/** The wording as readings, or null when some part is not a collective this module knows. */
function readCollective(label: string): Reading[] | null {
  const parts = label
    .split(/[,;\n]+/)
    .flatMap((p) => agencyKey(p).split(/\bva\b/))
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) return null;
  const out: Reading[] = [];
  // Consecutive sector parts share the qualifier written once at the end ("…, ngành tỉnh").
  let run: Extract<Reading, { what: 'kinds' }>[] = [];
  let ubnd: Extract<Reading, { what: 'ubnd' }> | null = null;
  for (const part of parts) {
    const head = /^(chu tich )?uy ban nhan dan (.+)$/.exec(part);
    if (head) {
      const rest = withoutPlace(head[2]!);
      const read = readTypes(rest, TYPE_WORDS_WITH_PROVINCE);
      if (!read) return null;
      ubnd = { what: 'ubnd', ...read, plural: /^(cac|cap) /.test(rest) };
      out.push(ubnd);
      run = [];
      continue;
    }
    const more = ubnd ? readTypes(withoutPlace(part), TYPE_WORDS) : null;
    if (ubnd && more) {
      more.types.forEach((t) => ubnd!.types.add(t));
      more.levels.forEach((l) => ubnd!.levels.add(l));
      ubnd.plural = true;
      continue;
    }
    ubnd = null;
    // Sector words may follow one another without commas ("các sở ban ngành").
    let text = part.replace(/^(cac|toan the|tat ca) /, '');
    let sector = SECTORS.find(([w]) => text === w || text.startsWith(`${w} `));
    if (!sector) return null;
    while (sector) {
      const reading = {
        what: 'kinds' as const,
        kinds: sector[1],
        levels: sector[2],
        fixed: sector[2] !== null,
      };
      run.push(reading);
      out.push(reading);
      text = text.slice(sector[0].length).trim();
      sector = SECTORS.find(([w]) => text === w || text.startsWith(`${w} `));
    }
    const qualifier = readQualifier(text);
    if (qualifier === 'unknown') return null;
    if (qualifier.levels)
      for (const r of run) if (!r.fixed && r.levels === null) r.levels = qualifier.levels;
  }
  // "UBND tỉnh", "UBND xã": one committee, not a collective.
  if (out.some((r) => r.what === 'ubnd' && !r.plural && r.types.size + r.levels.size < 2))
    return null;
  return out;
}

const within = (path: string, unit: string) => path.startsWith(unit);

function matches(r: Reading, c: MemberCandidate, unit: GroupUnit): boolean {
  if (r.what === 'ubnd') {
    if (c.kind !== 'ubnd' || !within(c.unitPath, unit.unitPath) || c.unitPath === unit.unitPath)
      return false;
    return r.levels.has(c.unitLevel) || r.types.has(foldVietnamese(c.unitType));
  }
  const levels = r.levels ?? [unit.unitLevel];
  if (!levels.includes(c.unitLevel) || !r.kinds(c.unitLevel).includes(c.kind)) return false;
  // The unit's own agencies, those above it (a commune plan naming the province's sở) and below.
  return within(c.unitPath, unit.unitPath) || within(unit.unitPath, c.unitPath);
}

/** True when the wording names a collective this module can resolve ("UBND các xã"). */
export const isCollective = (label: string): boolean => readCollective(label) !== null;

/**
 * The ids of the agencies a collective wording means, in the candidates' order; [] when it
 * is understood but nothing fits (no districts after 2025), null when it is not understood.
 */
export function suggestGroupMembers(
  label: string,
  unit: GroupUnit,
  candidates: readonly MemberCandidate[],
): string[] | null {
  const readings = readCollective(label);
  if (!readings) return null;
  return candidates
    .filter((c) => c.active !== false && readings.some((r) => matches(r, c, unit)))
    .map((c) => c.id)
    .filter((id, i, all) => all.indexOf(id) === i);
}

/** A group that lists no members gets the suggested ones; agencies and filled groups stay. */
export function withSuggestedMembers(
  ref: AgencyRef,
  suggest: (label: string) => string[] | null,
): AgencyRef {
  if (ref.kind !== 'group' || ref.memberIds.length > 0) return ref;
  const members = suggest(ref.label);
  return members && members.length > 0 ? { ...ref, memberIds: members } : ref;
}
