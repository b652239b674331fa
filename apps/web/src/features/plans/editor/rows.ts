/**
 * The appendix as the editor holds it: one row per task with a client key that survives
 * reordering and renumbering (the server id is absent on new rows). Pure, unit-tested.
 */
import type { AgencyRef, Deadline } from '@papi/domain';
import type { PlanTask } from '../api.ts';

export interface EditorRow {
  /** Client identity: "t<server id>" for loaded tasks, "n<counter>" for new rows. */
  key: string;
  id: number | null;
  number: string;
  title: string | null;
  content: string;
  dimensionCodes: string[];
  lead: AgencyRef | null;
  cooperating: AgencyRef[];
  deadline: Deadline | null;
  expectedResult: string;
  budget: number | null;
  budgetSource: string;
  parentTaskId: number | null;
  /** The library solution the row was inserted from (counts the solution's use). */
  solutionId: number | null;
  /**
   * The number was given by the editor (a new row), not typed: it follows the row into
   * another group when its dimension changes. Typing a number turns this off.
   */
  autoNumber?: boolean;
}

let counter = 0;
export const newKey = (): string => `n${++counter}`;

export function fromTask(task: PlanTask): EditorRow {
  return {
    key: `t${task.id}`,
    id: task.id,
    number: task.number,
    title: task.title,
    content: task.content,
    dimensionCodes: [...task.dimensionCodes],
    lead: task.lead,
    cooperating: [...task.cooperating],
    deadline: task.deadline,
    expectedResult: task.expectedResult ?? '',
    budget: task.budget,
    budgetSource: task.budgetSource ?? '',
    parentTaskId: task.parentTaskId,
    solutionId: task.solutionId,
  };
}

/** The body of PUT /tasks for one row; blank optional text goes as null. */
export function toInput(row: EditorRow) {
  return {
    ...(row.id === null ? {} : { id: row.id }),
    number: row.number.trim(),
    title: row.title?.trim() ? row.title.trim() : null,
    content: row.content,
    dimensionCodes: row.dimensionCodes,
    lead: row.lead,
    cooperating: row.cooperating,
    deadline: row.deadline,
    expectedResult: row.expectedResult.trim() ? row.expectedResult : null,
    budget: row.budget,
    budgetSource: row.budgetSource.trim() ? row.budgetSource.trim() : null,
    parentTaskId: row.parentTaskId,
    solutionId: row.solutionId,
  };
}

export function blankRow(dimensionCodes: string[] = []): EditorRow {
  return {
    key: newKey(),
    id: null,
    number: '',
    title: null,
    content: '',
    dimensionCodes,
    lead: null,
    cooperating: [],
    deadline: null,
    expectedResult: '',
    budget: null,
    budgetSource: '',
    parentTaskId: null,
    solutionId: null,
  };
}

/** A copy as a new task (no server id); the parent link is kept, it implements the same. */
export const duplicateRow = (row: EditorRow): EditorRow => ({ ...row, key: newKey(), id: null });

/** The group a row shows under: its first code's dimension ("D2.3" → "D2"), '' for none. */
export const groupOf = (row: Pick<EditorRow, 'dimensionCodes'>): string =>
  row.dimensionCodes[0]?.split('.')[0] ?? '';

export interface RowGroup<R> {
  code: string;
  rows: R[];
}

/** Rows grouped by dimension in the edition's order (unknown codes after, no dimension last). */
export function groupRows<R extends Pick<EditorRow, 'dimensionCodes'>>(
  rows: readonly R[],
  order: readonly string[],
  byDimension: boolean,
): RowGroup<R>[] {
  if (!byDimension) return [{ code: '', rows: [...rows] }];
  const map = new Map<string, R[]>();
  for (const row of rows) {
    const code = groupOf(row);
    const list = map.get(code);
    if (list) list.push(row);
    else map.set(code, [row]);
  }
  const rank = (code: string): number => {
    if (code === '') return Number.MAX_SAFE_INTEGER;
    const i = order.indexOf(code);
    return i === -1 ? order.length + Number(code.slice(1)) : i;
  };
  return [...map.entries()]
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([code, list]) => ({ code, rows: list }));
}

/** Rows in display order (grouped), the order the document prints and the server stores. */
export function displayOrder(
  rows: readonly EditorRow[],
  order: readonly string[],
  byDimension: boolean,
): EditorRow[] {
  return groupRows(rows, order, byDimension).flatMap((g) => g.rows);
}

/**
 * The group's printed number: the plan's own task-group heading number when it has one for
 * the dimension, else the dimension's position in the edition (D3 → "3").
 */
export function groupNumber(
  code: string,
  order: readonly string[],
  taskGroups: readonly { number: string; dimensionCodes: readonly string[] }[],
): string {
  const own = taskGroups.find((g) => g.dimensionCodes.includes(code));
  if (own) return own.number;
  const i = order.indexOf(code);
  return String(i === -1 ? order.length + 1 : i + 1);
}

/** "1.1, 1.2 … 2.1" by dimension group, or "1, 2, 3" for plans not organised by dimension. */
export function renumber(
  rows: readonly EditorRow[],
  order: readonly string[],
  byDimension: boolean,
  taskGroups: readonly { number: string; dimensionCodes: readonly string[] }[] = [],
): EditorRow[] {
  const groups = groupRows(rows, order, byDimension);
  const numbers = new Map<string, string>();
  // Groups outside the edition (unknown code, no dimension) continue after its dimensions.
  let extra = order.length;
  for (const group of groups) {
    const known =
      order.includes(group.code) || taskGroups.some((g) => g.dimensionCodes.includes(group.code));
    const base = known ? groupNumber(group.code, order, taskGroups) : String(++extra);
    const prefix = byDimension ? `${base}.` : '';
    group.rows.forEach((row, i) => numbers.set(row.key, `${prefix}${i + 1}`));
  }
  return groups
    .flatMap((g) => g.rows)
    .map((row) =>
      row.number === numbers.get(row.key)
        ? row
        : { ...row, number: numbers.get(row.key) ?? row.number },
    );
}

/** The next free number in a row's group, for a new row ("2.4" after 2.1–2.3). */
export function nextNumber(
  rows: readonly EditorRow[],
  code: string,
  order: readonly string[],
  byDimension: boolean,
  taskGroups: readonly { number: string; dimensionCodes: readonly string[] }[] = [],
): string {
  const prefix = byDimension ? `${groupNumber(code, order, taskGroups)}.` : '';
  const taken = new Set(rows.map((r) => r.number));
  let n = rows.filter((r) => !byDimension || groupOf(r) === code).length + 1;
  while (taken.has(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

/**
 * Moves a row one place up or down among the rows of its own group (what the user sees as
 * neighbours); at the group's edge nothing moves. Returns the same array when unchanged.
 */
export function moveRow(rows: readonly EditorRow[], key: string, delta: -1 | 1): EditorRow[] {
  const from = rows.findIndex((r) => r.key === key);
  if (from === -1) return [...rows];
  const code = groupOf(rows[from]!);
  let to = from + delta;
  while (to >= 0 && to < rows.length && groupOf(rows[to]!) !== code) to += delta;
  if (to < 0 || to >= rows.length) return rows as EditorRow[];
  const next = [...rows];
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}

/**
 * Places a new row at the end of its own group, so its number (the group's next) and its
 * place agree; a group without rows yet takes it after `afterKey`.
 */
export function placeInGroup(
  rows: readonly EditorRow[],
  row: EditorRow,
  afterKey: string | null,
): EditorRow[] {
  const code = groupOf(row);
  const last = rows.findLastIndex((r) => groupOf(r) === code);
  if (last === -1) return insertAfter(rows, afterKey, [row]);
  return [...rows.slice(0, last + 1), row, ...rows.slice(last + 1)];
}

/**
 * After a row's dimension changed: a row the editor numbered takes the next number of its
 * new group and its place at that group's end; a row with a typed or saved number keeps it
 * until "Đánh số lại".
 */
export function followGroup(
  rows: readonly EditorRow[],
  key: string,
  previousGroup: string,
  layout: {
    order: readonly string[];
    byDimension: boolean;
    taskGroups: readonly { number: string; dimensionCodes: readonly string[] }[];
  },
): EditorRow[] {
  const row = rows.find((r) => r.key === key);
  if (!row?.autoNumber || !layout.byDimension || groupOf(row) === previousGroup) return [...rows];
  const others = rows.filter((r) => r.key !== key);
  const number = nextNumber(others, groupOf(row), layout.order, true, layout.taskGroups);
  const at = rows.indexOf(row);
  const moved = { ...row, number };
  const hasGroup = others.some((r) => groupOf(r) === groupOf(row));
  if (!hasGroup) return rows.map((r) => (r.key === key ? moved : r));
  return placeInGroup(others, moved, at > 0 ? (rows[at - 1]?.key ?? null) : null);
}

/** Inserts rows right after the row with `afterKey` (at the end when null or not found). */
export function insertAfter(
  rows: readonly EditorRow[],
  afterKey: string | null,
  added: readonly EditorRow[],
): EditorRow[] {
  const at = afterKey === null ? -1 : rows.findIndex((r) => r.key === afterKey);
  if (at === -1) return [...rows, ...added];
  return [...rows.slice(0, at + 1), ...added, ...rows.slice(at + 1)];
}
