import { z } from 'zod';
import { defineRoute, MIME, ZFile } from './route.ts';
import { ZId, ZIdParams, ZTimestamp } from './common.ts';
import { ZSurveyRun } from './surveys.contract.ts';

const TAG = 'Khảo sát';

/** The stratum whose link is meant; absent or null: the run's own link. */
const ZStratumCode = z.string().trim().min(1).max(40);

export const setSurveyPublicLink = defineRoute({
  method: 'put',
  path: '/api/survey-runs/:id/public-link',
  summary:
    'Mở hoặc đóng đường dẫn công khai (mã QR) của đợt khảo sát hoặc của một nhóm mẫu; lần mở đầu tạo mã khó đoán',
  tag: TAG,
  params: ZIdParams,
  body: z.object({ stratumCode: ZStratumCode.nullable(), open: z.boolean() }),
  response: ZSurveyRun,
});

export const downloadSurveyQr = defineRoute({
  method: 'get',
  path: '/api/survey-runs/:id/public-link/qr',
  summary: 'Mã QR của đường dẫn công khai (SVG để in, hoặc PNG)',
  tag: TAG,
  params: ZIdParams,
  query: z.object({
    stratumCode: ZStratumCode.optional(),
    format: z.enum(['svg', 'png']).default('svg'),
  }),
  response: ZFile,
  produces: MIME.svg,
});

export const ZFlaggedResponse = z.object({
  id: z.number().int(),
  stratumCode: z.string(),
  stratumName: z.string(),
  submittedAt: ZTimestamp,
  reason: z.string(),
  review: z.enum(['flagged', 'accepted', 'excluded']),
  reviewedBy: z.string().nullable(),
  /** Answers with labels; free text has phone numbers, e-mails, ids and names masked. */
  answers: z.array(z.object({ question: z.string(), label: z.string(), value: z.string() })),
});
export type TFlaggedResponse = z.infer<typeof ZFlaggedResponse>;

export const listSurveyFlagged = defineRoute({
  method: 'get',
  path: '/api/survey-runs/:id/flagged',
  summary: 'Phiếu công khai bị đánh dấu nghi vấn (gửi dồn dập) và kết quả xem xét',
  tag: TAG,
  params: ZIdParams,
  response: z.object({ items: z.array(ZFlaggedResponse) }),
});

export const reviewSurveyResponse = defineRoute({
  method: 'post',
  path: '/api/survey-runs/:id/responses/:responseId/review',
  summary: 'Xem xét phiếu bị đánh dấu: nhận (tính điểm) hoặc loại (không tính điểm, vẫn lưu)',
  tag: TAG,
  params: z.object({ id: ZId, responseId: ZId }),
  body: z.object({ decision: z.enum(['accepted', 'excluded']) }),
  response: ZFlaggedResponse,
});
