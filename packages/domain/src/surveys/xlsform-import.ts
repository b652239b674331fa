/**
 * XLSForm sheets → instrument, with every problem located (sheet, Excel row, column) as
 * the index import does. Forms made in Kobo or ODK without our extra columns import as
 * unscored instruments; metadata rows (start, end, today, deviceid…) are skipped.
 */
import { parseXPathCondition, XPathError } from './conditions-xpath.ts';
import type { Condition } from './conditions.ts';
import {
  choicesOf,
  type QuestionType,
  type SurveyInstrument,
  type SurveyQuestion,
  type SurveySection,
} from './instrument.ts';
import { validateInstrument } from './validate-instrument.ts';
import { ELEMENTS_SHEET, parseScores, type SheetData } from './xlsform-columns.ts';
import {
  METADATA,
  TRUE,
  columnOf,
  readBounds,
  readChoices,
  readElements,
  reader,
  sameChoices,
  type XlsFormImport,
  type XlsFormIssue,
} from './xlsform-import-parts.ts';

export type { XlsFormImport, XlsFormIssue };

export function instrumentFromXlsForm(sheets: SheetData[]): XlsFormImport {
  const issues: XlsFormIssue[] = [];
  const find = (name: string): SheetData | undefined =>
    sheets.find((s) => s.name.trim().toLowerCase() === name);
  const surveySheet = find('survey');
  if (!surveySheet)
    return {
      instrument: null,
      version: null,
      issues: [
        {
          sheet: 'survey',
          row: null,
          column: null,
          message: 'Tệp không có trang "survey" của XLSForm.',
          severity: 'error',
        },
      ],
    };
  const lists = readChoices(find('choices'), issues);
  const get = reader(surveySheet);
  const err = (row: number, column: string | null, message: string): void => {
    issues.push({ sheet: 'survey', row, column, message, severity: 'error' });
  };
  const rowOf = new Map<string, number>();
  const sections: SurveySection[] = [];
  let current: SurveySection | null = null;
  let loose: SurveySection | null = null;
  const condition = (text: string, row: number): Condition | undefined => {
    if (!text) return undefined;
    try {
      return parseXPathCondition(text);
    } catch (e) {
      if (!(e instanceof XPathError)) throw e;
      err(row, 'relevant', `Điều kiện hiển thị "${text}": ${e.message}.`);
      return undefined;
    }
  };
  surveySheet.rows.slice(1).forEach((r, i) => {
    const row = i + 2;
    const type = get(r, 'type').replace(/\s+/g, ' ');
    const name = get(r, 'name');
    if (!type && !name) return;
    const [kind = '', list = '', extra] = type.split(' ');
    const relevant = condition(get(r, 'relevant'), row);
    if (kind === 'begin_group' || type === 'begin group') {
      if (current) err(row, 'type', 'Nhóm lồng trong nhóm chưa được hỗ trợ.');
      current = {
        name,
        labelVi: get(r, 'label', 'vi') || name,
        questions: [],
        ...(relevant ? { relevant } : {}),
      };
      const labelEn = get(r, 'label', 'en');
      if (labelEn) current.labelEn = labelEn;
      rowOf.set(name, row);
      sections.push(current);
      return;
    }
    if (kind === 'end_group' || type === 'end group') {
      if (!current) err(row, 'type', '"end_group" không có "begin_group" tương ứng.');
      current = null;
      return;
    }
    if (METADATA.has(kind)) return;
    let qtype: QuestionType;
    if (kind === 'select_one' || kind === 'select_multiple') {
      if (extra) err(row, 'type', `"${type}": phần "${extra}" (or_other…) chưa được hỗ trợ.`);
      if (!lists.has(list))
        err(row, 'type', `Danh sách phương án "${list}" không có trong trang choices.`);
      qtype = kind === 'select_one' ? 'single' : 'multiple';
    } else if (kind === 'integer' || kind === 'decimal') qtype = 'number';
    else if (kind === 'date' || kind === 'text' || kind === 'note') qtype = kind;
    else {
      err(row, 'type', `Loại câu hỏi "${type}" chưa được hỗ trợ.`);
      return;
    }
    const papiType = get(r, 'papi_type');
    if (papiType === 'scale5' || papiType === 'yes_no_dk') {
      if (qtype !== 'single')
        err(row, 'papi_type', `papi_type "${papiType}" chỉ dùng với select_one.`);
      else qtype = papiType;
    }
    const q: SurveyQuestion = {
      name,
      type: qtype,
      labelVi: get(r, 'label', 'vi'),
      required: TRUE.has(get(r, 'required').toLowerCase()),
    };
    const labelEn = get(r, 'label', 'en');
    if (labelEn) q.labelEn = labelEn;
    const hint = get(r, 'hint', 'vi');
    if (hint) q.hintVi = hint;
    if (relevant) q.relevant = relevant;
    if (kind.startsWith('select_')) {
      const options = lists.get(list) ?? [];
      // A fixed kind keeps its built-in list unless the form changed it.
      if (
        !(qtype === 'scale5' || qtype === 'yes_no_dk') ||
        !sameChoices(options, choicesOf({ ...q, choices: [] }))
      )
        q.choices = options;
    }
    const bounds = get(r, 'constraint');
    if (bounds) {
      const b = qtype === 'number' ? readBounds(bounds) : null;
      if (b) Object.assign(q, b);
      else
        issues.push({
          sheet: 'survey',
          row,
          column: 'constraint',
          message: `Ràng buộc "${bounds}" không đọc được, đã bỏ qua.`,
          severity: 'warning',
        });
    }
    const element = get(r, 'papi_element');
    if (element) {
      const scores = parseScores(get(r, 'papi_scores'));
      if (typeof scores === 'string') err(row, 'papi_scores', `Điểm: ${scores}.`);
      const max = Number((get(r, 'papi_max') || '1').replace(',', '.'));
      const weight = Number((get(r, 'papi_weight') || '1').replace(',', '.'));
      q.scoring = { element, scores: typeof scores === 'string' ? {} : scores, max, weight };
    }
    rowOf.set(name, row);
    if (current) current.questions.push(q);
    else {
      if (!loose) {
        loose = { name: 'phan_chung', labelVi: 'Câu hỏi chung', questions: [] };
        sections.push(loose);
      }
      loose.questions.push(q);
    }
  });
  if (current)
    err(
      surveySheet.rows.length,
      'type',
      `Nhóm "${(current as SurveySection).name}" chưa có "end_group".`,
    );
  const settings = find('settings');
  const sget = settings ? reader(settings) : null;
  const srow = settings?.rows[1] ?? [];
  const setting = (c: string, lang?: 'vi' | 'en'): string => (sget ? sget(srow, c, lang) : '');
  const framework = setting('papi_framework');
  const [index, edition] = framework.split('/');
  const used = sections.flatMap((s) =>
    s.questions.flatMap((q) => (q.scoring ? [q.scoring.element] : [])),
  );
  const instrument: SurveyInstrument = {
    code: setting('form_id') || 'bo_cau_hoi',
    titleVi: setting('form_title') || setting('form_id') || 'Bộ câu hỏi',
    framework: index && edition ? { index, edition } : null,
    scale: {
      min: Number(setting('papi_scale_min') || '0'),
      max: Number(setting('papi_scale_max') || '100'),
    },
    elements: readElements(find(ELEMENTS_SHEET), used),
    sections,
  };
  const titleEn = setting('papi_title_en');
  if (titleEn) instrument.titleEn = titleEn;
  for (const issue of validateInstrument(instrument)) {
    const element = /^elements\[(\d+)\]/.exec(issue.path);
    issues.push({
      sheet: element ? ELEMENTS_SHEET : issue.path.startsWith('sections') ? 'survey' : 'settings',
      row: element
        ? Number(element[1]) + 2
        : issue.name !== undefined
          ? (rowOf.get(issue.name) ?? null)
          : null,
      column: columnOf(issue.path),
      message: issue.message,
      severity: 'error',
    });
  }
  return {
    instrument: issues.some((x) => x.severity === 'error') ? null : instrument,
    version: setting('version') || null,
    issues,
  };
}
