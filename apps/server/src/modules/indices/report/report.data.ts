import { editionFor, totalRange } from '@papi/domain';
import type { TIndexFramework, TRanking } from '@papi/contracts';
import { notFound } from '../../../platform/errors.ts';
import type { ResultRow } from '../indices.repository.ts';
import { buildProfile, buildRanking } from '../indices.service.ts';
import type { DimensionReport, ReportData, TrendYear } from './report.model.ts';

/** The best score of an element that year and the provinces that reached it. */
function bestUnits(ranking: TRanking, element: string) {
  return ranking.rows
    .filter((r) => (element === 'total' ? r.total : r.dimensions[element])?.rank === 1)
    .map((r) => r.unit.name);
}

function rankingOrNull(framework: TIndexFramework, all: ResultRow[], year: number) {
  try {
    return buildRanking(framework, all, year);
  } catch {
    return null;
  }
}

/** Gathers the numbers of the report from the official results (no sentences here). */
export function buildReportData(
  framework: TIndexFramework,
  all: ResultRow[],
  unitId: number,
  year: number,
): ReportData {
  const profile = buildProfile(framework, all, unitId, year);
  const ranking = buildRanking(framework, all, year);
  const edition = editionFor(framework, year)!;
  const row = all.find((r) => r.year === year && r.unit.id === unitId);
  if (!row) throw notFound(`Kết quả ${framework.code} năm ${year} của đơn vị này`);
  const stats = ranking.stats.total!;

  // Sub-dimension medians over assessed provinces come with the profile; names from the framework.
  const subName = new Map(
    edition.dimensions.flatMap((d) => d.subDimensions.map((s) => [s.code, s.nameVi] as const)),
  );
  const dimensions: DimensionReport[] = edition.dimensions.map((d, i) => {
    const standing = profile.dimensions.find((x) => x.code === d.code)!;
    return {
      ...standing,
      // Unassessed: the published partial score, never ranked; null where none was published.
      score: row.assessed ? standing.score : (row.scores[d.code] ?? null),
      name: d.nameVi,
      short: d.shortVi,
      number: i + 1,
      max: d.max,
      bestUnits: bestUnits(ranking, d.code),
      subs: profile.subDimensions
        .filter((s) => s.code.startsWith(`${d.code}.`))
        .map((s) => ({ ...s, name: subName.get(s.code) ?? s.code })),
    };
  });

  const trend: TrendYear[] = profile.trend.map((t) => {
    const r = rankingOrNull(framework, all, t.year);
    return {
      year: t.year,
      dimensionCount: editionFor(framework, t.year)?.dimensions.length ?? 0,
      total: t.total,
      total6: t.total6,
      rank: t.rank,
      group: t.group,
      assessedCount: t.assessedCount,
      median: r ? r.stats.total!.median : null,
    };
  });
  const editions = new Set(trend.map((t) => editionFor(framework, t.year)?.code));
  const previous =
    ranking.previousYear === null ? null : editionFor(framework, ranking.previousYear);

  const full = row.unit.fullName;
  return {
    indexCode: framework.code,
    year,
    unitName: row.unit.name,
    unitFullName: full,
    unitKind: full.toLowerCase().startsWith('thành phố') ? 'thành phố' : 'tỉnh',
    assessed: row.assessed,
    assessedCount: ranking.assessed,
    surveyedCount: ranking.surveyed,
    scale: totalRange(edition),
    previousYear: ranking.previousYear,
    editionChanged: previous !== null && previous.code !== edition.code,
    total: {
      ...profile.total,
      mean: stats.mean,
      median: stats.median,
      best: stats.max,
      bestUnits: bestUnits(ranking, 'total'),
    },
    thresholds: profile.thresholds,
    nextGroup: profile.nextGroup,
    dimensions,
    trend,
    changeYear: editions.size > 1 ? edition.fromYear : null,
  };
}
