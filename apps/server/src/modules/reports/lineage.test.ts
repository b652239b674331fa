import { describe, expect, it } from 'vitest';
import { intersectPaths } from './lineage.ts';

describe('intersectPaths', () => {
  it('keeps the deeper path of each nested pair and drops disjoint ones', () => {
    expect(intersectPaths(['/1/'], ['/1/14/', '/1/48/'])).toEqual(['/1/14/', '/1/48/']);
    expect(intersectPaths(['/1/14/', '/1/48/'], ['/1/14/3/'])).toEqual(['/1/14/3/']);
    expect(intersectPaths(['/1/14/'], ['/1/48/'])).toEqual([]);
    expect(intersectPaths(['/1/1/'], ['/1/14/'])).toEqual([]);
  });

  it('drops a path already under another of the result', () => {
    expect(intersectPaths(['/1/', '/1/14/'], ['/1/14/', '/1/14/2/'])).toEqual(['/1/14/']);
  });
});
