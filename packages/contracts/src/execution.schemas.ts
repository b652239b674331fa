import { z } from 'zod';
import { TASK_STATUSES } from '@papi/domain';
import { ZBodyId, ZIsoDate, ZTimestamp, ZUnitRef } from './common.ts';
import { ZAgencyRef, ZDeadline } from './plans.schemas.ts';

export const ZTaskStatus = z.enum(TASK_STATUSES);
/** A list filter: one status, or every status that still needs work. */
export const ZTaskStatusFilter = z.enum([...TASK_STATUSES, 'open']);

export const ZPersonRef = z.object({ id: z.number().int(), fullName: z.string() });
export const ZAgencyBrief = z.object({ id: z.number().int(), name: z.string() });

/** A task of an issued plan with its live state (status derived from dates, never stored). */
export const ZTaskSummary = z.object({
  id: z.number().int(),
  plan: z.object({
    id: z.number().int(),
    title: z.string(),
    documentNumber: z.string(),
    unit: ZUnitRef,
  }),
  /** The unit responsible: the lead agency's unit, else the plan's. */
  unit: ZUnitRef,
  number: z.string(),
  title: z.string().nullable(),
  content: z.string(),
  dimensionCodes: z.array(z.string()),
  lead: ZAgencyRef.nullable(),
  cooperating: z.array(ZAgencyRef),
  deadline: ZDeadline.nullable(),
  /** As the plan writes it ("Quý III/2026", "Thường xuyên"). */
  deadlineLabel: z.string(),
  /** Final due date after the working-day shift; null while a relative deadline waits. */
  dueOn: ZIsoDate.nullable(),
  /** Next occurrence of recurring work on or after today; else dueOn. */
  nextDueOn: ZIsoDate.nullable(),
  pendingEvent: z.string().nullable(),
  status: ZTaskStatus,
  percent: z.number().int().min(0).max(100),
  completedOn: ZIsoDate.nullable(),
  cancelReason: z.string().nullable(),
  lastUpdateAt: ZTimestamp.nullable(),
});
export type TTaskSummary = z.infer<typeof ZTaskSummary>;

export const ZTaskDetail = ZTaskSummary.extend({
  expectedResult: z.string().nullable(),
  /** The task state's optimistic-concurrency counter: updates and cancellation name it. */
  version: z.number().int(),
  /** The caller's agency leads it: may record progress, completion, cancellation. */
  canUpdate: z.boolean(),
  /** The caller's agency cooperates: may add contributions. */
  canContribute: z.boolean(),
});
export type TTaskDetail = z.infer<typeof ZTaskDetail>;

export const ZEvidence = z.object({
  id: z.number().int(),
  originalName: z.string(),
  /** Detected from the content, never taken from the browser. */
  mime: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  uploadedBy: ZPersonRef,
  uploadedAt: ZTimestamp,
  taskId: z.number().int().nullable(),
  progressId: z.number().int().nullable(),
  reportId: z.number().int().nullable(),
  /** The uploader, while the file is not part of a submitted report. */
  canDelete: z.boolean(),
});
export type TEvidence = z.infer<typeof ZEvidence>;

export const PROGRESS_KINDS = ['update', 'contribution', 'cancel'] as const;

export const ZProgressEntry = z.object({
  id: z.number().int(),
  taskId: z.number().int(),
  kind: z.enum(PROGRESS_KINDS),
  agency: ZAgencyBrief.nullable(),
  user: ZPersonRef,
  /** The day the update speaks for. */
  reportedOn: ZIsoDate,
  /** Status the task had right after this entry (derived on that day). */
  status: ZTaskStatus,
  percent: z.number().int().nullable(),
  note: z.string(),
  completedOn: ZIsoDate.nullable(),
  cancelReason: z.string().nullable(),
  createdAt: ZTimestamp,
  evidence: z.array(ZEvidence),
});
export type TProgressEntry = z.infer<typeof ZProgressEntry>;

const note = z.string().trim().max(10_000);
const evidenceIds = z.array(ZBodyId).max(50).default([]);

export const ZProgressInput = z.object({
  version: z.number().int().min(1).max(2_147_483_647),
  reportedOn: ZIsoDate,
  percent: z.number().int().min(0, 'Tỷ lệ từ 0 đến 100.').max(100, 'Tỷ lệ từ 0 đến 100.'),
  note: note.min(1, 'Vui lòng nhập nội dung cập nhật.'),
  /** Set when the work is finished (percent becomes 100); null reopens a completed task. */
  completedOn: ZIsoDate.nullable().default(null),
  /** Files uploaded beforehand for this task, attached to this update. */
  evidenceIds,
});

export const ZContributionInput = z.object({
  reportedOn: ZIsoDate,
  note: note.min(1, 'Vui lòng nhập nội dung phối hợp.'),
  evidenceIds,
});

export const ZCancelInput = z.object({
  version: z.number().int().min(1).max(2_147_483_647),
  reason: z.string().trim().min(1, 'Vui lòng nêu lý do hủy nhiệm vụ.').max(2000),
});

export const ZCountsByStatus = z.object(
  Object.fromEntries(TASK_STATUSES.map((s) => [s, z.number().int()])) as Record<
    (typeof TASK_STATUSES)[number],
    z.ZodNumber
  >,
);
