// Plans rows of `npm run bench`: Word generation of a 300-task plan, and an appendix import
// of 5,000 rows (preview, then commit) against a raw exceljs read of the same file and a
// raw SQL insert of the same rows, measured in the same run.
import ExcelJS from 'exceljs';
import type { Database } from '../apps/server/src/db/client.ts';
import type { TestClient } from '../apps/server/src/test/client.ts';
import { renderPlanDocx } from '../apps/server/src/platform/documents/plan-docx.ts';
import { withManyTasks } from '../apps/server/src/platform/documents/plan-docx.fixture.ts';
import { appendixXlsx } from '../apps/server/src/modules/plans/plan-appendix.export.ts';
import type { TaskRecord } from '../apps/server/src/modules/plans/plans.repository.ts';

const ms = (t: number) => performance.now() - t;

async function median(runs: number, run: () => Promise<unknown>) {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await run();
    samples.push(ms(t));
  }
  return samples.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

/** 5,000 tasks over the 8 dimensions, led by an agency of the province. */
function manyTasks(n: number, lead: { id: number; name: string }): TaskRecord[] {
  return Array.from({ length: n }, (_, i): TaskRecord => {
    const d = (i % 8) + 1;
    return {
      id: i + 1,
      key: `k${i}`,
      position: i + 1,
      number: `${d}.${Math.floor(i / 8) + 1}`,
      title: null,
      content: `Nhiệm vụ số ${i + 1}: tăng cường công khai, minh bạch và đối thoại với người dân về lĩnh vực ${d}.`,
      dimensionCodes: [`D${d}`],
      lead: { kind: 'agency', id: String(lead.id), name: lead.name },
      cooperating: [],
      deadline: { kind: 'date', date: '2026-06-30', label: 'Quý II/2026' },
      expectedResult: 'Báo cáo kết quả thực hiện',
      budget: i % 3 === 0 ? 15_000_000 : null,
      budgetSource: i % 3 === 0 ? 'Ngân sách tỉnh' : null,
      parentTaskId: null,
      solutionId: null,
    };
  }).sort((a, b) => a.dimensionCodes[0]!.localeCompare(b.dimensionCodes[0]!));
}

export async function benchPlans(database: Database, client: TestClient, provinceId: number) {
  const input = withManyTasks(300);
  let size = 0;
  const docxMs = await median(5, async () => {
    size = (await renderPlanDocx(input)).length;
  });
  console.log(
    `\nWord, plan with 300 tasks: ${docxMs.toFixed(0)} ms (median of 5), ${(size / 1024).toFixed(0)} KB`,
  );

  const lead = (
    await database.pool.query<{ id: number; name: string }>(
      `select id, name from agency where unit_id = $1 order by id limit 1`,
      [provinceId],
    )
  ).rows[0]!;
  const rows = 5000;
  const groups = Array.from({ length: 8 }, (_, d) => ({
    number: String(d + 1),
    heading: `Lĩnh vực D${d + 1}`,
    dimensionCodes: [`D${d + 1}`],
  }));
  const tasks = manyTasks(rows, lead);
  const file = await appendixXlsx('PHỤ LỤC', groups, tasks);
  const body = {
    filename: 'phu-luc-5000.xlsx',
    contentBase64: Buffer.from(file).toString('base64'),
  };

  const rawRead = await median(3, async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file) as unknown as ExcelJS.Buffer);
    let n = 0;
    wb.worksheets[0]!.eachRow(() => n++);
    return n;
  });
  const plan = await client.post<{ id: number; version: number }>('/api/plans', {
    unitId: provinceId,
    planType: 'improvement',
    year: 2026,
    title: 'Bench: phụ lục 5.000 nhiệm vụ',
    period: { from: '2026-01-01', to: '2026-12-31' },
  });
  if (plan.status !== 201) throw new Error(JSON.stringify(plan.body));
  let mapping: unknown;
  const previewMs = await median(3, async () => {
    const res = await client.post<{ errors: number; tasks: number; mapping: unknown }>(
      `/api/plans/${plan.body.id}/appendix/import/preview`,
      body,
    );
    if (res.status !== 200 || res.body.errors !== 0 || res.body.tasks !== rows)
      throw new Error(`preview: ${JSON.stringify(res.body).slice(0, 500)}`);
    mapping = res.body.mapping;
  });
  let version = plan.body.version;
  const commitMs = await median(3, async () => {
    const res = await client.post<{ plan: { version: number } }>(
      `/api/plans/${plan.body.id}/appendix/import`,
      { ...body, mapping, mode: 'replace', version },
    );
    if (res.status !== 201) throw new Error(`commit: ${JSON.stringify(res.body).slice(0, 500)}`);
    version = res.body.plan.version;
  });
  // The same rows by one plain statement per 500, in a transaction rolled back.
  const rawInsert = await median(3, async () => {
    const c = await database.pool.connect();
    try {
      await c.query('begin');
      for (let i = 0; i < rows; i += 500) {
        const chunk = tasks.slice(i, i + 500);
        const values = chunk.map(
          (_, k) => `($1, $${k * 4 + 2}, $${k * 4 + 3}, $${k * 4 + 4}, $${k * 4 + 5}, '{D1}')`,
        );
        await c.query(
          `insert into plan_task (plan_id, task_key, position, number, content, dimension_codes)
           values ${values.join(', ')}`,
          [plan.body.id, ...chunk.flatMap((t) => [`raw${t.key}`, t.position, t.number, t.content])],
        );
      }
      await c.query('rollback');
    } finally {
      c.release();
    }
  });
  console.log(
    `Appendix import, ${rows.toLocaleString('vi-VN')} rows (${(file.length / 1024).toFixed(0)} KB XLSX), median of 3: ` +
      `preview ${previewMs.toFixed(0)} ms (${(previewMs / rawRead).toFixed(2)}× a raw exceljs read, ${rawRead.toFixed(0)} ms); ` +
      `commit ${commitMs.toFixed(0)} ms (${(commitMs / (rawRead + rawInsert)).toFixed(2)}× raw read + raw SQL insert, ${(rawRead + rawInsert).toFixed(0)} ms)`,
  );
}
