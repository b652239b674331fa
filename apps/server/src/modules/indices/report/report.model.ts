import type { GroupThresholds, PerformanceGroup } from '@papi/domain';

/** Everything the report says, as numbers: built from the results, turned into sentences. */
export interface Standing {
  /** Official score; for an unassessed province the partial (published) score, unranked. */
  score: number | null;
  rank: number | null;
  group: PerformanceGroup | null;
  previousScore: number | null;
  previousRank: number | null;
}

export interface SubScore {
  code: string;
  name: string;
  score: number;
  median: number | null;
}

export interface DimensionReport extends Standing {
  code: string;
  name: string;
  /** Short name for chart labels ("Tham gia"). */
  short: string;
  /** 1-based position in the edition (Lĩnh vực 1 …). */
  number: number;
  max: number;
  mean: number;
  median: number;
  best: number;
  bestUnits: string[];
  subs: SubScore[];
}

export interface TrendYear {
  year: number;
  dimensionCount: number;
  total: number | null;
  total6: number | null;
  rank: number | null;
  group: PerformanceGroup | null;
  assessedCount: number;
  median: number | null;
}

export interface ReportData {
  /** 'PAPI' */
  indexCode: string;
  year: number;
  unitName: string;
  /** "Tỉnh Sơn La", "Thành phố Hà Nội" */
  unitFullName: string;
  /** "tỉnh" or "thành phố", to refer to the unit in a sentence. */
  unitKind: string;
  assessed: boolean;
  assessedCount: number;
  surveyedCount: number;
  scale: { min: number; max: number };
  previousYear: number | null;
  /** The previous year used another edition (e.g. 2017 → 2018: 6 → 8 dimensions). */
  editionChanged: boolean;
  total: Standing & { mean: number; median: number; best: number; bestUnits: string[] };
  thresholds: GroupThresholds;
  nextGroup: { group: PerformanceGroup; threshold: number; pointsNeeded: number } | null;
  dimensions: DimensionReport[];
  trend: TrendYear[];
  /** First year of the current edition, when the trend spans an earlier one. */
  changeYear: number | null;
}
