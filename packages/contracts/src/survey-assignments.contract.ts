import { z } from 'zod';
import { defineRoute } from './route.ts';
import { ZIsoDate } from './common.ts';
import { ZSurveyInstrument } from './surveys.schemas.ts';

/**
 * What an enumerator takes into the field: each open run with the strata they may enter for
 * and the questionnaire itself, so the phone can fill forms with no signal for days.
 */
export const ZSurveyAssignment = z.object({
  runId: z.number().int(),
  runName: z.string(),
  unitName: z.string(),
  startsOn: ZIsoDate,
  endsOn: ZIsoDate,
  instrumentTitle: z.string(),
  instrumentVersion: z.number().int(),
  document: ZSurveyInstrument,
  strata: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      target: z.number().int(),
      responses: z.number().int(),
    }),
  ),
});
export type TSurveyAssignment = z.infer<typeof ZSurveyAssignment>;

export const listSurveyAssignments = defineRoute({
  method: 'get',
  path: '/api/survey-assignments',
  summary:
    'Phiếu cần nhập của điều tra viên: các đợt đang mở, nhóm mẫu mình được nhập và bộ câu hỏi (để nhập khi không có mạng)',
  tag: 'Khảo sát',
  response: z.object({ items: z.array(ZSurveyAssignment) }),
});
