import { z } from 'zod';
import { defineRoute } from './route.ts';
import { checkedWhole, ZIdParams, ZTimestamp, ZVersioned } from './common.ts';
import { ZPlanDetail, ZPlanPeriod, ZPlanType, ZPlanYear } from './plans.schemas.ts';

/** A rule as configured: its name, severity and its own parameters. */
export const ZPlanRuleConfig = z
  .object({
    rule: z.string(),
    severity: z.enum(['error', 'warning']),
    atIssuance: z.boolean().optional(),
  })
  .catchall(z.unknown());

export const ZPlanTypeInfo = z.object({
  code: z.string(),
  nameVi: z.string(),
  tasksByDimension: z.boolean(),
  rules: z.array(ZPlanRuleConfig),
  /** Shipped with the product (false: added by this installation). */
  builtIn: z.boolean(),
});

/** Per type code: a new name, and per rule `false` (switched off) or the values to change. */
export const ZPlanTypeOverrides = z.record(
  ZPlanType,
  z.strictObject({
    nameVi: z.string().trim().min(1).max(200).optional(),
    tasksByDimension: z.boolean().optional(),
    rules: z
      .record(
        z.string().max(60),
        z.union([z.literal(false), z.record(z.string().max(60), z.unknown())]),
      )
      .optional(),
  }),
);
export type TPlanTypeOverrides = z.infer<typeof ZPlanTypeOverrides>;

export const ZPlanTypeSettings = z.object({
  /** The types in force: defaults with this installation's overrides applied. */
  types: z.array(ZPlanTypeInfo),
  overrides: ZPlanTypeOverrides,
  /** Rule names an override may use. */
  ruleNames: z.array(z.string()),
  version: z.number().int(),
  updatedAt: ZTimestamp.nullable(),
});
export type TPlanTypeSettings = z.infer<typeof ZPlanTypeSettings>;

export const getPlanTypes = defineRoute({
  method: 'get',
  path: '/api/plan-types',
  summary: 'Các loại kế hoạch và quy tắc kiểm tra đang áp dụng (kèm phần điều chỉnh của đơn vị)',
  tag: 'Kế hoạch',
  response: ZPlanTypeSettings,
});

export const updatePlanTypes = defineRoute({
  method: 'put',
  path: '/api/plan-types',
  summary: 'Điều chỉnh quy tắc kiểm tra theo loại kế hoạch (điều phối viên, quản trị; kèm version)',
  tag: 'Kế hoạch',
  body: ZVersioned.extend({ overrides: checkedWhole(ZPlanTypeOverrides) }),
  response: ZPlanTypeSettings,
});

export const copyPlan = defineRoute({
  method: 'post',
  path: '/api/plans/:id/copy',
  summary:
    'Sao chép kế hoạch thành dự thảo mới (ví dụ của năm trước): nhiệm vụ giữ nguyên, thời hạn dời theo số năm',
  tag: 'Kế hoạch',
  params: ZIdParams,
  body: z.object({
    year: ZPlanYear,
    /** Default: the source period shifted by the year difference. */
    period: ZPlanPeriod.optional(),
    title: z.string().trim().min(1).max(1000).optional(),
  }),
  response: ZPlanDetail,
  status: 201,
});
