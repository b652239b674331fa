/**
 * Agency cells as officials write them: several agencies and collectives in one cell
 * ("Sở Tư pháp, UBND cấp huyện, cấp xã"), names of departments merged in 2025, and
 * collectives of a level that no longer exists after 1 July 2025 ("UBND cấp huyện").
 */
import { foldVietnamese } from '../text/fold.ts';
import {
  agencyKey,
  guessAgencyKind,
  type AgencyIndex,
  type CatalogueAgency,
} from './agency-match.ts';

/** Folded words that start the name of an agency or collective ("Sở …", "Điện lực …", "các …"). */
const HEADS = [
  'so',
  'ban',
  'phong',
  'uy ban',
  'ubnd',
  'ubmttq',
  'mttq',
  'hdnd',
  'hoi dong',
  'cong an',
  'van phong',
  'dai',
  'bao',
  'trung tam',
  'dien luc',
  'hoi',
  'doan',
  'lien doan',
  'mat tran',
  'toa an',
  'vien',
  'bo chi huy',
  'cuc',
  'chi cuc',
  'kho bac',
  'ngan hang',
  'bao hiem',
  'thanh tra',
  'cac',
  'co quan',
  'huyen uy',
  'tinh uy',
  'thanh uy',
  'dang uy',
  'buu dien',
  'vien thong',
  'chi nhanh',
  'cong ty',
  'tong cong ty',
  'tap doan',
  'truong',
  'benh vien',
  'chu tich',
  'thu truong',
  'lanh dao',
  'doanh nghiep',
  'hop tac xa',
  'bo',
  'tong cuc',
  'doi',
  'trung doan',
  'thuong truc',
  'tat ca',
  'toan the',
  'chinh quyen',
  'don vi',
  'dia phuong',
];
/** Pieces that only continue a collective: "các sở, ban, ngành"; "UBND cấp huyện, cấp xã". */
const CONTINUES =
  /^(ban|nganh|ban nganh|doan the|don vi|dia phuong|to chuc|xa|phuong|thi tran|dac khu|huyen|quan|thi xa|thanh pho|tinh)( .*)?$|^cap /;

function startsWithHead(folded: string): boolean {
  const words = folded.split(' ');
  return HEADS.some((h) => {
    const hw = h.split(' ');
    // A head word must be followed by a name: a bare "ban" continues "các sở, ban, ngành".
    return words.length > hw.length && hw.every((w, i) => words[i] === w);
  });
}

/**
 * The agencies and collectives a cell lists, in order. Semicolons and line breaks always
 * separate; a comma separates only before the start of another name, so "Sở Văn hóa, Thể
 * thao và Du lịch" and "các sở, ban, ngành" stay whole; " và " separates two named agencies.
 */
export function splitAgencyCell(value: string, agencies?: AgencyIndex): string[] {
  const out: string[] = [];
  for (const part of value.split(/[;\n]+/)) {
    const trimmed = part.replace(/^[\s\-–+•]+|[\s.]+$/g, '').trim();
    if (!trimmed) continue;
    if (agencies?.find(trimmed)) {
      out.push(trimmed);
      continue;
    }
    const pieces: string[] = [];
    for (const raw of trimmed.split(/\s*,\s*/)) {
      const piece = raw.trim();
      if (!piece) continue;
      const f = agencyKey(piece);
      const prev = pieces[pieces.length - 1];
      const joins =
        prev !== undefined &&
        (CONTINUES.test(f) ||
          !startsWithHead(foldVietnamese(piece)) ||
          Boolean(agencies?.find(`${prev}, ${piece}`)));
      if (joins) pieces[pieces.length - 1] = `${prev}, ${piece}`;
      else pieces.push(piece);
    }
    for (const piece of pieces) {
      const [a, b] = piece.split(/\s+và\s+/u, 2) as [string, string | undefined];
      const both =
        b !== undefined &&
        !piece.includes(',') &&
        !agencies?.find(piece) &&
        startsWithHead(foldVietnamese(a)) &&
        startsWithHead(foldVietnamese(b)) &&
        !/\bva\b/.test(foldVietnamese(b));
      if (both) out.push(a.trim(), b.trim());
      else out.push(piece);
    }
  }
  return out;
}

/* ---------- 2025 department restructuring ---------- */

export interface Restructuring {
  effective: string;
  source: string;
  departments: { from: string; to: string[]; note: string }[];
}

/** The restructuring entry a name refers to ("Sở KH&ĐT", "Sở Kế hoạch - Đầu tư"), or null. */
export function restructuringOf(
  name: string,
  table: Restructuring,
): Restructuring['departments'][number] | null {
  const key = agencyKey(name)
    .replace(/\bva\b/g, ' ')
    .replace(/\s+/g, ' ');
  for (const d of table.departments) {
    const from = agencyKey(d.from)
      .replace(/\bva\b/g, ' ')
      .replace(/\s+/g, ' ');
    if (key !== from && !key.startsWith(`${from} `)) continue;
    // "Sở Kế hoạch và Đầu tư tỉnh Sơn La" is the department; "Ban Dân tộc HĐND tỉnh" is not.
    const rest = key.slice(from.length);
    if (!/\b(hoi dong nhan dan|uy ban|dang uy|mat tran)\b/.test(rest)) return d;
  }
  return null;
}

export interface AgencySuggestion {
  /** Catalogue agencies offered, best first. */
  suggestions: CatalogueAgency[];
  /** The one to pre-select, or null when none is strong enough to choose for the user. */
  preselect: number | null;
  /** Vietnamese: why this suggestion, or why nothing is chosen. */
  reason: string | null;
}

/**
 * What to offer for a name the catalogue does not know: the successor of a merged
 * department (pre-selected), else close names. A close name of another kind (a commune's
 * committee for a department, an enterprise for an agency) or a weak one is never
 * pre-selected; the reason says so.
 */
export function suggestAgency(
  name: string,
  index: AgencyIndex,
  catalogue: readonly (CatalogueAgency & { kind?: string })[],
  table: Restructuring | null,
): AgencySuggestion {
  const moved = table ? restructuringOf(name, table) : null;
  if (moved) {
    const successors = moved.to
      .map(
        (to) =>
          index.find(to) ?? catalogue.find((a) => agencyKey(a.name).startsWith(agencyKey(to))),
      )
      .filter((a): a is CatalogueAgency => Boolean(a));
    const when = moved && table ? table.effective.split('-').reverse().join('/') : '';
    return {
      suggestions: successors,
      preselect: successors[0]?.id ?? null,
      reason: `${moved.from} đã ${moved.note} từ ${when} (${table!.source.split(' ngày')[0]}); đề nghị: ${moved.to.join(', ')}.`,
    };
  }
  const close = index.suggest(name);
  if (close.length === 0)
    return {
      suggestions: [],
      preselect: null,
      reason: 'Không có cơ quan nào trong danh mục có tên gần giống.',
    };
  const kind = guessAgencyKind(name);
  const best = close[0]!;
  const bestKind = catalogue.find((a) => a.id === best.id)?.kind ?? guessAgencyKind(best.name);
  if (kind !== 'khac' && bestKind !== kind)
    return {
      suggestions: close,
      preselect: null,
      reason: `"${best.name}" là cơ quan loại khác ("${name}" không phải ${KIND_LABEL[bestKind] ?? 'loại đó'}): chưa chọn, hãy chọn cơ quan đúng hoặc tạo mới.`,
    };
  const words = new Set(agencyKey(name).split(' '));
  const bw = agencyKey(best.name).split(' ');
  const shared = bw.filter((w) => words.has(w)).length;
  const strong = shared / (words.size + bw.length - shared) >= 0.6;
  return strong
    ? { suggestions: close, preselect: best.id, reason: `Gần giống tên "${best.name}".` }
    : {
        suggestions: close,
        preselect: null,
        reason: `Chỉ giống một phần với "${best.name}": chưa chọn, hãy kiểm tra.`,
      };
}

const KIND_LABEL: Record<string, string> = {
  ubnd: 'Ủy ban nhân dân',
  so: 'sở',
  phong: 'phòng',
  mttq: 'Mặt trận Tổ quốc',
  ban_nganh: 'ban, ngành',
  doan_the: 'đoàn thể',
  cong_an: 'công an',
  khac: 'cơ quan khác',
};

/** Start of the two-level local government: districts ceased to exist on this day. */
export const NO_DISTRICTS_FROM = '2025-07-01';

/**
 * A note when a collective names the district level in a plan whose period runs past
 * 30/06/2025: its members would be empty, so the wording needs replacing.
 */
export function obsoleteLevelNote(label: string, periodTo: string): string | null {
  if (periodTo < NO_DISTRICTS_FROM) return null;
  const f = agencyKey(label);
  if (
    !/\b(cap huyen|cac huyen|huyen thanh pho|quan huyen|huyen thi xa)\b|uy ban nhan dan huyen\b/.test(
      f,
    )
  )
    return null;
  return `"${label}": từ 01/07/2025 không còn cấp huyện (chính quyền địa phương hai cấp); đề nghị thay bằng "UBND các xã, phường" hoặc các cơ quan cấp tỉnh tương ứng.`;
}
