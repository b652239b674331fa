/**
 * A run's scores as readers get them (computed from the answers, or kept at deletion of
 * the answers), compared between two strata, with the previous run of the instrument in
 * the unit and beside the official index scores of the unit (or the province above it).
 */
import { sql } from 'drizzle-orm';
import {
  can,
  compareEstimates,
  estimateOf,
  formatDateVi,
  weakestElements,
  type ScoreRow,
} from '@papi/domain';
import type { ResponseOf, TCompareRow } from '@papi/contracts';
import type { getSurveyRunScores } from '@papi/contracts';
import type { Executor } from '../../db/client.ts';
import type { Session } from '../../platform/auth/session.ts';
import { badRequest, notFound } from '../../platform/errors.ts';
import * as repo from './surveys.runs.repository.ts';
import * as responses from './surveys.responses.service.ts';

export type RunScores = ResponseOf<typeof getSurveyRunScores>;
type LabelledRow = RunScores['overall']['rows'][number];

export const COMPARE_METHOD =
  'Chênh lệch giữa hai mẫu độc lập kiểm định bằng t Welch (bậc tự do Welch–Satterthwaite), mức ý nghĩa 5%. ' +
  'Hai điểm có khoảng tin cậy chồng nhau không bao giờ được gọi là khác nhau.';

/** The run's scores kept when its raw answers were deleted; null while the answers are kept. */
export async function keptScores(db: Executor, runId: number): Promise<RunScores | null> {
  const r = await db.execute<{ scores: RunScores | null }>(sql`
    select scores from survey_retention where run_id = ${runId} and deleted_at is not null`);
  return r.rows[0]?.scores ?? null;
}

/** Scores of a run the caller reads (404 otherwise): kept ones after deletion, else computed. */
export async function scoresOf(db: Executor, session: Session, runId: number): Promise<RunScores> {
  const run = await repo.findRun(db, runId);
  if (!run || !can(session.actor, 'survey.run.read', { unitPath: run.unitPath }))
    throw notFound('Đợt khảo sát');
  return (await keptScores(db, runId)) ?? responses.scores(db, session, runId);
}

const point = (r: LabelledRow | undefined) =>
  r && r.sufficient && r.score !== null && r.low !== null && r.high !== null
    ? { score: r.score, low: r.low, high: r.high, n: r.n }
    : null;

/** Element rows of a and b side by side, with the Welch test where both are sufficient. */
export function compareRows(a: LabelledRow[], b: LabelledRow[]): TCompareRow[] {
  const other = new Map(b.filter((r) => r.kind === 'element').map((r) => [r.key, r]));
  return a
    .filter((r) => r.kind === 'element')
    .map((r) => {
      const s = other.get(r.key);
      const [ea, eb] = [estimateOf(r), s ? estimateOf(s as ScoreRow) : null];
      const d = ea && eb ? compareEstimates(ea, eb) : null;
      return {
        key: r.key,
        label: r.label,
        parent: r.parent,
        a: point(r),
        b: point(s),
        difference: d && {
          difference: d.difference,
          low: d.low,
          high: d.high,
          df: d.df,
          t: d.t,
          verdict: d.verdict,
        },
      };
    });
}

const stratumOf = (s: RunScores, code: string) => {
  const found = s.strata.find((x) => x.stratum === code);
  if (!found)
    throw badRequest('VALIDATION', `Nhóm mẫu "${code}" không có điểm trong đợt khảo sát này.`, {
      issues: [{ path: 'a', message: `Không có nhóm mẫu "${code}".` }],
    });
  return found;
};

/** The latest run of the same instrument in the same unit that started before this one. */
async function previousRun(db: Executor, run: repo.RunRecord) {
  const r = await db.execute<{ id: number }>(sql`
    select r.id from survey_run r join survey_instrument_version v on v.id = r.instrument_version_id
     where r.unit_id = ${run.unitId} and v.instrument_id = ${run.instrumentId}
       and r.id <> ${run.id} and r.starts_on < ${run.startsOn}
     order by r.starts_on desc, r.id desc limit 1`);
  return r.rows[0] ? repo.findRun(db, r.rows[0].id) : null;
}

/** The latest official result of the index for the unit or the nearest unit above it. */
async function officialResult(db: Executor, index: string, unitPath: string, year: number) {
  const ids = unitPath.split('/').filter(Boolean).map(Number).reverse();
  const r = await db.execute<{
    unit_id: number;
    unit_name: string;
    year: number;
    scores: Record<string, number>;
  }>(sql`
    select x.unit_id, u.full_name as unit_name, rl.year, x.scores
      from index_result x join index_release rl on rl.id = x.release_id
      join admin_unit u on u.id = x.unit_id
     where rl.framework_code = ${index} and rl.year <= ${year}
       and x.unit_id = any(${sql.param(ids)}::int[])
     order by array_position(${sql.param(ids)}::int[], x.unit_id), rl.year desc limit 1`);
  return r.rows[0] ?? null;
}

export async function comparison(
  db: Executor,
  session: Session,
  runId: number,
  pair: { a?: string; b?: string },
) {
  const scores = await scoresOf(db, session, runId);
  const run = (await repo.findRun(db, runId))!;
  let strata = null;
  if (pair.a || pair.b) {
    if (!pair.a || !pair.b)
      throw badRequest('VALIDATION', 'Cần chọn đủ hai nhóm mẫu để so sánh (a và b).', {
        issues: [{ path: pair.a ? 'b' : 'a', message: 'Chưa chọn nhóm mẫu.' }],
      });
    const [a, b] = [stratumOf(scores, pair.a), stratumOf(scores, pair.b)];
    strata = {
      a: { code: a.stratum, name: a.name },
      b: { code: b.stratum, name: b.name },
      rows: compareRows(a.rows, b.rows),
    };
  }
  const before = await previousRun(db, run);
  const previous = before
    ? {
        run: { id: before.id, name: before.name, startsOn: before.startsOn, endsOn: before.endsOn },
        rows: compareRows(
          scores.overall.rows,
          (await scoresOf(db, session, before.id)).overall.rows,
        ),
      }
    : null;
  const document = await repo.runDocument(db, run.instrumentVersionId);
  const index = document.framework?.index;
  const found = index
    ? await officialResult(db, index, run.unitPath, Number(run.endsOn.slice(0, 4)))
    : null;
  const official =
    index && found
      ? {
          index,
          year: found.year,
          unitName: found.unit_name,
          rows: scores.overall.rows
            .filter((r) => r.kind === 'element' && r.parent === null)
            .map((r) => ({
              code: r.key,
              label: r.label,
              survey: point(r),
              official: typeof found.scores[r.key] === 'number' ? found.scores[r.key]! : null,
            })),
        }
      : null;
  return { scale: scores.scale, method: COMPARE_METHOD, strata, previous, official };
}

/** "Tên đợt (01/03/2026 – 30/04/2026)": how a suggestion names the run it comes from. */
export const runLabel = (r: { name: string; startsOn: string; endsOn: string }) =>
  `${r.name} (${formatDateVi(r.startsOn)} – ${formatDateVi(r.endsOn)})`;

/** Kept scores after deletion, else computed (no rights check: the caller has made it). */
const scoresOfRun = async (db: Executor, run: repo.RunRecord): Promise<RunScores> =>
  (await keptScores(db, run.id)) ?? responses.computeScores(db, run);

/**
 * The weakest sub-dimensions of a commune (or any unit) in the latest run that scores it —
 * as a stratum of a province's run or as a run's whole unit — for the plan editor. A unit's
 * users read their own unit's scores this way even when the run belongs to the province.
 * Only runs whose instrument measures an index framework's elements: the solution library
 * is filed by those sub-dimensions.
 */
export async function suggestions(db: Executor, session: Session, unitId: number) {
  const unit = await db.execute<{ path: string }>(sql`
    select path from admin_unit where id = ${unitId}`);
  const path = unit.rows[0]?.path;
  if (!path || !can(session.actor, 'survey.run.read', { unitPath: path })) throw notFound('Đơn vị');
  const runs = await db.execute<{ id: number; stratum: string | null }>(sql`
    select r.id, (select s.code from survey_stratum s
                   where s.run_id = r.id and s.unit_id = ${unitId} order by s.code limit 1) as stratum
      from survey_run r
     where r.unit_id = ${unitId}
        or exists (select 1 from survey_stratum s where s.run_id = r.id and s.unit_id = ${unitId})
     order by r.ends_on desc, r.id desc limit 10`);
  for (const found of runs.rows) {
    const run = (await repo.findRun(db, found.id))!;
    const document = await repo.runDocument(db, run.instrumentVersionId);
    if (!document.framework) continue;
    const scores = await scoresOfRun(db, run);
    const part =
      found.stratum !== null
        ? scores.strata.find((s) => s.stratum === found.stratum)
        : scores.overall;
    if (!part) continue;
    const parents = new Map(document.elements.map((e) => [e.code, e.parent]));
    const weakest = weakestElements(part.rows, parents, 3);
    if (weakest.length === 0) continue;
    return weakest.map((r) => ({
      runId: run.id,
      runLabel: runLabel(run),
      stratumName: part.name,
      code: r.key,
      label: r.label,
      score: r.score!,
      low: r.low!,
      high: r.high!,
      n: r.n,
      scale: scores.scale,
    }));
  }
  return [];
}
