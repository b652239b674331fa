import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { computeScores } from '../surveys/surveys.responses.service.ts';
import { keptScores } from '../surveys/surveys.results.service.ts';
import * as runs from '../surveys/surveys.runs.repository.ts';
import type { PublicUnit } from './transparency.units.ts';

/** A closed run's whole-unit result: element scores with sufficient samples only. */
export interface PublicSurvey {
  name: string;
  instrument: string;
  startsOn: string;
  endsOn: string;
  respondents: number;
  scale: { min: number; max: number };
  rows: { label: string; score: number; low: number; high: number; n: number }[];
}

/**
 * The unit's own closed runs (newest three): scores of the whole unit, never a stratum
 * (a small stratum could point at people) and never an answer; an element with too few
 * answers is left out ("chưa đủ mẫu"), as the results page leaves it unscored.
 */
export async function publicSurveys(db: Executor, unit: PublicUnit): Promise<PublicSurvey[]> {
  const ids = await db.execute<{ id: number }>(sql`
    select id from survey_run where unit_id = ${unit.id} and status = 'closed'
     order by ends_on desc, id desc limit 3`);
  const out: PublicSurvey[] = [];
  for (const { id } of ids.rows) {
    const run = await runs.findRun(db, id);
    if (!run) continue;
    const scores = (await keptScores(db, id)) ?? (await computeScores(db, run));
    const rows = scores.overall.rows.flatMap((r) =>
      // Dimensions only: the page stays short; the sub-dimensions are in the unit's report.
      r.kind === 'element' &&
      r.parent === null &&
      r.sufficient &&
      r.score !== null &&
      r.low !== null &&
      r.high !== null
        ? [{ label: r.label, score: r.score, low: r.low, high: r.high, n: r.n }]
        : [],
    );
    if (rows.length === 0) continue;
    out.push({
      name: run.name,
      instrument: run.instrumentTitle,
      startsOn: run.startsOn,
      endsOn: run.endsOn,
      respondents: scores.overall.respondents,
      scale: scores.scale,
      rows,
    });
  }
  return out;
}
