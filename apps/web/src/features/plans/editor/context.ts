import { createContext, useContext } from 'react';
import type { Translate } from '../../../i18n/index.ts';
import type { AgencyOption } from './agencyMatch.ts';
import type { ColumnId } from './columns.ts';
import type { DimensionOption } from './paste.ts';
import type { EditorRow } from './rows.ts';

export type Move = 'down' | 'up' | 'right' | 'left' | null;

/** What every cell editor needs; one stable object so memoised rows are not re-rendered. */
export interface EditorEnv {
  t: Translate;
  planId: number;
  year: number;
  /** The plan's period: a deadline without a year outside it is warned about while typing. */
  period: { from: string; to: string };
  agencies: readonly AgencyOption[];
  dimensions: readonly DimensionOption[];
  /** Saves a cell's new value, closes the editor and moves the cursor. */
  commit: (key: string, patch: Partial<EditorRow>, move?: Move) => void;
  cancel: () => void;
  formatAmount: (n: number) => string;
}

export const EditorEnvContext = createContext<EditorEnv | null>(null);

export function useEditorEnv(): EditorEnv {
  const env = useContext(EditorEnvContext);
  if (!env) throw new Error('cell editor outside the task editor');
  return env;
}

export type { ColumnId };

/** What a cell editor is opened on: its row, and the key typed to open it, if any. */
export interface EditorProps {
  row: EditorRow;
  seed: string | null;
}

/** Gives the keyboard back to the grid after a cell editor closes. */
export function focusGrid(): void {
  document.querySelector<HTMLElement>('[data-task-grid]')?.focus({ preventScroll: true });
}
