import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TPlanDetail, TPlanWordPreview } from '@papi/contracts';
import { LEAD_DUTY } from '@papi/domain';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.ts';
import { samplePlan, sampleTasks } from './plans.samples.ts';
import { issuerName } from './plans.document.ts';

let ctx: TestContext;
let officer: TestClient;
let sonla = 0;
let agency = { id: 0, name: '' };
let second = { id: 0, name: '' };

beforeAll(async () => {
  ctx = await createTestContext();
  officer = await ctx.as('tuphap');
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

async function documentBytes(planId: number): Promise<Uint8Array> {
  const raw = await ctx.app.request(`/api/plans/${planId}/document`, {
    headers: { cookie: officer.cookie },
  });
  expect(raw.status).toBe(200);
  return new Uint8Array(await raw.arrayBuffer());
}

/** The downloaded document's paragraphs as text, in order. */
async function documentText(planId: number): Promise<string[]> {
  const zip = await JSZip.loadAsync(await documentBytes(planId));
  const xml = await zip.file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map((p) =>
      [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
        .map((t) => t[1])
        .join('')
        .replace(/&amp;/g, '&')
        .replace(/&quot;/g, '"'),
    )
    .filter((t) => t.trim());
}

/** Each expected line is found after the previous one. */
function expectInOrder(paragraphs: string[], expected: string[]) {
  let at = -1;
  for (const line of expected) {
    const next = paragraphs.findIndex((p, i) => i > at && p === line);
    expect(next, `"${line}" after paragraph ${at} (${paragraphs[at] ?? ''})`).toBeGreaterThan(at);
    at = next;
  }
}

const FULL_BODY = {
  place: 'Sơn La',
  bases: [
    'Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025;',
    'Thực hiện Kế hoạch số 24/KH-UBND ngày 21/01/2026 của UBND tỉnh;',
  ].map((text) => ({
    text,
    docKind: null,
    documentNumber: null,
    date: null,
    issuer: null,
    implementsParent: false,
    parentPlanId: null,
  })),
  preamble: 'Ủy ban nhân dân tỉnh ban hành Kế hoạch, cụ thể như sau:',
  purpose: ['Mục đích thứ nhất.', 'Mục đích thứ hai.'],
  requirements: ['Yêu cầu duy nhất.'],
  sections: [
    { numeral: 'I', heading: 'MỤC ĐÍCH, YÊU CẦU', role: 'purpose', note: null, blocks: [] },
    { numeral: 'II', heading: 'NHIỆM VỤ, GIẢI PHÁP', role: 'tasks', note: null, blocks: [] },
    {
      numeral: 'III',
      heading: 'KINH PHÍ',
      role: 'free',
      note: null,
      blocks: [
        {
          number: 'a)',
          heading: 'Nguồn ngân sách',
          paragraphs: ['- Ngân sách tỉnh theo phân cấp.'],
          children: [],
        },
      ],
    },
    { numeral: 'IV', heading: 'TỔ CHỨC THỰC HIỆN', role: 'organisation', note: null, blocks: [] },
  ],
  taskGroups: [],
  responsibilities: [
    {
      number: '1',
      heading: 'Sở Nội vụ',
      agencies: [],
      request: false,
      paragraphs: ['Theo dõi, đôn đốc việc thực hiện.', '- Báo cáo trước ngày 10/12.'],
      children: [],
    },
    {
      number: '2',
      heading: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
      agencies: [],
      request: true,
      paragraphs: ['Giám sát việc thực hiện.'],
      children: [],
    },
  ],
  closing: 'Trên đây là Kế hoạch của Ủy ban nhân dân tỉnh.',
  recipients: {
    lines: ['Thường trực Tỉnh ủy', 'Các sở, ban, ngành'],
    archive: { holders: ['VT', 'NV'], copies: 20 },
  },
  signer: {
    onBehalfOf: 'ỦY BAN NHÂN DÂN',
    authority: 'KT',
    headTitle: 'CHỦ TỊCH',
    position: 'PHÓ CHỦ TỊCH',
    name: 'Nguyễn Văn An',
    userId: null,
  },
};

describe('the Word document of a plan with every part filled', () => {
  let paragraphs: string[];

  beforeAll(async () => {
    let p = ok<TPlanDetail>(
      await officer.post('/api/plans', { ...samplePlan(sonla), body: FULL_BODY }),
      201,
    );
    const tasks = sampleTasks(agency).map((t, i) =>
      i === 5 ? { ...t, title: 'Y tế cơ sở', content: 'Nâng cao chất lượng trạm y tế' } : t,
    );
    p = ok(await officer.request('PUT', `/api/plans/${p.id}/tasks`, { version: p.version, tasks }));
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
    let p = ok<TPlanDetail>(await officer.post('/api/plans', { ...samplePlan(sonla), body }), 201);
    p = ok(
      await officer.request('PUT', `/api/plans/${p.id}/tasks`, {
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

describe('a new plan starts from its type template', () => {
  const create = (planType: string, extra: Record<string, unknown> = {}) => {
    const { body: _body, ...plan } = samplePlan(sonla, `Kế hoạch ${planType} năm 2026`);
    return officer.post('/api/plans', {
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
      await officer.request('PUT', `/api/plans/${p.id}/tasks`, { version: p.version, tasks }),
    );
    const heads = saved.body.responsibilities.map((r) => r.heading);
    expect(heads).toEqual(['Sở Nội vụ', agency.name]);
    expect(saved.body.responsibilities[1]!.paragraphs[0]).toMatch(/^Chủ trì/);

    // An item the author removes stays removed on the next save of the same leads.
    const edited = ok<TPlanDetail>(
      await officer.patch(`/api/plans/${p.id}`, {
        version: saved.version,
        body: { ...saved.body, responsibilities: saved.body.responsibilities.slice(0, 1) },
      }),
    );
    const again = ok<TPlanDetail>(
      await officer.request('PUT', `/api/plans/${p.id}/tasks`, { version: edited.version, tasks }),
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
    let p = ok<TPlanDetail>(await officer.post('/api/plans', { ...samplePlan(sonla), body }), 201);
    p = ok(
      await officer.request('PUT', `/api/plans/${p.id}/tasks`, {
        version: p.version,
        tasks: sampleTasks(agency),
      }),
    );
    const bytes = await documentBytes(p.id);
    const preview = ok<TPlanWordPreview>(
      await officer.post('/api/plans/word/preview', {
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
      await officer.post('/api/plans', { ...samplePlan(sonla), body: read }),
      201,
    );
    const before = await documentText(p.id);
    const after = await documentText(copy.id);
    expect(after).toEqual(before.slice(0, before.indexOf('Phụ lục')));
  });

  it('refuses a file that is not a Word document, saying so', async () => {
    const res = await officer.post('/api/plans/word/preview', {
      unitId: sonla,
      filename: 'ke-hoach.pdf',
      contentBase64: Buffer.from('%PDF-1.4 not a docx').toString('base64'),
    });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain('không phải văn bản Word (.docx)');
  });
});
