import { z } from 'zod';
import { DEADLINE_EVENTS, PLAN_STATUSES, RECURRING_EVERY } from '@papi/domain';
import { ZBodyId, ZIsoDate, ZTimestamp, ZUnitRef } from './common.ts';

const text = (max: number) => z.string().trim().max(max);
const line = text(1000);
const para = text(20_000);
const list = <T extends z.ZodType>(item: T, max = 200) => z.array(item).max(max);

export const ZPlanStatus = z.enum(PLAN_STATUSES);
/**
 * A plan type's code. Types are data (shipped ones plus an installation's own, added through
 * the plan-type overrides), so the contract checks the shape only and the server checks the
 * code against the types in force.
 */
export const ZPlanType = z
  .string()
  .trim()
  .regex(
    /^[a-z][a-z0-9_]{1,39}$/,
    'Mã loại kế hoạch chỉ gồm chữ thường, số và dấu _ (2–40 ký tự).',
  );
export const ZPlanYear = z.number().int().min(2000).max(2100);

export const ZDeadline = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('date'), date: ZIsoDate, label: line.optional() }),
  z.object({
    kind: z.literal('recurring'),
    every: z.enum(RECURRING_EVERY),
    label: line.optional(),
  }),
  z.object({
    kind: z.literal('relative'),
    days: z.number().int().min(0).max(3650),
    after: z.enum(DEADLINE_EVENTS),
    label: line.optional(),
  }),
]);

/** An agency of the catalogue (id as text) or a collective as written ("UBND các xã"). */
export const ZAgencyRef = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('agency'), id: text(20).min(1), name: line.min(1) }),
  z.object({ kind: z.literal('group'), label: line.min(1), memberIds: list(text(20)) }),
]);

export const ZDimensionCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^D\d{1,2}(\.\d{1,2})?$/, 'Mã lĩnh vực phải có dạng D1 hoặc D1.2');

export const ZTextBlock: z.ZodType<{
  number: string | null;
  heading: string | null;
  paragraphs: string[];
  children: unknown[];
}> = z.lazy(() =>
  z.object({
    number: text(20).nullable(),
    heading: line.nullable(),
    paragraphs: list(para),
    children: list(ZTextBlock, 50),
  }),
);

export const ZResponsibility: z.ZodType<{
  number: string;
  heading: string;
  agencies: z.infer<typeof ZAgencyRef>[];
  request: boolean;
  paragraphs: string[];
  children: unknown[];
}> = z.lazy(() =>
  z.object({
    number: text(20),
    heading: line,
    agencies: list(ZAgencyRef),
    request: z.boolean(),
    paragraphs: list(para),
    children: list(ZResponsibility, 50),
  }),
);

/** The document's parts other than the tasks; each defaults to empty. Unknown keys: 400. */
export const ZPlanBody = z.strictObject({
  header: z
    .object({ parentBody: line.nullable(), issuingBody: line.nullable() })
    .default({ parentBody: null, issuingBody: null }),
  place: line.nullable().default(null),
  dateAsWritten: line.nullable().default(null),
  bases: list(
    z.object({
      text: para,
      docKind: line.nullable(),
      documentNumber: line.nullable(),
      date: ZIsoDate.nullable(),
      issuer: line.nullable(),
      implementsParent: z.boolean(),
      parentPlanId: text(40).nullable(),
    }),
  ).default([]),
  preamble: para.nullable().default(null),
  purpose: list(para).default([]),
  requirements: list(para).default([]),
  sections: list(
    z.object({
      numeral: text(20),
      heading: line,
      role: z.enum(['purpose', 'tasks', 'organisation', 'free']),
      note: line.nullable(),
      blocks: list(ZTextBlock),
    }),
    50,
  ).default([]),
  /**
   * The appendix's own headings, in document order (Roman sections, numbered and lettered
   * items). `key` is what tasks name in `groupKey`; `parentKey` nests a heading under another;
   * `lead`/`deadline` are the wording a heading carries for the items under it. Plans saved
   * before headings had keys list only number, heading and dimensions.
   */
  taskGroups: list(
    z.object({
      key: text(40).min(1).optional(),
      number: text(20),
      heading: line,
      dimensionCodes: list(ZDimensionCode, 50),
      level: z.number().int().min(1).max(6).optional(),
      parentKey: text(40).nullable().optional(),
      lead: line.nullable().optional(),
      deadline: line.nullable().optional(),
    }),
    2000,
  ).default([]),
  responsibilities: list(ZResponsibility).default([]),
  reporting: list(z.object({ label: line, by: line, to: line, deadline: ZDeadline })).default([]),
  obligations: list(
    z.object({
      id: text(40),
      addressees: line,
      unitIds: list(text(20), 1000),
      /** Sở/ban/ngành obliged in their own name (agency ids), beside or instead of units. */
      agencyIds: list(text(20), 1000).default([]),
      deadline: ZDeadline,
    }),
  ).default([]),
  closing: para.nullable().default(null),
  recipients: z
    .object({
      lines: list(line),
      archive: z
        .object({
          holders: list(text(100), 50),
          copies: z.number().int().min(0).max(100_000).nullable(),
        })
        .nullable(),
    })
    .default({ lines: [], archive: null }),
  signer: z
    .object({
      onBehalfOf: line.nullable(),
      authority: z.enum(['KT', 'Q', 'TL', 'TUQ']).nullable(),
      headTitle: line.nullable(),
      position: line,
      name: line,
      userId: text(20).nullable(),
    })
    .nullable()
    .default(null),
});
export type TPlanBody = z.infer<typeof ZPlanBody>;

/** A shape check first, so a wrong value is reported on "period" itself. */
export const ZPlanPeriod = z
  .custom<unknown>(
    (v) => typeof v === 'object' && v !== null && 'from' in v && 'to' in v,
    'Thời gian thực hiện cần ngày bắt đầu (from) và ngày kết thúc (to).',
  )
  .pipe(z.object({ from: ZIsoDate, to: ZIsoDate }))
  .refine((p) => p.from <= p.to, 'Ngày bắt đầu phải trước ngày kết thúc.');

export const ZPlanTaskInput = z.object({
  /** The id of a task of this plan being kept (edited or moved); absent for a new row. */
  id: ZBodyId.optional(),
  number: text(20).min(1),
  title: line.nullable().optional(),
  content: para,
  dimensionCodes: list(ZDimensionCode, 50).default([]),
  lead: ZAgencyRef.nullable().default(null),
  cooperating: list(ZAgencyRef).default([]),
  deadline: ZDeadline.nullable().default(null),
  expectedResult: para.nullable().optional(),
  budget: z.number().min(0).max(1e15).nullable().optional(),
  budgetSource: line.nullable().optional(),
  parentTaskId: ZBodyId.nullable().optional(),
  /** The library solution the task was inserted from; kept from the stored row when absent. */
  solutionId: ZBodyId.nullable().optional(),
  /** The appendix heading (body.taskGroups[].key) it sits under; kept when absent. */
  groupKey: text(40).nullable().optional(),
});

export const ZPlanTask = z.object({
  id: z.number().int(),
  position: z.number().int(),
  number: z.string(),
  title: z.string().nullable(),
  content: z.string(),
  dimensionCodes: z.array(z.string()),
  lead: ZAgencyRef.nullable(),
  cooperating: z.array(ZAgencyRef),
  deadline: ZDeadline.nullable(),
  expectedResult: z.string().nullable(),
  budget: z.number().nullable(),
  budgetSource: z.string().nullable(),
  parentTaskId: z.number().int().nullable(),
  solutionId: z.number().int().nullable(),
  groupKey: z.string().nullable().optional(),
});
export type TPlanTask = z.infer<typeof ZPlanTask>;

export const ZPlanSummary = z.object({
  id: z.number().int(),
  unit: ZUnitRef,
  /** The sở/ban/ngành issuing the plan in its own name; null: the unit's People's Committee. */
  agencyId: z.number().int().nullable(),
  planType: z.string(),
  status: ZPlanStatus,
  versionNo: z.number().int(),
  amendsPlanId: z.number().int().nullable(),
  parentPlanId: z.number().int().nullable(),
  number: z.number().int().nullable(),
  symbol: z.string(),
  /** "426/KH-UBND", or "/KH-UBND" before issuance. */
  documentNumber: z.string(),
  issuedOn: z.string().nullable(),
  year: z.number().int(),
  title: z.string(),
  period: z.object({ from: z.string(), to: z.string() }),
  createdBy: z.string().nullable(),
  version: z.number().int(),
  updatedAt: ZTimestamp,
});
export type TPlanSummary = z.infer<typeof ZPlanSummary>;

export const ZPlanIssue = z.object({
  severity: z.enum(['error', 'warning']),
  rule: z.string(),
  taskNumber: z.string().nullable(),
  field: z.string().nullable(),
  message: z.string(),
});

/** Why the leader returned the draft, shown to its author until it is submitted again. */
export const ZPlanReturn = z.object({
  reason: z.string(),
  /** The leader's name. */
  by: z.string().nullable(),
  at: ZTimestamp.nullable(),
});
export type TPlanReturn = z.infer<typeof ZPlanReturn>;

/** A rule of the plan type this plan is excused from; printed nowhere, kept in the audit. */
export const ZPlanWaiver = z.object({
  rule: z.string(),
  reason: z.string(),
  /** Who waived it (name). */
  by: z.string(),
  at: ZTimestamp,
});
export type TPlanWaiver = z.infer<typeof ZPlanWaiver>;

export const ZPlanDetail = ZPlanSummary.extend({
  body: ZPlanBody,
  returned: ZPlanReturn.nullable(),
  waivers: z.array(ZPlanWaiver),
  tasks: z.array(ZPlanTask),
  /** Live check against the plan type, the index edition of its year and the agencies. */
  issues: z.array(ZPlanIssue),
  /** Workflow actions the caller may take now. */
  actions: z.array(z.enum(['submit', 'withdraw', 'return', 'issue', 'close', 'amend'])),
});
export type TPlanDetail = z.infer<typeof ZPlanDetail>;
