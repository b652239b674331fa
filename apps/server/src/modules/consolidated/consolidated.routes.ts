import type { Hono } from 'hono';
import { MIME, downloadConsolidatedReport } from '@papi/contracts';
import { registerDownload, type AppEnv } from '../../platform/http.ts';
import { renderConsolidatedDocx } from '../../platform/documents/consolidated-docx.ts';
import { renderConsolidatedXlsx } from '../../platform/documents/consolidated-xlsx.ts';
import { consolidatedInput } from './consolidated.service.ts';

export function registerConsolidatedRoutes(app: Hono<AppEnv>) {
  registerDownload(app, downloadConsolidatedReport, async ({ params, query, session, db }) => {
    const { input, periodKey } = await consolidatedInput(
      db,
      session,
      params.id,
      query.periodKey,
      query.unitId,
    );
    const name = `Báo cáo tổng hợp ${periodKey}`;
    return query.format === 'xlsx'
      ? {
          filename: `${name}.xlsx`,
          body: await renderConsolidatedXlsx(input),
          contentType: MIME.xlsx,
        }
      : { filename: `${name}.docx`, body: await renderConsolidatedDocx(input) };
  });
}
