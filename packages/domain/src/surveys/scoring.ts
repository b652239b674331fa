/**
 * Scores a run's responses: every scored question, every element of the instrument (leaf
 * elements = weighted mean of their questions, parents = plain mean of their children, as
 * PAPI averages sub-dimensions into a dimension) for each stratum and for the whole run,
 * on the instrument's scale with a 95% interval (estimate.ts) and the number of answers.
 *
 * Fewer than MIN_ANSWERS answers: the score is shown as "chưa đủ mẫu", left out of
 * rankings and out of the roll-up (the other questions of the element carry it), so one
 * rarely asked follow-up cannot swing a dimension.
 */
import { linearEstimate, ratioMeans, type DesignData } from './estimate.ts';
import {
  allQuestions,
  type AnswerValue,
  type ResponseAnswers,
  type SurveyInstrument,
  type SurveyQuestion,
} from './instrument.ts';
import { visibleAnswers } from './responses.ts';

export const MIN_ANSWERS = 30;

export interface ScoredResponse {
  stratum: string;
  answers: ResponseAnswers;
}

export interface ScoreRow {
  kind: 'question' | 'element';
  /** Question name or element code. */
  key: string;
  /** Respondents who gave a scored answer. */
  n: number;
  sufficient: boolean;
  /** On the instrument's scale; null when not sufficient. */
  score: number | null;
  low: number | null;
  high: number | null;
  se: number | null;
}

export interface StratumScores {
  stratum: string;
  respondents: number;
  rows: ScoreRow[];
}

export interface RunScores {
  /** No population figures: every respondent weighs the same (shown as a warning). */
  equalWeights: boolean;
  strata: StratumScores[];
  overall: StratumScores;
}

/** The answer's score in [0, 1], or null when it does not score (blank, don't know, refuse). */
export function answerScore(q: SurveyQuestion, v: AnswerValue | undefined): number | null {
  const s = q.scoring;
  if (!s || v === undefined) return null;
  if (Array.isArray(v)) {
    if (v.length === 0) return null;
    let points = 0;
    for (const x of v) {
      const p = s.scores[x];
      if (p === undefined) return null;
      points += p;
    }
    return Math.min(points / s.max, 1);
  }
  const p = s.scores[String(v)];
  return p === undefined ? null : p / s.max;
}

interface Plan {
  questions: SurveyQuestion[];
  /** Elements from the leaves up, so children are scored before parents. */
  order: string[];
  children: Map<string, string[]>;
  questionsOf: Map<string, number[]>;
}

function plan(instrument: SurveyInstrument): Plan {
  const questions = allQuestions(instrument).filter((q) => q.scoring);
  const children = new Map<string, string[]>();
  for (const e of instrument.elements)
    if (e.parent !== null) children.set(e.parent, [...(children.get(e.parent) ?? []), e.code]);
  const questionsOf = new Map<string, number[]>();
  questions.forEach((q, i) => {
    const el = q.scoring!.element;
    questionsOf.set(el, [...(questionsOf.get(el) ?? []), i]);
  });
  const depth = (code: string): number => {
    let d = 0;
    for (
      let p = instrument.elements.find((e) => e.code === code)?.parent ?? null;
      p !== null;
      p = instrument.elements.find((e) => e.code === p)?.parent ?? null
    )
      d++;
    return d;
  };
  const order = instrument.elements.map((e) => e.code).sort((a, b) => depth(b) - depth(a));
  return { questions, order, children, questionsOf };
}

function scoreDesign(
  instrument: SurveyInstrument,
  p: Plan,
  d: DesignData,
  label: string,
): StratumScores {
  const means = ratioMeans(d);
  const { min, max } = instrument.scale;
  const span = max - min;
  const rows: ScoreRow[] = [];
  const toRow = (
    kind: ScoreRow['kind'],
    key: string,
    coef: Map<number, number> | null,
    n: number,
  ): ScoreRow => {
    if (!coef || coef.size === 0)
      return { kind, key, n, sufficient: false, score: null, low: null, high: null, se: null };
    const e = linearEstimate(d, means, coef);
    return {
      kind,
      key,
      n: e.n,
      sufficient: true,
      score: min + e.estimate * span,
      low: min + (e.estimate - e.halfWidth) * span,
      high: min + (e.estimate + e.halfWidth) * span,
      se: e.se * span,
    };
  };
  p.questions.forEach((q, i) => {
    const m = means[i]!;
    rows.push(toRow('question', q.name, m.n >= MIN_ANSWERS ? new Map([[i, 1]]) : null, m.n));
  });
  // Coefficients of each element over question means; null = nothing sufficient below it.
  const coefs = new Map<string, Map<number, number> | null>();
  for (const code of p.order) {
    const coef = new Map<number, number>();
    const kids = p.children.get(code) ?? [];
    if (kids.length > 0) {
      const scored = kids.map((k) => coefs.get(k)).filter((c): c is Map<number, number> => !!c);
      for (const c of scored)
        for (const [q, v] of c) coef.set(q, (coef.get(q) ?? 0) + v / scored.length);
    } else {
      const qs = (p.questionsOf.get(code) ?? []).filter((i) => means[i]!.n >= MIN_ANSWERS);
      const total = qs.reduce((s, i) => s + p.questions[i]!.scoring!.weight, 0);
      for (const i of qs) coef.set(i, p.questions[i]!.scoring!.weight / total);
    }
    coefs.set(code, coef.size > 0 ? coef : null);
  }
  for (const e of instrument.elements) {
    const coef = coefs.get(e.code) ?? null;
    // n for an element without a sufficient question: respondents who answered any of them.
    const all = new Map<number, number>();
    const collect = (code: string): void => {
      for (const i of p.questionsOf.get(code) ?? []) all.set(i, 1);
      for (const k of p.children.get(code) ?? []) collect(k);
    };
    if (!coef) collect(e.code);
    const n = coef ? 0 : countAnswered(d, [...all.keys()]);
    rows.push(toRow('element', e.code, coef, n));
  }
  return { stratum: label, respondents: d.weight.length, rows };
}

function countAnswered(d: DesignData, qs: number[]): number {
  let n = 0;
  for (let i = 0; i < d.weight.length; i++) if (qs.some((q) => !Number.isNaN(d.y[q]![i]!))) n++;
  return n;
}

/**
 * Scores a run. `populations` (stratum → people) gives design weights N_h / n_h and the
 * finite population correction; without it every respondent weighs 1 (equalWeights).
 */
export function scoreRun(
  instrument: SurveyInstrument,
  responses: ScoredResponse[],
  populations: Record<string, number> | null,
): RunScores {
  const p = plan(instrument);
  const strata = [...new Set(responses.map((r) => r.stratum))].sort();
  const index = new Map(strata.map((s, i) => [s, i]));
  const count = strata.map(() => 0);
  for (const r of responses) count[index.get(r.stratum)!]!++;
  const equalWeights = !populations || strata.some((s) => !(populations[s]! > 0));
  const pop = (s: string): number => (equalWeights ? 0 : populations![s]!);
  // y per question per respondent, in response order.
  const y = p.questions.map(() => new Float64Array(responses.length).fill(Number.NaN));
  responses.forEach((r, i) => {
    const shown = visibleAnswers(instrument, r.answers).answers;
    p.questions.forEach((q, qi) => {
      const s = answerScore(q, shown[q.name]);
      if (s !== null) y[qi]![i] = s;
    });
  });
  const stratumOf = Int32Array.from(responses, (r) => index.get(r.stratum)!);
  const weight = Float64Array.from(responses, (r) => {
    const h = index.get(r.stratum)!;
    return equalWeights ? 1 : pop(r.stratum) / count[h]!;
  });
  const fraction = strata.map((s, h) => (equalWeights ? 0 : Math.min(count[h]! / pop(s), 1)));
  const overall = scoreDesign(instrument, p, { stratumOf, weight, fraction, count, y }, '*');
  const perStratum = strata.map((s, h) => {
    const rows: number[] = [];
    stratumOf.forEach((x, i) => {
      if (x === h) rows.push(i);
    });
    const d: DesignData = {
      stratumOf: new Int32Array(rows.length),
      weight: Float64Array.from(rows, (i) => weight[i]!),
      fraction: [fraction[h]!],
      count: [rows.length],
      y: y.map((ys) => Float64Array.from(rows, (i) => ys[i]!)),
    };
    return scoreDesign(instrument, p, d, s);
  });
  return { equalWeights, strata: perStratum, overall };
}
