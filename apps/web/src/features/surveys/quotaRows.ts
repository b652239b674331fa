/**
 * Quotas being edited on the run page: rows per stratum, checked as the server checks them
 * (a single-choice question of the run's instrument version, one of its answers, once per
 * stratum) so a mistake shows before saving. Pure, unit-tested.
 */
import {
  quotaProblem,
  quotaQuestions,
  type StratumQuota,
  type SurveyInstrument,
} from '@papi/domain';

export interface QuotaRow {
  question: string;
  value: string;
  target: number | string;
}

export type QuotaRowProblem =
  { kind: 'domain'; message: string } | { kind: 'duplicate' } | { kind: 'incomplete' } | null;

export function rowProblems(doc: SurveyInstrument, rows: readonly QuotaRow[]): QuotaRowProblem[] {
  const seen = new Set<string>();
  return rows.map((r) => {
    if (!r.question || !r.value || typeof r.target !== 'number') return { kind: 'incomplete' };
    const message = quotaProblem(doc, r);
    if (message) return { kind: 'domain', message };
    const key = `${r.question}=${r.value}`;
    if (seen.has(key)) return { kind: 'duplicate' };
    seen.add(key);
    return null;
  });
}

export function toQuotas(rows: readonly QuotaRow[]): StratumQuota[] {
  return rows.map((r) => ({ question: r.question, value: r.value, target: Number(r.target) }));
}

/** Questions a quota can count, with their answers, for the pickers. */
export function quotaChoices(doc: SurveyInstrument) {
  return quotaQuestions(doc).map((q) => ({
    name: q.name,
    label: q.labelVi,
    choices: (q.choices ?? []).map((c) => ({ value: c.value, label: c.labelVi })),
  }));
}
