import { z } from 'zod';
import { defineRoute } from './route.ts';
import { ZId, ZUnitRef } from './common.ts';
import { ZGroup } from './indices.contract.ts';
import { ZTaskStatus } from './execution.schemas.ts';
import { ZTargetStatus } from './index-targets.contract.ts';

/** Why a unit has no "what moved" summary for the year. */
export const IMPACT_REASONS = ['no_results', 'no_previous', 'no_unit_result', 'merged'] as const;

const ZGroupSummary = z.object({ n: z.number().int(), meanChange: z.number().nullable() });

export const ZImpactAssociation = z.object({
  /** Provinces of the year's results that have any task data in this installation. */
  provincesWithTaskData: z.number().int(),
  /** false: fewer than two provinces with task data, nothing to compare. */
  comparable: z.boolean(),
  withTasks: ZGroupSummary,
  withoutTasks: ZGroupSummary,
  difference: z.number().nullable(),
  /** Cases whose previous score is an estimate (provinces formed by merging several). */
  estimated: z.number().int(),
  /** The two-sided permutation test; null with fewer than 3 provinces in a group. */
  test: z
    .object({
      method: z.enum(['exact', 'monte_carlo']),
      pValue: z.number(),
      permutations: z.number().int(),
      seed: z.number().int().nullable(),
    })
    .nullable(),
  /** Vietnamese sentence: what was compared, n, the test or why there is none. */
  note: z.string(),
});

export const ZImpactTask = z.object({
  id: z.number().int(),
  title: z.string(),
  planId: z.number().int(),
  planTitle: z.string(),
  status: ZTaskStatus,
  completedOn: z.string().nullable(),
  evidence: z.number().int(),
  /** Completed within the task window before the survey. */
  inWindow: z.boolean(),
});

export const ZMovedElement = z.object({
  code: z.string(),
  name: z.string(),
  level: z.enum(['dimension', 'sub_dimension']),
  previous: z.number(),
  current: z.number(),
  change: z.number(),
  nationalChange: z.number(),
  relativeChange: z.number(),
  direction: z.enum(['rose', 'fell']),
  /** The unit's tasks targeting the element (at most 20, completed in the window first). */
  tasks: z.array(ZImpactTask),
  tasksTotal: z.number().int(),
  association: ZImpactAssociation,
});
export type TMovedElement = z.infer<typeof ZMovedElement>;

export const ZImpactSummary = z.object({
  code: z.string(),
  unit: ZUnitRef,
  year: z.number().int(),
  previousYear: z.number().int().nullable(),
  available: z.boolean(),
  reason: z.enum(IMPACT_REASONS).nullable(),
  /** Whose results this year (the unit, or its single predecessor before 2025). */
  basis: ZUnitRef.nullable(),
  /** Whose results the previous year (the unit, its predecessor, or those it was formed from). */
  previousBasis: z.array(ZUnitRef),
  /** The previous scores are an estimate: the mean of the provinces the unit was formed from. */
  previousEstimated: z.boolean(),
  surveyEnd: z.string(),
  taskWindow: z.object({ from: z.string(), to: z.string() }),
  thresholds: z.object({ dimension: z.number(), subDimension: z.number() }),
  standing: z.object({
    total: z.number().nullable(),
    previousTotal: z.number().nullable(),
    rank: z.number().int().nullable(),
    previousRank: z.number().int().nullable(),
    group: ZGroup.nullable(),
    previousGroup: ZGroup.nullable(),
    places: z.number().int().nullable(),
    ranksComparable: z.boolean(),
    groupSteps: z.number().int().nullable(),
  }),
  moved: z.array(ZMovedElement),
  targets: z.object({
    met: z.number().int(),
    notMet: z.number().int(),
    pending: z.number().int(),
    items: z.array(z.object({ id: z.number().int(), title: z.string(), status: ZTargetStatus })),
  }),
  /** "Đây là mối liên hệ, không chứng minh nhân quả." */
  disclaimer: z.string(),
});
export type TImpactSummary = z.infer<typeof ZImpactSummary>;

export const getUnitImpact = defineRoute({
  method: 'get',
  path: '/api/indices/:code/units/:unitId/impact',
  summary:
    'Điều gì đã thay đổi so với năm trước: lĩnh vực tăng/giảm, thứ hạng, mục tiêu và liên hệ với nhiệm vụ',
  tag: 'Chỉ số',
  params: z.object({ code: z.string().trim().toUpperCase().max(20), unitId: ZId }),
  /** No year: the latest release. */
  query: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }),
  response: ZImpactSummary,
});
