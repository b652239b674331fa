import { memo } from 'react';
import { formatDate } from '../../../i18n/format.ts';
import { CellEditor } from './CellEditor.tsx';
import { readDate } from './deadlineRead.ts';
import { AgencyCell } from './GroupMembers.tsx';
import type { ColumnId } from './columns.ts';
import classes from './Grid.module.css';
import type { Marker } from './liveIssues.ts';
import type { EditorRow } from './rows.ts';

interface Props {
  row: EditorRow;
  columns: readonly ColumnId[];
  /** The active column when this row holds the cursor, else null (keeps other rows memoised). */
  activeCol: ColumnId | null;
  editing: boolean;
  seed: string | null;
  markers: Map<string, Marker[]> | undefined;
  flash: boolean;
  /** Cell text for display; stable across renders. */
  text: (row: EditorRow, col: ColumnId) => string;
  /** The parent task this row implements, as "Nhiệm vụ 2.1 của KH 48/KH-UBND". */
  parentLabel: string | null;
  onCell: (key: string, col: ColumnId, edit: boolean) => void;
}

const FIELD: Record<ColumnId, string> = {
  number: 'number',
  content: 'content',
  dimensions: 'dimensions',
  lead: 'lead',
  cooperating: 'cooperating',
  deadline: 'deadline',
  expectedResult: 'expectedResult',
  budget: 'budget',
  budgetSource: 'budget',
};

function severityOf(markers: Marker[] | undefined): 'error' | 'warning' | null {
  if (!markers?.length) return null;
  return markers.some((m) => m.severity === 'error') ? 'error' : 'warning';
}

const signature = (m: Map<string, Marker[]> | undefined): string =>
  m ? [...m.entries()].map(([f, l]) => `${f}:${l.map((x) => x.message).join('|')}`).join('\n') : '';

/**
 * Live issues are recomputed on every edit, so markers are compared by what they say; the
 * other props are compared by identity (unchanged rows keep their objects).
 */
function sameProps(a: Props, b: Props): boolean {
  for (const key of Object.keys(a) as (keyof Props)[]) {
    if (key === 'markers') continue;
    if (a[key] !== b[key]) return false;
  }
  return signature(a.markers) === signature(b.markers);
}

/** The words kept, and beside them the date they were read as ("tháng 9/2021 · 30/09/2021"). */
export function DeadlineCell({ row, text }: { row: EditorRow; text: string }) {
  const date = readDate(row.deadline, formatDate);
  return (
    <div className={classes.clamp}>
      {text}
      {date && <span className={classes.readDate}> → {date}</span>}
    </div>
  );
}

/** One task; renders again only when its own data, markers or cursor change. */
export const TaskRow = memo(function TaskRow(props: Props) {
  const { row, columns, activeCol, editing, markers } = props;
  const all = markers ? [...markers.values()].flat() : [];
  const rowSeverity = severityOf(all);
  const rowClass = [
    rowSeverity === 'error'
      ? classes.rowError
      : rowSeverity === 'warning'
        ? classes.rowWarning
        : '',
    props.flash ? classes.flash : '',
  ].join(' ');
  return (
    <tr className={rowClass} data-row={row.key} id={`plan-task-${row.number}`}>
      {columns.map((col) => {
        const own =
          col === 'number'
            ? [...(markers?.get('number') ?? []), ...(markers?.get('') ?? [])]
            : markers?.get(FIELD[col]);
        const severity = severityOf(own);
        const active = activeCol === col;
        const cls = [
          classes.cell,
          active ? classes.active : '',
          severity === 'error'
            ? classes.cellError
            : severity === 'warning'
              ? classes.cellWarning
              : '',
        ].join(' ');
        const text = props.text(row, col);
        return (
          <td
            key={col}
            className={cls}
            role="gridcell"
            aria-selected={active}
            aria-invalid={severity === 'error' || undefined}
            data-cell={`${row.key}:${col}`}
            title={own?.map((m) => m.message).join('\n') || undefined}
            onMouseDown={(e) => {
              if (!(active && editing)) {
                e.preventDefault();
                props.onCell(row.key, col, false);
              }
            }}
            onDoubleClick={() => props.onCell(row.key, col, true)}
          >
            {col === 'content' ? (
              <>
                {row.title && <div className={classes.title}>{row.title}</div>}
                <div className={classes.clamp}>{row.content}</div>
                {props.parentLabel && <div className={classes.trace}>↳ {props.parentLabel}</div>}
              </>
            ) : col === 'lead' || col === 'cooperating' ? (
              <div className={classes.clamp}>
                <AgencyCell row={row} col={col} />
              </div>
            ) : col === 'deadline' ? (
              <DeadlineCell row={row} text={text} />
            ) : (
              <div className={classes.clamp}>{text}</div>
            )}
            {active && editing && (
              <div className={classes.editor}>
                <CellEditor row={row} col={col} seed={props.seed} />
              </div>
            )}
          </td>
        );
      })}
    </tr>
  );
}, sameProps);
