import { z } from 'zod';
import { MIME, ZFile, defineRoute } from './route.ts';
import { ZId, ZIdParams } from './common.ts';

/**
 * The receiving level's consolidated report for a period of a regime, compiled from the
 * reports its units sent: Word (Decree 30/2020) or the Excel workbook of its numbers.
 */
export const downloadConsolidatedReport = defineRoute({
  method: 'get',
  path: '/api/regimes/:id/consolidated',
  summary: 'Báo cáo tổng hợp của cấp nhận (Word theo Nghị định 30/2020, hoặc Excel số liệu)',
  tag: 'Báo cáo định kỳ',
  params: ZIdParams,
  query: z.object({
    /** Default: the latest period whose data window has begun. */
    periodKey: z.string().trim().min(1).max(30).optional(),
    /** The compiling unit; default the caller's own. */
    unitId: ZId.optional(),
    format: z.enum(['docx', 'xlsx']).default('docx'),
  }),
  response: ZFile,
  produces: MIME.docx,
});
