/**
 * The skip-logic builder's rows ↔ the domain's condition tree. The builder writes one level:
 * rows joined by AND or by OR, each "question op value". Anything deeper (a NOT, a group
 * inside a group) came from an XLSForm and is shown read-only. Pure, unit-tested.
 */
import type { CompareOp, Condition, QuestionType } from '@papi/domain';

export type RowOp = CompareOp | 'selected' | 'answered';

export interface ConditionRow {
  q: string;
  op: RowOp;
  /** Text as typed or chosen; numbers are converted when the condition is built. */
  value: string;
}

export interface ConditionDraft {
  join: 'all' | 'any';
  rows: ConditionRow[];
}

/** The comparisons that make sense for a kind of question. */
export function opsFor(type: QuestionType): RowOp[] {
  switch (type) {
    case 'single':
    case 'scale5':
    case 'yes_no_dk':
      return ['eq', 'neq', 'answered'];
    case 'multiple':
      return ['selected', 'answered'];
    case 'number':
    case 'date':
      return ['eq', 'neq', 'gte', 'gt', 'lte', 'lt', 'answered'];
    default:
      return ['eq', 'neq', 'answered'];
  }
}

function leafToRow(c: Condition): ConditionRow | null {
  if ('all' in c || 'any' in c || 'not' in c) return null;
  if (c.op === 'answered') return { q: c.q, op: 'answered', value: '' };
  return { q: c.q, op: c.op, value: String(c.value) };
}

/** The rows of a condition, or null when it is deeper than the builder writes. */
export function conditionToDraft(c: Condition | undefined): ConditionDraft | null {
  if (!c) return { join: 'all', rows: [] };
  const single = leafToRow(c);
  if (single) return { join: 'all', rows: [single] };
  if (!('all' in c) && !('any' in c)) return null;
  const join = 'all' in c ? 'all' : 'any';
  const parts = 'all' in c ? c.all : c.any;
  const rows = parts.map(leafToRow);
  if (rows.some((r) => r === null)) return null;
  return { join, rows: rows as ConditionRow[] };
}

function rowToLeaf(row: ConditionRow, types: ReadonlyMap<string, QuestionType>): Condition | null {
  if (!row.q) return null;
  if (row.op === 'answered') return { q: row.q, op: 'answered' };
  const text = row.value.trim();
  if (!text) return null;
  if (row.op === 'selected') return { q: row.q, op: 'selected', value: text };
  const numeric = types.get(row.q) === 'number' && Number.isFinite(Number(text.replace(',', '.')));
  return { q: row.q, op: row.op, value: numeric ? Number(text.replace(',', '.')) : text };
}

/**
 * The condition the rows say; rows not yet complete (no question, no value) are left out.
 * No complete row: no condition (always shown).
 */
export function draftToCondition(
  draft: ConditionDraft,
  types: ReadonlyMap<string, QuestionType>,
): Condition | undefined {
  const leaves = draft.rows.flatMap((r) => rowToLeaf(r, types) ?? []);
  if (leaves.length === 0) return undefined;
  if (leaves.length === 1) return leaves[0];
  return draft.join === 'all' ? { all: leaves } : { any: leaves };
}
