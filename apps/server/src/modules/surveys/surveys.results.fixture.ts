/** A retention date on the backup fixture's survey run, as a coordinator sets one. */
import type { TestClient, TestContext } from '../../test/harness.ts';
import { ok } from '../execution/execution.fixtures.ts';

export async function fillSurveyRetention(ctx: TestContext, coordinator: TestClient) {
  const run = await ctx.database.pool.query<{ id: number }>(
    `select id from survey_run order by id desc limit 1`,
  );
  ok(
    await coordinator.request('PUT', `/api/survey-runs/${run.rows[0]!.id}/retention`, {
      version: 1,
      keepUntil: '2027-06-30',
      note: 'Giữ câu trả lời gốc sáu tháng sau khi kết thúc khảo sát',
    }),
  );
}
