import { z } from 'zod';
import { MEASURE_IDS } from '@papi/domain';
import { MIME, ZFile, defineRoute } from './route.ts';
import { ZBodyId, ZId, ZIdParams, ZTimestamp, ZVersioned } from './common.ts';

const TAG = 'Thi đua';

// The registry's ids, from the domain: a new measure needs no second list here.
const ZMeasureId = z.enum(MEASURE_IDS);
const ZCode = z.string().trim().min(1).max(20);
const ZName = z.string().trim().min(1).max(300);
const ZPoints = z.number().min(0).max(1000);

const ZScale = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('linear'),
    from: z.number().min(0).max(100),
    to: z.number().min(0).max(100),
  }),
  z.object({
    kind: z.literal('steps'),
    steps: z
      .array(z.object({ atLeast: z.number().min(0).max(100), points: ZPoints }))
      .min(1)
      .max(20),
  }),
]);

/** A year's criteria set (see domain/emulation/criteria.ts). */
export const ZCriteriaSet = z.object({
  criteria: z
    .array(
      z.discriminatedUnion('kind', [
        z.object({
          code: ZCode,
          name: ZName,
          maxPoints: ZPoints,
          kind: z.literal('measured'),
          measure: ZMeasureId,
          scale: ZScale,
        }),
        z.object({ code: ZCode, name: ZName, maxPoints: ZPoints, kind: z.literal('manual') }),
      ]),
    )
    .min(1)
    .max(50),
  adjustments: z
    .array(
      z.discriminatedUnion('kind', [
        z.object({
          code: ZCode,
          name: ZName,
          sign: z.enum(['bonus', 'penalty']),
          maxPoints: ZPoints,
          kind: z.literal('manual'),
        }),
        z.object({
          code: ZCode,
          name: ZName,
          sign: z.enum(['bonus', 'penalty']),
          maxPoints: ZPoints,
          kind: z.literal('perMiss'),
          measure: ZMeasureId,
          pointsEach: ZPoints,
        }),
      ]),
    )
    .max(50),
  thresholds: z.object({ commend: ZPoints, note: ZPoints, criticise: ZPoints }),
});
export type TCriteriaSet = z.infer<typeof ZCriteriaSet>;

const ZYear = z.coerce.number().int().min(2000).max(2100);
const ZSubjectKind = z.enum(['agency', 'commune']);
const ZRating = z.enum(['commend', 'pass', 'note', 'criticise', 'unrated']);
const ZRunStatus = z.enum(['draft', 'approved']);

export const ZEmulationRunSummary = z.object({
  id: z.number().int(),
  version: z.number().int(),
  rowVersion: z.number().int(),
  status: ZRunStatus,
  computedAt: ZTimestamp,
  computedBy: z.string(),
  inputsHash: z.string(),
  approvedAt: ZTimestamp.nullable(),
  approvedBy: z.string().nullable(),
});

export const ZEmulationYear = z.object({
  unit: z.object({ id: z.number().int(), name: z.string() }),
  year: z.number().int(),
  criteria: ZCriteriaSet,
  /** False: the default set, not saved for this unit and year yet. */
  saved: z.boolean(),
  criteriaVersion: z.number().int(),
  council: z.array(z.object({ id: z.number().int(), fullName: z.string(), username: z.string() })),
  runs: z.array(ZEmulationRunSummary),
  rights: z.object({
    configure: z.boolean(),
    compute: z.boolean(),
    score: z.boolean(),
    editLists: z.boolean(),
    approve: z.boolean(),
  }),
});
export type TEmulationYear = z.infer<typeof ZEmulationYear>;

const ZLine = z.object({
  code: z.string(),
  name: z.string(),
  kind: z.enum(['criterion', 'bonus', 'penalty']),
  maxPoints: z.number(),
  value: z.number().nullable(),
  points: z.number().nullable(),
  explanation: z.string(),
  measure: z.string().nullable(),
  /** How many records are behind the number (the drawer lists them). */
  records: z.number().int(),
});

export const ZEmulationSubject = z.object({
  kind: ZSubjectKind,
  id: z.number().int(),
  name: z.string(),
  rank: z.number().int(),
  total: z.number(),
  base: z.number(),
  applicableMax: z.number(),
  scaled: z.number(),
  bonus: z.number(),
  penalty: z.number(),
  rating: ZRating,
  pending: z.number().int(),
  lines: z.array(ZLine),
});
export type TEmulationSubject = z.infer<typeof ZEmulationSubject>;

const ZSubjectRef = z.object({ kind: ZSubjectKind, id: ZBodyId });

export const ZEmulationRun = ZEmulationRunSummary.extend({
  unit: z.object({ id: z.number().int(), name: z.string() }),
  year: z.number().int(),
  asOf: z.string(),
  /** False: an officer sees only their own agency's or commune's row. */
  complete: z.boolean(),
  subjects: z.array(ZEmulationSubject),
  lists: z.object({ commend: z.array(ZSubjectRef), criticise: z.array(ZSubjectRef) }),
  listsEditedBy: z.string().nullable(),
});
export type TEmulationRun = z.infer<typeof ZEmulationRun>;

export const getEmulationYear = defineRoute({
  method: 'get',
  path: '/api/emulation',
  summary: 'Thi đua của một đơn vị trong một năm: bộ tiêu chí, hội đồng, các lần tính',
  tag: TAG,
  query: z.object({ unitId: ZId.optional(), year: ZYear }),
  response: ZEmulationYear,
});

export const saveEmulationCriteria = defineRoute({
  method: 'put',
  path: '/api/emulation/criteria',
  summary: 'Lưu bộ tiêu chí thi đua và thành viên hội đồng thi đua của năm',
  tag: TAG,
  body: z.object({
    unitId: ZBodyId,
    year: z.number().int().min(2000).max(2100),
    criteria: ZCriteriaSet,
    councilUserIds: z.array(ZBodyId).max(50),
    /** The criteriaVersion read (0: not saved yet). */
    version: z.number().int().min(0),
  }),
  response: ZEmulationYear,
});

export const computeEmulation = defineRoute({
  method: 'post',
  path: '/api/emulation/runs',
  summary: 'Tính điểm thi đua của năm (thay bản nháp; sau khi phê duyệt: phiên bản mới)',
  tag: TAG,
  body: z.object({ unitId: ZBodyId, year: z.number().int().min(2000).max(2100) }),
  response: ZEmulationRun,
  status: 201,
});

export const getEmulationRun = defineRoute({
  method: 'get',
  path: '/api/emulation/runs/:id',
  summary: 'Kết quả chấm điểm thi đua và xếp hạng',
  tag: TAG,
  params: ZIdParams,
  response: ZEmulationRun,
});

export const ZEmulationRecord = z.object({
  /** The criterion (or bonus/penalty) line the record counts in. */
  code: z.string(),
  kind: z.enum(['task', 'report', 'plan_obligation', 'index_element', 'feedback']),
  id: z.number().int(),
  outcome: z.enum(['on_time', 'late', 'missing']),
  title: z.string(),
  dueOn: z.string().nullable(),
  doneOn: z.string().nullable(),
  /** Web path of the record (task page, report, plan). */
  href: z.string().nullable(),
});

export const getEmulationRecords = defineRoute({
  method: 'get',
  path: '/api/emulation/runs/:id/records',
  summary: 'Hồ sơ đứng sau một điểm số (nhiệm vụ, báo cáo, kế hoạch)',
  tag: TAG,
  params: ZIdParams,
  query: z.object({
    /** "agency-12" or "commune-345": whose number (required; optional only in the schema). */
    subject: z
      .string()
      .regex(/^(agency|commune)-[1-9][0-9]{0,9}$/, 'Đối tượng có dạng agency-12 hoặc commune-345.')
      .optional(),
    /** One criterion's records; every line's when absent. */
    code: z.string().min(1).max(20).optional(),
  }),
  response: z.object({ items: z.array(ZEmulationRecord) }),
});

export const saveEmulationEntry = defineRoute({
  method: 'put',
  path: '/api/emulation/entries',
  summary: 'Hội đồng thi đua chấm một tiêu chí (kèm nhận xét)',
  tag: TAG,
  body: z.object({
    unitId: ZBodyId,
    year: z.number().int().min(2000).max(2100),
    subject: ZSubjectRef,
    code: ZCode,
    points: ZPoints,
    comment: z.string().trim().max(2000).default(''),
  }),
  response: z.object({ ok: z.literal(true) }),
});

export const saveEmulationLists = defineRoute({
  method: 'put',
  path: '/api/emulation/runs/:id/lists',
  summary: 'Sửa danh sách đề nghị khen thưởng và phê bình',
  tag: TAG,
  params: ZIdParams,
  body: ZVersioned.extend({
    commend: z.array(ZSubjectRef).max(5000),
    criticise: z.array(ZSubjectRef).max(5000),
  }),
  response: ZEmulationRun,
});

export const approveEmulationRun = defineRoute({
  method: 'post',
  path: '/api/emulation/runs/:id/approve',
  summary: 'Phê duyệt kết quả thi đua (kết quả được giữ nguyên, không tính lại)',
  tag: TAG,
  params: ZIdParams,
  body: ZVersioned,
  response: ZEmulationRun,
});

export const downloadEmulationDecision = defineRoute({
  method: 'get',
  path: '/api/emulation/runs/:id/document',
  summary: 'Dự thảo quyết định khen thưởng / thông báo kết quả thi đua kèm phụ lục (Word)',
  tag: TAG,
  params: ZIdParams,
  response: ZFile,
  produces: MIME.docx,
});
