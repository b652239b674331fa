import { z } from 'zod';
import { GAIN_VERDICTS, GROUPS } from '@papi/domain';
import { defineRoute } from './route.ts';
import { ZId, ZIsoDate, ZUnitRef } from './common.ts';

const ZNamed = z.object({ code: z.string(), nameVi: z.string(), nameEn: z.string() });
export const ZDimension = ZNamed.extend({
  shortVi: z.string(),
  min: z.number(),
  max: z.number(),
  weight: z.number(),
  subDimensions: z.array(ZNamed.extend({ indicators: z.array(ZNamed).optional() })),
});
export const ZEdition = z.object({
  code: z.string(),
  fromYear: z.number().int(),
  toYear: z.number().int().nullable(),
  dimensions: z.array(ZDimension),
  note: z.string().optional(),
});
/** An index framework as data: adding PAR Index, SIPAS, PCI or DTI is a document like this. */
export const ZIndexFramework = ZNamed.extend({
  publisher: z.string(),
  aggregation: z.literal('sum'),
  editions: z.array(ZEdition).min(1),
});
export type TIndexFramework = z.infer<typeof ZIndexFramework>;

export const ZGroup = z.enum(GROUPS);

export const ZIndexSummary = z.object({
  framework: ZIndexFramework,
  years: z.array(
    z.object({
      year: z.number().int(),
      edition: z.string(),
      assessed: z.number().int(),
      surveyed: z.number().int(),
      publishedOn: ZIsoDate.nullable(),
    }),
  ),
});

export const listIndices = defineRoute({
  method: 'get',
  path: '/api/indices',
  summary: 'Các bộ chỉ số, phiên bản và các năm đã có kết quả',
  tag: 'Chỉ số',
  response: z.object({ items: z.array(ZIndexSummary) }),
});

const ZIndexParams = z.object({ code: z.string().trim().toUpperCase().max(20) });

/** A score with its standing among all provinces that year; null when not assessed. */
export const ZStanding = z.object({
  score: z.number().nullable(),
  rank: z.number().int().nullable(),
  group: ZGroup.nullable(),
  previousScore: z.number().nullable(),
  previousRank: z.number().int().nullable(),
});
export type TStanding = z.infer<typeof ZStanding>;

export const ZThresholds = z.object({
  highest: z.number(),
  high_average: z.number(),
  low_average: z.number(),
});

export const ZRankingRow = z.object({
  unit: ZUnitRef,
  region: z.string().nullable(),
  assessed: z.boolean(),
  total: ZStanding,
  dimensions: z.record(z.string(), ZStanding),
  /** The post-2025 province the old one became part of (pre-2025 results). */
  currentProvince: ZUnitRef.nullable(),
});
export type TRankingRow = z.infer<typeof ZRankingRow>;

export const ZRanking = z.object({
  code: z.string(),
  year: z.number().int(),
  edition: z.string(),
  previousYear: z.number().int().nullable(),
  thresholds: ZThresholds,
  /** National statistics per element (total and each dimension) over assessed provinces. */
  stats: z.record(
    z.string(),
    z.object({ mean: z.number(), median: z.number(), max: z.number(), min: z.number() }),
  ),
  /** The four groups on the total as score ranges, with how many provinces each holds. */
  bands: z.array(
    z.object({
      group: ZGroup,
      from: z.number().nullable(),
      min: z.number().nullable(),
      max: z.number().nullable(),
      count: z.number().int(),
    }),
  ),
  assessed: z.number().int(),
  surveyed: z.number().int(),
  rows: z.array(ZRankingRow),
});
export type TRanking = z.infer<typeof ZRanking>;

export const getRanking = defineRoute({
  method: 'get',
  path: '/api/indices/:code/rankings/:year',
  summary: 'Bảng xếp hạng một năm: điểm, thứ hạng, nhóm theo tổng và từng lĩnh vực',
  tag: 'Chỉ số',
  params: ZIndexParams.extend({ year: z.coerce.number().int().min(1990).max(2100) }),
  response: ZRanking,
});

export const ZProfile = z.object({
  code: z.string(),
  year: z.number().int(),
  edition: z.string(),
  unit: ZUnitRef,
  assessed: z.boolean(),
  total: ZStanding,
  thresholds: ZThresholds,
  dimensions: z.array(
    ZStanding.extend({
      code: z.string(),
      mean: z.number(),
      median: z.number(),
      best: z.number(),
    }),
  ),
  subDimensions: z.array(
    z.object({ code: z.string(), score: z.number(), median: z.number().nullable() }),
  ),
  weakest: z.array(
    z.object({ code: z.string(), score: z.number(), median: z.number(), gap: z.number() }),
  ),
  nextGroup: z
    .object({
      group: ZGroup,
      threshold: z.number(),
      pointsNeeded: z.number(),
      gains: z.array(
        z.object({
          code: z.string(),
          gain: z.number(),
          /** The dimension's score once the gain is made. */
          target: z.number(),
          /** above_max / above_national_best: not feasible; above_own_best: a stretch. */
          verdict: z.enum(GAIN_VERDICTS),
          nationalBest: z.number(),
          /** The province's best score on the dimension in any year, with that year. */
          ownBest: z.object({ score: z.number(), year: z.number().int() }).nullable(),
        }),
      ),
    })
    .nullable(),
  trend: z.array(
    z.object({
      year: z.number().int(),
      edition: z.string(),
      total: z.number().nullable(),
      /** Sum of the six dimensions common to both editions: comparable across 2017/2018. */
      total6: z.number().nullable(),
      rank: z.number().int().nullable(),
      group: ZGroup.nullable(),
      assessedCount: z.number().int(),
    }),
  ),
});
export type TProfile = z.infer<typeof ZProfile>;

export const getProfile = defineRoute({
  method: 'get',
  path: '/api/indices/:code/units/:unitId/profile',
  summary:
    'Hồ sơ một tỉnh trong một năm: điểm, thứ hạng, nhóm, xu hướng, điểm yếu, khoảng cách lên nhóm trên',
  tag: 'Chỉ số',
  params: ZIndexParams.extend({ unitId: ZId }),
  query: z.object({ year: z.coerce.number().int().min(1990).max(2100) }),
  response: ZProfile,
});

export const ZLineage = z.object({
  unit: ZUnitRef,
  /** Pre-2025 provinces the unit was formed from, each with official totals by year. */
  predecessors: z.array(
    z.object({
      unit: ZUnitRef,
      results: z.array(
        z.object({
          year: z.number().int(),
          total: z.number().nullable(),
          rank: z.number().int().nullable(),
        }),
      ),
    }),
  ),
  /** For a pre-2025 province: the post-2025 province it became part of. */
  successor: ZUnitRef.nullable(),
});

export const getLineage = defineRoute({
  method: 'get',
  path: '/api/indices/:code/units/:unitId/lineage',
  summary: 'Tỉnh mới sau sắp xếp 2025: các tỉnh cũ hợp thành và kết quả chính thức của từng tỉnh',
  tag: 'Chỉ số',
  params: ZIndexParams.extend({ unitId: ZId }),
  response: ZLineage,
});
