import { z } from 'zod';
import { defineRoute, MIME, ZFile } from './route.ts';
import { ZId } from './common.ts';

/**
 * "Báo cáo phân tích thực trạng Chỉ số … năm X của tỉnh Y": a Word document laid out per
 * Decree 30/2020/NĐ-CP (or a PDF of it when the server has LibreOffice; 501 otherwise).
 */
export const getIndexReport = defineRoute({
  method: 'get',
  path: '/api/indices/:code/units/:unitId/report',
  summary:
    'Báo cáo phân tích thực trạng chỉ số của một tỉnh trong một năm (Word theo Nghị định 30/2020/NĐ-CP; PDF nếu máy chủ hỗ trợ)',
  tag: 'Chỉ số',
  params: z.object({ code: z.string().trim().toUpperCase().max(20), unitId: ZId }),
  query: z.object({
    /** Omitted: the latest year with results. */
    year: z.coerce.number().int().min(1990).max(2100).optional(),
    format: z.enum(['docx', 'pdf']).default('docx'),
  }),
  response: ZFile,
  produces: MIME.docx,
});
