/**
 * Test data and readers for the plan document tests: a body with every part filled, the
 * downloaded .docx as paragraphs, and an in-order check.
 */
import JSZip from 'jszip';
import { expect } from 'vitest';
import type { TestClient, TestContext } from '../../test/harness.ts';

export async function documentBytes(
  ctx: TestContext,
  client: TestClient,
  planId: number,
): Promise<Uint8Array> {
  const raw = await ctx.app.request(`/api/plans/${planId}/document`, {
    headers: { cookie: client.cookie },
  });
  expect(raw.status).toBe(200);
  return new Uint8Array(await raw.arrayBuffer());
}

/** The downloaded document's paragraphs as text, in order. */
export async function documentText(
  ctx: TestContext,
  client: TestClient,
  planId: number,
): Promise<string[]> {
  const zip = await JSZip.loadAsync(await documentBytes(ctx, client, planId));
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
export function expectInOrder(paragraphs: string[], expected: string[]) {
  let at = -1;
  for (const line of expected) {
    const next = paragraphs.findIndex((p, i) => i > at && p === line);
    expect(next, `"${line}" after paragraph ${at} (${paragraphs[at] ?? ''})`).toBeGreaterThan(at);
    at = next;
  }
}

export const FULL_BODY = {
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
