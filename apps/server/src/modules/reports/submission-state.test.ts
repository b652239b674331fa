import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { classifySubmission } from '@papi/domain';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import { dayVn } from '../../platform/clock.ts';
import { submissionStateSql } from './expected-reporters.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

const DUE = '2026-06-05';
// First submissions around the due date, as instants (UTC). 16:30 UTC is 23:30 in Vietnam:
// still the due day there, though 17:00 UTC is already the next one.
const SUBMITTED = [
  null,
  '2026-06-01T03:00:00Z', // days before
  '2026-06-04T17:30:00Z', // 00:30 on the due day in Vietnam, the day before in UTC
  '2026-06-05T02:00:00Z', // on the due day
  '2026-06-05T16:30:00Z', // 23:30 on the due day in Vietnam
  '2026-06-05T16:59:59Z', // the last second of it
  '2026-06-05T17:00:00Z', // 00:00 the day after in Vietnam
  '2026-06-09T08:00:00Z', // days after
];
const TODAY = ['2026-06-01', '2026-06-04', DUE, '2026-06-06', '2026-07-01'];
const cases = SUBMITTED.flatMap((at) => TODAY.map((today) => ({ at, today })));

/** The SQL twin's answer for every case (one after another: a transaction is one client). */
async function sqlStates(exec: typeof ctx.database.db) {
  const out: string[] = [];
  for (const { at, today } of cases) {
    const r = await exec.execute<{ state: string }>(
      sql`select ${submissionStateSql(sql`${at}::timestamptz`, sql`${DUE}::date`, today)} as state`,
    );
    out.push(r.rows[0]!.state);
  }
  return out;
}

describe('submissionStateSql, the SQL twin of classifySubmission', () => {
  const expected = cases.map(({ at, today }) =>
    classifySubmission(DUE, at === null ? null : dayVn(at), today),
  );

  it('agrees with the domain over submissions before, on and after the due date', async () => {
    expect(await sqlStates(ctx.database.db)).toEqual(expected);
    // The matrix covers every state, and the Vietnamese-day edge goes the domain's way.
    expect(new Set(expected)).toEqual(new Set(['on_time', 'late', 'missing', 'pending']));
    const at = (iso: string) => expected[cases.findIndex((c) => c.at === iso)];
    expect(at('2026-06-05T16:30:00Z')).toBe('on_time');
    expect(at('2026-06-05T17:00:00Z')).toBe('late');
  });

  it('does not depend on the session time zone', async () => {
    for (const zone of ['America/New_York', 'Pacific/Kiritimati', 'UTC']) {
      const got = await ctx.database.db.transaction(async (tx) => {
        await tx.execute(sql.raw(`set local time zone '${zone}'`));
        return sqlStates(tx);
      });
      expect(got, zone).toEqual(expected);
    }
  });
});
