/** The pieces of the XLSForm import: sheet readers and the mapping of issues to columns. */
import type { SurveyChoice, SurveyElement, SurveyInstrument } from './instrument.ts';
import { columnIndex, type SheetData } from './xlsform-columns.ts';

export interface XlsFormIssue {
  sheet: string;
  /** Excel row (header = 1); null for the whole sheet. */
  row: number | null;
  column: string | null;
  message: string;
  severity: 'error' | 'warning';
}

export interface XlsFormImport {
  instrument: SurveyInstrument | null;
  version: string | null;
  issues: XlsFormIssue[];
}

export const METADATA = new Set([
  'start',
  'end',
  'today',
  'deviceid',
  'subscriberid',
  'simserial',
  'phonenumber',
  'username',
  'email',
  'audit',
  'start-geopoint',
]);
export const TRUE = new Set(['yes', 'true', '1', 'true()', 'có']);

export function reader(sheet: SheetData) {
  const header = sheet.rows[0] ?? [];
  return (r: string[], column: string, lang?: 'vi' | 'en'): string => {
    const i = columnIndex(header, column, lang);
    return i >= 0 ? (r[i] ?? '').trim() : '';
  };
}

export function readChoices(
  sheet: SheetData | undefined,
  issues: XlsFormIssue[],
): Map<string, SurveyChoice[]> {
  const lists = new Map<string, SurveyChoice[]>();
  if (!sheet) return lists;
  const get = reader(sheet);
  sheet.rows.slice(1).forEach((r, i) => {
    const list = get(r, 'list_name');
    const value = get(r, 'name');
    if (!list && !value) return;
    if (!list || !value) {
      issues.push({
        sheet: 'choices',
        row: i + 2,
        column: list ? 'name' : 'list_name',
        message: 'Dòng phương án thiếu tên danh sách hoặc mã phương án.',
        severity: 'error',
      });
      return;
    }
    const labelEn = get(r, 'label', 'en');
    lists.set(list, [
      ...(lists.get(list) ?? []),
      { value, labelVi: get(r, 'label', 'vi') || value, ...(labelEn ? { labelEn } : {}) },
    ]);
  });
  return lists;
}

export function readBounds(text: string): { min?: number; max?: number } | null {
  const out: { min?: number; max?: number } = {};
  for (const part of text.split(/\s+and\s+/)) {
    const m = /^\.\s*(>=|<=)\s*(-?[0-9]+(?:\.[0-9]+)?)$/.exec(part.trim());
    if (!m) return null;
    if (m[1] === '>=') out.min = Number(m[2]);
    else out.max = Number(m[2]);
  }
  return out;
}

export function sameChoices(a: SurveyChoice[], b: SurveyChoice[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (c, i) =>
        c.value === b[i]!.value &&
        c.labelVi === b[i]!.labelVi &&
        (c.labelEn ?? '') === (b[i]!.labelEn ?? ''),
    )
  );
}

export function readElements(sheet: SheetData | undefined, used: string[]): SurveyElement[] {
  if (!sheet) {
    // No element sheet: parents from dotted codes ("D1.2" belongs to "D1").
    const codes = new Set<string>();
    for (const c of used)
      for (let x: string | null = c; x; x = x.includes('.') ? x.slice(0, x.lastIndexOf('.')) : null)
        codes.add(x);
    return [...codes].sort().map((code) => ({
      code,
      nameVi: code,
      parent: code.includes('.') ? code.slice(0, code.lastIndexOf('.')) : null,
    }));
  }
  const get = reader(sheet);
  return sheet.rows
    .slice(1)
    .filter((r) => get(r, 'code'))
    .map((r) => {
      const nameEn = get(r, 'label', 'en');
      return {
        code: get(r, 'code'),
        nameVi: get(r, 'label', 'vi') || get(r, 'code'),
        parent: get(r, 'parent') || null,
        ...(nameEn ? { nameEn } : {}),
      };
    });
}

/** The XLSForm column a validation path points at. */
export function columnOf(path: string): string | null {
  const rules: [RegExp, string][] = [
    [/scoring\.element$/, 'papi_element'],
    [/scoring\.scores$/, 'papi_scores'],
    [/scoring\.max$/, 'papi_max'],
    [/scoring\.weight$/, 'papi_weight'],
    [/\.relevant$/, 'relevant'],
    [/\.name$/, 'name'],
    [/\.labelVi$/, 'label'],
    [/\.type$/, 'type'],
    [/\.required$/, 'required'],
    [/\.min$/, 'constraint'],
    [/^elements\[\d+\]\.parent$/, 'parent'],
  ];
  return rules.find(([re]) => re.test(path))?.[1] ?? null;
}
