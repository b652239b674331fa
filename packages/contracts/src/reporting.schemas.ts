import { z } from 'zod';
import {
  NARRATIVE_SECTIONS,
  REPORT_STATUSES,
  REPORTER_LEVELS,
  SUBMISSION_STATES,
} from '@papi/domain';
import { ZIsoDate, ZTimestamp, ZUnitRef } from './common.ts';
import { ZAgencyBrief, ZCountsByStatus, ZPersonRef, ZTaskStatus } from './execution.schemas.ts';
import { ZDimensionCode } from './plans.schemas.ts';

export const ZReporterLevel = z.enum(REPORTER_LEVELS);
export const ZReportStatus = z.enum(REPORT_STATUSES);
export const ZSubmissionState = z.enum(SUBMISSION_STATES);

const ZDayRef = z.object({
  month: z.number().int().min(1).max(12),
  day: z.number().int().min(1).max(31),
  yearOffset: z.number().int().min(-1).max(1),
});
const ZLevelDue = z.partialRecord(ZReporterLevel, ZDayRef);

export const ZRegimeContent = z.object({
  taskStatuses: z.boolean(),
  indicators: z.boolean(),
  narratives: z.array(z.enum(NARRATIVE_SECTIONS)).max(3),
});

const levels = z.array(ZReporterLevel).min(1, 'Chọn ít nhất một cấp báo cáo.').max(4);

/** A period of a regime: "2026-H1", "2026-Y", "2026-KQ-2025". */
export const ZPeriodKey = z
  .string()
  .trim()
  .regex(/^(19|20)\d{2}-[A-Z][A-Z0-9-]{0,19}$/, 'Mã kỳ báo cáo có dạng 2026-H1, 2026-Y.');

/** Same shape as the domain's RegimeDefinition; a shape check first names the field itself. */
export const ZRegimeDefinition = z
  .custom<Record<string, unknown>>(
    (v) => typeof v === 'object' && v !== null && !Array.isArray(v) && 'trigger' in v,
    'Định nghĩa chế độ báo cáo phải là một đối tượng có "trigger" (periodic hoặc event).',
  )
  .pipe(
    z.discriminatedUnion('trigger', [
      z.object({
        trigger: z.literal('periodic'),
        levels,
        periods: z
          .array(
            z.object({
              key: z
                .string()
                .trim()
                .regex(
                  /^[A-Z][A-Z0-9]{0,7}$/,
                  'Mã kỳ bắt đầu bằng chữ in hoa, gồm chữ in hoa và số, tối đa 8 ký tự (H1, Y, Q3).',
                ),
              label: z.string().trim().min(1).max(100),
              window: z.object({ from: ZDayRef, to: ZDayRef }),
              due: ZLevelDue,
            }),
          )
          .min(1, 'Chế độ báo cáo định kỳ cần ít nhất một kỳ.')
          .max(12),
        content: ZRegimeContent,
        template: z.string().trim().min(1).max(60),
      }),
      z.object({
        trigger: z.literal('event'),
        event: z.literal('results_published'),
        levels,
        dueDays: z.partialRecord(ZReporterLevel, z.number().int().min(0).max(365)),
        content: ZRegimeContent,
        template: z.string().trim().min(1).max(60),
      }),
    ]),
  );

export const ZRegime = z.object({
  id: z.number().int(),
  /** Reports of this unit's subtree follow the regime. */
  unit: ZUnitRef,
  code: z.string(),
  name: z.string(),
  definition: ZRegimeDefinition,
  active: z.boolean(),
  version: z.number().int(),
  updatedAt: ZTimestamp,
});
export type TRegime = z.infer<typeof ZRegime>;

export const ZReportPeriod = z.object({
  key: z.string(),
  label: z.string(),
  year: z.number().int(),
  window: z.object({ from: ZIsoDate, to: ZIsoDate }),
  /** Due date per level, after the working-day shift. */
  due: z.partialRecord(ZReporterLevel, ZIsoDate),
});
export type TReportPeriod = z.infer<typeof ZReportPeriod>;

export const ZIndicatorDef = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_.-]{1,20}$/, 'Mã chỉ tiêu gồm chữ, số, dấu chấm, gạch; tối đa 20 ký tự.'),
  name: z.string().trim().min(1, 'Vui lòng nhập tên chỉ tiêu.').max(300),
  /** "cuộc", "%", "xã". */
  unit: z.string().trim().max(30).default(''),
});

const longText = z.string().trim().max(20_000);

export const ZReportContent = z.strictObject({
  indicators: z
    .array(
      z.object({
        code: z.string().trim().min(1).max(20),
        value: z.number().min(-1e12).max(1e12).nullable(),
        note: z.string().trim().max(2000).default(''),
      }),
    )
    .max(200)
    .default([]),
  narratives: z
    .array(
      z.object({
        /** D1…D8, or "" for the report as a whole. */
        dimensionCode: z.union([z.literal(''), ZDimensionCode]),
        results: longText.default(''),
        shortcomings: longText.default(''),
        proposals: longText.default(''),
      }),
    )
    .max(50)
    .default([]),
});
export type TReportContent = z.infer<typeof ZReportContent>;

export const ZSnapshotTask = z.object({
  taskId: z.number().int(),
  planId: z.number().int(),
  planTitle: z.string(),
  number: z.string(),
  content: z.string(),
  dimensionCodes: z.array(z.string()),
  lead: z.string().nullable(),
  dueOn: ZIsoDate.nullable(),
  status: ZTaskStatus,
  percent: z.number().int(),
  completedOn: ZIsoDate.nullable(),
});

/** Task statuses as of the end of the data window; frozen into the version at submission. */
export const ZTaskSnapshot = z.object({
  asOf: ZIsoDate,
  /** When it was taken: submission time for a frozen one, now for a draft's preview. */
  takenAt: ZTimestamp,
  counts: ZCountsByStatus,
  tasks: z.array(ZSnapshotTask),
});
export type TTaskSnapshot = z.infer<typeof ZTaskSnapshot>;

export const ZReportVersion = z.object({
  versionNo: z.number().int(),
  status: ZReportStatus,
  content: ZReportContent,
  /** Null while a draft (see the report's `preview`). */
  snapshot: ZTaskSnapshot.nullable(),
  submittedAt: ZTimestamp.nullable(),
  submittedBy: ZPersonRef.nullable(),
  reviewedAt: ZTimestamp.nullable(),
  reviewedBy: ZPersonRef.nullable(),
  reviewComment: z.string().nullable(),
});
export type TReportVersion = z.infer<typeof ZReportVersion>;

export const ZReportSummary = z.object({
  id: z.number().int(),
  regime: z.object({ id: z.number().int(), code: z.string(), name: z.string() }),
  periodKey: z.string(),
  periodLabel: z.string(),
  unit: ZUnitRef,
  agency: ZAgencyBrief.nullable(),
  level: ZReporterLevel,
  receiver: ZUnitRef,
  dueOn: ZIsoDate,
  status: ZReportStatus,
  versionNo: z.number().int(),
  firstSubmittedAt: ZTimestamp.nullable(),
  submissionState: ZSubmissionState,
  version: z.number().int(),
  updatedAt: ZTimestamp,
});
export type TReportSummary = z.infer<typeof ZReportSummary>;

export const ZReport = ZReportSummary.extend({
  period: ZReportPeriod,
  content: z.object({
    taskStatuses: z.boolean(),
    indicators: z.boolean(),
    narratives: z.array(z.enum(NARRATIVE_SECTIONS)),
  }),
  /** Indicators the unit's issued plans define (code, name, unit). */
  indicatorDefs: z.array(ZIndicatorDef.extend({ planId: z.number().int() })),
  current: ZReportVersion,
  /**
   * The return still to be answered: the last returned version while the report is
   * returned or a draft made after it; null once it is sent again. The author keeps the
   * receiver's comment in view while fixing, not only until the first save.
   */
  pendingReturn: z
    .object({
      versionNo: z.number().int(),
      comment: z.string(),
      reviewedBy: ZPersonRef.nullable(),
      reviewedAt: ZTimestamp.nullable(),
    })
    .nullable(),
  /** For a draft: the snapshot it would freeze now. For a submitted version: its frozen one. */
  preview: ZTaskSnapshot,
  canEdit: z.boolean(),
  canReview: z.boolean(),
});
export type TReport = z.infer<typeof ZReport>;

export const ZRateCounts = z.object({
  expected: z.number().int(),
  submitted: z.number().int(),
  onTime: z.number().int(),
  late: z.number().int(),
  missing: z.number().int(),
  pending: z.number().int(),
  /** submitted / expected in percent, one decimal; null when nothing is expected. */
  rate: z.number().nullable(),
});

export const ZReporterRow = z.object({
  unit: ZUnitRef,
  agency: ZAgencyBrief.nullable(),
  level: ZReporterLevel,
  /** The province it rolls up into (map). */
  province: ZUnitRef,
  dueOn: ZIsoDate,
  state: ZSubmissionState,
  firstSubmittedAt: ZTimestamp.nullable(),
  reportId: z.number().int().nullable(),
  reportStatus: ZReportStatus.nullable(),
});
