/** Library solutions as new appendix rows, ready to be checked rather than three errors each. */
import type { Solution } from '../library/api.ts';
import { refFromText } from './agencyMatch.ts';
import { blankRow, nextNumber } from './rows.ts';
import type { EditorRow } from './rows.ts';
import type { Layout } from './useTaskEditor.ts';

/** A library solution as a new appendix row, linked to the solution for its usage count. */
function rowFrom(
  s: Solution,
  existing: readonly EditorRow[],
  layout: Layout,
  agencies: Parameters<typeof refFromText>[1],
): EditorRow {
  const row = blankRow(layout.byDimension ? [s.dimensionCode] : []);
  const code = s.dimensionCode.split('.')[0] ?? '';
  return {
    ...row,
    number: nextNumber(
      existing,
      layout.byDimension ? code : '',
      layout.order,
      layout.byDimension,
      layout.taskGroups,
    ),
    dimensionCodes: [s.dimensionCode],
    title: s.title,
    content: s.content,
    expectedResult: s.expectedResult ?? '',
    lead: s.suggestedLead ? refFromText(s.suggestedLead, agencies).ref : null,
    // Most solutions are standing work; the drafter narrows it to a date where needed.
    deadline: { kind: 'recurring', every: 'continuous', label: 'Thường xuyên' },
    solutionId: s.id,
    autoNumber: true,
  };
}

/** Several solutions as consecutive rows, each numbered after the ones before it. */
export function rowsFrom(
  chosen: readonly Solution[],
  existing: readonly EditorRow[],
  layout: Layout,
  agencies: Parameters<typeof refFromText>[1],
): EditorRow[] {
  const out: EditorRow[] = [];
  for (const s of chosen) out.push(rowFrom(s, [...existing, ...out], layout, agencies));
  return out;
}
