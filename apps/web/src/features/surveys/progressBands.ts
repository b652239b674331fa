/** Completion bands of the progress board (tiles, bars and the commune map): pure, tested. */
import type { CommunePiece } from '../indices/charts/communeMapOption.ts';

export type Band = 'red' | 'yellow' | 'teal';

/** Lowest band first, as the legend lists them. */
export const BANDS: readonly Band[] = ['red', 'yellow', 'teal'];

/** Mantine's shade 6 of each band colour: the map draws what the tiles show. */
export const BAND_HEX: Record<Band, string> = {
  red: '#fa5252',
  yellow: '#fab005',
  teal: '#12b886',
};

/** Whole per cent of a target (0 when there is no target). */
export const share = (n: number, of: number) => (of > 0 ? Math.round((n / of) * 100) : 0);

export const bandOf = (pct: number): Band => (pct >= 100 ? 'teal' : pct >= 50 ? 'yellow' : 'red');

/** The bands as map legend pieces over the per cent (the same thresholds as bandOf). */
export function bandPieces(label: (band: Band) => string): CommunePiece[] {
  return [
    { label: label('red'), color: BAND_HEX.red, max: 50 },
    { label: label('yellow'), color: BAND_HEX.yellow, min: 50, max: 100 },
    { label: label('teal'), color: BAND_HEX.teal, min: 100 },
  ];
}

interface StratumLike {
  unitId: number | null;
  responses: number;
  target: number;
}

export interface CommuneProgress<S extends StratumLike> {
  /** The commune's code on the map. */
  code: string;
  strata: S[];
  responses: number;
  target: number;
  pct: number;
}

/**
 * Strata placed on a commune map by their unit's code: several strata of one commune add
 * up; a stratum without a unit (a service point) or whose unit is not on the map stays off
 * it (shown as a tile only).
 */
export function joinStrata<S extends StratumLike>(
  strata: readonly S[],
  codeOfUnit: ReadonlyMap<number, string>,
  mapCodes: ReadonlySet<string>,
): { onMap: CommuneProgress<S>[]; offMap: S[] } {
  const byCode = new Map<string, S[]>();
  const offMap: S[] = [];
  for (const s of strata) {
    const code = s.unitId === null ? undefined : codeOfUnit.get(s.unitId);
    if (code === undefined || !mapCodes.has(code)) offMap.push(s);
    else byCode.set(code, [...(byCode.get(code) ?? []), s]);
  }
  const onMap = [...byCode.entries()].map(([code, group]) => {
    const responses = group.reduce((n, s) => n + s.responses, 0);
    const target = group.reduce((n, s) => n + s.target, 0);
    return { code, strata: group, responses, target, pct: share(responses, target) };
  });
  return { onMap, offMap };
}
