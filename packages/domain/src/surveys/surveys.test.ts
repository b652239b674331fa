import { describe, expect, it } from 'vitest';
import { evaluateCondition } from './conditions.ts';
import { conditionToXPath, parseXPathCondition, XPathError } from './conditions-xpath.ts';
import { linearEstimate, ratioMeans, type DesignData } from './estimate.ts';
import { checkResponse, visibleAnswers } from './responses.ts';
import { answerScore, scoreRun, type ScoredResponse } from './scoring.ts';
import { testInstrument } from './test-instrument.ts';
import { validateInstrument } from './validate-instrument.ts';

const question = (name: string) =>
  testInstrument()
    .sections.flatMap((s) => s.questions)
    .find((q) => q.name === name)!;

describe('instrument validation', () => {
  it('accepts the test instrument', () => {
    expect(validateInstrument(testInstrument())).toEqual([]);
  });

  it('names what is wrong and where', () => {
    const bad = testInstrument();
    const qs = bad.sections[0]!.questions;
    qs[1]!.scoring!.element = 'D9';
    qs[2]!.scoring!.scores['7'] = 1;
    qs[4]!.relevant = { q: 'q4', op: 'eq', value: 'x' }; // q4 comes later
    qs[3]!.name = 'q1';
    bad.sections[1]!.questions[0]!.scoring!.element = 'D1'; // has children
    const issues = validateInstrument(bad);
    expect(issues.map((i) => i.path)).toEqual(
      expect.arrayContaining([
        'sections[0].questions[1].scoring.element',
        'sections[0].questions[2].scoring.scores',
        'sections[0].questions[4].relevant',
        'sections[0].questions[3].name',
        'sections[1].questions[0].scoring.element',
      ]),
    );
    expect(issues.find((i) => i.path.endsWith('[4].relevant'))!.message).toContain('"q4"');
    expect(issues.find((i) => i.path === 'elements[3]')!.message).toContain('D2');
  });

  it('refuses scoring a text question and a parent loop', () => {
    const bad = testInstrument();
    bad.sections[1]!.questions[3]!.scoring = { element: 'D1.2', scores: {}, max: 1, weight: 1 };
    bad.elements[0]!.parent = 'D1.1';
    const messages = validateInstrument(bad).map((i) => i.message);
    expect(messages.some((m) => m.includes('Chỉ câu hỏi lựa chọn'))).toBe(true);
    expect(messages.some((m) => m.includes('vòng lặp'))).toBe(true);
  });
});

describe('skip logic', () => {
  it('evaluates comparisons, selected, and/or/not', () => {
    const a = { used: 'yes', age: 40, q4: ['budget'] };
    expect(evaluateCondition({ q: 'used', op: 'eq', value: 'yes' }, a)).toBe(true);
    expect(evaluateCondition({ q: 'age', op: 'gte', value: 18 }, a)).toBe(true);
    expect(evaluateCondition({ q: 'age', op: 'lt', value: '9' }, a)).toBe(false); // numeric, not "40" < "9"
    expect(evaluateCondition({ q: 'q4', op: 'selected', value: 'land' }, a)).toBe(false);
    expect(
      evaluateCondition(
        {
          any: [
            { q: 'q4', op: 'selected', value: 'budget' },
            { q: 'x', op: 'answered' },
          ],
        },
        a,
      ),
    ).toBe(true);
    expect(evaluateCondition({ not: { q: 'x', op: 'answered' } }, a)).toBe(true);
    expect(evaluateCondition({ q: 'x', op: 'neq', value: 'yes' }, a)).toBe(false); // unanswered never opens
  });

  it('hides a question and what hangs on it', () => {
    const { answers } = visibleAnswers(testInstrument(), {
      q1: 'yes',
      q2: '4',
      used: 'no',
      q3: '5',
    });
    expect(answers).toEqual({ q1: 'yes', q2: '4', used: 'no' });
  });

  it('reads and writes XLSForm relevant expressions', () => {
    const src =
      "${used} = 'yes' and (selected(${q4}, 'land') or ${age} >= 60) and not(${note} != '')";
    const c = parseXPathCondition(src);
    expect(c).toEqual({
      all: [
        { q: 'used', op: 'eq', value: 'yes' },
        {
          any: [
            { q: 'q4', op: 'selected', value: 'land' },
            { q: 'age', op: 'gte', value: 60 },
          ],
        },
        { not: { q: 'note', op: 'answered' } },
      ],
    });
    expect(parseXPathCondition(conditionToXPath(c))).toEqual(c);
    expect(() => parseXPathCondition('count-selected(${q4}) > 1')).toThrow(XPathError);
    expect(() => parseXPathCondition("${used} = 'yes' ${age}")).toThrow('còn phần thừa');
  });
});

describe('responses', () => {
  it('accepts a complete response and drops hidden answers', () => {
    const r = checkResponse(testInstrument(), {
      q1: 'no',
      q2: '3',
      used: 'no',
      q3: '5',
      q4: ['land'],
      age: 30,
      day: '2026-02-28',
    });
    expect(r.issues).toEqual([]);
    expect(r.answers).toEqual({
      q1: 'no',
      q2: '3',
      used: 'no',
      q4: ['land'],
      age: 30,
      day: '2026-02-28',
    });
  });

  it('lists required, malformed and unknown answers', () => {
    const r = checkResponse(testInstrument(), {
      q1: 'maybe',
      used: 'yes',
      q4: 'land',
      age: 12,
      day: '2026-02-30',
      zz: 1,
    });
    expect(r.issues.map((i) => i.question).sort()).toEqual([
      'age',
      'day',
      'q1',
      'q2',
      'q3',
      'q4',
      'zz',
    ]);
    expect(r.issues.find((i) => i.question === 'q3')!.message).toBe(
      'Câu hỏi bắt buộc chưa được trả lời.',
    );
  });
});

describe('answer scores', () => {
  it("scores choices, excludes don't know, sums multiple choices over the maximum", () => {
    expect(answerScore(question('q1'), 'yes')).toBe(1);
    expect(answerScore(question('q1'), 'dk')).toBeNull();
    expect(answerScore(question('q2'), '4')).toBe(0.75);
    expect(answerScore(question('q4'), ['budget'])).toBe(0.5);
    expect(answerScore(question('q4'), ['budget', 'land'])).toBe(1);
    expect(answerScore(question('q4'), ['dk'])).toBeNull();
    expect(answerScore(question('used'), 'yes')).toBeNull(); // not scored
  });
});

describe('design-based intervals', () => {
  it('one stratum, equal weights: the t interval R gives for t.test(mtcars$mpg)', () => {
    // R 4.x: t.test(mtcars$mpg) → mean of x 20.09062, 95 percent confidence interval
    // 17.91768 22.26357 (df = 31); svymean(~mpg, svydesign(ids = ~1, data = mtcars))
    // has the same SE 1.0654. Scores are in [0, 1] here, so mpg is divided by 40.
    const mpg = [
      21, 21, 22.8, 21.4, 18.7, 18.1, 14.3, 24.4, 22.8, 19.2, 17.8, 16.4, 17.3, 15.2, 10.4, 10.4,
      14.7, 32.4, 30.4, 33.9, 21.5, 15.5, 15.2, 13.3, 19.2, 27.3, 26, 30.4, 15.8, 19.7, 15, 21.4,
    ];
    const d: DesignData = {
      stratumOf: new Int32Array(32),
      weight: new Float64Array(32).fill(1),
      fraction: [0],
      count: [32],
      y: [Float64Array.from(mpg, (v) => v / 40)],
    };
    const e = linearEstimate(d, ratioMeans(d), new Map([[0, 1]]));
    expect(e.estimate * 40).toBeCloseTo(20.09062, 5);
    expect(e.se * 40).toBeCloseTo(1.0654, 4);
    expect(e.df).toBe(31);
    expect((e.estimate - e.halfWidth) * 40).toBeCloseTo(17.91768, 5);
    expect((e.estimate + e.halfWidth) * 40).toBeCloseTo(22.26357, 5);
  });

  it('two strata with weights, a non-answer and the finite population correction (by hand)', () => {
    // Stratum A: N = 100, answers 1 0 1 1 → w = 25. Stratum B: N = 300, answers 0 1 and one
    // respondent who did not answer → w = 100. X = 25·4 + 100·2 = 300, Y = 25·3 + 100 = 175,
    // R = 175/300 = 0.583333. z = w(y − R)/X: A → 0.034722, −0.048611, 0.034722, 0.034722
    // (Σ(z − z̄)² = 0.0052083, × 4/3 × 0.96 = 0.0066667); B → −0.194444, 0.138889, 0
    // (Σ(z − z̄)² = 0.056070, × 3/2 × 0.99 = 0.083264). V = 0.089931, SE = 0.299884,
    // df = 7 − 2 = 5, t = 2.570582, half-width 0.770877.
    const d: DesignData = {
      stratumOf: Int32Array.from([0, 0, 0, 0, 1, 1, 1]),
      weight: Float64Array.from([25, 25, 25, 25, 100, 100, 100]),
      fraction: [0.04, 0.01],
      count: [4, 3],
      y: [Float64Array.from([1, 0, 1, 1, 0, 1, Number.NaN])],
    };
    const e = linearEstimate(d, ratioMeans(d), new Map([[0, 1]]));
    expect(e.estimate).toBeCloseTo(0.583333, 6);
    expect(e.se).toBeCloseTo(0.299884, 6);
    expect(e.df).toBe(5);
    expect(e.halfWidth).toBeCloseTo(0.770877, 5);
    expect(e.n).toBe(6);
  });
});

describe('scoring a run', () => {
  // 40 respondents in one commune: q1 yes for 30 (score 0.75), q2 "5" for 20 and "1" for 20
  // (0.5), used = yes for 10 only (q3 has 10 answers: not enough), q4 budget for all (0.5).
  function responses(): ScoredResponse[] {
    return Array.from({ length: 40 }, (_, i) => ({
      stratum: 'X1',
      answers: {
        q1: i < 30 ? 'yes' : 'no',
        q2: i % 2 === 0 ? '5' : '1',
        used: i < 10 ? 'yes' : 'no',
        ...(i < 10 ? { q3: '5' } : {}),
        q4: ['budget'],
      },
    }));
  }

  it('rolls questions into elements on the 1–10 scale and leaves thin questions out', () => {
    const run = scoreRun(testInstrument(), responses(), null);
    expect(run.equalWeights).toBe(true);
    const row = (key: string) => run.strata[0]!.rows.find((r) => r.key === key)!;
    expect(row('q1').score).toBeCloseTo(1 + 0.75 * 9, 10);
    expect(row('q3')).toMatchObject({ n: 10, sufficient: false, score: null });
    // D1.1 = (1·0.75 + 3·0.5)/4 = 0.5625; D1.2 has nothing sufficient; D1 = D1.1.
    expect(row('D1.1').score).toBeCloseTo(1 + 0.5625 * 9, 10);
    expect(row('D1.2')).toMatchObject({ sufficient: false, n: 10 });
    expect(row('D1').score).toBeCloseTo(row('D1.1').score!, 10);
    expect(row('D2').score).toBeCloseTo(5.5, 10);
    // q1: s² = 40/39 · 0.1875, SE = √(s²/40) = 0.069338 on 0–1, × 9 on the scale.
    expect(row('q1').se).toBeCloseTo(Math.sqrt(((40 / 39) * 0.1875) / 40) * 9, 10);
    // D2: every answer scores 0.5: no spread, a zero-width interval.
    expect(row('D2').high! - row('D2').low!).toBeCloseTo(0, 12);
  });

  it('weights strata by population for the whole run', () => {
    const a = responses();
    const b = responses().map((r) => ({ stratum: 'X2', answers: { ...r.answers, q1: 'yes' } }));
    const run = scoreRun(testInstrument(), [...a, ...b], { X1: 1000, X2: 3000 });
    expect(run.equalWeights).toBe(false);
    const q1 = run.overall.rows.find((r) => r.key === 'q1')!;
    // (1000·0.75 + 3000·1)/4000 = 0.9375
    expect(q1.score).toBeCloseTo(1 + 0.9375 * 9, 10);
    expect(run.strata.map((s) => s.stratum)).toEqual(['X1', 'X2']);
    // Without one stratum's population, all weigh the same: (0.75 + 1)/2.
    const equal = scoreRun(testInstrument(), [...a, ...b], { X1: 1000 });
    expect(equal.equalWeights).toBe(true);
    expect(equal.overall.rows.find((r) => r.key === 'q1')!.score).toBeCloseTo(1 + 0.875 * 9, 10);
  });
});
