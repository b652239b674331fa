import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TPlanDetail, TPlanWordPreview } from '@papi/contracts';
import { LEAD_DUTY } from '@papi/domain';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.ts';
import { samplePlan, sampleTasks } from './plans.samples.ts';
import { issuerName } from './plans.document.ts';
import {
  FULL_BODY,
  documentBytes as bytesOf,
  documentText as textOf,
  expectInOrder,
} from './plan-document.fixture.ts';

let ctx: TestContext;
let author: TestClient;
let sonla = 0;
let agency = { id: 0, name: '' };

beforeAll(async () => {
  ctx = await createTestContext();
  author = await ctx.as('noivu'); // drafting belongs to the unit's coordinator
  sonla = await ctx.unitId('post2025', 'province', '14');
  const r = await ctx.database.pool.query<{ id: number; name: string }>(
    `select id, name from agency where unit_id = $1 and active
      and (name like 'Sở Nội vụ%' or name like 'Sở Tư pháp%') order by name desc`,
    [sonla],
  );
  agency = r.rows[0]!;
});
afterAll(() => ctx.close());

const ok = <T>(res: { status: number; body: unknown }, status = 200) => {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  return res.body as T;
};

const documentBytes = (planId: number) => bytesOf(ctx, author, planId);
const documentText = (planId: number) => textOf(ctx, author, planId);

describe('the Word document of a plan with every part filled', () => {
  let paragraphs: string[];

  beforeAll(async () => {
    let p = ok<TPlanDetail>(
      await author.post('/api/plans', { ...samplePlan(sonla), body: FULL_BODY }),
      201,
    );
    const tasks = sampleTasks(agency).map((t, i) =>
      i === 5 ? { ...t, title: 'Y tế cơ sở', content: 'Nâng cao chất lượng trạm y tế' } : t,
    );
    p = ok(await author.request('PUT', `/api/plans/${p.id}/tasks`, { version: p.version, tasks }));
    paragraphs = await documentText(p.id);
  });

  it('prints every part in the Decree 30 order with its numbering', () => {
    expect(paragraphs.some((p) => /^Số:\s+\/KH-UBND$/.test(p))).toBe(true);
    expectInOrder(paragraphs, [
      'KẾ HOẠCH',
      'Nâng cao chỉ số PAPI năm 2023',
      FULL_BODY.bases[0]!.text,
      FULL_BODY.bases[1]!.text,
      FULL_BODY.preamble,
      'I. MỤC ĐÍCH, YÊU CẦU',
      '1. Mục đích',
      '- Mục đích thứ nhất.',
      '- Mục đích thứ hai.',
      '2. Yêu cầu',
      '- Yêu cầu duy nhất.',
      'II. NHIỆM VỤ, GIẢI PHÁP',
      '1. Tham gia của người dân ở cấp cơ sở',
      '1.1. Nội dung nhiệm vụ lĩnh vực D1',
      '6. Cung ứng dịch vụ công',
      '6.1. Y tế cơ sở',
      'Nâng cao chất lượng trạm y tế',
      '8. Quản trị điện tử',
      '8.1. Nội dung nhiệm vụ lĩnh vực D8',
      'III. KINH PHÍ',
      'a) Nguồn ngân sách',
      '- Ngân sách tỉnh theo phân cấp.',
      'IV. TỔ CHỨC THỰC HIỆN',
      '1. Sở Nội vụ',
      'Theo dõi, đôn đốc việc thực hiện.',
      '- Báo cáo trước ngày 10/12.',
      '2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
      'Giám sát việc thực hiện.',
      'Trên đây là Kế hoạch của Ủy ban nhân dân tỉnh./.',
      'Nơi nhận:',
      '- Thường trực Tỉnh ủy;',
      '- Các sở, ban, ngành;',
      '- Lưu: VT, NV, 20b.',
      'TM. ỦY BAN NHÂN DÂN',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Nguyễn Văn An',
    ]);
  });

  it('prints tasks once, under the dimension names, with no appendix', () => {
    expect(paragraphs.filter((p) => p.includes('Nâng cao chất lượng trạm y tế'))).toHaveLength(1);
    expect(paragraphs.some((p) => p.includes('Nhiệm vụ khác'))).toBe(false);
    expect(paragraphs.some((p) => p.includes('Lĩnh vực D'))).toBe(false);
    expect(paragraphs).not.toContain('Phụ lục');
    // The facts of a task follow its text.
    expect(paragraphs).toContain(
      `Cơ quan chủ trì: ${agency.name}; thời gian hoàn thành: Quý III/2023; kết quả: Báo cáo kết quả.`,
    );
  });
});

describe('a plan whose tasks go to the appendix', () => {
  it('prints the note, and the appendix names the issuing body', async () => {
    const body = {
      ...FULL_BODY,
      closing: null,
      sections: FULL_BODY.sections.map((s) =>
        s.role === 'tasks' ? { ...s, note: '(Có Phụ lục kèm theo)' } : s,
      ),
    };
    let p = ok<TPlanDetail>(await author.post('/api/plans', { ...samplePlan(sonla), body }), 201);
    p = ok(
      await author.request('PUT', `/api/plans/${p.id}/tasks`, {
        version: p.version,
        tasks: sampleTasks(agency),
      }),
    );
    const paragraphs = await documentText(p.id);
    expectInOrder(paragraphs, [
      'II. NHIỆM VỤ, GIẢI PHÁP',
      '(Có Phụ lục kèm theo)',
      'III. KINH PHÍ',
      'Giám sát việc thực hiện.',
      // The lead of the saved tasks joined "Tổ chức thực hiện"; without a closing sentence
      // the last paragraph ends the text with "./.".
      `3. ${agency.name}`,
      `${LEAD_DUTY.slice(0, -1)}./.`,
      'Nơi nhận:',
      'Phụ lục',
    ]);
    expect(
      paragraphs.some((p) =>
        /^\(Kèm theo Kế hoạch số .* của Ủy ban nhân dân tỉnh Sơn La\)$/.test(p),
      ),
    ).toBe(true);
  });
});

describe('the issuing body inside a sentence', () => {
  it('names a People’s Committee by its place, a typed header as written', () => {
    expect(issuerName('ỦY BAN NHÂN DÂN TỈNH SƠN LA', 'Tỉnh Sơn La')).toBe(
      'Ủy ban nhân dân tỉnh Sơn La',
    );
    expect(issuerName('ỦY BAN NHÂN DÂN HUYỆN MỘC CHÂU', 'Tỉnh Sơn La')).toBe(
      'Ủy ban nhân dân huyện Mộc Châu',
    );
    expect(issuerName('ỦY BAN NHÂN DÂN THÀNH PHỐ SA ĐÉC', 'Tỉnh Sơn La')).toBe(
      'Ủy ban nhân dân thành phố Sa Đéc',
    );
    expect(issuerName('SỞ NỘI VỤ', 'Tỉnh Sơn La')).toBe('Sở Nội vụ');
    expect(issuerName('Sở Nội vụ tỉnh Sơn La', 'Tỉnh Sơn La')).toBe('Sở Nội vụ tỉnh Sơn La');
  });
});

describe('a plan read back from a Word file this system produced', () => {
  it('previews every part, and a draft made from it prints the same text', async () => {
    const body = {
      ...FULL_BODY,
      sections: FULL_BODY.sections.map((x) =>
        x.role === 'tasks' ? { ...x, note: '(Có Phụ lục kèm theo)' } : x,
      ),
    };
    let p = ok<TPlanDetail>(await author.post('/api/plans', { ...samplePlan(sonla), body }), 201);
    p = ok(
      await author.request('PUT', `/api/plans/${p.id}/tasks`, {
        version: p.version,
        tasks: sampleTasks(agency),
      }),
    );
    const bytes = await documentBytes(p.id);
    const preview = ok<TPlanWordPreview>(
      await author.post('/api/plans/word/preview', {
        unitId: sonla,
        filename: 'ke-hoach.docx',
        contentBase64: Buffer.from(bytes).toString('base64'),
      }),
    );
    expect(preview.title).toBe('Nâng cao chỉ số PAPI năm 2023');
    const read = preview.body;
    expect(read.header.issuingBody).toBe('ỦY BAN NHÂN DÂN TỈNH SƠN LA');
    expect(read.place).toBe('Sơn La');
    expect(read.bases.map((b) => b.text)).toEqual(body.bases.map((b) => b.text));
    expect(read.preamble).toBe(body.preamble);
    expect(read.purpose).toEqual(body.purpose);
    expect(read.requirements).toEqual(body.requirements);
    expect(read.sections.map((x) => [x.numeral, x.heading, x.role, x.note])).toEqual([
      ['I', 'MỤC ĐÍCH, YÊU CẦU', 'purpose', null],
      ['II', 'NHIỆM VỤ, GIẢI PHÁP', 'tasks', '(Có Phụ lục kèm theo)'],
      ['III', 'KINH PHÍ', 'free', null],
      ['IV', 'TỔ CHỨC THỰC HIỆN', 'organisation', null],
    ]);
    expect(read.responsibilities.map((r) => [r.number, r.heading, r.request])).toEqual([
      ['1', 'Sở Nội vụ', false],
      ['2', 'Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', true],
      ['3', agency.name, false],
    ]);
    expect(read.responsibilities[0]!.paragraphs).toEqual(body.responsibilities[0]!.paragraphs);
    expect(read.closing).toBe('Trên đây là Kế hoạch của Ủy ban nhân dân tỉnh./.');
    expect(read.recipients).toEqual(body.recipients);
    expect(read.signer).toMatchObject({
      onBehalfOf: 'ỦY BAN NHÂN DÂN',
      authority: 'KT',
      headTitle: 'CHỦ TỊCH',
      position: 'PHÓ CHỦ TỊCH',
      name: 'Nguyễn Văn An',
    });
    expect(preview.recognised).toContain('Căn cứ: 2');
    expect(preview.unrecognised.some((u) => u.startsWith('Phụ lục'))).toBe(true);

    // The draft made from the preview prints the text the file had.
    const copy = ok<TPlanDetail>(
      await author.post('/api/plans', { ...samplePlan(sonla), body: read }),
      201,
    );
    const before = await documentText(p.id);
    const after = await documentText(copy.id);
    expect(after).toEqual(before.slice(0, before.indexOf('Phụ lục')));
  });

  it('refuses a file that is not a Word document, saying so', async () => {
    const res = await author.post('/api/plans/word/preview', {
      unitId: sonla,
      filename: 'ke-hoach.pdf',
      contentBase64: Buffer.from('%PDF-1.4 not a docx').toString('base64'),
    });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain('không phải văn bản Word (.docx)');
  });
});
