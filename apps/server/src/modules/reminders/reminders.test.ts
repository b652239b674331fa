import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import { databaseUrlOf, spawnWorkerProcess } from '../../platform/jobs/jobs.fixture.ts';
import { issuedTask, mails, notices, workerAt } from './reminders.fixture.ts';

let ctx: TestContext;
const sql = (text: string, params: unknown[] = []) => ctx.database.pool.query(text, params);

beforeAll(async () => {
  ctx = await createTestContext();
  await sql(`update app_user set email = username || '@sonla.gov.vn' where username <> 'admin'`);
  // The default regimes owe real reports in December 2026: only the report test wants them.
  await sql(`update reporting_regime set active = false`);
});
afterAll(() => ctx.close());
beforeEach(async () => {
  for (const t of [
    'notification',
    'mail_log',
    'job',
    'notification_pref',
    'task_state',
    'plan_task',
    'plan',
  ]) {
    await sql(`delete from ${t}`);
  }
});

// 07:30 in Vietnam on each day: after the 06:00 scan and at the default 07:00 digest hour.
const at = (day: string) => `${day}T00:30:00Z`;
/** What one run added, sorted: people of a unit hear of an item in no particular order. */
const added = async (from: number) => (await notices(ctx)).slice(from).sort();

describe('reminder scan', () => {
  it('before, on the day, after; escalation to the province; each once', async () => {
    // The commune's People's Committee leads the task: its officer and its leader (who
    // signs) are reminded; the province's coordinator and leader hear of the miss.
    await issuedTask(ctx, 'xa', '2026-12-04');
    const title = 'Niêm yết công khai ngân sách';

    await workerAt(ctx, at('2026-12-01')).worker.drain();
    expect(await added(0)).toEqual([
      `lanhdaoxa deadline Còn 3 ngày đến hạn: ${title}`,
      `xa deadline Còn 3 ngày đến hạn: ${title}`,
    ]);

    // The same day again, by two more processes at once: nothing new.
    await Promise.all([
      workerAt(ctx, at('2026-12-01'), 'p2').worker.drain(),
      workerAt(ctx, at('2026-12-01'), 'p3').worker.drain(),
    ]);
    expect(await notices(ctx)).toHaveLength(2);

    await workerAt(ctx, at('2026-12-04')).worker.drain();
    expect(await added(2)).toEqual([
      `lanhdaoxa deadline Hôm nay đến hạn: ${title}`,
      `xa deadline Hôm nay đến hạn: ${title}`,
    ]);
    await workerAt(ctx, at('2026-12-05')).worker.drain();
    await workerAt(ctx, at('2026-12-05'), 'p2').worker.drain();
    expect(await added(4)).toEqual([
      `lanhdao escalation Phường Mộc Châu quá hạn: ${title}`,
      `lanhdaoxa deadline Quá hạn 1 ngày: ${title}`,
      `noivu escalation Phường Mộc Châu quá hạn: ${title}`,
      `xa deadline Quá hạn 1 ngày: ${title}`,
    ]);
  });

  it("a sở's task reminds its officers, and its own unit's managers when missed", async () => {
    await issuedTask(ctx, 'tuphap', '2026-12-04');
    await workerAt(ctx, at('2026-12-04')).worker.drain();
    await workerAt(ctx, at('2026-12-07')).worker.drain();
    const title = 'Niêm yết công khai ngân sách';
    expect(await notices(ctx)).toEqual([
      `tuphap deadline Hôm nay đến hạn: ${title}`,
      `tuphap deadline Quá hạn 3 ngày: ${title}`,
      `noivu escalation Sở Tư pháp tỉnh Sơn La quá hạn: ${title}`,
      `lanhdao escalation Sở Tư pháp tỉnh Sơn La quá hạn: ${title}`,
    ]);
  });

  it('reports owed under the regimes: the commune before and on the day, the province after', async () => {
    await sql(`update reporting_regime set active = true`);
    try {
      await workerAt(ctx, at('2026-12-07')).worker.drain();
      await workerAt(ctx, at('2026-12-08')).worker.drain();
      const mine = (await notices(ctx)).filter((n) => n.includes('Báo cáo năm 2026'));
      // 05/12/2026 is a Saturday: the communes' annual report is due on Monday 07/12.
      expect(mine).toContain('xa deadline Hôm nay đến hạn: Báo cáo năm 2026');
      expect(mine).toContain('xa deadline Quá hạn 1 ngày: Báo cáo năm 2026');
      expect(mine).toContain('noivu escalation Phường Mộc Châu quá hạn: Báo cáo năm 2026');
      expect(mine.filter((n) => n.startsWith('xem '))).toEqual([]);
    } finally {
      await sql(`update reporting_regime set active = false`);
    }
  });

  it("a unit obliged by the province's plan: reminded until its own plan is issued", async () => {
    const { planId } = await issuedTask(ctx, 'noivu', '2026-12-31');
    await sql(`update plan set number = 12, symbol = 'KH-UBND' where id = $1`, [planId]);
    const commune = (await sql(`select unit_id from app_user where username = 'xa'`)).rows[0]
      .unit_id;
    const ob = await sql(
      `insert into plan_obligation (parent_plan_id, obligation_id, unit_id, due)
       values ($1, 'ke-hoach-xa', $2, '2026-12-03') returning id`,
      [planId, commune],
    );
    const planning = async () => (await notices(ctx)).filter((n) => n.includes('Ban hành')).sort();
    const what = 'Ban hành kế hoạch thực hiện Kế hoạch số 12/KH-UBND (Kế hoạch thử nhắc hạn)';
    // The commune's leader issues its plan, so hears of it with the officer who drafts it.
    await workerAt(ctx, at('2026-12-03')).worker.drain();
    expect(await planning()).toEqual([
      `lanhdaoxa deadline Hôm nay đến hạn: ${what}`,
      `xa deadline Hôm nay đến hạn: ${what}`,
    ]);
    await workerAt(ctx, at('2026-12-04')).worker.drain();
    expect(await planning()).toEqual([
      `lanhdao escalation Phường Mộc Châu quá hạn: ${what}`,
      `lanhdaoxa deadline Hôm nay đến hạn: ${what}`,
      `lanhdaoxa deadline Quá hạn 1 ngày: ${what}`,
      `noivu escalation Phường Mộc Châu quá hạn: ${what}`,
      `xa deadline Hôm nay đến hạn: ${what}`,
      `xa deadline Quá hạn 1 ngày: ${what}`,
    ]);
    // The commune issues its plan: the obligation is met, no more reminders.
    const child = await sql(
      `insert into plan (unit_id, plan_type, status, year, title, period_from, period_to,
                         issued_on, body, search)
       values ($1, 'papi_annual', 'issued', 2026, 'Kế hoạch của phường', '2026-01-01',
               '2026-12-31', '2026-12-05', '{}', 'ke hoach') returning id`,
      [commune],
    );
    await sql(`update plan_obligation set child_plan_id = $2 where id = $1`, [
      ob.rows[0].id,
      child.rows[0].id,
    ]);
    const before = (await notices(ctx)).length;
    await workerAt(ctx, at('2026-12-05')).worker.drain();
    expect((await notices(ctx)).filter((n) => n.includes('Ban hành')).length).toBe(6);
    expect((await notices(ctx)).length).toBe(before);
  });

  it('e-mails each reminder once through the logged transport, with an absolute link', async () => {
    const { planId } = await issuedTask(ctx, 'xa', '2026-12-01');
    const { worker, lines } = workerAt(ctx, at('2026-12-01'));
    await worker.drain();
    await workerAt(ctx, at('2026-12-01'), 'p2').worker.drain();
    const sent = (await mails(ctx)).filter((m) => m.subject.includes('Hôm nay'));
    expect(sent.map((m) => m.to_address).sort()).toEqual([
      'lanhdaoxa@sonla.gov.vn',
      'xa@sonla.gov.vn',
    ]);
    for (const mail of sent) {
      expect(mail.transport).toBe('log');
      expect(mail.text).toContain(`https://papi.example/plans/${planId}`);
      const logged = (l: string) =>
        l.includes(` tới ${mail.to_address}: `) && l.includes('Hôm nay');
      expect(lines.filter(logged)).toHaveLength(1);
    }
  });

  it("follows each person's preferences: days before, in-app off, e-mail off", async () => {
    await issuedTask(ctx, 'xa', '2026-12-08');
    const xa = await ctx.as('xa');
    const prefs = await xa.get<Record<string, unknown>>('/api/notifications/preferences');
    const email = { ...(prefs.body.email as object), deadline: false };
    const saved = await xa.request('PUT', '/api/notifications/preferences', {
      ...prefs.body,
      emailAddress: undefined,
      email,
      remindDaysBefore: 7,
      inApp: true,
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    await workerAt(ctx, at('2026-12-01')).worker.drain();
    expect(await notices(ctx)).toEqual([
      'xa deadline Còn 7 ngày đến hạn: Niêm yết công khai ngân sách',
    ]);
    expect((await mails(ctx)).filter((m) => m.subject.includes('Còn'))).toEqual([]);

    await xa.request('PUT', '/api/notifications/preferences', {
      ...prefs.body,
      emailAddress: undefined,
      version: 2,
      inApp: false,
    });
    await workerAt(ctx, at('2026-12-08')).worker.drain();
    // xa's in-app is off: no new row for xa; the commune leader keeps the defaults…
    expect(await notices(ctx)).toEqual([
      'xa deadline Còn 7 ngày đến hạn: Niêm yết công khai ngân sách',
      'lanhdaoxa deadline Hôm nay đến hạn: Niêm yết công khai ngân sách',
    ]);
    const due = (await mails(ctx)).filter((m) => m.subject.includes('Hôm nay'));
    // …and xa's e-mail still goes.
    expect(due.map((m) => m.to_address).sort()).toEqual([
      'lanhdaoxa@sonla.gov.vn',
      'xa@sonla.gov.vn',
    ]);
  });
});

describe('daily digest', () => {
  it('lists what is due soon and overdue; nobody with nothing gets one; once a day', async () => {
    await issuedTask(ctx, 'xa', '2026-12-03');
    await workerAt(ctx, at('2026-12-01')).worker.drain();
    await workerAt(ctx, at('2026-12-01'), 'p2').worker.drain();
    const digests = (await mails(ctx)).filter((m) => m.subject.includes('Bản tin'));
    // The commune's officer and leader; not the province, whose managers have nothing yet.
    expect(digests.map((m) => m.to_address).sort()).toEqual([
      'lanhdaoxa@sonla.gov.vn',
      'xa@sonla.gov.vn',
    ]);
    for (const digest of digests) {
      expect(digest.subject).toBe('[PAPI Hub] Bản tin 01/12/2026: 1 sắp đến hạn');
      expect(digest.text).toContain('SẮP ĐẾN HẠN (1):');
    }

    // Two days late: the province's coordinator and leader see it in their digest too.
    await workerAt(ctx, at('2026-12-05')).worker.drain();
    const late = (await mails(ctx)).filter((m) => m.subject.startsWith('[PAPI Hub] Bản tin 05/12'));
    expect(late.map((m) => m.to_address).sort()).toEqual([
      'lanhdao@sonla.gov.vn',
      'lanhdaoxa@sonla.gov.vn',
      'noivu@sonla.gov.vn',
      'xa@sonla.gov.vn',
    ]);
    expect(late.every((m) => m.text.includes('QUÁ HẠN (1):'))).toBe(true);
  });

  it('goes at the hour each person chose, and not at all when switched off', async () => {
    await issuedTask(ctx, 'xa', '2026-12-02');
    await sql(`insert into notification_pref (user_id, in_app, email, digest, digest_hour,
                 remind_days_before)
               select id, true, '{}', true, 9, 3 from app_user where username = 'xa'`);
    const digests = async () =>
      (await mails(ctx)).filter((m) => m.subject.includes('Bản tin')).map((m) => m.to_address);
    // 07:30: only the commune leader, at the default hour; xa chose 09:00.
    await workerAt(ctx, at('2026-12-01')).worker.drain();
    expect(await digests()).toEqual(['lanhdaoxa@sonla.gov.vn']);
    await workerAt(ctx, '2026-12-01T02:10:00Z').worker.drain(); // 09:10
    expect(await digests()).toEqual(['lanhdaoxa@sonla.gov.vn', 'xa@sonla.gov.vn']);
    await sql(`update notification_pref set digest = false`);
    await workerAt(ctx, '2026-12-02T02:10:00Z').worker.drain();
    expect(await digests()).toEqual(['lanhdaoxa@sonla.gov.vn', 'xa@sonla.gov.vn']);
  });
});

describe('two server processes', () => {
  it.runIf(inject('databaseKind') === 'postgres')(
    'a second real node process running the same jobs: each reminder and digest once',
    async () => {
      await issuedTask(ctx, 'xa', '2026-12-01');
      const child = await spawnWorkerProcess(await databaseUrlOf(ctx.database.db), {
        CHILD_NOW: at('2026-12-01'),
      });
      child.go();
      await Promise.all([workerAt(ctx, at('2026-12-01'), 'parent').worker.drain(), child.done]);
      expect(await added(0)).toEqual([
        'lanhdaoxa deadline Hôm nay đến hạn: Niêm yết công khai ngân sách',
        'xa deadline Hôm nay đến hạn: Niêm yết công khai ngân sách',
      ]);
      const subjects = (await mails(ctx)).map((m) => `${m.to_address} ${m.subject}`);
      expect(subjects.sort()).toEqual([
        'lanhdaoxa@sonla.gov.vn [PAPI Hub] Bản tin 01/12/2026: 1 sắp đến hạn',
        'lanhdaoxa@sonla.gov.vn [PAPI Hub] Hôm nay đến hạn: Niêm yết công khai ngân sách',
        'xa@sonla.gov.vn [PAPI Hub] Bản tin 01/12/2026: 1 sắp đến hạn',
        'xa@sonla.gov.vn [PAPI Hub] Hôm nay đến hạn: Niêm yết công khai ngân sách',
      ]);
      const jobs = await sql(`select kind, status, last_error from job where status <> 'done'`);
      expect(jobs.rows).toEqual([]);
    },
    30_000,
  );
});
