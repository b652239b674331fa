import { and, desc, eq, gt, sql } from 'drizzle-orm';
import type { Database, Executor } from '../../db/client.ts';
import { loginAttempt } from '../../modules/auth/auth.table.ts';
import { AppError } from '../errors.ts';
import { nowMs } from '../clock.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Free failures for one username from one address, then waits that double each time. */
const PAIR_FREE_FAILURES = 5;
const PAIR_FIRST_WAIT = 15 * MINUTE;
const PAIR_MAX_WAIT = DAY;
/**
 * A ceiling per username over all addresses (a spread-out guessing attack). It holds back
 * only addresses that have not signed in as that user lately, so an attacker elsewhere
 * cannot lock the real user out of their usual office.
 */
const USER_CEILINGS = [
  { failures: 30, window: HOUR },
  { failures: 100, window: DAY },
];
const TRUSTED_FOR = 30 * DAY;
/** One address trying many usernames (password spraying). */
const IP_CEILING = { failures: 30, window: 15 * MINUTE };

// Advisory lock classes (first key): attempts for one username, then for one address.
const LOCK_USERNAME = 7101;
const LOCK_ADDRESS = 7102;

/** The form a username is counted under: RTT1 and rtt1 are one account. */
export const foldUsername = (username: string) => username.normalize('NFC').trim().toLowerCase();

/** "12 phút", "2 giờ 5 phút": how long the user must wait, rounded up to a minute. */
export function formatWait(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / MINUTE));
  if (minutes < 60) return `${minutes} phút`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest ? `${hours} giờ ${rest} phút` : `${hours} giờ`;
}

const tooMany = (waitMs: number) =>
  new AppError(
    429,
    'TOO_MANY_ATTEMPTS',
    `Đăng nhập sai quá nhiều lần. Thử lại sau ${formatWait(waitMs)}.`,
    { retryAfterSeconds: Math.ceil(waitMs / 1000) },
  );

/** Failures (pending attempts included) matching `where`, newest first, with their times. */
async function failureTimes(db: Executor, where: ReturnType<typeof and>, limit: number) {
  const rows = await db
    .select({ at: loginAttempt.at })
    .from(loginAttempt)
    .where(and(where, eq(loginAttempt.success, false)))
    .orderBy(desc(loginAttempt.id))
    .limit(limit);
  return rows.map((r) => r.at.getTime());
}

/** How long until `ceiling` failures within its window no longer stand, or 0. */
async function ceilingWait(
  db: Executor,
  where: ReturnType<typeof and>,
  ceiling: { failures: number; window: number },
  at: number,
): Promise<number> {
  const since = new Date(at - ceiling.window);
  const times = await failureTimes(db, and(where, gt(loginAttempt.at, since)), ceiling.failures);
  if (times.length < ceiling.failures) return 0;
  // The oldest of the last `failures` must leave the window before one more try is allowed.
  return Math.max(0, times[times.length - 1]! + ceiling.window - at);
}

/** Milliseconds this username and address must still wait before a password check. */
async function waitBeforeTry(db: Executor, username: string, ip: string): Promise<number> {
  const at = nowMs();
  const pair = and(eq(loginAttempt.username, username), eq(loginAttempt.ip, ip));
  const [lastSuccess] = await db
    .select({ id: loginAttempt.id, at: loginAttempt.at })
    .from(loginAttempt)
    .where(and(pair, eq(loginAttempt.success, true)))
    .orderBy(desc(loginAttempt.id))
    .limit(1);
  // A sign-in from this address resets its count; ids order attempts even at one instant.
  const sinceSuccess = gt(loginAttempt.id, lastSuccess?.id ?? 0);
  const dayAgo = new Date(at - DAY);
  const pairFailures = await failureTimes(
    db,
    and(pair, sinceSuccess, gt(loginAttempt.at, dayAgo)),
    1_000,
  );
  const waits = [0];
  const extra = pairFailures.length - PAIR_FREE_FAILURES;
  if (extra >= 0) {
    const wait = Math.min(PAIR_FIRST_WAIT * 2 ** Math.min(extra, 20), PAIR_MAX_WAIT);
    waits.push(pairFailures[0]! + wait - at);
  }
  const trusted = lastSuccess && lastSuccess.at.getTime() > at - TRUSTED_FOR;
  if (!trusted) {
    for (const ceiling of USER_CEILINGS) {
      waits.push(await ceilingWait(db, eq(loginAttempt.username, username), ceiling, at));
    }
  }
  waits.push(await ceilingWait(db, eq(loginAttempt.ip, ip), IP_CEILING, at));
  return Math.max(...waits);
}

/**
 * Checks the limits and records the attempt (as a failure until proven otherwise) in one
 * transaction holding advisory locks on the username and the address, so parallel tries
 * queue up and each sees the ones before it: never more password checks than the limit.
 * Returns the attempt's id for `markLoginSucceeded`.
 */
export async function claimLoginAttempt(
  database: Database,
  username: string,
  ip: string,
): Promise<number> {
  return database.db.transaction(async (tx) => {
    // Username first, then address, in every transaction: no lock cycle.
    await tx.execute(sql`select pg_advisory_xact_lock(${LOCK_USERNAME}, hashtext(${username}))`);
    await tx.execute(sql`select pg_advisory_xact_lock(${LOCK_ADDRESS}, hashtext(${ip}))`);
    const wait = await waitBeforeTry(tx, username, ip);
    if (wait > 0) throw tooMany(wait);
    const [row] = await tx
      .insert(loginAttempt)
      .values({ username, ip, success: false })
      .returning({ id: loginAttempt.id });
    return row!.id;
  });
}

export async function markLoginSucceeded(db: Executor, attemptId: number): Promise<void> {
  await db.update(loginAttempt).set({ success: true }).where(eq(loginAttempt.id, attemptId));
}
