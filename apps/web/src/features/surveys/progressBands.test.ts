import { describe, expect, it } from 'vitest';
import { pieceOf } from '../indices/charts/communeMapOption.ts';
import { BAND_HEX, bandOf, bandPieces, joinStrata, share } from './progressBands.ts';

const stratum = (name: string, unitId: number | null, responses: number, target: number) => ({
  name,
  unitId,
  responses,
  target,
});

describe('survey progress bands', () => {
  it('bands the share of the target: under 50 red, 50–99 yellow, 100 and over teal', () => {
    expect([0, 49, 50, 99, 100, 130].map(bandOf)).toEqual([
      'red',
      'red',
      'yellow',
      'yellow',
      'teal',
      'teal',
    ]);
    expect(share(1, 3)).toBe(33);
    expect(share(5, 0)).toBe(0);
  });

  it('gives the map legend the same thresholds and colours as the tiles', () => {
    const pieces = bandPieces((b) => b);
    for (const pct of [0, 49, 50, 99, 100, 250]) {
      expect(pieceOf(pieces, pct)?.color).toBe(BAND_HEX[bandOf(pct)]);
    }
    expect(pieces.map((p) => p.label)).toEqual(['red', 'yellow', 'teal']);
  });

  it('places strata on communes by unit code, adds up a commune, keeps the rest off the map', () => {
    const codes = new Map([
      [10, '03646'],
      [11, '03647'],
      [12, '99999'],
    ]);
    const { onMap, offMap } = joinStrata(
      [
        stratum('Tô Hiệu A', 10, 30, 40),
        stratum('Tô Hiệu B', 10, 10, 40),
        stratum('Chiềng An', 11, 5, 20),
        stratum('Bộ phận một cửa', null, 3, 10),
        stratum('Not on this map', 12, 1, 10),
        stratum('Unknown unit', 13, 1, 10),
      ],
      codes,
      new Set(['03646', '03647', '03650']),
    );
    expect(onMap.map((a) => [a.code, a.responses, a.target, a.pct, a.strata.length])).toEqual([
      ['03646', 40, 80, 50, 2],
      ['03647', 5, 20, 25, 1],
    ]);
    expect(offMap.map((s) => s.name)).toEqual([
      'Bộ phận một cửa',
      'Not on this map',
      'Unknown unit',
    ]);
  });
});
