import type { viIndices } from '../vi/indices.ts';

/**
 * English text of PAPI index pages: ranking, province profile, charts and maps;
 * typed against the Vietnamese keys, so a missing or extra key fails to compile.
 */
export const enIndices: Record<keyof typeof viIndices, string> = {
  'chart.savePng': 'Save PNG',
  'chart.saveSvg': 'Save SVG',

  'indices.title': 'Indices',

  'indices.index': 'Index',

  'indices.year': 'Year',

  'indices.assessedOf': '{assessed} of {surveyed} provinces assessed',

  'indices.ownProfile': 'Province profile: {name} →',

  'indices.tab.ranking': 'Ranking',
  'indices.tab.map': 'Map',
  'indices.tab.compare': 'Compare',
  'indices.tab.correlation': 'Correlation',

  'indices.rank': 'Rank',

  'indices.rankOf': 'Rank {rank} of {count}',

  'indices.rankUp': 'up {n}',

  'indices.rankDown': 'down {n}',

  'indices.rankSame': 'same rank',

  'indices.province': 'Province',

  'indices.region': 'Region',

  'indices.allRegions': 'All regions',

  'indices.group': 'Group',

  'indices.total': 'Total score',

  'indices.score': 'Score',

  'indices.change': 'Change vs previous year',

  'indices.changeVs': 'Change vs {year}',

  'indices.dimension': 'Dimension',

  'indices.subDimension': 'Sub-dimension',

  'indices.gap': 'Gap',

  'indices.best': 'Best province',

  'indices.nationalMean': 'National mean',

  'indices.nationalMedian': 'National median',

  'indices.notAssessed': 'Not assessed',

  'indices.legend': 'Group legend',

  'indices.searchProvince': 'Find a province',

  'indices.searchPlaceholder': 'Type a name, accents optional, e.g. dak lak',

  'indices.sortBy': 'Sort by {column}',

  'indices.exportCsv': 'Export CSV',

  'indices.exportXlsx': 'Export Excel (XLSX)',

  'indices.rankingFile': 'Ranking',

  'indices.previousScore': 'Score {year}',

  'indices.previousRank': 'Rank {year}',

  'indices.rowsShown': 'Showing {shown} of {total} provinces ({assessed} assessed).',

  'indices.rankingNote':
    'Provinces as they were before 1 July 2025. "Not assessed" means no score that year (not zero); such provinces are listed last. Click a column header to sort.',

  'indices.frameworkChange': 'Framework change (6 → 8 dimensions)',

  'indices.trend.title': 'Total score over the years',
  'indices.trend.rankTitle': 'Rank over the years',
  'indices.trend.rankNote': 'Inverted axis: rank 1 at the top.',
  'indices.trend.basis': 'Total score basis',
  'indices.trend.total': 'Total score',
  'indices.trend.total6': '6 common dimensions',
  'indices.trend.note':
    'Since 2018 PAPI has 8 dimensions (6 before), so totals before and after 2018 are not directly comparable. To compare across 2018, use "6 common dimensions" (the sum of the six dimensions present in both frameworks).',

  'indices.radar.title': 'Dimensions vs the country',
  'indices.radar.note':
    'Each axis has its own scale, from near the lowest value to the best province.',

  'indices.backToRanking': 'Ranking',

  'indices.profile.yearOf': '{index} {year}',
  'indices.profile.dimensions': 'Scores by dimension',
  'indices.profile.subDimensions': 'Sub-dimensions',
  'indices.profile.noSubDimensions': 'No sub-dimension data for this year.',
  'indices.profile.weakest': 'Weakest dimensions vs the national median (up to 5)',
  'indices.profile.weakLine': 'Score {score}, median {median}, gap',
  'indices.profile.noWeakest': 'Nothing to compare (the province was not assessed this year).',
  'indices.profile.nextGroup': 'Distance to the next group',
  'indices.profile.nextGroupIntro': 'Next group:',
  'indices.profile.threshold': 'Threshold: {value} points',
  'indices.profile.pointsNeeded': '{value} more points needed',
  'indices.profile.gainNeeded': 'Gain needed',
  'indices.profile.after': 'Score after gain',
  'indices.profile.feasibility': 'Feasible',
  'indices.profile.gapNote':
    'Each row: the gain needed if only that dimension improved and the others stayed the same; thresholds are those of the year shown.',
  'indices.profile.topGroup': 'The province is already in the highest group.',
  'indices.profile.noGapUnassessed':
    'The province was not assessed this year, so there is no distance to compute.',
  'indices.profile.noOwnResults':
    'This province was formed on 1 July 2025 and has no official results of its own for {year}. Below are the results of the former provinces it was formed from.',

  'indices.lineage.title': '{name} was formed from',
  'indices.lineage.nowPartOf': 'Since 1 July 2025 part of {name}.',
  'indices.lineage.official': '{name} (official)',
  'indices.lineage.estimate': 'Estimate – not official data',
  'indices.lineage.estimateNote':
    "A weighted mean of the former provinces' official scores, for reference only. Weights are equal by default and can be edited (e.g. by population).",
  'indices.lineage.weight': 'Weight of {name}',

  'indices.map.colorBy': 'Colour by',
  'indices.map.byGroup': 'Group (by total score)',
  'indices.map.byScore': 'Score: {element}',
  'indices.map.title': '{index} map {year}',
  'indices.map.hoangSa': 'Hoàng Sa archipelago (Đà Nẵng)',
  'indices.map.truongSa': 'Trường Sa archipelago (Khánh Hòa)',
  'indices.map.loadError': 'Could not load the map {url} (status {status}).',
  'indices.map.note':
    'Click a province to open its profile. Grey: not assessed. Boundaries before 1 July 2025 (63 provinces).',

  'indices.compare.pick': 'Choose up to {max} provinces',
  'indices.compare.empty': 'Choose at least one province to compare.',
  'indices.compare.barsTitle': 'Comparison by dimension {year}',
  'indices.compare.trendTitle': 'Total score over the years',

  'indices.scatter.x': 'Horizontal axis',
  'indices.scatter.y': 'Vertical axis',
  'indices.scatter.r': 'Correlation r = {r}',
  'indices.scatter.title': 'Correlation {index} {year} {x} - {y}',
  'indices.scatter.note':
    'Each point is an assessed province; colour and shape show its total-score group. Correlation does not imply causation.',

  'indices.report.docx': 'Download analysis report (Word)',
  'indices.report.pdf': 'PDF',
  'indices.report.pdfLabel': 'Download analysis report (PDF)',
  'indices.report.failed': 'The report could not be downloaded',
  'indices.legendBands': 'Total score groups {year}: score ranges and number of provinces',
  'indices.bandRange': '{min}–{max}',
  'indices.bandCount': '{count} provinces',
  'indices.bandEmpty': 'no province',
  'indices.meanMedian': 'National mean {mean} · median {median} ({count} provinces assessed)',
  'indices.ownProvince': 'Your province',
  'indices.scoreChange': 'Score',
  'indices.rankChange': 'Rank',
  'indices.editionLabel': '{count}-dimension framework (from {from})',
  'indices.rankingNote34':
    'Provinces as they are from 1 July 2025 (34 provinces). "Not assessed" means no score that year (not zero); such provinces are listed last. Groups follow the same rule as earlier years (25th, 50th, 75th percentiles). Click a column header to sort.',
  'indices.profile.weakestFewer':
    'Only {count} dimensions are below the national median; the others are at or above it.',
  'indices.profile.noneBelowMedian': 'No dimension is below the national median this year.',
  'indices.profile.verdict.above_max': 'Not feasible: above the maximum of {max}',
  'indices.profile.verdict.above_national_best':
    'Not feasible: higher than the best province in the country ({best})',
  'indices.profile.verdict.above_own_best':
    "Hard: above the province's own best ({best} in {year})",
  'indices.profile.verdict.feasible': 'Feasible: reached before ({best} in {year})',
  'indices.profile.verdict.feasibleNoHistory': "Within the best province's score ({best})",
  'indices.profile.verdictNote':
    'Feasible only when the score after the gain is one the province has reached before; above the best province in the country that year is never called feasible.',
  'indices.lineage.coverage': 'Coverage',
  'indices.lineage.coverageValue': '{value}%',
  'indices.lineage.missing': 'estimate leaves out {names}: not assessed that year',
  'indices.lineage.belowCoverage':
    'No estimate: only {value}% of the weight has results (at least {min}% needed)',
  'indices.lineage.coverageRule':
    'An estimate is only computed when the former provinces with results hold at least {min}% of the total weight (default weights: {min}% of the former provinces; population as weights: {min}% of the population). Below that there is no combined figure.',
  'indices.map.note34':
    'Click a province to open its profile. Grey: not assessed. Boundaries from 1 July 2025 (34 provinces).',
};
