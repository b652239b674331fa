import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.ts';
import { expectApiError } from '../../test/helpers.ts';
import { transactionWithEvents } from '../../platform/events.ts';
import { createTransport, sendMail } from '../../platform/mail/mailer.ts';
import { notices, workerAt } from '../reminders/reminders.fixture.ts';
import { now as clockNow, nowMs } from '../../platform/clock.ts';

let ctx: TestContext;
let xa: TestClient;
let xaId: number;
const sql = (text: string, params: unknown[] = []) => ctx.database.pool.query(text, params);

async function seedNotices(userId: number, n: number, prefix = 'Thông báo') {
  for (let i = 1; i <= n; i++) {
    await sql(
      `insert into notification (user_id, kind, title, body, link, dedupe_key)
       values ($1, 'report', $2, 'Nội dung', '/reports', $3)`,
      [userId, `${prefix} ${i}`, `test:${prefix}:${userId}:${i}`],
    );
  }
}

beforeAll(async () => {
  ctx = await createTestContext();
  xa = await ctx.as('xa');
  xaId = (await sql(`select id from app_user where username = 'xa'`)).rows[0].id;
});
afterAll(() => ctx.close());

type List = {
  items: { id: number; title: string; readAt: string | null }[];
  total: number;
  unread: number;
};

describe('my notifications', () => {
  it('pages newest first, filters unread, counts, marks read one and all', async () => {
    await seedNotices(xaId, 25);
    const noivu = (await sql(`select id from app_user where username = 'noivu'`)).rows[0].id;
    await seedNotices(noivu, 3, 'Của người khác');

    const first = await xa.get<List>('/api/notifications?pageSize=10');
    expect(first.body).toMatchObject({ total: 25, unread: 25 });
    expect(first.body.items.map((i) => i.title).slice(0, 2)).toEqual([
      'Thông báo 25',
      'Thông báo 24',
    ]);
    const third = await xa.get<List>('/api/notifications?pageSize=10&page=3');
    expect(third.body.items).toHaveLength(5);
    expect((await xa.get<List>('/api/notifications?page=9')).body).toMatchObject({
      items: [],
      total: 25,
    });

    const target = first.body.items[0]!;
    const read = await xa.post<{ readAt: string }>(`/api/notifications/${target.id}/read`);
    expect(read.status).toBe(200);
    expect(read.body.readAt).toBeTruthy();
    const again = await xa.post<{ readAt: string }>(`/api/notifications/${target.id}/read`);
    expect(again.body.readAt).toBe(read.body.readAt); // the first reading time stays
    expect((await xa.get('/api/notifications/unread-count')).body).toEqual({ unread: 24 });
    const unread = await xa.get<List>('/api/notifications?unread=true&pageSize=100');
    expect(unread.body).toMatchObject({ total: 24, unread: 24 });
    expect(unread.body.items.some((i) => i.id === target.id)).toBe(false);

    const others = await sql(`select id from notification where user_id = $1 limit 1`, [noivu]);
    expectApiError(await xa.post(`/api/notifications/${others.rows[0].id}/read`), 404, 'NOT_FOUND');
    expect(
      (
        await sql(
          `select count(*)::int as n from notification where read_at is not null and user_id = $1`,
          [noivu],
        )
      ).rows[0].n,
    ).toBe(0);

    const all = await xa.post('/api/notifications/read-all');
    expect(all.body).toEqual({ ok: true, marked: 24 });
    expect((await xa.get('/api/notifications/unread-count')).body).toEqual({ unread: 0 });
    expect((await (await ctx.as('noivu')).get('/api/notifications/unread-count')).body).toEqual({
      unread: 3,
    });
  });
});

describe('preferences', () => {
  it('defaults at version 1, saved with a version check, validated', async () => {
    const tuphap = await ctx.as('tuphap');
    const def = await tuphap.get<Record<string, unknown>>('/api/notifications/preferences');
    expect(def.body).toMatchObject({
      inApp: true,
      digest: true,
      digestHour: 7,
      remindDaysBefore: 3,
      version: 1,
    });
    const { emailAddress: _e, ...body } = def.body;
    const saved = await tuphap.request<Record<string, unknown>>(
      'PUT',
      '/api/notifications/preferences',
      {
        ...body,
        digestHour: 16,
        remindDaysBefore: 5,
      },
    );
    expect(saved.body).toMatchObject({ digestHour: 16, remindDaysBefore: 5, version: 2 });
    const stale = await tuphap.request('PUT', '/api/notifications/preferences', {
      ...body,
      digestHour: 8,
    });
    expectApiError(stale, 409);
    const bad = await tuphap.request('PUT', '/api/notifications/preferences', {
      ...body,
      version: 2,
      digestHour: 24,
    });
    expect(expectApiError(bad, 400, 'VALIDATION').message).toContain('digestHour');
    expect((await tuphap.get('/api/notifications/preferences')).body).toMatchObject({
      digestHour: 16,
    });
    const audit = await sql(
      `select count(*)::int as n from audit_log where entity = 'notification_pref'`,
    );
    expect(audit.rows[0].n).toBe(1);
  });
});

describe('outbox relay', () => {
  // New results concern every unit that plans against them: the commune's leader too.
  it('turns an event into one notification per coordinator and leader, once across workers', async () => {
    await sql('delete from notification');
    await transactionWithEvents(ctx.database.db, async (_tx, emit) => {
      await emit('index.published', {
        code: 'PAPI',
        year: 2025,
        releaseId: 1,
        publishedOn: '2026-04-20',
        replaced: false,
      });
    });
    const now = clockNow().toISOString();
    await Promise.all([
      workerAt(ctx, now, 'a').worker.drain(),
      workerAt(ctx, now, 'b').worker.drain(),
    ]);
    await workerAt(ctx, new Date(nowMs() + 60_000).toISOString(), 'c').worker.drain();
    expect((await notices(ctx)).sort()).toEqual([
      'lanhdao plan Công bố kết quả PAPI năm 2025',
      'lanhdaoxa plan Công bố kết quả PAPI năm 2025',
      'noivu plan Công bố kết quả PAPI năm 2025',
    ]);
    const delivered = await sql(`select count(*)::int as n from event_delivery`);
    expect(delivered.rows[0].n).toBe(1);
  });

  it('an event committed late with a lower id is still relayed', async () => {
    await sql('delete from notification');
    // An outbox row whose id was taken before the last relayed one but committed after it.
    const free = await sql(
      `select s::int as id from generate_series(
         (select max(event_id) from event_delivery) - 1, 0, -1) s
        where not exists (select 1 from domain_event where id = s) limit 1`,
    );
    await sql(
      `insert into domain_event (id, type, payload, occurred_at) values ($1, 'index.published', $2, $3)`,
      [
        free.rows[0].id,
        JSON.stringify({
          code: 'PAPI',
          year: 2024,
          releaseId: 2,
          publishedOn: null,
          replaced: true,
        }),
        clockNow().toISOString(),
      ],
    );
    await workerAt(ctx, new Date(nowMs() + 120_000).toISOString()).worker.drain();
    expect((await notices(ctx)).sort()).toEqual([
      'lanhdao plan Cập nhật kết quả PAPI năm 2024',
      'lanhdaoxa plan Cập nhật kết quả PAPI năm 2024',
      'noivu plan Cập nhật kết quả PAPI năm 2024',
    ]);
  });
});

describe('SMTP', () => {
  it('sends a real message through an SMTP server, logged as smtp', async () => {
    const received: { from: string; to: string[]; data: string }[] = [];
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, done) {
        let data = '';
        stream.on('data', (c: Buffer) => (data += c.toString()));
        stream.on('end', () => {
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            data,
          });
          done();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.server.address() as { port: number }).port;
    try {
      const transport = createTransport({
        smtpUrl: `smtp://127.0.0.1:${port}`,
        mailFrom: 'PAPI Hub <no-reply@sonla.gov.vn>',
      });
      const mail = {
        userId: xaId,
        to: 'xa@sonla.gov.vn',
        subject: 'Hôm nay đến hạn: Báo cáo 6 tháng',
        text: 'Đơn vị cần gửi báo cáo hôm nay.',
        kind: 'deadline',
        dedupeKey: 'smtp-test-1',
      };
      expect(await ctx.database.db.transaction((tx) => sendMail(tx, transport, mail))).toBe(true);
      expect(await ctx.database.db.transaction((tx) => sendMail(tx, transport, mail))).toBe(false);
      expect(received).toHaveLength(1);
      expect(received[0]).toMatchObject({ from: 'no-reply@sonla.gov.vn', to: ['xa@sonla.gov.vn'] });
      expect(received[0]!.data).toMatch(/^Subject: =\?UTF-8\?/m);
      const log = await sql(
        `select transport, message_id from mail_log where dedupe_key = 'smtp-test-1'`,
      );
      expect(log.rows[0].transport).toBe('smtp');
      expect(log.rows[0].message_id).toMatch(/@/);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
