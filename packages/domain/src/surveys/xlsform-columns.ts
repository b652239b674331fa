/**
 * XLSForm layout (https://xlsform.org, the format KoboToolbox and ODK read): sheets
 * `survey` (type, name, label, hint, required, relevant, constraint…), `choices`
 * (list_name, name, label) and `settings` (form_title, form_id, version,
 * default_language). Labels carry a language: `label::Tiếng Việt (vi)`.
 *
 * What XLSForm has no place for travels in extra `papi_*` columns and a `papi_elements`
 * sheet, which pyxform, Kobo and ODK ignore: the question kind behind a select_one
 * (scale5, yes_no_dk), the element a question scores, the points per answer, the maximum
 * and the weight; the instrument's scale and framework.
 */

export interface SheetData {
  name: string;
  /** First row = header; cells as text ('' when empty). */
  rows: string[][];
}

export const VI = 'Tiếng Việt (vi)';
export const EN = 'English (en)';

export const SURVEY_COLUMNS = [
  'type',
  'name',
  `label::${VI}`,
  `label::${EN}`,
  `hint::${VI}`,
  'required',
  'relevant',
  'constraint',
  'constraint_message',
  'papi_type',
  'papi_element',
  'papi_scores',
  'papi_max',
  'papi_weight',
] as const;

export const CHOICE_COLUMNS = ['list_name', 'name', `label::${VI}`, `label::${EN}`] as const;
export const SETTINGS_COLUMNS = [
  'form_title',
  'form_id',
  'version',
  'default_language',
  'papi_title_en',
  'papi_framework',
  'papi_scale_min',
  'papi_scale_max',
] as const;
export const ELEMENT_COLUMNS = ['code', 'parent', `label::${VI}`, `label::${EN}`] as const;
export const ELEMENTS_SHEET = 'papi_elements';

/** "1=0; 2=0.25; dk" style: value=points pairs (a value without points scores nothing). */
export function formatScores(scores: Record<string, number>): string {
  return Object.entries(scores)
    .map(([v, p]) => `${v}=${p}`)
    .join('; ');
}

export function parseScores(text: string): Record<string, number> | string {
  const out: Record<string, number> = {};
  for (const part of text
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const m = /^([^=\s]+)\s*=\s*(-?[0-9]+(?:[.,][0-9]+)?)$/.exec(part);
    if (!m) return `không đọc được "${part}" (cần dạng mã=điểm, cách nhau bởi dấu ;)`;
    out[m[1]!] = Number(m[2]!.replace(',', '.'));
  }
  return out;
}

/**
 * Finds a column by its XLSForm name: exact, or the language form `label::… (vi)`, or a
 * bare `label` for Vietnamese (a form written in one language). Case and spaces around
 * `::` do not matter; "list name" is read as list_name (older forms).
 */
export function columnIndex(header: string[], column: string, lang?: 'vi' | 'en'): number {
  const norm = (s: string): string =>
    s
      .trim()
      .toLowerCase()
      .replace(/\s*::\s*/, '::')
      .replace(/^list name$/, 'list_name');
  const h = header.map(norm);
  if (!lang) return h.indexOf(norm(column));
  const exact = h.findIndex((c) => c.startsWith(`${column}::`) && c.endsWith(`(${lang})`));
  if (exact >= 0) return exact;
  return lang === 'vi' ? h.indexOf(column) : -1;
}
