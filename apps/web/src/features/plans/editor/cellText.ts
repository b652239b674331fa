/** A cell as text: what the grid shows, what Ctrl+C copies and what text filters search. */
import { formatDate } from '../../../i18n/format.ts';
import type { Translate } from '../../../i18n/index.ts';
import { agencyName, deadlineLabel } from '../labels.ts';
import type { ColumnId } from './columns.ts';
import type { EditorRow } from './rows.ts';

export function cellText(
  row: EditorRow,
  col: ColumnId,
  t: Translate,
  formatAmount: (n: number) => string,
): string {
  switch (col) {
    case 'number':
      return row.number;
    case 'content':
      return row.title ? `${row.title}\n${row.content}` : row.content;
    case 'dimensions':
      return row.dimensionCodes.join(', ');
    case 'lead':
      return row.lead ? agencyName(row.lead) : '';
    case 'cooperating':
      return row.cooperating.map(agencyName).join('; ');
    case 'deadline':
      return deadlineLabel(t, row.deadline, formatDate);
    case 'expectedResult':
      return row.expectedResult;
    case 'budget':
      return row.budget === null ? '' : formatAmount(row.budget);
    case 'budgetSource':
      return row.budgetSource;
  }
}

/** The patch that empties a cell (Delete on a selected cell). */
export function clearedCell(col: ColumnId): Partial<EditorRow> {
  switch (col) {
    case 'number':
      return { number: '' };
    case 'content':
      return { content: '', title: null };
    case 'dimensions':
      return { dimensionCodes: [] };
    case 'lead':
      return { lead: null };
    case 'cooperating':
      return { cooperating: [] };
    case 'deadline':
      return { deadline: null };
    case 'expectedResult':
      return { expectedResult: '' };
    case 'budget':
      return { budget: null };
    case 'budgetSource':
      return { budgetSource: '' };
  }
}
