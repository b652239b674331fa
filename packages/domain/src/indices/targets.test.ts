import { describe, expect, it } from 'vitest';
import { evaluateTarget, groupAtLeast, type TargetStanding } from './targets.ts';

const standing = (over: Partial<TargetStanding> = {}): TargetStanding => ({
  assessed: true,
  score: 44.5,
  rank: 12,
  group: 'high_average',
  previousRank: 15,
  ...over,
});
const rank = (value: number) => ({ kind: 'total_rank' as const, value, group: null });
const score = (value: number) => ({ kind: 'total_score' as const, value, group: null });

describe('evaluateTarget', () => {
  it('meets a rank target at the rank or better (1 is best)', () => {
    expect(evaluateTarget(rank(12), standing())).toEqual({
      status: 'met',
      actualValue: 12,
      actualGroup: null,
      reason: null,
    });
    expect(evaluateTarget(rank(20), standing()).status).toBe('met');
    expect(evaluateTarget(rank(11), standing())).toMatchObject({
      status: 'not_met',
      actualValue: 12,
    });
  });

  it('meets a group target in that group or a better one', () => {
    const group = (g: 'highest' | 'high_average' | 'low_average' | 'lowest') => ({
      kind: 'group' as const,
      value: null,
      group: g,
    });
    expect(evaluateTarget(group('high_average'), standing())).toEqual({
      status: 'met',
      actualValue: null,
      actualGroup: 'high_average',
      reason: null,
    });
    expect(evaluateTarget(group('low_average'), standing()).status).toBe('met');
    expect(evaluateTarget(group('highest'), standing())).toMatchObject({
      status: 'not_met',
      actualGroup: 'high_average',
    });
    expect(groupAtLeast('highest', 'lowest')).toBe(true);
    expect(groupAtLeast('lowest', 'low_average')).toBe(false);
  });

  it('meets a score target at or above it (total and dimension alike)', () => {
    expect(evaluateTarget(score(44.5), standing()).status).toBe('met');
    expect(evaluateTarget(score(44.5), standing({ score: 44.499999999999 })).status).toBe('met');
    expect(evaluateTarget(score(44.51), standing())).toMatchObject({
      status: 'not_met',
      actualValue: 44.5,
    });
    const dim = { kind: 'dimension_score' as const, value: 5.2, group: null };
    expect(evaluateTarget(dim, standing({ score: 5.31 }))).toMatchObject({
      status: 'met',
      actualValue: 5.31,
    });
    expect(evaluateTarget(dim, standing({ score: 5.1 })).status).toBe('not_met');
  });

  it('meets a rank improvement when previous rank − rank ≥ n', () => {
    const up = (n: number) => ({ kind: 'rank_improvement' as const, value: n, group: null });
    expect(evaluateTarget(up(3), standing())).toMatchObject({ status: 'met', actualValue: 3 });
    expect(evaluateTarget(up(1), standing())).toMatchObject({ status: 'met', actualValue: 3 });
    expect(evaluateTarget(up(4), standing()).status).toBe('not_met');
    expect(evaluateTarget(up(1), standing({ rank: 18 }))).toMatchObject({
      status: 'not_met',
      actualValue: -3,
    });
    expect(evaluateTarget(up(1), standing({ previousRank: null }))).toEqual({
      status: 'pending',
      actualValue: null,
      actualGroup: null,
      reason: 'no_previous',
    });
  });

  it('is pending without results and not met when the unit was not assessed', () => {
    expect(evaluateTarget(rank(10), null)).toMatchObject({
      status: 'pending',
      reason: 'no_results',
    });
    expect(evaluateTarget(rank(10), null, 'merged')).toMatchObject({
      status: 'pending',
      reason: 'merged',
    });
    const unassessed = standing({ assessed: false, score: null, rank: null, group: null });
    expect(evaluateTarget(score(40), unassessed)).toEqual({
      status: 'not_met',
      actualValue: null,
      actualGroup: null,
      reason: 'not_assessed',
    });
  });
});
