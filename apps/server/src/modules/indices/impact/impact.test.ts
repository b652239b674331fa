import fs from 'node:fs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TImpactSummary } from '@papi/contracts';
import { createTestContext, type TestClient, type TestContext } from '../../../test/harness.ts';
import { nowMs } from '../../../platform/clock.ts';
import { ok } from '../../execution/execution.fixtures.ts';
import { notices, workerAt } from '../../reminders/reminders.fixture.ts';
import { impactWorld, type ImpactWorld } from './impact.fixture.ts';

let ctx: TestContext;
let noivu: TestClient;
let lanhdao: TestClient;
let world: ImpactWorld;
let clock = nowMs();

async function relay() {
  clock += 31_000;
  await workerAt(ctx, new Date(clock).toISOString()).worker.drain();
}
const impactLines = async () =>
  (await notices(ctx)).filter((l) => l.includes('Điều gì đã thay đổi'));

beforeAll(async () => {
  ctx = await createTestContext();
  noivu = await ctx.as('noivu');
  lanhdao = await ctx.as('lanhdao');
  world = await impactWorld(ctx, noivu, lanhdao);
  await relay(); // the 2024 import's notices, out of the way
  await world.import2025();
  await relay();
}, 120_000);
afterAll(() => ctx.close());

const impact = async (client: TestClient, unitId: number, year?: number) =>
  client.get<TImpactSummary>(
    `/api/indices/PAPI/units/${unitId}/impact${year ? `?year=${year}` : ''}`,
  );

describe('what moved for Sơn La, 2024 → 2025', () => {
  it('lists D3 and D3.1 up, D5 down, against the national median; ranks not compared across the map change', async () => {
    const s = ok<TImpactSummary>(await impact(lanhdao, world.sonLa.id));
    expect(s).toMatchObject({
      year: 2025,
      previousYear: 2024,
      available: true,
      previousEstimated: false,
    });
    expect(s.previousBasis.map((u) => u.name)).toEqual(['Sơn La']);
    expect(s.moved.map((m) => [m.code, m.direction])).toEqual([
      ['D5', 'fell'],
      ['D3.1', 'rose'],
      ['D3', 'rose'],
    ]);
    const d3 = s.moved.find((m) => m.code === 'D3')!;
    expect(d3.change).toBeCloseTo(0.5, 6);
    expect(Math.abs(d3.nationalChange)).toBeLessThan(0.05);
    expect(d3.name).toBeTruthy();
    expect(s.standing).toMatchObject({ ranksComparable: false, places: null });
    expect(s.standing.rank).not.toBeNull();
    expect(s.taskWindow).toEqual({ from: '2023-12-01', to: '2025-11-30' });
    expect(s.disclaimer).toBe('Đây là mối liên hệ, không chứng minh nhân quả.');
  });

  it('beside each move: the unit’s tasks targeting it, with status and evidence', async () => {
    const s = ok<TImpactSummary>(await impact(noivu, world.sonLa.id, 2025));
    for (const code of ['D3', 'D3.1']) {
      const m = s.moved.find((x) => x.code === code)!;
      expect(m.tasksTotal).toBe(1);
      expect(m.tasks[0]).toMatchObject({
        id: world.taskId,
        status: 'done',
        completedOn: '2025-06-30',
        evidence: 1,
        inWindow: true,
      });
    }
    const d5 = s.moved.find((x) => x.code === 'D5')!;
    expect(d5.tasks.map((t) => t.inWindow)).toEqual([false]);
  });

  it('compares the change where D3 tasks were done (4) with where not (3): exact permutation test, p = 1/35', async () => {
    const s = ok<TImpactSummary>(await impact(lanhdao, world.sonLa.id));
    const a = s.moved.find((x) => x.code === 'D3')!.association;
    expect(a).toMatchObject({ provincesWithTaskData: 7, comparable: true });
    expect(a.withTasks.n).toBe(4);
    expect(a.withoutTasks.n).toBe(3);
    expect(a.difference).toBeCloseTo(0.425, 6);
    // Some of the six are merged provinces (Tuyên Quang, Lào Cai): their 2024 is the mean of
    // their predecessors', so their change is exactly what the fixture moved.
    const merged = await ctx.database.pool.query<{ n: number }>(
      `select count(*)::int as n from (select new_unit_id from unit_succession us
         join admin_unit o on o.id = us.old_unit_id and o.level = 'province'
        where new_unit_id = any($1::int[]) group by new_unit_id having count(*) > 1) m`,
      [[...world.done, ...world.notDone]],
    );
    expect(merged.rows[0]!.n).toBeGreaterThan(0);
    expect(a.estimated).toBe(merged.rows[0]!.n);
    // Only the observed split of the C(7, 4) = 35 is as extreme.
    expect(a.test).toMatchObject({ method: 'exact', permutations: 35 });
    expect(a.test!.pValue).toBeCloseTo(1 / 35, 12);
    expect(a.note).toContain('kiểm định hoán vị hai phía, chính xác (35 cách chia)');
    expect(a.note).toContain('n = 4');
    // D5: no province finished a D5 task in the window: no test, said plainly.
    const d5 = s.moved.find((x) => x.code === 'D5')!.association;
    expect(d5.withTasks.n).toBe(0);
    expect(d5.test).toBeNull();
    expect(d5.note).toContain('không đủ trường hợp');
  });

  it('with task data in one province only: "không so sánh được"', async () => {
    await ctx.database.pool.query(
      `update task_state set plan_unit_path = $1 where plan_id <> (select plan_id from task_state where task_id = $2)`,
      [world.sonLa.path, world.taskId],
    );
    try {
      const s = ok<TImpactSummary>(await impact(lanhdao, world.sonLa.id));
      const a = s.moved.find((x) => x.code === 'D3')!.association;
      expect(a).toMatchObject({ provincesWithTaskData: 1, comparable: false, test: null });
      expect(a.note).toBe('Chỉ có 1 tỉnh có dữ liệu nhiệm vụ — không so sánh được.');
    } finally {
      await ctx.database.pool.query(
        `update task_state s set plan_unit_path = u.path from plan p join admin_unit u on u.id = p.unit_id
          where p.id = s.plan_id`,
      );
    }
  });

  it('a ward has no results of its own; the previous year has no previous', async () => {
    const xa = await ctx.as('xa');
    const ward = (
      await ctx.database.pool.query<{ unit_id: number }>(
        `select unit_id from app_user where username = 'xa'`,
      )
    ).rows[0]!.unit_id;
    expect(ok<TImpactSummary>(await impact(xa, ward))).toMatchObject({
      available: false,
      reason: 'no_unit_result',
    });
    const first = ok<TImpactSummary>(await impact(lanhdao, world.sonLa.id, 2011));
    expect(first).toMatchObject({ available: false, reason: 'no_previous' });
  });

  it('out of scope → 404: a ward officer on the province, the province on another', async () => {
    const xa = await ctx.as('xa');
    expect((await impact(xa, world.sonLa.id)).status).toBe(404);
    expect((await impact(lanhdao, world.done[0]!)).status).toBe(404);
    expect((await lanhdao.get('/api/indices/NOPE/units/1/impact')).status).toBe(404);
  });
});

describe('the notice on import', () => {
  it('tells the province’s leaders and coordinators once each, per release', async () => {
    const lines = await impactLines();
    // The 2024 import told them of 2023 → 2024 (Sơn La's predecessor), the 2025 one of 2024 → 2025.
    expect(lines.filter((l) => l.includes('2024')).sort()).toEqual([
      'lanhdao plan Điều gì đã thay đổi: kết quả PAPI năm 2024 của Sơn La',
      'noivu plan Điều gì đã thay đổi: kết quả PAPI năm 2024 của Sơn La',
    ]);
    expect(lines.filter((l) => l.includes('2025')).sort()).toEqual([
      'lanhdao plan Điều gì đã thay đổi: kết quả PAPI năm 2025 của Sơn La',
      'noivu plan Điều gì đã thay đổi: kết quả PAPI năm 2025 của Sơn La',
    ]);
    const body = (
      await ctx.database.pool.query<{ body: string; link: string }>(
        `select body, link from notification where title like 'Điều gì đã thay đổi%2025%' limit 1`,
      )
    ).rows[0]!;
    expect(body.body).toBe(
      'So với năm 2024: tăng vượt ngưỡng: D3.1, D3; giảm vượt ngưỡng: D5. ' +
        `Thứ hạng: hạng ${(await impact(lanhdao, world.sonLa.id)).body.standing.rank}, không so sánh được với năm trước; ` +
        `nhóm: ${body.body.split('nhóm: ')[1]!.split('.')[0]}. Mục tiêu: 0 đạt, 0 chưa đạt, 0 chờ kết quả.`,
    );
    expect(body.link).toBe(`/indices/impact/${world.sonLa.id}?year=2025`);
    // The same release imported again: a new event, the generic notice again, no second summary.
    await world.import2025();
    await relay();
    expect(await impactLines()).toHaveLength(4);
  });
});

/** The Word document's paragraphs as text. */
async function wordText(client: TestClient, path: string) {
  const res = await ctx.app.request(path, { headers: { cookie: client.cookie } });
  expect(res.status).toBe(200);
  const bytes = new Uint8Array(await res.arrayBuffer());
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  );
  return { bytes, paragraphs };
}

describe('the analysis report’s chapter', () => {
  it('says what moved, the tasks beside each move, the comparison and the caveat', async () => {
    const { bytes, paragraphs } = await wordText(
      lanhdao,
      `/api/indices/PAPI/units/${world.sonLa.id}/report?year=2025`,
    );
    if (process.env.IMPACT_DOCX) fs.writeFileSync(process.env.IMPACT_DOCX, bytes);
    const start = paragraphs.indexOf(
      'IV. NHỮNG THAY ĐỔI SO VỚI NĂM TRƯỚC VÀ LIÊN HỆ VỚI NHIỆM VỤ ĐÃ THỰC HIỆN',
    );
    expect(start).toBeGreaterThan(paragraphs.indexOf('3. Đề xuất trọng tâm'));
    const chapter = paragraphs.slice(start).join('\n');
    expect(chapter).toContain(
      'So với năm 2024, thứ hạng: hạng 34, không so sánh được với năm trước',
    );
    expect(chapter).toContain('Nhiệm vụ được tính khi hoàn thành từ 01/12/2023 đến 30/11/2025');
    expect(chapter).toContain('giả định khảo sát năm 2025 kết thúc ngày 30/11/2025');
    expect(chapter).toMatch(/1\. D5\. .+: giảm so với mặt bằng chung/);
    expect(chapter).toMatch(/3\. D3\. .+: tăng so với mặt bằng chung/);
    expect(chapter).toContain('Điểm từ 5,58 lên 6,08 (+0,50 điểm)');
    expect(chapter).toMatch(/: Hoàn thành, ngày 30\/06\/2025, 1 minh chứng\./);
    expect(chapter).toContain('kiểm định hoán vị hai phía, chính xác (35 cách chia): p = 0,029.');
    expect(chapter).toContain('không đủ trường hợp');
    expect(chapter).toContain('Đây là mối liên hệ, không chứng minh nhân quả.');
  });

  it('is left out for a reader outside the province (it names its tasks)', async () => {
    const xa = await ctx.as('xa');
    const { paragraphs } = await wordText(
      xa,
      `/api/indices/PAPI/units/${world.sonLa.id}/report?year=2025`,
    );
    expect(paragraphs.some((p) => p.startsWith('IV. NHỮNG THAY ĐỔI'))).toBe(false);
    expect(paragraphs).toContain('III. ĐÁNH GIÁ CHUNG VÀ ĐỀ XUẤT TRỌNG TÂM');
  });
});
