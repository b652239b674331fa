/**
 * One cell of an imported submission → the answer the instrument expects. Kobo and ODK
 * export choice names (`4`, `nu`), several choices separated by spaces, ISO dates and
 * times; a tally typed in Excel may hold labels ("Nữ"), dd/mm/yyyy and decimal commas.
 */
import { foldVietnamese } from '../text/fold.ts';
import { choicesOf, type AnswerValue, type SurveyQuestion } from './instrument.ts';
import { cellText, type TableCell } from './table-import.ts';

export type ParsedCell = { value: AnswerValue | null } | { error: string };

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/;
const VN = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

function validDate(y: number, m: number, d: number): string | null {
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (m < 1 || m > 12 || d < 1 || d > days) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** yyyy-mm-dd (a time after it is ignored) or dd/mm/yyyy → ISO date; null when neither. */
export function parseDateCell(text: string): string | null {
  const iso = ISO.exec(text);
  if (iso) return validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const vn = VN.exec(text);
  if (vn) return validDate(Number(vn[3]), Number(vn[2]), Number(vn[1]));
  return null;
}

/**
 * The day a Kobo submission arrived in Vietnam: `_submission_time` is UTC
 * ("2026-11-05T20:12:33" is already 6 November in Hà Nội); a plain date is kept as is.
 */
export function submissionDay(text: string): string | null {
  const m =
    /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/.exec(
      text,
    );
  if (!m) return parseDateCell(text);
  const zone = m[7] ?? 'Z';
  const instant = Date.parse(
    `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? '00'}${zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone}`,
  );
  if (Number.isNaN(instant)) return null;
  return new Date(instant + 7 * 3600_000).toISOString().slice(0, 10);
}

function choiceValue(q: SurveyQuestion, text: string): string | null {
  const choices = choicesOf(q);
  const exact = choices.find((c) => c.value === text);
  if (exact) return exact.value;
  const folded = foldVietnamese(text);
  const byLabel = choices.find(
    (c) => foldVietnamese(c.labelVi) === folded || foldVietnamese(c.value) === folded,
  );
  return byLabel?.value ?? null;
}

const optionsOf = (q: SurveyQuestion) =>
  choicesOf(q)
    .map((c) => c.value)
    .join(', ');

/** Reads one cell for a question; blank is `{ value: null }` (not answered). */
export function parseAnswerCell(q: SurveyQuestion, cell: TableCell | undefined): ParsedCell {
  const text = cellText(cell);
  if (text === '') return { value: null };
  switch (q.type) {
    case 'single':
    case 'scale5':
    case 'yes_no_dk': {
      const value = choiceValue(q, text);
      return value !== null
        ? { value }
        : {
            error: `"${text}" không phải phương án của câu "${q.name}" (các phương án: ${optionsOf(q)}).`,
          };
    }
    case 'multiple': {
      const parts = text.split(/[\s,;]+/).filter(Boolean);
      const values: string[] = [];
      for (const part of parts) {
        const value = choiceValue(q, part);
        if (value === null)
          return {
            error: `"${part}" không phải phương án của câu "${q.name}" (các phương án: ${optionsOf(q)}).`,
          };
        if (!values.includes(value)) values.push(value);
      }
      return { value: values };
    }
    case 'number': {
      const n = typeof cell === 'number' ? cell : Number(text.replace(',', '.'));
      return Number.isFinite(n) ? { value: n } : { error: `"${text}" không phải một con số.` };
    }
    case 'date': {
      const value = parseDateCell(text);
      return value
        ? { value }
        : { error: `"${text}" không phải ngày (viết dd/mm/yyyy hoặc yyyy-mm-dd).` };
    }
    case 'text':
      return { value: text };
    case 'note':
      return { value: null };
  }
}
