import type { TestContext } from '../../test/harness.ts';
import { agencyOf } from '../execution/execution.fixtures.ts';

/**
 * A programme of Sơn La with its assignment, an opened review and one review report, for
 * the backup round trip (a row in every table).
 */
export async function fillProgrammes(ctx: TestContext): Promise<void> {
  const q = <T extends Record<string, unknown>>(text: string, values: unknown[]) =>
    ctx.database.pool.query<T>(text, values).then((r) => r.rows[0]!);
  const sonla = await ctx.unitId('post2025', 'province', '14');
  const tuphap = await agencyOf(ctx, 'tuphap');
  const programme = await q<{ id: number }>(
    `insert into programme (unit_id, title, year_from, year_to, decision_number, search)
     values ($1, 'Chương trình nâng cao Chỉ số PAPI giai đoạn 2021–2025', 2021, 2025,
             '12/QĐ-UBND', 'chuong trinh nang cao chi so papi') returning id`,
    [sonla],
  );
  await q(
    `insert into programme_assignment (programme_id, element_code, lead_agency_id, position)
     values ($1, 'D2.1', $2, 0) returning id`,
    [programme.id, tuphap.id],
  );
  const review = await q<{ id: number }>(
    `insert into programme_review (programme_id, due_on) values ($1, '2026-12-15') returning id`,
    [programme.id],
  );
  await q(
    `insert into programme_review_report (review_id, unit_id, agency_id, element_codes, sections)
     values ($1, $2, $3, '{D2.1}', $4) returning id`,
    [
      review.id,
      sonla,
      tuphap.id,
      JSON.stringify({ results: 'Đạt', shortcomings: '', lessons: '', proposals: '' }),
    ],
  );
}
