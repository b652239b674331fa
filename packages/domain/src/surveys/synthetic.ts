/**
 * Synthetic answers with known true scores, to check the scoring and its intervals (tests,
 * npm run bench): each commune has a true level per scored question, respondents answer
 * at random around it, and the expected score of every question and element is known
 * exactly, so the share of intervals that contain the truth can be measured.
 */
import { evaluateCondition } from './conditions.ts';
import {
  allQuestions,
  choicesOf,
  type ResponseAnswers,
  type SurveyInstrument,
  type SurveyQuestion,
} from './instrument.ts';
import type { ScoredResponse } from './scoring.ts';

/** mulberry32: small, fast, seeded; quality is ample for simulation of this size. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticCommune {
  code: string;
  population: number;
  /** Respondents drawn. */
  size: number;
  /** True level θ in (0, 1) per scored question name. */
  level: Record<string, number>;
}

export interface SyntheticOptions {
  communes: number;
  minSize: number;
  maxSize: number;
  /** Share of scored answers that are "don't know" (excluded from scores). */
  dontKnow: number;
}

/** Scored choices from the lowest to the highest score. */
function scoredRange(q: SurveyQuestion): {
  low: string;
  high: string;
  lowScore: number;
  highScore: number;
} {
  const s = q.scoring!;
  const entries = Object.entries(s.scores).sort((a, b) => a[1] - b[1]);
  const [low, lowScore] = entries[0]!;
  const [high, highScore] = entries[entries.length - 1]!;
  return { low, high, lowScore: lowScore / s.max, highScore: highScore / s.max };
}

/**
 * Expected score in [0, 1] of a question in a commune. A 5-point scale with the default
 * scores is drawn as 1 + Binomial(4, θ) (expected score θ); any other scored question
 * answers its top-scored choice with probability θ, else its lowest.
 */
export function trueQuestionScore(q: SurveyQuestion, level: number): number {
  const r = scoredRange(q);
  if (q.type === 'scale5' && isDefaultScale(q)) return level;
  return r.lowScore + level * (r.highScore - r.lowScore);
}

function isDefaultScale(q: SurveyQuestion): boolean {
  const s = q.scoring!;
  return ['1', '2', '3', '4', '5'].every((v, i) => s.scores[v] === (i / 4) * s.max);
}

function answerQuestion(
  q: SurveyQuestion,
  level: number,
  rnd: () => number,
  dontKnow: number,
): string | string[] | number {
  const dk = choicesOf(q).find((c) => q.scoring && !(c.value in q.scoring.scores));
  if (q.scoring) {
    if (dk && rnd() < dontKnow) return q.type === 'multiple' ? [dk.value] : dk.value;
    if (q.type === 'scale5' && isDefaultScale(q)) {
      let k = 1;
      for (let j = 0; j < 4; j++) if (rnd() < level) k++;
      return String(k);
    }
    const r = scoredRange(q);
    const v = rnd() < level ? r.high : r.low;
    return q.type === 'multiple' ? [v] : v;
  }
  const choices = choicesOf(q);
  if (choices.length > 0) {
    const v = choices[Math.floor(rnd() * choices.length)]!.value;
    return q.type === 'multiple' ? [v] : v;
  }
  if (q.type === 'number')
    return Math.round((q.min ?? 0) + rnd() * ((q.max ?? 100) - (q.min ?? 0)));
  if (q.type === 'date') return '2026-11-01';
  return 'ý kiến';
}

/** Communes with random true levels and sample sizes (the truth of a simulation). */
export function syntheticCommunes(
  instrument: SurveyInstrument,
  opts: SyntheticOptions,
  rnd: () => number,
): SyntheticCommune[] {
  const scored = allQuestions(instrument).filter((q) => q.scoring);
  return Array.from({ length: opts.communes }, (_, c) => ({
    code: `X${String(c + 1).padStart(3, '0')}`,
    population: 2000 + Math.floor(rnd() * 30000),
    size: opts.minSize + Math.floor(rnd() * (opts.maxSize - opts.minSize + 1)),
    level: Object.fromEntries(scored.map((q) => [q.name, 0.15 + 0.7 * rnd()])),
  }));
}

/** One draw of responses from the communes, walking the skip logic as a respondent would. */
export function drawResponses(
  instrument: SurveyInstrument,
  communes: SyntheticCommune[],
  opts: Pick<SyntheticOptions, 'dontKnow'>,
  rnd: () => number,
): ScoredResponse[] {
  const out: ScoredResponse[] = [];
  for (const commune of communes) {
    for (let i = 0; i < commune.size; i++) {
      const answers: ResponseAnswers = {};
      for (const section of instrument.sections) {
        if (section.relevant && !evaluateCondition(section.relevant, answers)) continue;
        for (const q of section.questions) {
          if (q.type === 'note' || (q.relevant && !evaluateCondition(q.relevant, answers)))
            continue;
          answers[q.name] = answerQuestion(q, commune.level[q.name] ?? 0.5, rnd, opts.dontKnow);
        }
      }
      out.push({ stratum: commune.code, answers });
    }
  }
  return out;
}
