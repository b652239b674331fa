import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TFlaggedResponse, TSurveyRun } from '@papi/contracts';
import { advanceClock } from '../../platform/clock.ts';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.ts';
import { countRows, expectApiError } from '../../test/helpers.ts';
import {
  Citizen,
  answer,
  openLink,
  publicInstrument,
  publishedRun,
  startForm,
} from './surveys.public.fixture.ts';
import { findLink, submitPublic } from './surveys.public.service.ts';

/** Issue #14, collection: bursts flagged for review (not dropped), the rate limit per address. */
let ctx: TestContext;
let noivu: TestClient;
let xem: TestClient;
let run: TSurveyRun;
let runToken = '';
let wardToken = '';

beforeAll(async () => {
  ctx = await createTestContext();
  [noivu, xem] = await Promise.all([ctx.as('noivu'), ctx.as('xem')]);
  run = await publishedRun(ctx, noivu, publicInstrument('cong_khai_lam_dung'), 'Khảo sát thử');
  runToken = (await openLink(noivu, run.id, null)).body.publicLink.token!;
  const opened = await openLink(noivu, run.id, 'MC');
  wardToken = opened.body.strata.find((s) => s.code === 'MC')!.publicLink.token!;
});
afterAll(() => ctx.close());

describe('abuse controls', () => {
  it('flags a burst from one address for review instead of dropping it', async () => {
    advanceClock(31 * 60_000);
    const before = (await noivu.get<TSurveyRun>(`/api/survey-runs/${run.id}`)).body;
    for (let i = 0; i < 5; i++) {
      const citizen = new Citizen(ctx);
      const formId = await startForm(citizen, wardToken);
      const note =
        i === 0 ? [['gop_y', 'Liên hệ a@b.vn hoặc 0987.654.321'] as [string, string]] : [];
      const res = await citizen.post(
        `/khao-sat/${wardToken}/phieu`,
        answer(formId, [['used', 'yes'], ['hl', '1'], ...note]),
      );
      expect(res.status).toBe(303);
    }
    const after = (await noivu.get<TSurveyRun>(`/api/survey-runs/${run.id}`)).body;
    expect(after.flagged).toBe(5);
    expect(after.responses).toBe(before.responses);
    const list = await noivu.get<{ items: TFlaggedResponse[] }>(
      `/api/survey-runs/${run.id}/flagged`,
    );
    expect(list.body.items).toHaveLength(5);
    expect(
      list.body.items.every((f) => f.review === 'flagged' && /địa chỉ mạng/.test(f.reason)),
    ).toBe(true);
    const texts = list.body.items.flatMap((f) => f.answers.filter((a) => a.question === 'gop_y'));
    expect(texts).toHaveLength(1);
    expect(texts[0]!.value).not.toMatch(/a@b\.vn|0987/);
    expect(list.body.items[0]!.answers.find((a) => a.question === 'hl')!.value).toBe(
      'Rất không hài lòng',
    );

    const [first, second] = list.body.items;
    const review = (id: number, decision: string, client = noivu) =>
      client.post<TFlaggedResponse>(`/api/survey-runs/${run.id}/responses/${id}/review`, {
        decision,
      });
    expectApiError(await review(first!.id, 'accepted', xem), 403, 'FORBIDDEN');
    const accepted = await review(first!.id, 'accepted');
    expect([accepted.status, accepted.body.review, accepted.body.reviewedBy]).toEqual([
      200,
      'accepted',
      expect.any(String),
    ]);
    expect((await review(second!.id, 'excluded')).body.review).toBe('excluded');
    const reviewed = (await noivu.get<TSurveyRun>(`/api/survey-runs/${run.id}`)).body;
    expect([reviewed.flagged, reviewed.responses]).toEqual([3, before.responses + 1]);
    expectApiError(await review(999999, 'accepted'), 404, 'NOT_FOUND');
  });

  it('flags a burst into one stratum from many addresses', async () => {
    advanceClock(31 * 60_000);
    const link = (await findLink(ctx.database.db, wardToken))!;
    const results = [];
    for (let i = 0; i < 20; i++)
      results.push(
        await ctx.database.db.transaction((tx) =>
          submitPublic(tx, link, {
            formId: crypto.randomUUID(),
            stratumCode: 'MC',
            deviceId: `thiet-bi-dong-loat-${String(i).padStart(4, '0')}`,
            address: `10.0.0.${i}`,
            answers: { used: 'no' },
          }),
        ),
      );
    expect(results.slice(0, 19).every((r) => r.kind === 'stored' && !r.flagged)).toBe(true);
    expect(results[19]).toMatchObject({ kind: 'stored', flagged: true });
    const flagged = await countRows(
      ctx,
      `survey_response where review = 'flagged' and review_reason like '%cùng một nhóm mẫu%'`,
    );
    expect(flagged).toBe(20);
  });

  it('limits submissions per address (429 with the wait), then lets them through again', async () => {
    advanceClock(11 * 60_000);
    const citizen = new Citizen(ctx);
    const formId = await startForm(citizen, runToken);
    const bad = answer(formId, [['used', 'yes']]);
    for (let i = 0; i < 20; i++)
      expect((await citizen.post(`/khao-sat/${runToken}/phieu`, bad)).status).toBe(422);
    const refused = await citizen.post(`/khao-sat/${runToken}/phieu`, bad);
    expect(refused.status).toBe(429);
    expect(refused.text).toMatch(/thử lại sau \d+ phút/);
    advanceClock(11 * 60_000);
    expect((await citizen.post(`/khao-sat/${runToken}/phieu`, bad)).status).toBe(422);
  });
});
