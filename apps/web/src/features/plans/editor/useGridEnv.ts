/**
 * The environment the open cell editor reads: plan facts, pickers' options, and how a
 * commit moves the cursor through the visible rows and columns. One memoised object, so
 * memoised rows are not re-rendered by it.
 */
import { useMemo } from 'react';
import type { Translate } from '../../../i18n/index.ts';
import type { ColumnId } from './columns.ts';
import { focusGrid } from './context.ts';
import type { EditorEnv, Move } from './context.ts';
import type { TaskEditorApi } from './useTaskEditor.ts';
import type { useEditorData } from './useEditorData.ts';

/** The cell the cursor reaches from (key, col) by one arrow/Enter/Tab move. */
export function moveCursor(
  visible: readonly string[],
  columns: readonly ColumnId[],
  key: string,
  col: ColumnId,
  move: Move,
): { key: string; col: ColumnId } {
  const r = visible.indexOf(key);
  const c = columns.indexOf(col);
  if (move === 'down') return { key: visible[Math.min(visible.length - 1, r + 1)] ?? key, col };
  if (move === 'up') return { key: visible[Math.max(0, r - 1)] ?? key, col };
  if (move === 'right') return { key, col: columns[Math.min(columns.length - 1, c + 1)] ?? col };
  if (move === 'left') return { key, col: columns[Math.max(0, c - 1)] ?? col };
  return { key, col };
}

interface Args {
  t: Translate;
  plan: { id: number; year: number; period: { from: string; to: string } };
  data: ReturnType<typeof useEditorData>;
  api: TaskEditorApi;
  formatAmount: (n: number) => string;
  visible: readonly string[];
  columns: readonly ColumnId[];
}

export function useGridEnv({ t, plan, data, api, formatAmount, visible, columns }: Args) {
  const { patch, select, stopEditing } = api;
  const cursorCol = api.state.cursor?.col ?? 'content';
  const { id, year, period } = plan;
  const { agencies, dimensions } = data;
  return useMemo<EditorEnv>(
    () => ({
      t,
      planId: id,
      year,
      period,
      agencies,
      dimensions,
      formatAmount,
      commit: (key, change, move = null) => {
        if (Object.keys(change).length > 0) patch(key, change);
        select(moveCursor(visible, columns, key, cursorCol, move));
        focusGrid();
      },
      cancel: () => {
        stopEditing();
        focusGrid();
      },
    }),
    [
      t,
      id,
      year,
      period,
      agencies,
      dimensions,
      formatAmount,
      patch,
      select,
      stopEditing,
      cursorCol,
      visible,
      columns,
    ],
  );
}
