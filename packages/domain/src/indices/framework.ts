/**
 * Index frameworks as data: index → edition (years it applies) → dimensions →
 * sub-dimensions → indicators. PAPI, PAR Index, SIPAS, PCI and DTI all fit this shape;
 * adding one is a data file, not code.
 */
export interface Named {
  code: string;
  nameVi: string;
  nameEn: string;
}

export interface SubDimension extends Named {
  indicators?: Named[];
}

export interface Dimension extends Named {
  shortVi: string;
  /** Score range of the dimension (PAPI: 1–10). */
  min: number;
  max: number;
  /** Weight in the total (PAPI: 1, the total is the plain sum). */
  weight: number;
  subDimensions: SubDimension[];
}

export interface Edition {
  code: string;
  fromYear: number;
  /** Inclusive; null while the edition is current. */
  toYear: number | null;
  dimensions: Dimension[];
  note?: string;
}

export interface IndexFramework extends Named {
  /** Who publishes it, shown with every chart. */
  publisher: string;
  /** 'sum': total = Σ weight·dimension (PAPI). */
  aggregation: 'sum';
  editions: Edition[];
}

export function editionFor(framework: IndexFramework, year: number): Edition | null {
  return (
    framework.editions.find((e) => e.fromYear <= year && (e.toYear === null || year <= e.toYear)) ??
    null
  );
}

/** How people name an edition (never its internal code): "khung 8 lĩnh vực (từ 2018)". */
export function editionLabel(edition: Edition, lang: 'vi' | 'en' = 'vi'): string {
  const n = edition.dimensions.length;
  return lang === 'vi'
    ? `khung ${n} lĩnh vực (từ ${edition.fromYear})`
    : `${n}-dimension framework (from ${edition.fromYear})`;
}

/** Range of the total for an edition: PAPI 6–60 until 2017, 8–80 from 2018. */
export function totalRange(edition: Edition): { min: number; max: number } {
  return edition.dimensions.reduce(
    (r, d) => ({ min: r.min + d.weight * d.min, max: r.max + d.weight * d.max }),
    { min: 0, max: 0 },
  );
}

export function computeTotal(edition: Edition, scores: Readonly<Record<string, number>>) {
  let total = 0;
  for (const d of edition.dimensions) {
    const value = scores[d.code];
    if (value === undefined) return null;
    total += d.weight * value;
  }
  return total;
}

/** Dimensions two editions share by code: what a comparison across a framework change may use. */
export function commonDimensions(a: Edition, b: Edition): string[] {
  const inB = new Set(b.dimensions.map((d) => d.code));
  return a.dimensions.map((d) => d.code).filter((code) => inB.has(code));
}

/** Problems with a framework definition, in Vietnamese; empty when usable. */
export function checkFramework(f: IndexFramework): string[] {
  const problems: string[] = [];
  const editions = [...f.editions].sort((a, b) => a.fromYear - b.fromYear);
  editions.forEach((e, i) => {
    const next = editions[i + 1];
    if (e.toYear !== null && e.toYear < e.fromYear) {
      problems.push(`Phiên bản ${e.code}: năm kết thúc trước năm bắt đầu.`);
    }
    if (next && (e.toYear === null || e.toYear >= next.fromYear)) {
      problems.push(`Phiên bản ${e.code} chồng lấn với ${next.code}.`);
    }
    const codes = new Set<string>();
    for (const d of e.dimensions) {
      if (codes.has(d.code)) problems.push(`Phiên bản ${e.code}: trùng mã lĩnh vực ${d.code}.`);
      codes.add(d.code);
      if (!(d.min < d.max)) problems.push(`Lĩnh vực ${d.code}: khoảng điểm không hợp lệ.`);
      for (const s of d.subDimensions) {
        if (codes.has(s.code)) problems.push(`Phiên bản ${e.code}: trùng mã ${s.code}.`);
        codes.add(s.code);
      }
    }
  });
  return problems;
}
