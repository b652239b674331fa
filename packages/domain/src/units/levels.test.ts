import { describe, expect, it } from 'vitest';
import { isValidOn } from './levels.ts';

describe('isValidOn', () => {
  const preMerger = { validFrom: null, validTo: '2025-06-30' };
  const postMerger = { validFrom: '2025-07-01', validTo: null };
  it('splits the two eras at 1 July 2025', () => {
    expect(isValidOn(preMerger, '2025-06-30')).toBe(true);
    expect(isValidOn(preMerger, '2025-07-01')).toBe(false);
    expect(isValidOn(postMerger, '2025-07-01')).toBe(true);
    expect(isValidOn(postMerger, '2023-01-01')).toBe(false);
  });
});
