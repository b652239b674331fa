import { keyedHash } from '../../platform/public/form.ts';
import { sql } from 'drizzle-orm';
import { checkResponse, type ResponseAnswers, type ResponseIssue } from '@papi/domain';
import type { Executor } from '../../db/client.ts';
import { now } from '../../platform/clock.ts';
import * as repo from './surveys.runs.repository.ts';
import { surveyAnswer, surveyResponse } from './surveys.table.ts';

/**
 * Suspicious bursts on a public link: many responses from one address (a shared office
 * network can send a few, a script sends many) or into one stratum in a short window. The
 * responses are kept and flagged for the coordinator, never dropped and never counted
 * before someone has looked.
 */
export const ADDRESS_BURST = { responses: 5, minutes: 30 };
export const STRATUM_BURST = { responses: 20, minutes: 10 };
export const ADDRESS_REASON = `Từ ${ADDRESS_BURST.responses} phiếu trở lên gửi từ cùng một địa chỉ mạng trong ${ADDRESS_BURST.minutes} phút.`;
export const STRATUM_REASON = `Từ ${STRATUM_BURST.responses} phiếu trở lên vào cùng một nhóm mẫu trong ${STRATUM_BURST.minutes} phút.`;

export type PublicLink = {
  run: repo.RunRecord;
  /** The stratum of a stratum's link; null for the run's link (the respondent picks). */
  stratumCode: string | null;
  /** Open = the link is open and the run collects answers. */
  state: 'open' | 'closed';
};

/** The run behind a public token; null for an unknown token. */
export async function findLink(db: Executor, token: string): Promise<PublicLink | null> {
  if (!/^[A-Za-z0-9_-]{16,64}$/.test(token)) return null;
  const r = await db.execute<{ run_id: number; code: string | null; public_open: boolean }>(sql`
    select id as run_id, null as code, public_open from survey_run where public_token = ${token}
    union all
    select run_id, code, public_open from survey_stratum where public_token = ${token}`);
  const row = r.rows[0];
  if (!row) return null;
  const run = (await repo.findRun(db, row.run_id))!;
  const open = row.public_open && run.status === 'open';
  return { run, stratumCode: row.code, state: open ? 'open' : 'closed' };
}

/**
 * A keyed, per-run hash of the sender's address: bursts can be seen, the address is never
 * stored. The key is the installation's own (a setting made on first use).
 */
export function sourceHashOf(db: Executor, runId: number, address: string) {
  return keyedHash(db, 'survey_address_key', `${runId}|${address}`);
}

export async function deviceAnswered(db: Executor, runId: number, deviceId: string | null) {
  if (!deviceId) return false;
  const r = await db.execute<{ n: number }>(sql`
    select count(*)::int as n from survey_response where run_id = ${runId} and device_id = ${deviceId}`);
  return r.rows[0]!.n > 0;
}

export type PublicSubmitResult =
  | { kind: 'invalid'; issues: ResponseIssue[] }
  | { kind: 'stored'; id: number; flagged: boolean }
  | { kind: 'duplicate' };

/** Flags every unreviewed public response of the window when the burst reaches its size. */
async function flagBurst(
  db: Executor,
  runId: number,
  where: ReturnType<typeof sql>,
  burst: { responses: number; minutes: number },
  reason: string,
) {
  const since = new Date(now().getTime() - burst.minutes * 60_000);
  const inWindow = sql`run_id = ${runId} and channel = 'public' and submitted_at >= ${since.toISOString()}
    and ${where}`;
  const count = await db.execute<{ n: number }>(
    sql`select count(*)::int as n from survey_response where ${inWindow}`,
  );
  if (count.rows[0]!.n < burst.responses) return;
  await db.execute(sql`update survey_response set review = 'flagged', review_reason = ${reason}
    where ${inWindow} and review is null`);
}

/**
 * Stores a public response (in the caller's transaction): answers checked against the
 * instrument's skip logic and required flags, one response per device and run, then the
 * burst rules. Returns what the page should say.
 */
export async function submitPublic(
  db: Executor,
  link: PublicLink,
  input: {
    formId: string;
    stratumCode: string;
    deviceId: string;
    address: string;
    answers: ResponseAnswers;
  },
): Promise<PublicSubmitResult> {
  const { run } = link;
  const stratum = run.strata.find((s) => s.code === input.stratumCode)!;
  const document = await repo.runDocument(db, run.instrumentVersionId);
  const checked = checkResponse(document, input.answers);
  if (checked.issues.length > 0) return { kind: 'invalid', issues: checked.issues };
  if (await deviceAnswered(db, run.id, input.deviceId)) return { kind: 'duplicate' };
  const sourceHash = await sourceHashOf(db, run.id, input.address);
  const inserted = await db
    .insert(surveyResponse)
    .values({
      runId: run.id,
      stratumId: stratum.id,
      clientId: input.formId,
      channel: 'public',
      deviceId: input.deviceId,
      sourceHash,
    })
    .onConflictDoNothing()
    .returning({ id: surveyResponse.id });
  const id = inserted[0]?.id;
  // The same form sent twice (a double tap), or the device's other tab first.
  if (id === undefined) return { kind: 'duplicate' };
  const rows = Object.entries(checked.answers).map(([question, value]) => ({
    responseId: id,
    question,
    value,
  }));
  if (rows.length > 0) await db.insert(surveyAnswer).values(rows);
  await flagBurst(db, run.id, sql`source_hash = ${sourceHash}`, ADDRESS_BURST, ADDRESS_REASON);
  await flagBurst(db, run.id, sql`stratum_id = ${stratum.id}`, STRATUM_BURST, STRATUM_REASON);
  const r = await db.execute<{ review: string | null }>(
    sql`select review from survey_response where id = ${id}`,
  );
  return { kind: 'stored', id, flagged: r.rows[0]!.review === 'flagged' };
}
