import type { Hono } from 'hono';
import { getIndexReport, MIME } from '@papi/contracts';
import { registerDownload, type AppEnv } from '../../../platform/http.ts';
import { notFound } from '../../../platform/errors.ts';
import * as repo from '../indices.repository.ts';
import type { Chart } from './report.charts.ts';
import { buildReportData } from './report.data.ts';
import { renderReportDocx } from './report.docx.ts';
import type { ReportData } from './report.model.ts';
import { docxToPdf } from './report.pdf.ts';
import { now } from '../../../platform/clock.ts';
import { can } from '@papi/domain';
import { loadImpact } from '../impact/impact.load.ts';
import { findUnitRecord } from '../impact/impact.repository.ts';

/** A chart that fails to draw leaves a note in the document instead of failing it. */
function safely(draw: () => Chart): Chart | null {
  try {
    return draw();
  } catch (error) {
    console.error('Không vẽ được biểu đồ cho báo cáo:', error);
    return null;
  }
}

// echarts and resvg load with the first report (≈0.1–0.35 s of every start otherwise).
async function charts(d: ReportData) {
  const { dimensionChart, trendChart } = await import('./report.charts.ts');
  return {
    dimensions: safely(() =>
      dimensionChart(
        d.unitName,
        d.dimensions.map((x) => ({
          label: `${x.code}. ${x.short}`,
          score: x.score,
          median: x.median,
          best: x.best,
        })),
        !d.assessed,
      ),
    ),
    trend: safely(() =>
      trendChart(
        d.unitName,
        d.trend.map((t) => ({ year: t.year, total: t.total, total6: t.total6, median: t.median })),
        d.changeYear === null
          ? null
          : {
              year: d.changeYear,
              before: d.trend.find((t) => t.year < d.changeYear!)?.dimensionCount ?? 0,
              after: d.dimensions.length,
            },
      ),
    ),
  };
}

// Official results are published data: every signed-in user may download every province's.
export function registerIndexReportRoutes(app: Hono<AppEnv>) {
  registerDownload(app, getIndexReport, async ({ params, query, db, c, session }) => {
    const framework = await repo.findFramework(db, params.code);
    if (!framework) throw notFound(`Bộ chỉ số ${params.code}`);
    const all = await repo.loadAllResults(db, framework.code);
    const year = query.year ?? Math.max(...all.map((r) => r.year));
    if (!Number.isFinite(year)) throw notFound(`Kết quả ${framework.code}`);
    const data = buildReportData(framework, all, params.unitId, year);
    // The "what moved" chapter lists the unit's tasks: only for readers in its scope.
    const unit = await findUnitRecord(db, params.unitId);
    const impact =
      unit && can(session.actor, 'impact.read', { unitPath: unit.path })
        ? await loadImpact(db, framework.code, unit, year)
        : null;
    const docx = await renderReportDocx(data, await charts(data), now(), impact);
    const filename = `Báo cáo ${framework.code} ${year} - ${data.unitFullName}`;
    if (query.format === 'pdf') {
      return {
        filename: `${filename}.pdf`,
        body: await docxToPdf(docx, c.var.config.soffice),
        contentType: MIME.pdf,
      };
    }
    return { filename: `${filename}.docx`, body: docx };
  });
}
