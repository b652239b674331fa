/**
 * One respondent's answers against an instrument: which questions were shown (skip logic,
 * in order, so a hidden question hides those hanging on it), and whether what arrived is a
 * complete, well-formed response. The server runs this on every submission; the form runs
 * the same to decide what to show.
 */
import { evaluateCondition } from './conditions.ts';
import {
  choicesOf,
  type AnswerValue,
  type ResponseAnswers,
  type SurveyInstrument,
  type SurveyQuestion,
} from './instrument.ts';

export interface ResponseIssue {
  question: string;
  message: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const TEXT_ANSWER_MAX = 500;

/**
 * Answers with everything a respondent should not have seen removed, walking in order: a
 * condition reads only answers that survived, so hiding a question also hides its
 * dependants.
 */
export function visibleAnswers(
  instrument: SurveyInstrument,
  answers: ResponseAnswers,
): {
  shown: SurveyQuestion[];
  answers: ResponseAnswers;
} {
  const kept: ResponseAnswers = {};
  const shown: SurveyQuestion[] = [];
  for (const section of instrument.sections) {
    if (section.relevant && !evaluateCondition(section.relevant, kept)) continue;
    for (const q of section.questions) {
      if (q.relevant && !evaluateCondition(q.relevant, kept)) continue;
      shown.push(q);
      const v = answers[q.name];
      if (v !== undefined && q.type !== 'note') kept[q.name] = v;
    }
  }
  return { shown, answers: kept };
}

function blank(v: AnswerValue | undefined): boolean {
  return v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
}

function checkValue(q: SurveyQuestion, v: AnswerValue): string | null {
  const values = new Set(choicesOf(q).map((c) => c.value));
  switch (q.type) {
    case 'single':
    case 'scale5':
    case 'yes_no_dk':
      return typeof v === 'string' && values.has(v)
        ? null
        : `"${String(v)}" không phải một phương án của câu này.`;
    case 'multiple': {
      if (!Array.isArray(v)) return 'Câu nhiều lựa chọn cần một danh sách phương án.';
      const bad = v.find((x) => !values.has(x));
      if (bad !== undefined) return `"${bad}" không phải một phương án của câu này.`;
      return new Set(v).size === v.length ? null : 'Một phương án được chọn hai lần.';
    }
    case 'number': {
      if (typeof v !== 'number' || !Number.isFinite(v)) return 'Cần một con số.';
      if (q.min !== undefined && v < q.min) return `Số nhỏ nhất là ${q.min}.`;
      if (q.max !== undefined && v > q.max) return `Số lớn nhất là ${q.max}.`;
      return null;
    }
    case 'date': {
      if (typeof v !== 'string' || !ISO_DATE.test(v)) return 'Ngày không hợp lệ.';
      const [y, m, d] = v.split('-').map(Number) as [number, number, number];
      const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
      return m >= 1 && m <= 12 && d >= 1 && d <= days ? null : 'Ngày không hợp lệ.';
    }
    case 'text':
      if (typeof v !== 'string') return 'Cần một đoạn chữ.';
      return v.length <= TEXT_ANSWER_MAX ? null : `Câu trả lời dài quá ${TEXT_ANSWER_MAX} ký tự.`;
    case 'note':
      return 'Đoạn ghi chú không nhận câu trả lời.';
  }
}

/**
 * Checks a submitted response: unknown question names, malformed values and required
 * questions left blank (only those that were shown). Returns the cleaned answers (hidden
 * questions dropped) to store when there is no issue.
 */
export function checkResponse(
  instrument: SurveyInstrument,
  answers: ResponseAnswers,
): { issues: ResponseIssue[]; answers: ResponseAnswers } {
  const issues: ResponseIssue[] = [];
  const byName = new Map(
    instrument.sections.flatMap((s) => s.questions.map((q) => [q.name, q] as const)),
  );
  for (const [name, v] of Object.entries(answers)) {
    const q = byName.get(name);
    if (!q)
      issues.push({ question: name, message: `Không có câu hỏi "${name}" trong bộ câu hỏi.` });
    else if (!blank(v)) {
      const problem = checkValue(q, v);
      if (problem) issues.push({ question: name, message: problem });
    }
  }
  const visible = visibleAnswers(instrument, answers);
  for (const q of visible.shown) {
    if (q.required && blank(visible.answers[q.name]))
      issues.push({ question: q.name, message: 'Câu hỏi bắt buộc chưa được trả lời.' });
  }
  const cleaned: ResponseAnswers = {};
  for (const [k, v] of Object.entries(visible.answers)) if (!blank(v)) cleaned[k] = v;
  return { issues, answers: cleaned };
}
