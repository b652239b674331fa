import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TPlanDetail } from '@papi/contracts';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.ts';
import { samplePlan, sampleTasks } from './plans.samples.ts';
import { documentText as textOf, expectInOrder } from './plan-document.fixture.ts';

let ctx: TestContext;
let author: TestClient;
let sonla = 0;
let agency = { id: 0, name: '' };
let second = { id: 0, name: '' };

beforeAll(async () => {
  ctx = await createTestContext();
  author = await ctx.as('noivu'); // drafting belongs to the unit's coordinator
  sonla = await ctx.unitId('post2025', 'province', '14');
  const r = await ctx.database.pool.query<{ id: number; name: string }>(
    `select id, name from agency where unit_id = $1 and active
      and (name like 'Sở Nội vụ%' or name like 'Sở Tư pháp%') order by name desc`,
    [sonla],
  );
  [agency, second] = [r.rows[0]!, r.rows[1]!];
});
afterAll(() => ctx.close());

const ok = <T>(res: { status: number; body: unknown }, status = 200) => {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  return res.body as T;
};

const documentText = (planId: number) => textOf(ctx, author, planId);

describe('a new plan starts from its type template', () => {
  const create = (planType: string, extra: Record<string, unknown> = {}) => {
    const { body: _body, ...plan } = samplePlan(sonla, `Kế hoạch ${planType} năm 2026`);
    return author.post('/api/plans', {
      ...plan,
      planType,
      year: 2026,
      period: { from: '2026-01-01', to: '2026-12-31' },
      ...extra,
    });
  };

  it('fills bases, purpose, requirements, sections, organisation, closing and signer', async () => {
    const p = ok<TPlanDetail>(await create('improvement'), 201);
    expect(p.body.bases.map((b) => b.text)).toEqual([
      'Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025;',
      'Căn cứ Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;',
    ]);
    expect(p.body.purpose.length).toBeGreaterThanOrEqual(2);
    expect(p.body.purpose[1]).toContain('năm 2026 so với năm 2025');
    expect(p.body.requirements.length).toBeGreaterThanOrEqual(2);
    expect(p.body.sections.map((s) => [s.numeral, s.heading, s.role, s.note])).toEqual([
      ['I', 'MỤC ĐÍCH, YÊU CẦU', 'purpose', null],
      ['II', 'NHIỆM VỤ, GIẢI PHÁP', 'tasks', '(Có Phụ lục kèm theo)'],
      ['III', 'TỔ CHỨC THỰC HIỆN', 'organisation', null],
    ]);
    expect(p.body.responsibilities.map((r) => r.heading)).toEqual(['Sở Nội vụ']);
    expect(p.body.closing).toMatch(/Ủy ban nhân dân tỉnh Sơn La.*\.\/\.$/);
    expect(p.body.recipients.archive).toEqual({ holders: ['VT'], copies: null });
    expect(p.body.recipients.lines).toContain('UBND các xã, phường');
    expect(p.body.signer).toMatchObject({ onBehalfOf: 'ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH' });
    expect(p.body.header.issuingBody).toBe('ỦY BAN NHÂN DÂN TỈNH SƠN LA');

    // Agencies that start leading tasks join "Tổ chức thực hiện", each once.
    const tasks = sampleTasks(agency).map((t, i) =>
      i % 2 ? { ...t, lead: { kind: 'agency', id: String(second.id), name: second.name } } : t,
    );
    const saved = ok<TPlanDetail>(
      await author.request('PUT', `/api/plans/${p.id}/tasks`, { version: p.version, tasks }),
    );
    const heads = saved.body.responsibilities.map((r) => r.heading);
    expect(heads).toEqual(['Sở Nội vụ', agency.name]);
    expect(saved.body.responsibilities[1]!.paragraphs[0]).toMatch(/^Chủ trì/);

    // An item the author removes stays removed on the next save of the same leads.
    const edited = ok<TPlanDetail>(
      await author.patch(`/api/plans/${p.id}`, {
        version: saved.version,
        body: { ...saved.body, responsibilities: saved.body.responsibilities.slice(0, 1) },
      }),
    );
    const again = ok<TPlanDetail>(
      await author.request('PUT', `/api/plans/${p.id}/tasks`, { version: edited.version, tasks }),
    );
    expect(again.body.responsibilities.map((r) => r.heading)).toEqual(['Sở Nội vụ']);

    const paragraphs = await documentText(p.id);
    expectInOrder(paragraphs, [
      p.body.bases[0]!.text,
      'I. MỤC ĐÍCH, YÊU CẦU',
      '1. Mục đích',
      `- ${p.body.purpose[0]!}`,
      '2. Yêu cầu',
      'II. NHIỆM VỤ, GIẢI PHÁP',
      '(Có Phụ lục kèm theo)',
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Sở Nội vụ',
      p.body.responsibilities[0]!.paragraphs[0]!,
      p.body.closing!,
      'Nơi nhận:',
    ]);
  });

  it('has the sections of a communication plan', async () => {
    const p = ok<TPlanDetail>(await create('communication'), 201);
    expect(p.body.sections.map((s) => s.heading)).toEqual([
      'MỤC ĐÍCH, YÊU CẦU',
      'NỘI DUNG TUYÊN TRUYỀN',
      'ĐỐI TƯỢNG, HÌNH THỨC TUYÊN TRUYỀN',
      'TỔ CHỨC THỰC HIỆN',
    ]);
    expect(p.body.purpose[0]).toContain('Nâng cao nhận thức');
  });

  it('keeps a body the author sends', async () => {
    const p = ok<TPlanDetail>(await create('improvement', { body: { purpose: ['Riêng.'] } }), 201);
    expect(p.body.purpose).toEqual(['Riêng.']);
    expect(p.body.bases).toEqual([]);
  });
});
