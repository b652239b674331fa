/**
 * A run's design read from a workbook: per stratum its target, its population (for the
 * design weights) and optional quotas, one column per category (`gioi_tinh=nu`: how many
 * women to interview). Read against the run's strata and instrument; every problem located.
 */
import { allQuestions, choicesOf, type SurveyInstrument } from './instrument.ts';
import {
  cellText,
  columnName,
  headerKey,
  parseCount,
  STRATUM_HEADERS,
  type ImportTable,
  type TableIssue,
} from './table-import.ts';

/** A quota: how many respondents whose answer to `question` is `value` a stratum needs. */
export interface StratumQuota {
  question: string;
  value: string;
  target: number;
}

/** One stratum's new design; a field whose column the file lacks is null/undefined: kept. */
export interface DesignRow {
  row: number;
  code: string;
  /** null: no target column, kept. */
  target: number | null;
  /** undefined: no population column, kept; null: left blank, unknown (equal weights). */
  population: number | null | undefined;
  /** null: no quota columns, kept. */
  quotas: StratumQuota[] | null;
}

/** Questions quotas may name: single choices about the respondent (sex, age group) first. */
export const QUOTA_QUESTIONS = ['gioi_tinh', 'nhom_tuoi'];

/** Single-choice questions of the instrument a quota can count (choice values are categories). */
export function quotaQuestions(instrument: SurveyInstrument) {
  return allQuestions(instrument).filter((q) => q.type === 'single');
}

/** A quota's problem against the instrument, or null. */
export function quotaProblem(
  instrument: SurveyInstrument,
  quota: { question: string; value: string },
) {
  const q = quotaQuestions(instrument).find((x) => x.name === quota.question);
  if (!q)
    return `Chỉ tiêu theo nhóm cần một câu hỏi một lựa chọn của bộ câu hỏi; không có câu "${quota.question}".`;
  if (!choicesOf(q).some((c) => c.value === quota.value))
    return `Câu "${quota.question}" không có phương án "${quota.value}".`;
  return null;
}

const TARGET = ['chi_tieu', 'target', 'so_phieu'];
const POPULATION = ['dan_so', 'population'];

export function readDesign(
  instrument: SurveyInstrument,
  table: ImportTable,
  strata: readonly string[],
): { rows: DesignRow[]; issues: TableIssue[] } {
  const issues: TableIssue[] = [];
  const keys = table.header.map(headerKey);
  const codeColumn = keys.findIndex((k) => STRATUM_HEADERS.includes(k));
  const targetColumn = keys.findIndex((k) => TARGET.includes(k));
  const populationColumn = keys.findIndex((k) => POPULATION.includes(k));
  const quotaColumns: { i: number; question: string; value: string }[] = [];
  table.header.forEach((h, i) => {
    const m = /^\s*([^=\s]+)\s*=\s*(\S+)\s*$/.exec(h);
    if (!m) return;
    const quota = { question: m[1]!, value: m[2]! };
    const problem = quotaProblem(instrument, quota);
    if (problem)
      issues.push({
        severity: 'error',
        code: 'BAD_QUOTA_COLUMN',
        row: 1,
        column: columnName(table, i),
        message: `Cột "${h}": ${problem}`,
      });
    else quotaColumns.push({ i, ...quota });
  });
  if (codeColumn < 0)
    issues.push({
      severity: 'error',
      code: 'NO_STRATUM_COLUMN',
      row: null,
      column: null,
      message: 'Không có cột "ma_nhom_mau" (mã nhóm mẫu).',
    });
  if (targetColumn < 0 && populationColumn < 0 && quotaColumns.length === 0)
    issues.push({
      severity: 'error',
      code: 'NOTHING_TO_READ',
      row: null,
      column: null,
      message:
        'Tệp không có cột "chi_tieu", "dan_so" hay cột chỉ tiêu theo nhóm (vd. "gioi_tinh=nu").',
    });
  if (issues.some((i) => i.severity === 'error')) return { rows: [], issues };

  const known = new Set(strata);
  const seen = new Map<string, number>();
  const rows: DesignRow[] = [];
  for (const { row, cells } of table.rows) {
    if (cells.every((c) => cellText(c) === '')) continue;
    const before = issues.length;
    const error = (i: number, code: string, message: string) =>
      issues.push({
        severity: 'error',
        code,
        row,
        column: columnName(table, i),
        message: `Dòng ${row}, cột ${columnName(table, i)}: ${message}`,
      });
    const count = (i: number, label: string, min: number, max: number) => {
      const text = cellText(cells[i]);
      if (text === '') return null;
      const n = parseCount(cells[i]);
      if (n === null || n < min || n > max)
        error(
          i,
          'BAD_NUMBER',
          `${label} "${text}" phải là số nguyên từ ${min} đến ${max.toLocaleString('vi-VN')}.`,
        );
      return n;
    };
    const code = cellText(cells[codeColumn]);
    if (code === '') error(codeColumn, 'NO_STRATUM', 'thiếu mã nhóm mẫu.');
    else if (!known.has(code))
      error(
        codeColumn,
        'UNKNOWN_STRATUM',
        `nhóm mẫu "${code}" không có trong đợt khảo sát (các nhóm: ${strata.join(', ')}).`,
      );
    else if (seen.has(code))
      error(codeColumn, 'DUPLICATE_STRATUM', `nhóm mẫu "${code}" đã có ở dòng ${seen.get(code)}.`);
    else seen.set(code, row);
    const target = targetColumn >= 0 ? count(targetColumn, 'Chỉ tiêu', 0, 100_000) : null;
    if (targetColumn >= 0 && target === null && cellText(cells[targetColumn]) === '')
      error(targetColumn, 'NO_TARGET', 'thiếu chỉ tiêu số phiếu.');
    const population =
      populationColumn >= 0 ? count(populationColumn, 'Dân số', 1, 100_000_000) : undefined;
    const quotas: StratumQuota[] = [];
    for (const q of quotaColumns) {
      const n = count(q.i, 'Chỉ tiêu theo nhóm', 0, 100_000);
      if (n !== null) quotas.push({ question: q.question, value: q.value, target: n });
    }
    if (issues.length > before) continue;
    rows.push({ row, code, target, population, quotas: quotaColumns.length > 0 ? quotas : null });
    for (const question of new Set(quotas.map((q) => q.question))) {
      const sum = quotas.filter((q) => q.question === question).reduce((s, q) => s + q.target, 0);
      if (target !== null && sum > target)
        issues.push({
          severity: 'warning',
          code: 'QUOTA_OVER_TARGET',
          row,
          column: null,
          message: `Dòng ${row}: chỉ tiêu theo "${question}" cộng lại ${sum}, nhiều hơn chỉ tiêu ${target} phiếu của nhóm.`,
        });
    }
  }
  const absent = strata.filter((s) => !seen.has(s));
  if (absent.length > 0 && !issues.some((i) => i.severity === 'error'))
    issues.push({
      severity: 'warning',
      code: 'STRATA_ABSENT',
      row: null,
      column: null,
      message: `${absent.length} nhóm mẫu không có trong tệp, giữ nguyên: ${absent.slice(0, 10).join(', ')}${absent.length > 10 ? '…' : ''}.`,
    });
  return { rows, issues };
}
