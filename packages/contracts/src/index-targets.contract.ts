import { z } from 'zod';
import { TARGET_KINDS, TARGET_REASONS, TARGET_STATUSES } from '@papi/domain';
import { defineRoute } from './route.ts';
import { ZId, ZIdParams, ZOk, ZTimestamp, ZUnitRef, ZVersioned } from './common.ts';
import { ZGroup } from './indices.contract.ts';

export const ZTargetKind = z.enum(TARGET_KINDS);
export const ZTargetStatus = z.enum(TARGET_STATUSES);
export const ZTargetReason = z.enum(TARGET_REASONS);

const ZYear = z.number().int().min(2000).max(2100);
const ZElementCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^D[1-9]$/, 'Mã lĩnh vực phải có dạng D1, D2…');

/**
 * The kind decides which fields a target carries: `groupCode` for `group`, `elementCode`
 * and `value` for `dimension_score`, `value` alone for the rest. Checked after the fields.
 */
function checkShape(
  t: {
    kind?: z.infer<typeof ZTargetKind>;
    value?: number | null;
    groupCode?: string | null;
    elementCode?: string | null;
  },
  ctx: z.core.$RefinementCtx,
) {
  if (t.kind === undefined) return;
  const issue = (path: string, message: string) =>
    ctx.addIssue({ code: 'custom', path: [path], message });
  if (t.kind === 'group') {
    if (!t.groupCode) issue('groupCode', 'Vui lòng chọn nhóm mục tiêu.');
    if (t.value !== undefined && t.value !== null)
      issue('value', 'Mục tiêu theo nhóm không có giá trị số.');
  } else {
    if (t.value === undefined || t.value === null)
      issue('value', 'Vui lòng nhập giá trị mục tiêu.');
    if (t.groupCode) issue('groupCode', 'Chỉ mục tiêu theo nhóm mới có nhóm.');
    if ((t.kind === 'total_rank' || t.kind === 'rank_improvement') && !Number.isInteger(t.value))
      issue('value', 'Thứ hạng phải là số nguyên.');
  }
  if (t.kind === 'dimension_score' && !t.elementCode)
    issue('elementCode', 'Vui lòng chọn lĩnh vực.');
  if (t.kind !== 'dimension_score' && t.elementCode)
    issue('elementCode', 'Chỉ mục tiêu điểm lĩnh vực mới có lĩnh vực.');
}

const targetFields = {
  kind: ZTargetKind,
  /** D1…D8 for `dimension_score`, absent otherwise. */
  elementCode: ZElementCode.nullable().optional(),
  /** Rank, score or places to gain; ranges per kind and edition are checked by the server. */
  value: z.number().min(0).max(1000).nullable().optional(),
  groupCode: ZGroup.nullable().optional(),
  note: z.string().trim().max(1000).default(''),
};

export const ZTargetInput = z
  .object({ year: ZYear, ...targetFields })
  .superRefine((t, ctx) => checkShape(t, ctx));

export const ZTarget = z.object({
  id: z.number().int(),
  frameworkCode: z.string(),
  unitId: z.number().int(),
  year: z.number().int(),
  kind: ZTargetKind,
  elementCode: z.string().nullable(),
  value: z.number().nullable(),
  groupCode: ZGroup.nullable(),
  note: z.string(),
  createdBy: z.string().nullable(),
  version: z.number().int(),
  updatedAt: ZTimestamp,
});
export type TTarget = z.infer<typeof ZTarget>;

export const ZTargetEvaluation = z.object({
  status: ZTargetStatus,
  actualValue: z.number().nullable(),
  actualGroup: ZGroup.nullable(),
  reason: ZTargetReason.nullable(),
});

export const ZTargetList = z.object({
  unit: ZUnitRef,
  year: z.number().int(),
  /** Edition of the index that year (the latest one for years not yet published). */
  edition: z.string().nullable(),
  /** Whether results of the index for that year have been imported. */
  published: z.boolean(),
  /**
   * The unit whose results the targets are evaluated against: the unit itself, or, for a
   * post-2025 province in a year published for the pre-2025 ones, its single predecessor.
   * Null when none (see each item's reason).
   */
  basis: ZUnitRef.nullable(),
  /** The caller may add, edit and delete targets of this unit (role, scope, current unit). */
  canEdit: z.boolean(),
  items: z.array(ZTarget.extend({ evaluation: ZTargetEvaluation })),
});
export type TTargetList = z.infer<typeof ZTargetList>;

const ZCodeParam = z.string().trim().toUpperCase().max(20);

export const listIndexTargets = defineRoute({
  method: 'get',
  path: '/api/indices/:code/units/:unitId/targets',
  summary:
    'Mục tiêu năm của một đơn vị, đối chiếu với kết quả thực tế (đạt, chưa đạt, chờ kết quả)',
  tag: 'Mục tiêu chỉ số',
  params: z.object({ code: ZCodeParam, unitId: ZId }),
  query: z.object({ year: z.coerce.number().int().min(2000).max(2100) }),
  response: ZTargetList,
});

export const createIndexTarget = defineRoute({
  method: 'post',
  path: '/api/indices/:code/units/:unitId/targets',
  summary: 'Đặt một mục tiêu năm cho đơn vị',
  tag: 'Mục tiêu chỉ số',
  params: z.object({ code: ZCodeParam, unitId: ZId }),
  body: ZTargetInput,
  response: ZTarget,
  status: 201,
});

export const updateIndexTarget = defineRoute({
  method: 'patch',
  path: '/api/index-targets/:id',
  summary: 'Sửa mục tiêu (kèm version để tránh ghi đè); loại, năm và lĩnh vực không đổi',
  tag: 'Mục tiêu chỉ số',
  params: ZIdParams,
  body: ZVersioned.extend({
    value: z.number().min(0).max(1000).nullable().optional(),
    groupCode: ZGroup.nullable().optional(),
    note: z.string().trim().max(1000).optional(),
  }),
  response: ZTarget,
});

export const deleteIndexTarget = defineRoute({
  method: 'delete',
  path: '/api/index-targets/:id',
  summary: 'Xóa mục tiêu (kèm version để tránh xóa bản đã bị sửa)',
  tag: 'Mục tiêu chỉ số',
  params: ZIdParams,
  body: ZVersioned,
  response: ZOk,
});
