/** Fieldwork progress of a run: responses per stratum and day, against targets and quotas. */
import { sql } from 'drizzle-orm';
import { choicesOf, allQuestions } from '@papi/domain';
import type { TRunProgress } from '@papi/contracts';
import type { Executor } from '../../db/client.ts';
import type { Session } from '../../platform/auth/session.ts';
import * as repo from './surveys.runs.repository.ts';
import { readableRun } from './surveys.runs.service.ts';

export async function runProgress(
  db: Executor,
  session: Session,
  runId: number,
): Promise<TRunProgress> {
  const run = await readableRun(db, session, runId);
  const document = await repo.runDocument(db, run.instrumentVersionId);
  const perDay = await db.execute<{ stratum_id: number; day: string; n: number }>(sql`
    select stratum_id, (submitted_at at time zone 'Asia/Ho_Chi_Minh')::date::text as day,
           count(*)::int as n
      from survey_response
     -- Flagged and excluded responses count nowhere until accepted (surveys.public.*).
     where run_id = ${run.id} and coalesce(review, 'accepted') = 'accepted'
     group by 1, 2`);
  const questions = [...new Set(run.strata.flatMap((s) => s.quotas.map((q) => q.question)))];
  const perCategory =
    questions.length === 0
      ? { rows: [] }
      : await db.execute<{ stratum_id: number; question: string; value: string; n: number }>(sql`
          select p.stratum_id, a.question, a.value #>> '{}' as value, count(*)::int as n
            from survey_answer a join survey_response p on p.id = a.response_id
           where p.run_id = ${run.id} and coalesce(p.review, 'accepted') = 'accepted'
             and a.question in (${sql.join(
               questions.map((q) => sql`${q}`),
               sql`, `,
             )})
           group by 1, 2, 3`);
  const days = [...new Set(perDay.rows.map((r) => r.day))].sort();
  const byQuestion = new Map(allQuestions(document).map((q) => [q.name, q]));
  const label = (question: string, value: string) => {
    const q = byQuestion.get(question);
    const choice = q ? choicesOf(q).find((c) => c.value === value) : undefined;
    return `${q?.labelVi ?? question}: ${choice?.labelVi ?? value}`;
  };
  return {
    target: run.strata.reduce((n, s) => n + s.target, 0),
    responses: run.responses,
    equalWeights: run.strata.some((s) => s.population === null),
    days,
    strata: run.strata.map((s) => ({
      code: s.code,
      name: s.name,
      unitId: s.unitId,
      target: s.target,
      population: s.population,
      responses: s.responses,
      byDay: days.map((d) => perDay.rows.find((r) => r.stratum_id === s.id && r.day === d)?.n ?? 0),
      quotas: s.quotas.map((q) => ({
        ...q,
        label: label(q.question, q.value),
        count:
          perCategory.rows.find(
            (r) => r.stratum_id === s.id && r.question === q.question && r.value === q.value,
          )?.n ?? 0,
      })),
    })),
  };
}
