/**
 * Skip logic: a question is shown only when its condition on earlier answers holds. Kept
 * as a small tree (not an expression string) so it can be checked against the instrument
 * and evaluated without an interpreter; XLSForm's `relevant` XPath is read and written by
 * conditions-xpath.ts.
 */
import type { AnswerValue, ResponseAnswers } from './instrument.ts';

export type CompareOp = 'eq' | 'neq' | 'gt' | 'gte' | 'lt' | 'lte';

export type Condition =
  | { q: string; op: CompareOp; value: string | number }
  /** A multiple-choice answer includes the value (XLSForm `selected(${q}, 'v')`). */
  | { q: string; op: 'selected'; value: string }
  /** Anything was answered (XLSForm `${q} != ''`). */
  | { q: string; op: 'answered' }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

/** Question names a condition reads. */
export function conditionRefs(c: Condition): string[] {
  if ('all' in c) return c.all.flatMap(conditionRefs);
  if ('any' in c) return c.any.flatMap(conditionRefs);
  if ('not' in c) return conditionRefs(c.not);
  return [c.q];
}

function isBlank(v: AnswerValue | undefined): boolean {
  return v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
}

function compare(a: AnswerValue, op: CompareOp, b: string | number): boolean {
  if (Array.isArray(a)) return false;
  // Numbers compare as numbers when both sides are numeric (XPath does the same).
  const an = typeof a === 'number' ? a : Number(a);
  const bn = typeof b === 'number' ? b : Number(b);
  const numeric = a !== '' && b !== '' && Number.isFinite(an) && Number.isFinite(bn);
  const x: number | string = numeric ? an : String(a);
  const y: number | string = numeric ? bn : String(b);
  switch (op) {
    case 'eq':
      return x === y;
    case 'neq':
      return x !== y;
    case 'gt':
      return x > y;
    case 'gte':
      return x >= y;
    case 'lt':
      return x < y;
    case 'lte':
      return x <= y;
  }
}

/**
 * Whether the condition holds for the answers. A comparison with an unanswered question
 * is false (so "not answered" never opens a follow-up), except `neq`, which is false too:
 * a question skipped upstream hides everything hanging on it.
 */
export function evaluateCondition(c: Condition, answers: ResponseAnswers): boolean {
  if ('all' in c) return c.all.every((x) => evaluateCondition(x, answers));
  if ('any' in c) return c.any.some((x) => evaluateCondition(x, answers));
  if ('not' in c) return !evaluateCondition(c.not, answers);
  const v = answers[c.q];
  if (c.op === 'answered') return !isBlank(v);
  if (v === undefined || isBlank(v)) return false;
  if (c.op === 'selected') return Array.isArray(v) ? v.includes(c.value) : String(v) === c.value;
  return compare(v, c.op, c.value);
}
