/** The toolbar's filters as one row predicate (dimension, lead, words, rows with problems). */
import { matchesSearch } from '@papi/domain';
import { agencyName } from '../labels.ts';
import type { Filters } from './EditorToolbar.tsx';
import type { EditorRow } from './rows.ts';

export function rowFilter(filters: Filters, withProblems: ReadonlyMap<string, unknown>) {
  const text = filters.text.trim();
  return (r: EditorRow): boolean =>
    (!filters.dimension ||
      r.dimensionCodes.some(
        (c) => c === filters.dimension || c.startsWith(`${filters.dimension}.`),
      )) &&
    (!filters.lead || (r.lead ? agencyName(r.lead) : '') === filters.lead) &&
    (!text ||
      matchesSearch(`${r.number} ${r.title ?? ''} ${r.content} ${r.expectedResult}`, text)) &&
    (!filters.problems || withProblems.has(r.key));
}
