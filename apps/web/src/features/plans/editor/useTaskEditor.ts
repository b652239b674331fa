/**
 * The editor's state: rows, the active cell, whether it is being edited, and whether
 * anything differs from what was loaded. One reducer so every change is a plain function
 * of rows.ts and unchanged rows keep their identity (memoised rows skip re-rendering).
 */
import { useCallback, useLayoutEffect, useMemo, useReducer, useRef } from 'react';
import type { ColumnId } from './columns.ts';
import {
  blankRow,
  duplicateRow,
  followGroup,
  groupOf,
  insertAfter,
  moveRow,
  nextNumber,
  placeInGroup,
  renumber,
} from './rows.ts';
import type { EditorRow } from './rows.ts';
import type { PlanIssue } from '@papi/domain';

/** Server issues the browser cannot recompute, pinned to the rows they named at load. */
export type Pinned = { key: string; issue: PlanIssue }[];

export interface Cursor {
  key: string;
  col: ColumnId;
}

export interface State {
  rows: EditorRow[];
  cursor: Cursor | null;
  editing: boolean;
  /** Text typed on a selected cell that opened its editor (spreadsheet-style overtype). */
  seed: string | null;
  dirty: boolean;
  /** Rows just pasted or inserted, highlighted until the next change. */
  flash: ReadonlySet<string>;
  pinned: Pinned;
}

export interface Layout {
  order: readonly string[];
  byDimension: boolean;
  taskGroups: readonly { number: string; dimensionCodes: readonly string[] }[];
}

type Action =
  | { type: 'reset'; rows: EditorRow[]; pinned: Pinned }
  | { type: 'cursor'; cursor: Cursor | null; edit?: boolean; seed?: string | null }
  | { type: 'stopEditing' }
  | { type: 'patch'; key: string; patch: Partial<EditorRow>; layout?: Layout }
  | { type: 'add'; afterKey: string | null; codes: string[]; layout: Layout; col: ColumnId }
  | { type: 'insert'; afterKey: string | null; rows: EditorRow[] }
  | { type: 'delete'; key: string; visible: readonly string[] }
  | { type: 'duplicate'; key: string; layout: Layout }
  | { type: 'move'; key: string; delta: -1 | 1 }
  | { type: 'renumber'; layout: Layout }
  | { type: 'replace'; rows: EditorRow[]; flash: string[] };

const initial = ({ rows, pinned }: { rows: EditorRow[]; pinned: Pinned }): State => ({
  rows,
  pinned,
  cursor: null,
  editing: false,
  seed: null,
  dirty: false,
  flash: new Set(),
});

function reduce(state: State, action: Action): State {
  switch (action.type) {
    case 'reset':
      return { ...initial(action), cursor: state.cursor };
    case 'cursor':
      return {
        ...state,
        cursor: action.cursor,
        editing: action.edit ?? false,
        seed: action.seed ?? null,
      };
    case 'stopEditing':
      return { ...state, editing: false, seed: null };
    case 'patch': {
      const before = state.rows.find((r) => r.key === action.key);
      if (!before) return state;
      // A typed number is the user's; only editor-given numbers follow the group.
      const typed = 'number' in action.patch ? { autoNumber: false } : {};
      const row = { ...before, ...action.patch, ...typed };
      let rows = state.rows.map((r) => (r.key === action.key ? row : r));
      if (action.layout) rows = followGroup(rows, row.key, groupOf(before), action.layout);
      return { ...state, rows, dirty: true, flash: new Set() };
    }
    case 'add': {
      const { order, byDimension, taskGroups } = action.layout;
      const row = { ...blankRow(action.codes), autoNumber: true };
      row.number = nextNumber(state.rows, groupOf(row), order, byDimension, taskGroups);
      return {
        ...state,
        rows: placeInGroup(state.rows, row, action.afterKey),
        cursor: { key: row.key, col: action.col },
        editing: false,
        dirty: true,
        flash: new Set([row.key]),
      };
    }
    case 'insert':
      return {
        ...state,
        rows: insertAfter(state.rows, action.afterKey, action.rows),
        cursor: action.rows[0] ? { key: action.rows[0].key, col: 'content' } : state.cursor,
        dirty: true,
        flash: new Set(action.rows.map((r) => r.key)),
      };
    case 'delete': {
      const at = action.visible.indexOf(action.key);
      const neighbour = action.visible[at + 1] ?? action.visible[at - 1] ?? null;
      return {
        ...state,
        rows: state.rows.filter((r) => r.key !== action.key),
        cursor: neighbour && state.cursor ? { ...state.cursor, key: neighbour } : null,
        editing: false,
        dirty: true,
      };
    }
    case 'duplicate': {
      const source = state.rows.find((r) => r.key === action.key);
      if (!source) return state;
      const { order, byDimension, taskGroups } = action.layout;
      const copy = { ...duplicateRow(source), autoNumber: true };
      copy.number = nextNumber(state.rows, groupOf(copy), order, byDimension, taskGroups);
      return {
        ...state,
        rows: placeInGroup(state.rows, copy, action.key),
        cursor: state.cursor ? { ...state.cursor, key: copy.key } : null,
        dirty: true,
        flash: new Set([copy.key]),
      };
    }
    case 'move': {
      const rows = moveRow(state.rows, action.key, action.delta);
      return rows === state.rows ? state : { ...state, rows, dirty: true };
    }
    case 'renumber': {
      const { order, byDimension, taskGroups } = action.layout;
      const rows = renumber(state.rows, order, byDimension, taskGroups);
      const changed = rows.some((r, i) => r !== state.rows[i]);
      return changed ? { ...state, rows, dirty: true } : state;
    }
    case 'replace':
      return { ...state, rows: action.rows, dirty: true, flash: new Set(action.flash) };
  }
}

export function useTaskEditor(loaded: { rows: EditorRow[]; pinned: Pinned }, layout: Layout) {
  const [state, dispatch] = useReducer(reduce, loaded, initial);
  // The patch callback stays stable for memoised rows; the layout it numbers by is read late.
  const layoutRef = useRef(layout);
  useLayoutEffect(() => {
    layoutRef.current = layout;
  }, [layout]);
  const patch = useCallback(
    (key: string, p: Partial<EditorRow>) =>
      dispatch({ type: 'patch', key, patch: p, layout: layoutRef.current }),
    [],
  );
  const select = useCallback(
    (cursor: Cursor | null, edit = false, seed: string | null = null) =>
      dispatch({ type: 'cursor', cursor, edit, seed }),
    [],
  );
  const stopEditing = useCallback(() => dispatch({ type: 'stopEditing' }), []);
  return useMemo(
    () => ({ state, dispatch, patch, select, stopEditing }),
    [state, patch, select, stopEditing],
  );
}
export { reduce as reduceEditor };
export type TaskEditorApi = ReturnType<typeof useTaskEditor>;
