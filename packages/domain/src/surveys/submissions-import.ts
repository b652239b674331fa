/**
 * Submissions exported from KoboToolbox / ODK Central (CSV or XLSX) or typed into the plain
 * Excel tally template, read against a run's instrument: columns matched by question name
 * (Kobo's group paths `nhom/cau_hoi` too), the stratum taken from a column, `_uuid` (or
 * the tally's `ma_phieu`) as the client id so importing the same file twice adds nothing.
 * Every problem is located by row and column; nothing is kept from a file with errors.
 */
import { allQuestions, type ResponseAnswers, type SurveyInstrument } from './instrument.ts';
import { checkResponse, visibleAnswers } from './responses.ts';
import { parseAnswerCell, parseDateCell, submissionDay } from './submission-values.ts';
import {
  cellText,
  columnName,
  headerKey,
  STRATUM_HEADERS,
  type ImportTable,
  type TableIssue,
} from './table-import.ts';

export interface ImportedSubmission {
  row: number;
  clientId: string;
  stratum: string;
  /** Day of the interview or submission (Vietnam), when the file says. */
  day: string | null;
  answers: ResponseAnswers;
}

export interface SubmissionsReading {
  source: 'kobo' | 'tally';
  /** Question names matched to a column. */
  matched: string[];
  submissions: ImportedSubmission[];
  issues: TableIssue[];
}

/** Kobo/ODK metadata columns: known, never answers, never worth a warning. */
const META = new Set([
  'start',
  'end',
  'today',
  'deviceid',
  'username',
  'phonenumber',
  'simserial',
  'subscriberid',
  'audit',
  'instanceid',
  'instancename',
  'uuid',
  'ten_nhom_mau',
]);
const TALLY_ID = 'ma_phieu';
const DAY_HEADERS = ['ngay', 'ngay_phong_van', 'today'];
const CLIENT_ID_MAX = 120;

type Role =
  | { kind: 'clientId'; source: 'kobo' | 'tally' | 'instance' }
  | { kind: 'stratum' }
  | { kind: 'day'; priority: number }
  | { kind: 'question'; name: string }
  | { kind: 'ignored' };

/** The header and every tail after a group separator: Kobo writes `nhom/cau`, ODK Central `nhom-cau`. */
function tails(header: string): string[] {
  const out = [header];
  for (let i = 0; i < header.length; i++)
    if (header[i] === '/' || header[i] === '-') out.push(header.slice(i + 1));
  return out;
}

/** Columns holding the UTC time the server received the submission. */
const UTC_DAY = ['_submission_time', 'SubmissionDate'];

function roleOf(raw: string, questions: Map<string, { type: string }>): Role | null {
  const header = raw.trim();
  if (header === '_uuid') return { kind: 'clientId', source: 'kobo' };
  if (UTC_DAY.includes(header)) return { kind: 'day', priority: 2 };
  const candidates = tails(header);
  if (candidates.includes('instanceID')) return { kind: 'clientId', source: 'instance' };
  const name = candidates.find((c) => questions.has(c));
  if (name)
    return questions.get(name)!.type === 'note' ? { kind: 'ignored' } : { kind: 'question', name };
  // Kobo and ODK add one 0/1 column per option of a multiple choice: `nhom/cau/phuong_an`.
  const cut = header.search(/[/-][^/-]*$/);
  if (cut > 0 && tails(header.slice(0, cut)).some((c) => questions.get(c)?.type === 'multiple'))
    return { kind: 'ignored' };
  const last = candidates[candidates.length - 1]!;
  const key = headerKey(last);
  if (key === TALLY_ID) return { kind: 'clientId', source: 'tally' };
  if (STRATUM_HEADERS.includes(headerKey(header))) return { kind: 'stratum' };
  if (STRATUM_HEADERS.includes(key)) return { kind: 'stratum' };
  const day = DAY_HEADERS.indexOf(key);
  if (day >= 0) return { kind: 'day', priority: day === 2 ? 1 : 0 };
  const first = header.split(/[/-]/)[0];
  if (header.startsWith('_') || first === 'meta' || first === 'formhub' || META.has(key))
    return { kind: 'ignored' };
  return null;
}

/** Reads every row; `tallyPrefix` makes the tally's form numbers unique to the run. */
export function readSubmissions(
  instrument: SurveyInstrument,
  table: ImportTable,
  strata: readonly string[],
  tallyPrefix: string,
): SubmissionsReading {
  const questions = new Map(allQuestions(instrument).map((q) => [q.name, q]));
  const issues: TableIssue[] = [];
  const fileError = (code: string, message: string) =>
    issues.push({ severity: 'error', code, row: null, column: null, message });
  const roles = table.header.map((h) =>
    h.trim() === '' ? { kind: 'ignored' as const } : roleOf(h, questions),
  );
  const find = (kind: Role['kind']) => roles.findIndex((r) => r?.kind === kind);

  const idColumns = roles.flatMap((r, i) =>
    r?.kind === 'clientId' ? [{ i, source: r.source }] : [],
  );
  const rank = { kobo: 0, tally: 1, instance: 2 } as const;
  const idColumn = idColumns.sort((a, b) => rank[a.source] - rank[b.source])[0];
  const stratumColumn = find('stratum');
  const dayColumn = roles
    .flatMap((r, i) => (r?.kind === 'day' ? [{ i, priority: r.priority }] : []))
    .sort((a, b) => a.priority - b.priority)[0]?.i;
  const source = idColumn?.source === 'tally' ? 'tally' : 'kobo';
  if (!idColumn)
    fileError(
      'NO_ID_COLUMN',
      'Không có cột mã phiếu: tệp xuất từ KoboToolbox/ODK cần cột "_uuid" (hoặc "meta/instanceID"), mẫu nhập phiếu cần cột "ma_phieu". Không có mã phiếu thì nhập lại sẽ tạo phiếu trùng.',
    );
  if (stratumColumn < 0)
    fileError(
      'NO_STRATUM_COLUMN',
      `Không có cột nhóm mẫu: thêm cột "ma_nhom_mau" ghi mã nhóm mẫu của từng phiếu (${strata.join(', ')}).`,
    );
  roles.forEach((r, i) => {
    if (r === null)
      issues.push({
        severity: 'warning',
        code: 'UNKNOWN_COLUMN',
        row: 1,
        column: columnName(table, i),
        message: `Cột "${table.header[i]}" không khớp câu hỏi nào của bộ câu hỏi: bỏ qua.`,
      });
  });
  const questionColumns = roles.flatMap((r, i) =>
    r?.kind === 'question' ? [{ i, name: r.name }] : [],
  );
  const matched = [...new Set(questionColumns.map((c) => c.name))];
  const missing = allQuestions(instrument).filter(
    (q) => q.type !== 'note' && !matched.includes(q.name),
  );
  if (missing.length > 0)
    issues.push({
      severity: 'warning',
      code: 'MISSING_COLUMNS',
      row: 1,
      column: null,
      message: `Tệp không có cột cho ${missing.length} câu hỏi: ${missing
        .slice(0, 10)
        .map((q) => q.name)
        .join(', ')}${missing.length > 10 ? '…' : ''}. Các câu này coi như chưa trả lời.`,
    });
  if (issues.some((i) => i.row === null)) return { source, matched, submissions: [], issues };

  const columnOf = new Map(questionColumns.map((c) => [c.name, c.i]));
  const known = new Set(strata);
  const seen = new Map<string, number>();
  const submissions: ImportedSubmission[] = [];
  for (const { row, cells } of table.rows) {
    if (cells.every((c) => cellText(c) === '')) continue;
    const rowIssues: TableIssue[] = [];
    const error = (code: string, column: number | null, message: string) =>
      rowIssues.push({
        severity: 'error',
        code,
        row,
        column: column === null ? null : columnName(table, column),
        message: `Dòng ${row}${column === null ? '' : `, cột ${columnName(table, column)}`}: ${message}`,
      });
    const rawId = cellText(cells[idColumn!.i]).replace(/^uuid:/, '');
    let clientId = '';
    if (rawId === '') error('NO_ID', idColumn!.i, 'thiếu mã phiếu.');
    else if (rawId.length > 80) error('BAD_ID', idColumn!.i, 'mã phiếu dài quá 80 ký tự.');
    else {
      clientId = source === 'tally' ? `${tallyPrefix}${rawId}` : rawId;
      const first = seen.get(clientId);
      if (first !== undefined)
        error('DUPLICATE_ID', idColumn!.i, `mã phiếu "${rawId}" trùng với dòng ${first}.`);
      else seen.set(clientId, row);
    }
    const stratum = cellText(cells[stratumColumn]);
    if (stratum === '') error('NO_STRATUM', stratumColumn, 'thiếu mã nhóm mẫu.');
    else if (!known.has(stratum))
      error(
        'UNKNOWN_STRATUM',
        stratumColumn,
        `nhóm mẫu "${stratum}" không có trong đợt khảo sát (các nhóm: ${strata.join(', ')}).`,
      );
    let day: string | null = null;
    if (dayColumn !== undefined) {
      const text = cellText(cells[dayColumn]);
      const utc = UTC_DAY.includes(table.header[dayColumn]!.trim());
      day = text === '' ? null : utc ? submissionDay(text) : parseDateCell(text);
      if (text !== '' && day === null)
        error(
          'BAD_DATE',
          dayColumn,
          `"${text}" không phải ngày (viết dd/mm/yyyy hoặc yyyy-mm-dd).`,
        );
    }
    const answers: ResponseAnswers = {};
    for (const [name, i] of columnOf) {
      const parsed = parseAnswerCell(questions.get(name)!, cells[i]);
      if ('error' in parsed) error('INVALID_ANSWER', i, parsed.error);
      else if (parsed.value !== null) answers[name] = parsed.value;
    }
    const visible = visibleAnswers(instrument, answers);
    for (const name of Object.keys(answers)) {
      if (name in visible.answers) continue;
      error(
        'SKIP_LOGIC',
        columnOf.get(name)!,
        `câu "${name}" có trả lời nhưng theo điều kiện bỏ qua (skip logic) thì câu này không được hỏi với các câu trả lời trước đó.`,
      );
    }
    if (!rowIssues.some((i) => i.code === 'INVALID_ANSWER' || i.code === 'SKIP_LOGIC')) {
      for (const issue of checkResponse(instrument, answers).issues)
        error(
          'INVALID_ANSWER',
          columnOf.get(issue.question) ?? null,
          `câu "${issue.question}": ${issue.message}`,
        );
    }
    issues.push(...rowIssues);
    if (rowIssues.length === 0)
      submissions.push({ row, clientId: clientId.slice(0, CLIENT_ID_MAX), stratum, day, answers });
  }
  if (submissions.length === 0 && !issues.some((i) => i.severity === 'error'))
    fileError('EMPTY_FILE', 'Tệp không có phiếu nào.');
  return { source, matched, submissions, issues };
}
