/**
 * Matching agency names as people type them in spreadsheets against the catalogue:
 * accents, case and punctuation do not matter, and the abbreviations of administrative
 * writing ("UBND", "Sở TN&MT", "Phòng LĐ-TB&XH") equal their full wording.
 */
import { foldVietnamese } from '../text/fold.ts';

export interface CatalogueAgency {
  id: number;
  name: string;
  shortName: string;
  /** The agency's unit ("Sơn La"): "Sở Nội vụ" then matches "Sở Nội vụ tỉnh Sơn La". */
  unitName?: string;
  /** agencies.kind (so, ubnd, phong, …), to keep suggestions to agencies of the same kind. */
  kind?: string;
}

/** Folded abbreviation → folded full wording. */
const ABBREVIATIONS: Record<string, string> = {
  ubnd: 'uy ban nhan dan',
  hdnd: 'hoi dong nhan dan',
  mttq: 'mat tran to quoc',
  ubmttq: 'uy ban mat tran to quoc',
  tttt: 'thong tin va truyen thong',
  'tt va tt': 'thong tin va truyen thong',
  vhtt: 'van hoa va thong tin',
  vhttdl: 'van hoa the thao va du lich',
  'vh tt va dl': 'van hoa the thao va du lich',
  tnmt: 'tai nguyen va moi truong',
  'tn va mt': 'tai nguyen va moi truong',
  ldtbxh: 'lao dong thuong binh va xa hoi',
  'ld tb va xh': 'lao dong thuong binh va xa hoi',
  khdt: 'ke hoach va dau tu',
  'kh va dt': 'ke hoach va dau tu',
  gddt: 'giao duc va dao tao',
  'gd va dt': 'giao duc va dao tao',
  nnptnt: 'nong nghiep va phat trien nong thon',
  'nn va ptnt': 'nong nghiep va phat trien nong thon',
  tckh: 'tai chinh ke hoach',
  'tc kh': 'tai chinh ke hoach',
  'kt ht': 'kinh te ha tang',
  qldt: 'quan ly do thi',
  vp: 'van phong',
  cntt: 'cong nghe thong tin',
  tthc: 'thu tuc hanh chinh',
};

/**
 * Folded, "&" read as "và", abbreviations spelled out, so "Sở TN&MT" → "so tai nguyen va
 * moi truong". Longer abbreviations are tried first ("ubmttq" before "ubnd").
 */
const BY_LENGTH = Object.entries(ABBREVIATIONS).sort((a, b) => b[0].length - a[0].length);

export function agencyKey(name: string): string {
  let text = ` ${foldVietnamese(name.replace(/&/g, ' và '))} `;
  for (const [abbr, full] of BY_LENGTH) text = text.split(` ${abbr} `).join(` ${full} `);
  return text.replace(/\s+/g, ' ').trim();
}

/** A unit type word ending a name once the unit's own name is cut off. */
const UNIT_TYPE_END = / (tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran|dac khu)$/;

export interface AgencyIndex {
  find(name: string): CatalogueAgency | null;
  suggest(name: string, limit?: number): CatalogueAgency[];
}

/** An index of the catalogue by exact folded name, then by short name and spelled-out key. */
export function indexAgencies(agencies: readonly CatalogueAgency[]): AgencyIndex {
  const byName = new Map<string, CatalogueAgency>();
  const byKey = new Map<string, CatalogueAgency>();
  for (const a of agencies) {
    byName.set(foldVietnamese(a.name), a);
    for (const k of [agencyKey(a.name), a.shortName ? agencyKey(a.shortName) : '']) {
      if (k && !byKey.has(k)) byKey.set(k, a);
    }
  }
  // Names without their unit's name come last, so an exact name always wins.
  for (const a of agencies) {
    const key = agencyKey(a.name);
    const suffix = a.unitName ? ` ${agencyKey(a.unitName)}` : '';
    if (suffix && key.endsWith(suffix)) {
      // "Sở Nội vụ tỉnh Sơn La": the unit's type word goes with its name.
      const bare = key.slice(0, -suffix.length).replace(UNIT_TYPE_END, '');
      if (bare && !byKey.has(bare)) byKey.set(bare, a);
    }
  }
  const words = (s: string) => new Set(agencyKey(s).split(' ').filter(Boolean));
  // Files repeat the same few names thousands of times: remember each answer.
  const found = new Map<string, CatalogueAgency | null>();
  return {
    find(name) {
      let hit = found.get(name);
      if (hit === undefined) {
        hit = byName.get(foldVietnamese(name)) ?? byKey.get(agencyKey(name)) ?? null;
        found.set(name, hit);
      }
      return hit;
    },
    /** Catalogue names sharing the most words with it (Jaccard), best first. */
    suggest(name, limit = 3) {
      const w = words(name);
      return agencies
        .map((a) => {
          const aw = words(a.name);
          const shared = [...w].filter((x) => aw.has(x)).length;
          return { a, score: shared / (w.size + aw.size - shared || 1) };
        })
        .filter((s) => s.score >= 0.34)
        .sort((x, y) => y.score - x.score)
        .slice(0, limit)
        .map((s) => s.a);
    },
  };
}

/** The catalogue kind a new agency's name suggests (agencies.kind). */
export function guessAgencyKind(name: string): string {
  const k = agencyKey(name);
  if (k.startsWith('uy ban nhan dan')) return 'ubnd';
  if (k.startsWith('so ')) return 'so';
  if (k.startsWith('phong ')) return 'phong';
  if (k.includes('mat tran to quoc')) return 'mttq';
  if (k.startsWith('toa an')) return 'toa_an';
  if (k.startsWith('vien kiem sat')) return 'vien_kiem_sat';
  if (k.startsWith('cong an')) return 'cong_an';
  if (/^(hoi|doan|lien doan|hoi lien hiep)\b/.test(k)) return 'doan_the';
  if (k.startsWith('ban ') || k.startsWith('van phong')) return 'ban_nganh';
  return 'khac';
}
