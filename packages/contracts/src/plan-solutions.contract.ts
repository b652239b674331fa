import { z } from 'zod';
import { defineRoute } from './route.ts';
import {
  ZBodyId,
  ZIdParams,
  ZOk,
  ZPageQuery,
  ZTimestamp,
  ZUnitRef,
  ZVersioned,
  paged,
} from './common.ts';
import { ZDimensionCode, ZPlanDetail } from './plans.schemas.ts';

const TAG = 'Kế hoạch: thư viện giải pháp';
const text = (max: number) => z.string().trim().max(max);

/** A standard solution for a (sub-)dimension; shipped ones (unit null) are read-only. */
export const ZPlanSolution = z.object({
  id: z.number().int(),
  frameworkCode: z.string(),
  dimensionCode: z.string(),
  title: z.string(),
  content: z.string(),
  expectedResult: z.string().nullable(),
  suggestedLead: z.string().nullable(),
  /** Where it comes from: "Kế hoạch 187/KH-UBND (2022) của UBND huyện Mộc Châu", a unit… */
  source: z.string().nullable(),
  /** The unit that wrote it; null for the shipped catalogue. */
  unit: ZUnitRef.nullable(),
  shipped: z.boolean(),
  createdBy: z.string().nullable(),
  /** Distinct plans with a task inserted from it. */
  usedInPlans: z.number().int(),
  /** The caller may edit or delete it. */
  editable: z.boolean(),
  version: z.number().int(),
  updatedAt: ZTimestamp,
});
export type TPlanSolution = z.infer<typeof ZPlanSolution>;

export const listPlanSolutions = defineRoute({
  method: 'get',
  path: '/api/plan-solutions',
  summary: 'Tìm giải pháp mẫu (không phân biệt dấu), lọc theo lĩnh vực, kèm số kế hoạch đã dùng',
  tag: TAG,
  query: ZPageQuery.extend({
    q: z.string().trim().max(100).optional(),
    framework: z.string().trim().toUpperCase().max(20).optional(),
    /** "D2" matches D2 and its sub-dimensions; "D2.3" only that sub-dimension. */
    dimension: ZDimensionCode.optional(),
    origin: z.enum(['shipped', 'own']).optional(),
  }),
  response: paged(ZPlanSolution),
});

export const getPlanSolution = defineRoute({
  method: 'get',
  path: '/api/plan-solutions/:id',
  summary: 'Một giải pháp mẫu',
  tag: TAG,
  params: ZIdParams,
  response: ZPlanSolution,
});

const solutionFields = {
  dimensionCode: ZDimensionCode,
  title: text(500).min(1, 'Vui lòng nhập tên giải pháp.'),
  content: text(20_000).min(1, 'Vui lòng nhập nội dung giải pháp.'),
  expectedResult: text(5000).nullable().optional(),
  suggestedLead: text(500).nullable().optional(),
  source: text(500).nullable().optional(),
};

export const createPlanSolution = defineRoute({
  method: 'post',
  path: '/api/plan-solutions',
  summary: 'Thêm giải pháp của đơn vị vào thư viện',
  tag: TAG,
  body: z.object({
    /** Defaults to the caller's unit. */
    unitId: ZBodyId.optional(),
    frameworkCode: z.string().trim().toUpperCase().min(1).max(20).default('PAPI'),
    ...solutionFields,
  }),
  response: ZPlanSolution,
  status: 201,
});

export const updatePlanSolution = defineRoute({
  method: 'patch',
  path: '/api/plan-solutions/:id',
  summary: 'Sửa giải pháp của đơn vị (kèm version); giải pháp có sẵn không sửa được',
  tag: TAG,
  params: ZIdParams,
  body: ZVersioned.extend({
    dimensionCode: solutionFields.dimensionCode.optional(),
    title: solutionFields.title.optional(),
    content: solutionFields.content.optional(),
    expectedResult: solutionFields.expectedResult,
    suggestedLead: solutionFields.suggestedLead,
    source: solutionFields.source,
  }),
  response: ZPlanSolution,
});

export const deletePlanSolution = defineRoute({
  method: 'delete',
  path: '/api/plan-solutions/:id',
  summary: 'Xóa giải pháp của đơn vị (kèm version); nhiệm vụ đã chèn vẫn giữ nội dung',
  tag: TAG,
  params: ZIdParams,
  body: ZVersioned,
  response: ZOk,
});

export const insertPlanSolution = defineRoute({
  method: 'post',
  path: '/api/plans/:id/solutions',
  summary: 'Chèn một giải pháp mẫu thành nhiệm vụ mới cuối phụ lục của dự thảo (kèm version)',
  tag: TAG,
  params: ZIdParams,
  body: ZVersioned.extend({
    solutionId: ZBodyId,
    /** Task number to give; default: next number in the solution's dimension group. */
    number: text(20).min(1).optional(),
  }),
  response: ZPlanDetail,
});
