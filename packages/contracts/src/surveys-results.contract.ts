import { z } from 'zod';
import { defineRoute, MIME, ZFile } from './route.ts';
import { ZId, ZIdParams, ZIsoDate, ZTimestamp } from './common.ts';

/** Comparisons, plan suggestions, downloads and the retention of a run's raw answers. */
const TAG = 'Khảo sát: kết quả';

const ZPoint = z.object({
  score: z.number(),
  low: z.number(),
  high: z.number(),
  n: z.number().int(),
});

/** Welch's t test of a − b for two independent samples (see domain surveys/compare.ts). */
export const ZDifference = z.object({
  difference: z.number(),
  low: z.number(),
  high: z.number(),
  df: z.number(),
  t: z.number(),
  /** different: test significant and intervals apart; test_only: significant, intervals overlap. */
  verdict: z.enum(['different', 'test_only', 'not_different']),
});

export const ZCompareRow = z.object({
  key: z.string(),
  label: z.string(),
  parent: z.string().nullable(),
  /** null: "chưa đủ mẫu" (or the element is missing on that side). */
  a: ZPoint.nullable(),
  b: ZPoint.nullable(),
  difference: ZDifference.nullable(),
});
export type TCompareRow = z.infer<typeof ZCompareRow>;

const ZRunRef = z.object({
  id: z.number().int(),
  name: z.string(),
  startsOn: ZIsoDate,
  endsOn: ZIsoDate,
});

export const getSurveyRunComparison = defineRoute({
  method: 'get',
  path: '/api/survey-runs/:id/comparison',
  summary:
    'So sánh: hai nhóm mẫu (kiểm định chênh lệch), với đợt trước của cùng bộ câu hỏi, bên cạnh điểm PAPI chính thức',
  tag: TAG,
  params: ZIdParams,
  query: z.object({
    a: z.string().trim().min(1).max(40).optional(),
    b: z.string().trim().min(1).max(40).optional(),
  }),
  response: z.object({
    scale: z.object({ min: z.number(), max: z.number() }),
    method: z.string(),
    /** With a and b: stratum a against stratum b, per element. */
    strata: z
      .object({
        a: z.object({ code: z.string(), name: z.string() }),
        b: z.object({ code: z.string(), name: z.string() }),
        rows: z.array(ZCompareRow),
      })
      .nullable(),
    /** The whole unit now (a) against the latest earlier run of the instrument in the unit (b). */
    previous: z.object({ run: ZRunRef, rows: z.array(ZCompareRow) }).nullable(),
    /** The province's official PAPI dimension scores beside this local survey's. */
    official: z
      .object({
        index: z.string(),
        year: z.number().int(),
        unitName: z.string(),
        rows: z.array(
          z.object({
            code: z.string(),
            label: z.string(),
            survey: ZPoint.nullable(),
            official: z.number().nullable(),
          }),
        ),
      })
      .nullable(),
  }),
});

export const ZSurveySuggestion = z.object({
  runId: z.number().int(),
  /** "Khảo sát PAPI cấp xã 2026 (01/03/2026 – 30/04/2026)": the run it comes from. */
  runLabel: z.string(),
  stratumName: z.string(),
  /** Sub-dimension code ("D3.2"), as the solution library files solutions. */
  code: z.string(),
  label: z.string(),
  score: z.number(),
  low: z.number(),
  high: z.number(),
  n: z.number().int(),
  scale: z.object({ min: z.number(), max: z.number() }),
});
export type TSurveySuggestion = z.infer<typeof ZSurveySuggestion>;

export const listSurveySuggestions = defineRoute({
  method: 'get',
  path: '/api/survey-suggestions',
  summary:
    'Các lĩnh vực con yếu nhất của một xã/đơn vị theo đợt khảo sát gần nhất (gợi ý khi soạn kế hoạch)',
  tag: TAG,
  query: z.object({ unitId: ZId }),
  response: z.object({ items: z.array(ZSurveySuggestion) }),
});

export const downloadSurveyReport = defineRoute({
  method: 'get',
  path: '/api/survey-runs/:id/report',
  summary: 'Báo cáo kết quả khảo sát (Word, thể thức Nghị định 30/2020/NĐ-CP)',
  tag: TAG,
  params: ZIdParams,
  response: ZFile,
  produces: MIME.docx,
});

export const downloadSurveyScores = defineRoute({
  method: 'get',
  path: '/api/survey-runs/:id/scores-workbook',
  summary: 'Điểm theo nhóm mẫu và toàn đơn vị, khoảng tin cậy và số câu trả lời (Excel)',
  tag: TAG,
  params: ZIdParams,
  response: ZFile,
  produces: MIME.xlsx,
});

export const downloadSurveyAnswers = defineRoute({
  method: 'get',
  path: '/api/survey-runs/:id/answers',
  summary:
    'Câu trả lời đã ẩn danh và bảng mã (CSV hoặc Excel) cho người phân tích; mỗi lần tải được ghi nhật ký',
  tag: TAG,
  params: ZIdParams,
  query: z.object({
    format: z.enum(['csv', 'xlsx']).default('xlsx'),
    /** csv only: the answers or the codebook (the workbook holds both). */
    part: z.enum(['answers', 'codebook']).default('answers'),
  }),
  response: ZFile,
  produces: MIME.xlsx,
});

export const ZSurveyRetention = z.object({
  /** Raw answers may be deleted after this day; null: no date set. */
  keepUntil: ZIsoDate.nullable(),
  note: z.string(),
  deletedAt: ZTimestamp.nullable(),
  deletedBy: z.string().nullable(),
  /** Answer rows stored now. */
  answers: z.number().int(),
  /** The caller may set the date and delete (coordinators and admins of the run's unit). */
  mayManage: z.boolean(),
  /** The caller may download the raw answers (analysts: coordinators and admins). */
  mayDownloadAnswers: z.boolean(),
  version: z.number().int(),
});

export const getSurveyRetention = defineRoute({
  method: 'get',
  path: '/api/survey-runs/:id/retention',
  summary: 'Thời hạn lưu câu trả lời gốc của đợt khảo sát',
  tag: TAG,
  params: ZIdParams,
  response: ZSurveyRetention,
});

export const setSurveyRetention = defineRoute({
  method: 'put',
  path: '/api/survey-runs/:id/retention',
  summary: 'Đặt thời hạn lưu câu trả lời gốc (sau hạn này được xoá)',
  tag: TAG,
  params: ZIdParams,
  body: z.object({
    version: z.number().int().min(1),
    keepUntil: ZIsoDate.nullable(),
    note: z.string().trim().max(500).default(''),
  }),
  response: ZSurveyRetention,
});

export const deleteSurveyAnswers = defineRoute({
  method: 'delete',
  path: '/api/survey-runs/:id/answers',
  summary:
    'Xoá câu trả lời gốc sau thời hạn lưu; điểm đã tính được giữ lại, số phiếu theo nhóm mẫu không đổi',
  tag: TAG,
  params: ZIdParams,
  body: z.object({ version: z.number().int().min(1) }),
  response: ZSurveyRetention,
});
