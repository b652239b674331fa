import { z } from 'zod';
import { defineRoute, MIME, ZFile } from './route.ts';
import { ZBodyId, ZId, ZIdParams, ZIsoDate, ZTimestamp } from './common.ts';
import { ZAnswerValue, ZScoreRow, ZSurveyInstrument } from './surveys.schemas.ts';
import { IMPORT_MAX_BODY_BYTES } from './index-import.contract.ts';

const TAG = 'Khảo sát';

export const ZInstrumentSummary = z.object({
  id: z.number().int(),
  code: z.string(),
  titleVi: z.string(),
  /** Latest published version; null while only a draft exists. */
  latestVersion: z.number().int().nullable(),
  /** The draft differs from the latest published version (or nothing is published yet). */
  draftChanged: z.boolean(),
  updatedAt: ZTimestamp,
  version: z.number().int(),
});

export const ZInstrumentDetail = ZInstrumentSummary.extend({
  draft: ZSurveyInstrument,
  versions: z.array(
    z.object({
      id: z.number().int(),
      version: z.number().int(),
      publishedAt: ZTimestamp,
      publishedBy: z.string(),
    }),
  ),
});
export type TInstrumentDetail = z.infer<typeof ZInstrumentDetail>;

export const listSurveyInstruments = defineRoute({
  method: 'get',
  path: '/api/survey-instruments',
  summary: 'Các bộ câu hỏi khảo sát của hệ thống',
  tag: TAG,
  response: z.object({ items: z.array(ZInstrumentSummary) }),
});

export const createSurveyInstrument = defineRoute({
  method: 'post',
  path: '/api/survey-instruments',
  summary: 'Tạo bộ câu hỏi (bản nháp)',
  tag: TAG,
  body: z.object({ document: ZSurveyInstrument }),
  response: ZInstrumentDetail,
  status: 201,
});

export const getSurveyInstrument = defineRoute({
  method: 'get',
  path: '/api/survey-instruments/:id',
  summary: 'Một bộ câu hỏi: bản nháp và các phiên bản đã ban hành',
  tag: TAG,
  params: ZIdParams,
  response: ZInstrumentDetail,
});

export const updateSurveyInstrument = defineRoute({
  method: 'put',
  path: '/api/survey-instruments/:id',
  summary: 'Sửa bản nháp (phiên bản đã ban hành không đổi)',
  tag: TAG,
  params: ZIdParams,
  body: z.object({ version: z.number().int().min(1), document: ZSurveyInstrument }),
  response: ZInstrumentDetail,
});

export const publishSurveyInstrument = defineRoute({
  method: 'post',
  path: '/api/survey-instruments/:id/publish',
  summary: 'Ban hành bản nháp thành phiên bản mới (không sửa được nữa)',
  tag: TAG,
  params: ZIdParams,
  body: z.object({ version: z.number().int().min(1) }),
  response: ZInstrumentDetail,
  status: 201,
});

export const getSurveyInstrumentVersion = defineRoute({
  method: 'get',
  path: '/api/survey-instruments/:id/versions/:version',
  summary: 'Nội dung một phiên bản đã ban hành',
  tag: TAG,
  params: z.object({ id: ZId, version: ZId }),
  response: z.object({
    id: z.number().int(),
    version: z.number().int(),
    document: ZSurveyInstrument,
  }),
});

export const importSurveyXlsForm = defineRoute({
  method: 'post',
  path: '/api/survey-instruments/xlsform',
  summary:
    'Nhập bộ câu hỏi từ tệp XLSForm (KoboToolbox, ODK): tạo bản nháp mới hoặc thay bản nháp của bộ đã có',
  tag: TAG,
  body: z.object({
    filename: z.string().trim().min(1).max(255),
    contentBase64: z.string().min(1),
    /** Replace this instrument's draft instead of creating one. */
    instrumentId: ZBodyId.optional(),
    /** With instrumentId: the draft version read. */
    version: z.number().int().min(1).optional(),
  }),
  response: ZInstrumentDetail,
  status: 201,
  maxBodyBytes: IMPORT_MAX_BODY_BYTES,
});

export const exportSurveyXlsForm = defineRoute({
  method: 'get',
  path: '/api/survey-instruments/:id/xlsform',
  summary:
    'Tải bộ câu hỏi dạng XLSForm (KoboToolbox, ODK); mặc định phiên bản mới nhất, hoặc bản nháp',
  tag: TAG,
  params: ZIdParams,
  query: z.object({ version: ZId.optional() }),
  response: ZFile,
  produces: MIME.xlsx,
});

export const ZStratumQuota = z.object({
  /** A single-choice question of the instrument (sex, age group…). */
  question: z.string().trim().min(1).max(64),
  /** One of its choice values. */
  value: z.string().trim().min(1).max(64),
  target: z.number().int().min(0).max(100000),
});

const ZStratum = z.object({
  code: z.string().trim().min(1).max(40),
  name: z.string().trim().min(1).max(200),
  /** The commune/ward the stratum is (null: a service point or other group). */
  unitId: ZBodyId.nullable(),
  target: z.number().int().min(0).max(100000),
  /** People in the stratum, for design weights; null: unknown (equal weights). */
  population: z.number().int().min(1).max(100_000_000).nullable(),
  /** Optional quotas (respondents per category); none by default. */
  quotas: z.array(ZStratumQuota).max(100).default([]),
});

/** A public link (/khao-sat/<token>): made on first opening, then opened and closed. */
export const ZPublicLink = z.object({
  token: z.string().nullable(),
  open: z.boolean(),
  /** /khao-sat/<token>: the QR code carries PUBLIC_URL + this path. */
  path: z.string().nullable(),
});
export type TPublicLink = z.infer<typeof ZPublicLink>;

export const ZSurveyRun = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  name: z.string(),
  instrumentId: z.number().int(),
  instrumentTitle: z.string(),
  instrumentVersion: z.number().int(),
  startsOn: ZIsoDate,
  endsOn: ZIsoDate,
  status: z.enum(['draft', 'open', 'closed']),
  strata: z.array(
    ZStratum.extend({
      id: z.number().int(),
      /** Responses counted in the scores (not flagged awaiting review, not excluded). */
      responses: z.number().int(),
      publicLink: ZPublicLink,
    }),
  ),
  responses: z.number().int(),
  /** Public responses flagged as a suspicious burst and not yet reviewed (not counted). */
  flagged: z.number().int(),
  publicLink: ZPublicLink,
  version: z.number().int(),
});
export type TSurveyRun = z.infer<typeof ZSurveyRun>;

const ZRunBody = z.object({
  name: z.string().trim().min(1).max(300),
  startsOn: ZIsoDate,
  endsOn: ZIsoDate,
  status: z.enum(['draft', 'open', 'closed']),
  strata: z.array(ZStratum).min(1).max(2000),
});

export const listSurveyRuns = defineRoute({
  method: 'get',
  path: '/api/survey-runs',
  summary: 'Các đợt khảo sát của một đơn vị và cấp dưới (mặc định: đơn vị của mình)',
  tag: TAG,
  query: z.object({ unitId: ZId.optional() }),
  response: z.object({ items: z.array(ZSurveyRun) }),
});

export const createSurveyRun = defineRoute({
  method: 'post',
  path: '/api/survey-runs',
  summary:
    'Tạo đợt khảo sát: phiên bản bộ câu hỏi, thời gian, các nhóm mẫu (xã/phường), chỉ tiêu, dân số',
  tag: TAG,
  body: ZRunBody.extend({ unitId: ZBodyId, instrumentVersionId: ZBodyId }),
  response: ZSurveyRun,
  status: 201,
});

export const getSurveyRun = defineRoute({
  method: 'get',
  path: '/api/survey-runs/:id',
  summary: 'Một đợt khảo sát và số phiếu theo nhóm mẫu',
  tag: TAG,
  params: ZIdParams,
  response: ZSurveyRun,
});

export const updateSurveyRun = defineRoute({
  method: 'put',
  path: '/api/survey-runs/:id',
  summary:
    'Sửa đợt khảo sát (tên, thời gian, trạng thái, nhóm mẫu; nhóm đã có phiếu không xoá được)',
  tag: TAG,
  params: ZIdParams,
  body: ZRunBody.extend({ version: z.number().int().min(1) }),
  response: ZSurveyRun,
});

export const submitSurveyResponse = defineRoute({
  method: 'post',
  path: '/api/survey-runs/:id/responses',
  summary: 'Gửi một phiếu trả lời (điều tra viên); gửi lại cùng mã phiếu không tạo bản trùng',
  tag: TAG,
  params: ZIdParams,
  body: z.object({
    /** Made on the device (UUID): a retried sync finds the stored response instead of adding one. */
    clientId: z.uuid(),
    stratumCode: z.string().trim().min(1).max(40),
    answers: z.record(z.string().max(64), ZAnswerValue),
  }),
  response: z.object({ id: z.number().int(), clientId: z.string(), duplicate: z.boolean() }),
  status: 201,
});

export const ZStratumScores = z.object({
  stratum: z.string(),
  name: z.string(),
  respondents: z.number().int(),
  rows: z.array(ZScoreRow),
});

export const getSurveyRunScores = defineRoute({
  method: 'get',
  path: '/api/survey-runs/:id/scores',
  summary: 'Điểm của đợt khảo sát theo nhóm mẫu và toàn đơn vị, khoảng tin cậy 95%',
  tag: TAG,
  params: ZIdParams,
  response: z.object({
    scale: z.object({ min: z.number(), max: z.number() }),
    /** Every respondent weighs the same (population figures missing): shown as a warning. */
    equalWeights: z.boolean(),
    method: z.string(),
    overall: ZStratumScores,
    strata: z.array(ZStratumScores),
  }),
});
