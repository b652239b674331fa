import { sql, type SQL } from 'drizzle-orm';
import type { ResponseAnswers, StratumQuota, SurveyInstrument } from '@papi/domain';
import type { TSurveyRun } from '@papi/contracts';
import type { Executor } from '../../db/client.ts';
import { inScopeSql } from '../units/units.repository.ts';

interface RunRow extends Record<string, unknown> {
  id: number;
  unit_id: number;
  unit_name: string;
  unit_path: string;
  name: string;
  instrument_id: number;
  instrument_title: string;
  instrument_version: number;
  instrument_version_id: number;
  starts_on: string;
  ends_on: string;
  status: TSurveyRun['status'];
  version: number;
  public_token: string | null;
  public_open: boolean;
  flagged: number;
}

interface StratumRow extends Record<string, unknown> {
  id: number;
  run_id: number;
  code: string;
  name: string;
  unit_id: number | null;
  unit_path: string | null;
  target: number;
  population: number | null;
  quotas: StratumQuota[];
  responses: number;
  public_token: string | null;
  public_open: boolean;
}

export type RunRecord = TSurveyRun & {
  unitPath: string;
  instrumentVersionId: number;
  strataPaths: Map<string, string | null>;
};

/** A response that counts: not flagged awaiting review, not excluded. */
const COUNTED = sql.raw(`coalesce(p.review, 'accepted') = 'accepted'`);

export const linkOf = (token: string | null, open: boolean) => ({
  token,
  open,
  path: token ? `/khao-sat/${token}` : null,
});

async function select(db: Executor, where: SQL): Promise<RunRecord[]> {
  const runs = await db.execute<RunRow>(sql`
    select r.id, r.unit_id, u.full_name as unit_name, u.path as unit_path, r.name,
           i.id as instrument_id, i.title_vi as instrument_title, v.version as instrument_version,
           v.id as instrument_version_id, r.starts_on::text, r.ends_on::text, r.status, r.version,
           r.public_token, r.public_open,
           (select count(*)::int from survey_response p
             where p.run_id = r.id and p.review = 'flagged') as flagged
      from survey_run r
      join admin_unit u on u.id = r.unit_id
      join survey_instrument_version v on v.id = r.instrument_version_id
      join survey_instrument i on i.id = v.instrument_id
     where ${where}
     order by r.starts_on desc, r.id desc`);
  if (runs.rows.length === 0) return [];
  const ids = runs.rows.map((r) => r.id);
  const strata = await db.execute<StratumRow>(sql`
    select s.id, s.run_id, s.code, s.name, s.unit_id, u.path as unit_path, s.target, s.population,
           s.public_token, s.public_open, s.quotas,
           (select count(*)::int from survey_response p
             where p.stratum_id = s.id and ${COUNTED}) as responses
      from survey_stratum s left join admin_unit u on u.id = s.unit_id
     where s.run_id in (${sql.join(
       ids.map((id) => sql`${id}`),
       sql`, `,
     )})
     order by s.code`);
  return runs.rows.map((r) => {
    const own = strata.rows.filter((s) => s.run_id === r.id);
    return {
      id: r.id,
      unitId: r.unit_id,
      unitName: r.unit_name,
      unitPath: r.unit_path,
      name: r.name,
      instrumentId: r.instrument_id,
      instrumentTitle: r.instrument_title,
      instrumentVersion: r.instrument_version,
      instrumentVersionId: r.instrument_version_id,
      startsOn: r.starts_on,
      endsOn: r.ends_on,
      status: r.status,
      version: r.version,
      strata: own.map((s) => ({
        id: s.id,
        code: s.code,
        name: s.name,
        unitId: s.unit_id,
        target: s.target,
        population: s.population,
        quotas: s.quotas,
        responses: s.responses,
        publicLink: linkOf(s.public_token, s.public_open),
      })),
      responses: own.reduce((n, s) => n + s.responses, 0),
      flagged: r.flagged,
      publicLink: linkOf(r.public_token, r.public_open),
      strataPaths: new Map(own.map((s) => [s.code, s.unit_path])),
    };
  });
}

export const listRuns = (db: Executor, unitPath: string) =>
  select(db, inScopeSql(sql`u.path`, [unitPath]));

/** Runs taking responses now, everywhere: an enumerator's strata may sit under any of them. */
export const listOpenRuns = (db: Executor) => select(db, sql`r.status = 'open'`);

export const findRun = async (db: Executor, id: number) =>
  (await select(db, sql`r.id = ${id}`))[0] ?? null;

export async function runDocument(db: Executor, versionId: number) {
  const r = await db.execute<{ document: SurveyInstrument }>(sql`
    select document from survey_instrument_version where id = ${versionId}`);
  return r.rows[0]!.document;
}

/** Every counted response of a run (flagged and excluded left out) with its answers (one object per response), for scoring. */
export async function runResponses(db: Executor, runId: number) {
  const r = await db.execute<{ code: string; answers: ResponseAnswers | null }>(sql`
    select s.code, (select jsonb_object_agg(a.question, a.value) from survey_answer a
                     where a.response_id = p.id) as answers
      from survey_response p join survey_stratum s on s.id = p.stratum_id
     where p.run_id = ${runId} and ${COUNTED}
     order by p.id`);
  return r.rows.map((x) => ({ stratum: x.code, answers: x.answers ?? {} }));
}

export async function findResponseByClientId(db: Executor, clientId: string) {
  const r = await db.execute<{ id: number; run_id: number }>(sql`
    select id, run_id from survey_response where client_id = ${clientId}`);
  return r.rows[0] ?? null;
}

/** Stored responses per stratum id, whatever their review. */
export async function storedByStratum(db: Executor, runId: number) {
  const r = await db.execute<{ stratum_id: number; n: number }>(sql`
    select stratum_id, count(*)::int as n from survey_response where run_id = ${runId}
     group by stratum_id`);
  return new Map(r.rows.map((x) => [x.stratum_id, x.n]));
}
