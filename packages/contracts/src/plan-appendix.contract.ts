import { z } from 'zod';
import { APPENDIX_COLUMN_FIELDS } from '@papi/domain';
import { defineRoute, MIME, ZFile } from './route.ts';
import { checkedWhole, ZBodyId, ZIdParams, ZVersioned } from './common.ts';
import { IMPORT_MAX_BODY_BYTES, ZImportIssue } from './index-import.contract.ts';
import { ZDeadline, ZDimensionCode, ZPlanDetail, ZPlanIssue } from './plans.schemas.ts';

const TAG = 'Kế hoạch: phụ lục Excel';
const list = <T extends z.ZodType>(item: T) => z.array(item).max(10);

/** Task fields an appendix column can fill. */
export const APPENDIX_FIELDS = APPENDIX_COLUMN_FIELDS;
export const ZAppendixField = z.enum(APPENDIX_FIELDS);
export type TAppendixField = z.infer<typeof ZAppendixField>;

/** Field → column letter ("B"); a field left out is not read. */
export const ZAppendixMapping = z.partialRecord(
  ZAppendixField,
  z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{1,3}$/, 'Cột phải là chữ cái như A, B, AA.')
    .nullable(),
);
export type TAppendixMapping = z.infer<typeof ZAppendixMapping>;

export const downloadPlanAppendix = defineRoute({
  method: 'get',
  path: '/api/plans/:id/appendix',
  summary: 'Tải phụ lục nhiệm vụ của kế hoạch (XLSX, nhóm theo lĩnh vực)',
  tag: TAG,
  params: ZIdParams,
  response: ZFile,
  produces: MIME.xlsx,
});

const fileFields = {
  filename: z.string().trim().min(1).max(255),
  /** The file's bytes in base64 (a `data:…;base64,` prefix is accepted). CSV UTF-8 or XLSX. */
  contentBase64: z.string().min(1),
  /** Header row (1-based); detected when absent. */
  headerRow: z.number().int().min(1).max(100).optional(),
  /** Column mapping; suggested from the headers when absent. */
  mapping: checkedWhole(ZAppendixMapping).optional(),
  /** The user's dimension link per file row ("12" → ["D7"]), replacing what was read. */
  links: checkedWhole(
    z.record(z.string().regex(/^\d{1,6}$/, 'Khóa là số dòng của tệp.'), list(ZDimensionCode)),
  ).optional(),
};

export const ZAppendixPreviewBody = z.object({
  ...fileFields,
  /** How the commit will save, so the plan check sees the same plan (default replace). */
  mode: z.enum(['replace', 'append']).optional(),
});

export const ZAppendixRow = z.object({
  /** Row number in the file. */
  row: z.number().int(),
  /** A heading of the appendix (Roman, numbered, lettered or unnumbered), not a task. */
  group: z.boolean(),
  /** A heading's key in the preview ("r12"); tasks name theirs in parentKey. */
  key: z.string().nullable(),
  /** 1 = top level. */
  level: z.number().int(),
  parentKey: z.string().nullable(),
  /** Why the row has its dimension codes: a column, a name, its place in a list, its heading. */
  link: z.object({
    codes: z.array(z.string()),
    by: z.enum(['column', 'number', 'name', 'heading', 'user']).nullable(),
    reason: z.string().nullable(),
  }),
  /** Blank cells filled from the heading above. */
  inherited: z.array(z.enum(['lead', 'deadline'])),
  /** What the reading did with the row (a lead cell split into lead and cooperating). */
  notes: z.array(z.string()),
  number: z.string(),
  title: z.string().nullable(),
  content: z.string(),
  dimensionCodes: z.array(z.string()),
  lead: z.string().nullable(),
  /** The catalogue agency the lead name matched, if any. */
  leadAgencyId: z.number().int().nullable(),
  cooperating: z.array(z.object({ name: z.string(), agencyId: z.number().int().nullable() })),
  deadlineText: z.string().nullable(),
  deadline: ZDeadline.nullable(),
  expectedResult: z.string().nullable(),
  budget: z.number().nullable(),
  budgetSource: z.string().nullable(),
});

export const ZAppendixPreview = z.object({
  format: z.enum(['csv', 'xlsx']),
  headerRow: z.number().int(),
  columns: z.array(
    z.object({ letter: z.string(), header: z.string(), samples: z.array(z.string()) }),
  ),
  /** The mapping used: the one sent, or the one suggested from the headers. */
  mapping: checkedWhole(ZAppendixMapping),
  rows: z.array(ZAppendixRow),
  /** Tasks (not group rows) that would be saved. */
  tasks: z.number().int(),
  issues: z.array(ZImportIssue),
  errors: z.number().int(),
  warnings: z.number().int(),
  /**
   * Names that are no single agency but a collective the server reads ("UBND các xã,
   * phường"): saved as a group with the suggested members, unless mapped in agencyMap.
   */
  groups: z.array(
    z.object({
      name: z.string(),
      rows: z.array(z.number().int()),
      members: z.number().int(),
      /** Why it has no members ("không còn cấp huyện từ 01/07/2025 …"), or null. */
      note: z.string().nullable(),
    }),
  ),
  /** Agency names matching no agency of the plan's unit: map each or ask to create it. */
  unknownAgencies: z.array(
    z.object({
      name: z.string(),
      rows: z.array(z.number().int()),
      /** Close catalogue names (or a merged department's successor), best first. */
      suggestions: z.array(z.object({ id: z.number().int(), name: z.string() })),
      /** The suggestion strong enough to choose for the user; null leaves it unchosen. */
      preselect: z.number().int().nullable(),
      /** Why that suggestion, or why none is chosen. */
      reason: z.string().nullable(),
    }),
  ),
  /**
   * The plan's own validation (the one submit and issuing run) on the plan as it would be
   * saved; row is the file row of the task a finding names.
   */
  planIssues: z.array(ZPlanIssue.extend({ row: z.number().int().nullable() })),
  /**
   * Errors and warnings of planIssues. They do not block the import (they are fixed in the
   * editor) but count in the preview's summary, which must agree with the lists it shows.
   */
  planErrors: z.number().int(),
  planWarnings: z.number().int(),
  /** Dimensions and sub-dimensions of the plan year's edition, to change a link. */
  dimensions: z.array(z.object({ code: z.string(), name: z.string() })),
});
export type TAppendixPreview = z.infer<typeof ZAppendixPreview>;

export const previewPlanAppendixImport = defineRoute({
  method: 'post',
  path: '/api/plans/:id/appendix/import/preview',
  summary:
    'Đọc phụ lục nhiệm vụ từ tệp (XLSX/CSV): dòng tiêu đề, ghép cột, từng dòng, lỗi theo dòng và cột, cơ quan chưa có',
  tag: TAG,
  params: ZIdParams,
  body: ZAppendixPreviewBody,
  response: ZAppendixPreview,
  maxBodyBytes: IMPORT_MAX_BODY_BYTES,
});

export const ZAppendixCommitBody = ZVersioned.extend({
  ...fileFields,
  mapping: checkedWhole(ZAppendixMapping),
  /** Unknown agency name (as in the file) → an existing agency id, or create it in the plan's unit. */
  agencyMap: checkedWhole(
    z.record(z.string().max(1000), z.union([ZBodyId, z.literal('create')])),
  ).default({}),
  /** replace: the file becomes the appendix; append: its tasks go after the existing ones. */
  mode: z.enum(['replace', 'append']),
});

export const ZAppendixImportResult = z.object({
  imported: z.number().int(),
  createdAgencies: z.array(z.object({ id: z.number().int(), name: z.string() })),
  plan: ZPlanDetail,
});

export const commitPlanAppendixImport = defineRoute({
  method: 'post',
  path: '/api/plans/:id/appendix/import',
  summary:
    'Lưu phụ lục từ tệp vào dự thảo (thay thế hoặc thêm vào), chỉ khi không còn lỗi; tạo các cơ quan được yêu cầu',
  tag: TAG,
  params: ZIdParams,
  body: ZAppendixCommitBody,
  response: ZAppendixImportResult,
  status: 201,
  maxBodyBytes: IMPORT_MAX_BODY_BYTES,
});
