import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import { databaseUrlOf, spawnWorkerProcess } from '../../platform/jobs/jobs.fixture.ts';
import { issuedTask, mails, notices, workerAt } from './reminders.fixture.ts';

let ctx: TestContext;
const sql = (text: string, params: unknown[] = []) => ctx.database.pool.query(text, params);

beforeAll(async () => {
  ctx = await createTestContext();
  await sql(`update app_user set email = username || '@sonla.gov.vn' where username <> 'admin'`);
});
afterAll(() => ctx.close());
beforeEach(async () => {
  for (const t of ['notification', 'mail_log', 'job', 'notification_pref', 'plan_task', 'plan']) {
    await sql(`delete from ${t}`);
  }
});

// 07:30 in Vietnam on each day: after the 06:00 scan and at the default 07:00 digest hour.
const at = (day: string) => `${day}T00:30:00Z`;

describe('reminder scan', () => {
  it('before, on the day, after; escalation to the province; each once', async () => {
    await issuedTask(ctx, 'xa', '2026-12-04');
    const title = 'Niêm yết công khai ngân sách';

    await workerAt(ctx, at('2026-12-01')).worker.drain();
    expect(await notices(ctx)).toEqual([`xa deadline Còn 3 ngày đến hạn: ${title}`]);

    // The same day again, by two more processes at once: nothing new.
    await Promise.all([
      workerAt(ctx, at('2026-12-01'), 'p2').worker.drain(),
      workerAt(ctx, at('2026-12-01'), 'p3').worker.drain(),
    ]);
    expect(await notices(ctx)).toHaveLength(1);

    await workerAt(ctx, at('2026-12-04')).worker.drain();
    await workerAt(ctx, at('2026-12-05')).worker.drain();
    await workerAt(ctx, at('2026-12-05'), 'p2').worker.drain();
    expect((await notices(ctx)).slice(1)).toEqual([
      `xa deadline Hôm nay đến hạn: ${title}`,
      `xa deadline Quá hạn 1 ngày: ${title}`,
      `noivu escalation Phường Mộc Châu quá hạn: ${title}`,
      `lanhdao escalation Phường Mộc Châu quá hạn: ${title}`,
    ]);
  });

  it('e-mails each reminder once through the logged transport, with an absolute link', async () => {
    const { planId } = await issuedTask(ctx, 'xa', '2026-12-01');
    const { worker, lines } = workerAt(ctx, at('2026-12-01'));
    await worker.drain();
    await workerAt(ctx, at('2026-12-01'), 'p2').worker.drain();
    const sent = (await mails(ctx)).filter((m) => m.subject.includes('Hôm nay'));
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ to_address: 'xa@sonla.gov.vn', transport: 'log' });
    expect(sent[0]!.text).toContain(`https://papi.example/plans/${planId}`);
    expect(lines.some((l) => l.includes('xa@sonla.gov.vn') && l.includes('Hôm nay'))).toBe(true);
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
    expect(await notices(ctx)).toHaveLength(1); // in-app off: no row…
    const due = (await mails(ctx)).filter((m) => m.subject.includes('Hôm nay'));
    expect(due.map((m) => m.to_address)).toEqual(['xa@sonla.gov.vn']); // …but the e-mail goes
  });
});

describe('daily digest', () => {
  it('lists what is due soon and overdue; nobody with nothing gets one; once a day', async () => {
    await issuedTask(ctx, 'xa', '2026-12-03');
    await workerAt(ctx, at('2026-12-01')).worker.drain();
    await workerAt(ctx, at('2026-12-01'), 'p2').worker.drain();
    const digests = (await mails(ctx)).filter((m) => m.subject.includes('Bản tin'));
    expect(digests.map((m) => m.to_address)).toEqual(['xa@sonla.gov.vn']);
    expect(digests[0]!.subject).toBe('[PAPI Hub] Bản tin 01/12/2026: 1 sắp đến hạn');
    expect(digests[0]!.text).toContain('SẮP ĐẾN HẠN (1):');

    // Two days late: the province's coordinator and leader see it in their digest too.
    await workerAt(ctx, at('2026-12-05')).worker.drain();
    const late = (await mails(ctx)).filter((m) => m.subject.startsWith('[PAPI Hub] Bản tin 05/12'));
    expect(late.map((m) => m.to_address).sort()).toEqual([
      'lanhdao@sonla.gov.vn',
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
    await workerAt(ctx, at('2026-12-01')).worker.drain(); // 07:30
    expect((await mails(ctx)).filter((m) => m.subject.includes('Bản tin'))).toEqual([]);
    await workerAt(ctx, '2026-12-01T02:10:00Z').worker.drain(); // 09:10
    expect((await mails(ctx)).filter((m) => m.subject.includes('Bản tin'))).toHaveLength(1);
    await sql(`update notification_pref set digest = false`);
    await workerAt(ctx, '2026-12-02T02:10:00Z').worker.drain();
    expect((await mails(ctx)).filter((m) => m.subject.includes('Bản tin'))).toHaveLength(1);
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
      expect(await notices(ctx)).toEqual([
        'xa deadline Hôm nay đến hạn: Niêm yết công khai ngân sách',
      ]);
      const subjects = (await mails(ctx)).map((m) => `${m.to_address} ${m.subject}`);
      expect(subjects.sort()).toEqual([
        'xa@sonla.gov.vn [PAPI Hub] Bản tin 01/12/2026: 1 sắp đến hạn',
        'xa@sonla.gov.vn [PAPI Hub] Hôm nay đến hạn: Niêm yết công khai ngân sách',
      ]);
      const jobs = await sql(`select kind, status, last_error from job where status <> 'done'`);
      expect(jobs.rows).toEqual([]);
    },
    30_000,
  );
});
