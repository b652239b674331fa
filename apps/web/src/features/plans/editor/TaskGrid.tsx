import { useCallback, useEffect, useRef } from 'react';
import type { ClipboardEvent, KeyboardEvent } from 'react';
import { useT } from '../../../i18n/index.ts';
import { clearedCell } from './cellText.ts';
import type { ColumnId } from './columns.ts';
import { focusGrid } from './context.ts';
import classes from './Grid.module.css';
import type { LiveIssues } from './liveIssues.ts';
import type { EditorRow } from './rows.ts';
import { TaskRow } from './TaskRow.tsx';
import type { Layout, TaskEditorApi } from './useTaskEditor.ts';

export interface GridGroup {
  code: string;
  label: string;
  rows: EditorRow[];
}

interface Props {
  api: TaskEditorApi;
  columns: readonly ColumnId[];
  widths: Record<ColumnId, number | undefined>;
  groups: readonly GridGroup[];
  /** Row keys in the order shown (filters applied). */
  visible: readonly string[];
  issues: LiveIssues;
  layout: Layout;
  text: (row: EditorRow, col: ColumnId) => string;
  parentLabel: (row: EditorRow) => string | null;
  onPaste: (text: string) => void;
}

/** Spreadsheet keys on the grid; cell editors handle their own keys while open. */
export function TaskGrid(props: Props) {
  const t = useT();
  const { api, columns, visible, layout } = props;
  const { state, dispatch, select, patch } = api;
  const cursor = state.cursor;
  const gridRef = useRef<HTMLDivElement>(null);

  const onCell = useCallback(
    (key: string, col: ColumnId, edit: boolean) => {
      select({ key, col }, edit);
      if (!edit) focusGrid();
    },
    [select],
  );

  // Keep the active cell in view as the cursor moves.
  useEffect(() => {
    if (!cursor) return;
    const el = gridRef.current?.querySelector(`[data-cell="${cursor.key}:${cursor.col}"]`);
    el?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [cursor]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (state.editing || e.target !== e.currentTarget) return;
    const ctrl = e.ctrlKey || e.metaKey;
    if (!cursor) {
      if (visible[0] && /^Arrow|^Tab$|^Enter$/.test(e.key)) {
        e.preventDefault();
        select({ key: visible[0], col: columns[0]! });
      }
      return;
    }
    const r = visible.indexOf(cursor.key);
    const c = columns.indexOf(cursor.col);
    const go = (row: number, col: number) => {
      const key = visible[Math.max(0, Math.min(visible.length - 1, row))];
      const column = columns[Math.max(0, Math.min(columns.length - 1, col))];
      if (key && column) select({ key, col: column });
    };
    const handled = () => e.preventDefault();
    if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      handled();
      dispatch({ type: 'move', key: cursor.key, delta: e.key === 'ArrowUp' ? -1 : 1 });
      return;
    }
    switch (e.key) {
      case 'ArrowUp':
        handled();
        return go(ctrl ? 0 : r - 1, c);
      case 'ArrowDown':
        handled();
        return go(ctrl ? visible.length - 1 : r + 1, c);
      case 'ArrowLeft':
        handled();
        return go(r, c - 1);
      case 'ArrowRight':
        handled();
        return go(r, c + 1);
      case 'Home':
        handled();
        return go(ctrl ? 0 : r, 0);
      case 'End':
        handled();
        return go(ctrl ? visible.length - 1 : r, columns.length - 1);
      case 'Tab': {
        handled();
        if (e.shiftKey) return c > 0 ? go(r, c - 1) : go(r - 1, columns.length - 1);
        return c < columns.length - 1 ? go(r, c + 1) : go(r + 1, 0);
      }
      case 'Enter': {
        handled();
        if (ctrl) {
          const row = state.rows.find((x) => x.key === cursor.key);
          const codes = layout.byDimension && row?.dimensionCodes[0] ? [row.dimensionCodes[0]] : [];
          dispatch({ type: 'add', afterKey: cursor.key, codes, layout, col: 'content' });
          return;
        }
        return select(cursor, true);
      }
      case 'F2':
        handled();
        return select(cursor, true);
      case 'Delete':
      case 'Backspace':
        handled();
        return patch(cursor.key, clearedCell(cursor.col));
      default:
        if (ctrl && e.key.toLowerCase() === 'd') {
          handled();
          dispatch({ type: 'duplicate', key: cursor.key, layout });
        } else if (!ctrl && !e.altKey && e.key.length === 1) {
          // Typing on a selected cell starts editing it with that character, like a spreadsheet.
          handled();
          select(cursor, true, cursor.col === 'dimensions' ? null : e.key);
        }
    }
  };

  const onCopy = (e: ClipboardEvent<HTMLDivElement>) => {
    if (state.editing || !cursor) return;
    const row = state.rows.find((x) => x.key === cursor.key);
    if (!row) return;
    e.preventDefault();
    e.clipboardData.setData('text/plain', props.text(row, cursor.col));
  };

  const onPaste = (e: ClipboardEvent<HTMLDivElement>) => {
    if (state.editing) return;
    const text = e.clipboardData.getData('text/plain');
    if (!text) return;
    e.preventDefault();
    props.onPaste(text);
  };

  return (
    <div
      ref={gridRef}
      data-task-grid
      className={classes.scroller}
      tabIndex={0}
      role="grid"
      aria-label={t('plans.editor.gridLabel')}
      aria-rowcount={state.rows.length}
      onKeyDown={onKeyDown}
      onCopy={onCopy}
      onPaste={onPaste}
    >
      <table className={classes.table}>
        <colgroup>
          {columns.map((col) => (
            <col key={col} style={{ width: props.widths[col] }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {columns.map((col) => (
              <th key={col} role="columnheader">
                {t(`plans.editor.col.${col}`)}
              </th>
            ))}
          </tr>
        </thead>
        {props.groups.map((group) => (
          <tbody key={group.code || 'none'}>
            {layout.byDimension && (
              <tr className={classes.group}>
                <td colSpan={columns.length}>
                  <span>
                    {group.label} · {t('plans.editor.groupCount', { n: group.rows.length })}
                  </span>
                </td>
              </tr>
            )}
            {group.rows.map((row) => {
              const active = cursor?.key === row.key;
              return (
                <TaskRow
                  key={row.key}
                  row={row}
                  columns={columns}
                  activeCol={active ? cursor.col : null}
                  editing={active && state.editing}
                  seed={active ? state.seed : null}
                  markers={props.issues.byRow.get(row.key)}
                  flash={state.flash.has(row.key)}
                  text={props.text}
                  parentLabel={props.parentLabel(row)}
                  onCell={onCell}
                />
              );
            })}
          </tbody>
        ))}
      </table>
    </div>
  );
}
