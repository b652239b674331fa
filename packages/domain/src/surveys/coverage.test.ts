/**
 * Do the 95% intervals cover the truth about 95% of the time? 75 synthetic communes with
 * known true scores, 50–400 respondents each, drawn again and again (seeded, so the result
 * is fixed and the test cannot flake); every question and element of every commune, and
 * the whole run weighted by population, is checked against its true value.
 */
import { describe, expect, it } from 'vitest';
import { allQuestions, type SurveyInstrument } from './instrument.ts';
import { scoreRun, type StratumScores } from './scoring.ts';
import {
  drawResponses,
  seededRandom,
  syntheticCommunes,
  trueQuestionScore,
  type SyntheticCommune,
} from './synthetic.ts';
import { testInstrument } from './test-instrument.ts';

/** True value (0–1) of every question and element for one commune's levels. */
function truth(instrument: SurveyInstrument, level: (q: string) => number): Map<string, number> {
  const out = new Map<string, number>();
  const scored = allQuestions(instrument).filter((q) => q.scoring);
  for (const q of scored) out.set(q.name, trueQuestionScore(q, level(q.name)));
  const value = (code: string): number => {
    const kids = instrument.elements.filter((e) => e.parent === code);
    if (kids.length > 0) return kids.reduce((s, k) => s + value(k.code), 0) / kids.length;
    const qs = scored.filter((q) => q.scoring!.element === code);
    const w = qs.reduce((s, q) => s + q.scoring!.weight, 0);
    return qs.reduce((s, q) => s + (q.scoring!.weight / w) * out.get(q.name)!, 0);
  };
  for (const e of instrument.elements) out.set(e.code, value(e.code));
  return out;
}

function tally(
  scores: StratumScores,
  truths: Map<string, number>,
  scale: { min: number; max: number },
  acc: { in: number; all: number },
): void {
  for (const row of scores.rows) {
    if (!row.sufficient) continue;
    const t = scale.min + truths.get(row.key)! * (scale.max - scale.min);
    acc.all++;
    if (row.low! <= t && t <= row.high!) acc.in++;
  }
}

describe('interval coverage on synthetic communes', () => {
  it('covers the true scores in about 95% of cases', () => {
    // Every scored question always shown, so each commune's truth is the full roll-up.
    const instrument = testInstrument();
    instrument.sections[0]!.questions[4]!.relevant = undefined;
    // Two choices scoring the same would give every answer one value: no spread to cover.
    instrument.sections[1]!.questions[0]!.scoring!.scores = { budget: 0, land: 2 };
    const rnd = seededRandom(20261125);
    const opts = { communes: 75, minSize: 50, maxSize: 400, dontKnow: 0.05 };
    const communes = syntheticCommunes(instrument, opts, rnd);
    const truths = new Map(
      communes.map((c: SyntheticCommune) => [c.code, truth(instrument, (q) => c.level[q]!)]),
    );
    const population = Object.fromEntries(communes.map((c) => [c.code, c.population]));
    const totalPop = communes.reduce((s, c) => s + c.population, 0);
    // The run's truth: communes' true values weighted by population.
    const overallTruth = new Map<string, number>();
    for (const key of truths.get(communes[0]!.code)!.keys())
      overallTruth.set(
        key,
        communes.reduce((s, c) => s + (c.population / totalPop) * truths.get(c.code)!.get(key)!, 0),
      );
    const communeAcc = { in: 0, all: 0 };
    const overallAcc = { in: 0, all: 0 };
    const draws = 10;
    let answers = 0;
    for (let d = 0; d < draws; d++) {
      const responses = drawResponses(instrument, communes, opts, rnd);
      answers += responses.length;
      const run = scoreRun(instrument, responses, population);
      for (const s of run.strata) tally(s, truths.get(s.stratum)!, instrument.scale, communeAcc);
      tally(run.overall, overallTruth, instrument.scale, overallAcc);
    }
    const coverage = communeAcc.in / communeAcc.all;
    // The domain package has no Node or DOM types: reach the console the test runner has.
    (globalThis as { console?: { log: (s: string) => void } }).console?.log(
      `coverage per commune ${(100 * coverage).toFixed(2)}% of ${communeAcc.all} intervals; ` +
        `whole run ${overallAcc.in}/${overallAcc.all}; ${answers} responses drawn and scored`,
    );
    expect(communeAcc.all).toBe(draws * 75 * 8);
    expect(coverage).toBeGreaterThan(0.93);
    expect(coverage).toBeLessThan(0.97);
    // 80 correlated intervals: a loose check that the weighted whole-run interval is sane.
    expect(overallAcc.in / overallAcc.all).toBeGreaterThan(0.85);
  }, 120_000);
});
