/**
 * An appendix as officials write it — title rows, Roman sections, numbered headings with
 * items, blank cells inheriting from the heading, cells naming several agencies — built with
 * exceljs from seed 001's headings and items, then: preview → save → Excel export →
 * re-import → Word appendix (document XML), keeping headings, nesting and order.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TAppendixPreview, TPlanDetail } from '@papi/contracts';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.ts';
import { base64 } from '../../test/index-files.ts';
import { samplePlan, sampleTasks } from './plans.samples.ts';

let ctx: TestContext;
let coordinator: TestClient;
let sonla = 0;
const agencyId = new Map<string, number>();

const ok = <T>(res: { status: number; body: unknown }, status = 200) => {
  expect(res.status, JSON.stringify(res.body).slice(0, 2000)).toBe(status);
  return res.body as T;
};

beforeAll(async () => {
  ctx = await createTestContext();
  coordinator = await ctx.as('noivu');
  sonla = await ctx.unitId('post2025', 'province', '14');
  const r = await ctx.database.pool.query<{ id: number; name: string }>(
    `select id, name from agency where unit_id = $1`,
    [sonla],
  );
  // Demo agencies carry the province's name: "Sở Tài chính tỉnh Sơn La".
  for (const a of r.rows) agencyId.set(a.name.replace(/ tỉnh Sơn La$/, ''), a.id);
});
afterAll(() => ctx.close());

type Row = (string | null)[];
/** Seed 001's part II as its appendix would print it, with the usual real-file quirks. */
const ROWS: Row[] = [
  ['I', 'NHIỆM VỤ THEO CÁC NỘI DUNG CHỈ SỐ PAPI', null, null, null, null],
  ['1', 'Nội dung “Tham gia của người dân ở cấp cơ sở”', 'Sở Nội vụ', null, 'Năm 2026', null],
  [
    '1.1',
    'Tập trung đẩy mạnh công tác thông tin, tuyên truyền cho cán bộ, công chức, nhân dân hiểu và thực hiện tốt Pháp lệnh thực hiện dân chủ ở xã, phường.',
    null,
    null,
    null,
    'Tin bài',
  ],
  [
    '1.2',
    'Tập trung tổ chức tốt các cuộc tiếp xúc cử tri rộng rãi, dân chủ.',
    'Sở Tư pháp, UBND cấp huyện, cấp xã',
    null,
    '30/6/2026',
    'Báo cáo',
  ],
  [
    '2',
    'Đối với nội dung “Công khai, minh bạch trong hoạch định chính sách”',
    null,
    null,
    null,
    null,
  ],
  [
    '2.1',
    'Niêm yết công khai, đầy đủ danh sách hộ nghèo của xã, bản, tiểu khu.',
    'Sở Nội vụ, các sở, ban, ngành',
    'Sở Kế hoạch và Đầu tư',
    'Quý II/2026',
    'Danh sách',
  ],
  ['3', 'Đối với nội dung “Trách nhiệm giải trình với người dân”', null, null, null, null],
  [
    '3.1',
    'Thực hiện hiệu quả Luật Khiếu nại, Luật Tố cáo và Luật Tiếp công dân.',
    'Sở Tư pháp',
    null,
    'Năm 2026',
    'Báo cáo',
  ],
  ['4', 'Đối với nội dung “Kiểm soát tham nhũng trong khu vực công”', null, null, null, null],
  [
    '4.1',
    'Tuyên truyền, phổ biến các văn bản về phòng, chống tham nhũng.',
    'Sở Nội vụ',
    null,
    'Năm 2026',
    'Báo cáo',
  ],
  ['5', 'Nội dung “Thủ tục hành chính công”', null, null, null, null],
  [
    '5.1',
    'Tiếp tục thực hiện tốt cơ chế một cửa, một cửa liên thông.',
    'Sở Nội vụ',
    null,
    'Năm 2026',
    'Báo cáo',
  ],
  ['6', 'Nội dung “Cung ứng dịch vụ công”', null, null, null, null],
  [
    '6.1',
    'Nâng cao hơn nữa chất lượng cung cấp dịch vụ y tế công lập.',
    'Sở Y tế',
    'Sở Tài chính, Điện lực tỉnh',
    'Năm 2026',
    'Báo cáo',
  ],
  ['7', 'Nội dung “Quản trị môi trường”', 'Sở Nông nghiệp và Môi trường', null, 'Năm 2026', null],
  [
    '7.1',
    'Tăng cường công tác tuyên truyền, giáo dục nâng cao nhận thức về bảo vệ môi trường.',
    null,
    null,
    null,
    'Tin bài',
  ],
  ['8', 'Nội dung “Quản trị điện tử”', null, null, null, null],
  [
    '8.1',
    'Tăng cường tuyên truyền sử dụng Cổng thông tin điện tử của tỉnh.',
    'Sở Nội vụ',
    null,
    'Năm 2026',
    'Báo cáo',
  ],
  ['II', 'NHIỆM VỤ KHÁC', null, null, null, null],
  ['1', 'Sơ kết, đánh giá kết quả thực hiện Kế hoạch.', 'Sở Nội vụ', null, '30/11/2026', 'Báo cáo'],
];

async function workbook(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('PL');
  ws.addRow(['PHỤ LỤC']);
  ws.addRow(['NHIỆM VỤ CỤ THỂ NÂNG CAO CHỈ SỐ PAPI NĂM 2026']);
  ws.addRow(['(Kèm theo Kế hoạch số    /KH-UBND ngày    /    /2026 của UBND tỉnh)']);
  ws.addRow([
    'TT',
    'Nhiệm vụ, giải pháp',
    'Cơ quan chủ trì',
    'Cơ quan phối hợp',
    'Thời gian hoàn thành',
    'Sản phẩm',
  ]);
  for (const r of ROWS) ws.addRow(r);
  return base64(new Uint8Array(await wb.xlsx.writeBuffer()));
}

async function draft() {
  const body = {
    ...samplePlan(sonla, 'Nâng cao Chỉ số PAPI năm 2026'),
    year: 2026,
    period: { from: '2026-01-01', to: '2026-12-31' },
  };
  return ok<TPlanDetail>(await coordinator.post('/api/plans', body), 201);
}

async function importInto(plan: TPlanDetail, contentBase64: string, agencyMap = {}) {
  const file = { filename: 'phu-luc.xlsx', contentBase64 };
  const preview = ok<TAppendixPreview>(
    await coordinator.post(`/api/plans/${plan.id}/appendix/import/preview`, file),
  );
  const saved = ok<{ plan: TPlanDetail }>(
    await coordinator.post(`/api/plans/${plan.id}/appendix/import`, {
      ...file,
      mapping: preview.mapping,
      mode: 'replace',
      version: plan.version,
      agencyMap,
    }),
    201,
  ).plan;
  return { preview, saved };
}

/** Headings (number, text, level, parent's number) and tasks (number, heading's number). */
function outline(p: TPlanDetail) {
  const g = p.body.taskGroups;
  const numberOf = (key: string | null | undefined) => g.find((x) => x.key === key)?.number;
  return {
    headings: g.map((x) => [x.number, x.heading, x.level, numberOf(x.parentKey) ?? null]),
    tasks: p.tasks.map((t) => [t.number, numberOf(t.groupKey)]),
  };
}

async function documentText(planId: number) {
  const res = await ctx.app.request(`/api/plans/${planId}/document`, {
    headers: { cookie: coordinator.cookie },
  });
  expect(res.status).toBe(200);
  const zip = await JSZip.loadAsync(new Uint8Array(await res.arrayBuffer()));
  const xml = await zip.file('word/document.xml')!.async('string');
  // One line per table row, cells separated by " | ", to read the appendix in order.
  return xml
    .split('</w:tr>')
    .map((tr) =>
      tr
        .split('</w:tc>')
        .map((tc) => tc.replace(/<[^>]+>/g, '').trim())
        .filter(Boolean)
        .join(' | '),
    )
    .join('\n');
}

describe('an appendix with structure, from Excel to Word', () => {
  it('keeps headings, links, inherited cells and agency splits through every step', async () => {
    const file = await workbook();
    const first = await draft();
    const preview = ok<TAppendixPreview>(
      await coordinator.post(`/api/plans/${first.id}/appendix/import/preview`, {
        filename: 'phu-luc.xlsx',
        contentBase64: file,
      }),
    );
    expect(preview.headerRow).toBe(4);
    expect(preview.errors).toBe(0);
    const row = (n: number) => preview.rows.find((r) => r.row === n)!;
    expect(row(5)).toMatchObject({ group: true, number: 'I', level: 1 });
    expect(row(6)).toMatchObject({ group: true, level: 2, parentKey: row(5).key });
    expect(row(6).link).toMatchObject({ codes: ['D1'], by: 'name' });
    expect(row(9).link).toMatchObject({ codes: ['D2'], by: 'number' });
    expect(row(7)).toMatchObject({ lead: 'Sở Nội vụ', inherited: ['lead', 'deadline'] });
    expect(row(8).lead).toBe('Sở Tư pháp');
    expect(row(8).cooperating.map((c) => c.name)).toEqual(['UBND cấp huyện, cấp xã']);
    expect(row(18).link).toMatchObject({ codes: ['D6.1'], by: 'name' });
    // A district-level collective in a 2026 plan: kept as a group, flagged with a suggestion.
    const district = preview.groups.find((g) => g.name === 'UBND cấp huyện, cấp xã')!;
    expect(district.note).toContain('UBND các xã, phường');
    expect(preview.issues.some((i) => i.code === 'EMPTY_GROUP' && i.row === 8)).toBe(true);
    // The merged department's successor is offered and chosen; an unknown name is not.
    const merged = preview.unknownAgencies.find((u) => u.name === 'Sở Kế hoạch và Đầu tư')!;
    expect(merged.preselect).toBe(agencyId.get('Sở Tài chính'));
    expect(merged.reason).toContain('Nghị định 45/2025/NĐ-CP');
    const power = preview.unknownAgencies.find((u) => u.name === 'Điện lực tỉnh')!;
    expect(power.preselect).toBeNull();

    const { saved } = await importInto(first, file, {
      'Sở Kế hoạch và Đầu tư': merged.preselect,
      'Điện lực tỉnh': 'create',
    });
    // What the preview's plan check found is what the saved plan shows.
    const brief = (i: { severity: string; rule: string; taskNumber: string | null }) =>
      `${i.severity} ${i.rule} ${i.taskNumber}`;
    expect(saved.issues.map(brief).sort()).toEqual(preview.planIssues.map(brief).sort());

    const structure = outline(saved);
    expect(structure.headings).toEqual([
      ['I', 'NHIỆM VỤ THEO CÁC NỘI DUNG CHỈ SỐ PAPI', 1, null],
      ['1', 'Nội dung “Tham gia của người dân ở cấp cơ sở”', 2, 'I'],
      ['2', 'Đối với nội dung “Công khai, minh bạch trong hoạch định chính sách”', 2, 'I'],
      ['3', 'Đối với nội dung “Trách nhiệm giải trình với người dân”', 2, 'I'],
      ['4', 'Đối với nội dung “Kiểm soát tham nhũng trong khu vực công”', 2, 'I'],
      ['5', 'Nội dung “Thủ tục hành chính công”', 2, 'I'],
      ['6', 'Nội dung “Cung ứng dịch vụ công”', 2, 'I'],
      ['7', 'Nội dung “Quản trị môi trường”', 2, 'I'],
      ['8', 'Nội dung “Quản trị điện tử”', 2, 'I'],
      ['II', 'NHIỆM VỤ KHÁC', 1, null],
    ]);
    expect(structure.tasks).toEqual([
      ['1.1', '1'],
      ['1.2', '1'],
      ['2.1', '2'],
      ['3.1', '3'],
      ['4.1', '4'],
      ['5.1', '5'],
      ['6.1', '6'],
      ['7.1', '7'],
      ['8.1', '8'],
      ['1', 'II'],
    ]);
    const t71 = saved.tasks.find((t) => t.number === '7.1')!;
    expect(t71.lead).toMatchObject({
      kind: 'agency',
      id: String(agencyId.get('Sở Nông nghiệp và Môi trường')),
    });
    expect(t71.deadline).toEqual({ kind: 'date', date: '2026-12-31', label: 'Năm 2026' });
    expect(saved.tasks.find((t) => t.number === '2.1')!.cooperating).toEqual([
      expect.objectContaining({ kind: 'group', label: 'các sở, ban, ngành' }),
      expect.objectContaining({ kind: 'agency', id: String(agencyId.get('Sở Tài chính')) }),
    ]);

    // Excel export and re-import give the same structure.
    const res = await ctx.app.request(`/api/plans/${saved.id}/appendix`, {
      headers: { cookie: coordinator.cookie },
    });
    const bytes = new Uint8Array(await res.arrayBuffer());
    const second = await importInto(await draft(), base64(bytes));
    expect(second.preview.errors).toBe(0);
    expect(outline(second.saved)).toEqual(structure);

    // The Word appendix: headings in order, items under them, each content once.
    const text = await documentText(second.saved.id);
    const lines = text.split('\n');
    const at = (s: string) => lines.findIndex((l) => l.startsWith(s));
    const order = [
      'I | NHIỆM VỤ THEO CÁC NỘI DUNG CHỈ SỐ PAPI',
      '1 | Nội dung “Tham gia của người dân ở cấp cơ sở”',
      '1.1 | Tập trung đẩy mạnh',
      '1.2 | Tập trung tổ chức tốt',
      '2 | Đối với nội dung “Công khai',
      '2.1 | Niêm yết',
      '8 | Nội dung “Quản trị điện tử”',
      '8.1 | Tăng cường tuyên truyền sử dụng',
      'II | NHIỆM VỤ KHÁC',
      '1 | Sơ kết, đánh giá',
    ];
    const positions = order.map(at);
    expect(
      positions.every((p) => p >= 0),
      JSON.stringify([positions, text.slice(-3000)]),
    ).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(lines[at('1.1 |')]).toContain('Sở Nội vụ');
    for (const r of ROWS.filter((x) => /\./.test(x[0]!)))
      expect(text.split(r[1]!).length - 1, r[1]!).toBe(1);
  });

  it('prints a plan without headings by dimension, with the dimension names', async () => {
    const p = await draft();
    const noivu = { id: agencyId.get('Sở Nội vụ')!, name: 'Sở Nội vụ tỉnh Sơn La' };
    const tasks = sampleTasks(noivu).map((t) => ({
      ...t,
      title: t.content,
      deadline: { kind: 'date', date: '2026-09-30' },
    }));
    const patched = ok<TPlanDetail>(
      await coordinator.request('PATCH', `/api/plans/${p.id}`, {
        version: p.version,
        body: { ...p.body, taskGroups: [] },
      }),
    );
    const withTasks = ok<TPlanDetail>(
      await coordinator.request('PUT', `/api/plans/${p.id}/tasks`, {
        version: patched.version,
        tasks,
      }),
    );
    const text = await documentText(withTasks.id);
    expect(text).toContain('1 | Tham gia của người dân ở cấp cơ sở');
    expect(text).toContain('7 | Quản trị môi trường');
    expect(text).not.toContain('Lĩnh vực D');
    // Title and content are the same words: printed once.
    expect(text.split('Nội dung nhiệm vụ lĩnh vực D3').length - 1).toBe(1);
  });
});
