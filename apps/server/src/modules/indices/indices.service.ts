import {
  dimensionGainsToReach,
  editionFor,
  groupBands,
  groupThresholds,
  mean,
  median,
  nextGroupUp,
  rankAndGroup,
  weakestRelativeToMedian,
  type Edition,
  type GroupThresholds,
  type PerformanceGroup,
} from '@papi/domain';
import type { TIndexFramework, TProfile, TRanking, TStanding } from '@papi/contracts';
import { notFound } from '../../platform/errors.ts';
import { regionName, type ResultRow } from './indices.repository.ts';

interface Standing {
  score: number | null;
  rank: number | null;
  group: PerformanceGroup | null;
}

export interface YearView {
  year: number;
  edition: Edition;
  rows: ResultRow[];
  thresholds: GroupThresholds;
  /** element code ('total', 'D1', …) → unit id → standing */
  standings: Map<string, Map<number, Standing>>;
  /** element code → national statistics over assessed provinces */
  stats: Map<string, Stats>;
}

interface Stats {
  mean: number;
  median: number;
  max: number;
  min: number;
}

/** The element's score as ranked: only assessed provinces compete, partial scores never do. */
const scoreOf = (row: ResultRow, element: string) =>
  !row.assessed ? null : element === 'total' ? row.total : (row.scores[element] ?? null);

function standingsOf(rows: ResultRow[], element: string) {
  const ranked = rankAndGroup(rows.map((r) => ({ key: r.unit.id, score: scoreOf(r, element) })));
  return new Map(ranked.map((r) => [r.key, { score: r.score, rank: r.rank, group: r.group }]));
}

// Views are pure functions of the result set: memoised per (cached) result array.
const views = new WeakMap<ResultRow[], Map<number, YearView | null>>();

/** Ranks and groups of one year, for the total and every dimension. */
export function viewYear(
  framework: TIndexFramework,
  all: ResultRow[],
  year: number,
): YearView | null {
  let byYear = views.get(all);
  if (!byYear) views.set(all, (byYear = new Map()));
  if (!byYear.has(year)) byYear.set(year, computeYear(framework, all, year));
  return byYear.get(year)!;
}

function computeYear(framework: TIndexFramework, all: ResultRow[], year: number): YearView | null {
  const edition = editionFor(framework, year);
  const rows = all.filter((r) => r.year === year);
  if (!edition || rows.length === 0 || !rows.some((r) => r.assessed)) return null;
  const elements = ['total', ...edition.dimensions.map((d) => d.code)];
  return {
    year,
    edition,
    rows,
    thresholds: groupThresholds(rows.map((r) => scoreOf(r, 'total'))),
    standings: new Map(elements.map((e) => [e, standingsOf(rows, e)])),
    stats: new Map(elements.map((e) => [e, statsOf(rows, e)])),
  };
}

function standing(
  current: YearView,
  previous: YearView | null,
  element: string,
  unitId: number,
): TStanding {
  const now = current.standings.get(element)?.get(unitId);
  const before = previous?.standings.get(element)?.get(unitId);
  return {
    score: now?.score ?? null,
    rank: now?.rank ?? null,
    group: now?.group ?? null,
    previousScore: before?.score ?? null,
    previousRank: before?.rank ?? null,
  };
}

function statsOf(rows: ResultRow[], element: string): Stats {
  const scores = rows.map((r) => scoreOf(r, element)).filter((s): s is number => s !== null);
  return {
    mean: mean(scores),
    median: median(scores),
    max: Math.max(...scores),
    min: Math.min(...scores),
  };
}

function previousYearOf(all: ResultRow[], year: number) {
  const earlier = [...new Set(all.map((r) => r.year))].filter((y) => y < year);
  return earlier.length ? Math.max(...earlier) : null;
}

export function buildRanking(framework: TIndexFramework, all: ResultRow[], year: number): TRanking {
  const view = viewYear(framework, all, year);
  if (!view) throw notFound(`Kết quả ${framework.code} năm ${year}`);
  const previousYear = previousYearOf(all, year);
  const previous = previousYear === null ? null : viewYear(framework, all, previousYear);
  const elements = ['total', ...view.edition.dimensions.map((d) => d.code)];
  return {
    code: framework.code,
    year,
    edition: view.edition.code,
    previousYear,
    thresholds: view.thresholds,
    stats: Object.fromEntries(elements.map((e) => [e, view.stats.get(e)!])),
    bands: groupBands(
      view.rows.map((r) => scoreOf(r, 'total')),
      view.thresholds,
    ),
    assessed: view.rows.filter((r) => r.assessed).length,
    surveyed: view.rows.length,
    rows: view.rows.map((r) => ({
      unit: r.unit,
      region: regionName(r.regionId),
      assessed: r.assessed,
      total: standing(view, previous, 'total', r.unit.id),
      dimensions: Object.fromEntries(
        view.edition.dimensions.map((d) => [d.code, standing(view, previous, d.code, r.unit.id)]),
      ),
      currentProvince: r.successor,
    })),
  };
}

const COMMON = ['D1', 'D2', 'D3', 'D4', 'D5', 'D6'];

/** The province's best official score on each dimension over every year (earliest on ties). */
function ownBests(all: ResultRow[], unitId: number) {
  const bests = new Map<string, { score: number; year: number }>();
  for (const r of all) {
    if (r.unit.id !== unitId || !r.assessed) continue;
    for (const [code, score] of Object.entries(r.scores)) {
      const best = bests.get(code);
      if (!best || score > best.score) bests.set(code, { score, year: r.year });
    }
  }
  return bests;
}

export function buildProfile(
  framework: TIndexFramework,
  all: ResultRow[],
  unitId: number,
  year: number,
): TProfile {
  const view = viewYear(framework, all, year);
  const row = view?.rows.find((r) => r.unit.id === unitId);
  if (!view || !row) throw notFound(`Kết quả ${framework.code} năm ${year} của đơn vị này`);
  const previousYear = previousYearOf(all, year);
  const previous = previousYear === null ? null : viewYear(framework, all, previousYear);
  const total = standing(view, previous, 'total', unitId);

  const dimensions = view.edition.dimensions.map((d) => ({
    code: d.code,
    ...standing(view, previous, d.code, unitId),
    ...(({ mean: m, median: md, max }) => ({ mean: m, median: md, best: max }))(
      view.stats.get(d.code)!,
    ),
  }));

  const subCodes = Object.keys(row.scores).filter((c) => c.includes('.'));
  const national = (code: string) =>
    view.rows.filter((r) => r.assessed && r.scores[code] !== undefined).map((r) => r.scores[code]!);
  const subDimensions = subCodes.map((code) => {
    const values = national(code);
    return { code, score: row.scores[code]!, median: values.length ? median(values) : null };
  });
  const own = Object.fromEntries(
    (subCodes.length >= 5 ? subCodes : view.edition.dimensions.map((d) => d.code))
      .filter((c) => row.scores[c] !== undefined)
      .map((c) => [c, row.scores[c]!]),
  );
  const weakest = weakestRelativeToMedian(
    own,
    Object.fromEntries(Object.keys(own).map((c) => [c, national(c)])),
  );

  let nextGroup: TProfile['nextGroup'] = null;
  const up = total.group ? nextGroupUp(total.group) : null;
  if (up && up !== 'lowest' && total.score !== null) {
    const threshold = view.thresholds[up];
    const bests = ownBests(all, unitId);
    const dims = view.edition.dimensions.map((d) => ({
      code: d.code,
      score: row.scores[d.code] ?? 0,
      max: d.max,
      weight: d.weight,
      nationalBest: view.stats.get(d.code)!.max,
      ownBest: bests.get(d.code) ?? null,
    }));
    const gains = dimensionGainsToReach(
      total.score,
      threshold,
      dims.map((d) => ({ ...d, ownBest: d.ownBest?.score ?? null })),
    );
    nextGroup = {
      group: up,
      threshold,
      pointsNeeded: Math.max(0, threshold - total.score),
      gains: gains.map((g, i) => ({
        ...g,
        nationalBest: dims[i]!.nationalBest,
        ownBest: dims[i]!.ownBest,
      })),
    };
  }

  const years = [...new Set(all.map((r) => r.year))].sort((a, b) => a - b);
  const trend = years.flatMap((y) => {
    const v = viewYear(framework, all, y);
    const r = v?.rows.find((x) => x.unit.id === unitId);
    if (!v || !r) return [];
    const s = v.standings.get('total')!.get(unitId)!;
    const six = COMMON.every((c) => r.scores[c] !== undefined) && r.assessed;
    return [
      {
        year: y,
        edition: v.edition.code,
        total: s.score,
        total6: six ? COMMON.reduce((sum, c) => sum + r.scores[c]!, 0) : null,
        rank: s.rank,
        group: s.group,
        assessedCount: v.rows.filter((x) => x.assessed).length,
      },
    ];
  });

  return {
    code: framework.code,
    year,
    edition: view.edition.code,
    unit: row.unit,
    assessed: row.assessed,
    total,
    thresholds: view.thresholds,
    dimensions,
    subDimensions,
    weakest,
    nextGroup,
    trend,
  };
}
