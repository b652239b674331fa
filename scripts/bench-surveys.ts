// Survey scores in `npm run bench`: interval coverage on synthetic communes with known true
// scores, and scoring a run of 30,000 answers against the raw SQL aggregate of the same
// answers (a ratio, not an absolute target). `tsx scripts/bench-surveys.ts` runs it alone.
import {
  allQuestions,
  drawResponses,
  scoreRun,
  seededRandom,
  sipasServiceInstrument,
  syntheticCommunes,
  trueQuestionScore,
} from '@papi/domain';
import type { Database } from '../apps/server/src/db/client.ts';
import { runResponses } from '../apps/server/src/modules/surveys/surveys.runs.repository.ts';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function timed(rounds: number, run: () => Promise<unknown>) {
  await run();
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    await run();
    samples.push(performance.now() - t);
  }
  return median(samples);
}

/** Question-level coverage of the 95% intervals over repeated draws of 75 communes. */
function coverage(draws: number) {
  const instrument = sipasServiceInstrument();
  const rnd = seededRandom(75);
  const opts = { communes: 75, minSize: 50, maxSize: 400, dontKnow: 0.05 };
  const communes = syntheticCommunes(instrument, opts, rnd);
  const scored = new Map(
    allQuestions(instrument)
      .filter((q) => q.scoring)
      .map((q) => [q.name, q]),
  );
  let inside = 0;
  let all = 0;
  for (let d = 0; d < draws; d++) {
    const run = scoreRun(instrument, drawResponses(instrument, communes, opts, rnd), null);
    for (const s of run.strata) {
      const commune = communes.find((c) => c.code === s.stratum)!;
      for (const row of s.rows) {
        const q = scored.get(row.key);
        if (row.kind !== 'question' || !q || !row.sufficient) continue;
        const truth = 100 * trueQuestionScore(q, commune.level[q.name]!);
        all++;
        if (row.low! <= truth && truth <= row.high!) inside++;
      }
    }
  }
  return { inside, all };
}

/** Stores responses the way the API does (response rows + one answer row per question). */
async function storeRun(database: Database, answersWanted: number) {
  const instrument = sipasServiceInstrument();
  const rnd = seededRandom(30000);
  const communes = syntheticCommunes(
    instrument,
    { communes: 75, minSize: 50, maxSize: 400, dontKnow: 0.05 },
    rnd,
  );
  const drawn = drawResponses(instrument, communes, { dontKnow: 0.05 }, rnd);
  const q = async (text: string, params: unknown[] = []) =>
    (await database.pool.query<{ id: number }>(text, params)).rows;
  const [version] = await q(
    `select v.id from survey_instrument_version v join survey_instrument i on i.id = v.instrument_id where i.code = 'sipas_dich_vu'`,
  );
  const [unit] = await q(`select id from admin_unit where parent_id is null limit 1`);
  const [run] = await q(
    `insert into survey_run (unit_id, instrument_version_id, name, starts_on, ends_on, status)
     values ($1, $2, 'bench', '2026-01-01', '2026-12-31', 'open') returning id`,
    [unit!.id, version!.id],
  );
  const strata = new Map<string, number>();
  for (const c of communes) {
    const [s] = await q(
      `insert into survey_stratum (run_id, code, name, target, population) values ($1, $2, $2, $3, $4) returning id`,
      [run!.id, c.code, c.size, c.population],
    );
    strata.set(c.code, s!.id);
  }
  let answers = 0;
  let n = 0;
  for (const r of drawn) {
    if (answers >= answersWanted) break;
    const [resp] = await q(
      `insert into survey_response (run_id, stratum_id, client_id, channel) values ($1, $2, $3, 'bench') returning id`,
      [run!.id, strata.get(r.stratum), `bench-${++n}`],
    );
    const entries = Object.entries(r.answers);
    await database.pool.query(
      `insert into survey_answer (response_id, question, value)
       select $1, q, v::jsonb from unnest($2::text[], $3::text[]) as t(q, v)`,
      [resp!.id, entries.map((e) => e[0]), entries.map((e) => JSON.stringify(e[1]))],
    );
    answers += entries.length;
  }
  return {
    runId: run!.id,
    answers,
    responses: n,
    populations: Object.fromEntries(communes.map((c) => [c.code, c.population])),
  };
}

export async function benchSurveys(database: Database) {
  const cov = coverage(3);
  console.log(
    `\nSurvey intervals: ${cov.inside} of ${cov.all} question-level 95% intervals of 75 synthetic communes ` +
      `(50–400 respondents, 3 draws) contain the true score: ${((100 * cov.inside) / cov.all).toFixed(1)}%`,
  );
  const stored = await storeRun(database, 30_000);
  const instrument = sipasServiceInstrument();
  const score = await timed(5, async () =>
    scoreRun(instrument, await runResponses(database.db, stored.runId), stored.populations),
  );
  const raw = await timed(5, () =>
    database.pool.query(
      `select s.code, a.question, a.value, count(*) from survey_answer a
         join survey_response r on r.id = a.response_id join survey_stratum s on s.id = r.stratum_id
        where r.run_id = $1 group by 1, 2, 3`,
      [stored.runId],
    ),
  );
  console.log(
    `Scoring a run of ${stored.answers.toLocaleString('en')} answers (${stored.responses} responses, 75 strata): ` +
      `${score.toFixed(0)} ms, ${(score / raw).toFixed(1)}× the raw SQL aggregate of the same answers (${raw.toFixed(0)} ms)`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { openScratch } = await import('./bench/scratch-db.ts');
  const { bootstrap } = await import('../apps/server/src/bootstrap.ts');
  const { database, drop } = await openScratch();
  await bootstrap(database, { demo: false });
  await benchSurveys(database);
  await database.close();
  await drop();
}
