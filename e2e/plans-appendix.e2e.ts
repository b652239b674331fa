import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { apiSession, browserCookie } from '../scripts/web-session.ts';
import { startServer } from '../scripts/test-server.ts';
import { chromiumPath, launch, screenshot } from './browser.ts';

// Seed 001's part II as an appendix: title rows, a Roman section, dimension headings carrying
// the lead and deadline their items leave blank, and cells naming several agencies.
const ROWS: (string | null)[][] = [
  ['I', 'NHIỆM VỤ THEO CÁC NỘI DUNG CHỈ SỐ PAPI', null, null, null],
  ['1', 'Nội dung “Tham gia của người dân ở cấp cơ sở”', 'Sở Nội vụ', null, 'Năm 2026'],
  ['1.1', 'Đẩy mạnh tuyên truyền Pháp lệnh thực hiện dân chủ ở xã, phường', null, null, null],
  [
    '1.2',
    'Tổ chức tốt các cuộc tiếp xúc cử tri',
    'Sở Tư pháp, UBND cấp huyện, cấp xã',
    null,
    '30/6/2026',
  ],
  ['2', 'Đối với nội dung “Công khai, minh bạch trong hoạch định chính sách”', null, null, null],
  [
    '2.1',
    'Niêm yết công khai danh sách hộ nghèo',
    'Sở Nội vụ, các sở, ban, ngành',
    'Sở Kế hoạch và Đầu tư',
    'Quý II/2026',
  ],
  ['3', 'Đối với nội dung “Trách nhiệm giải trình với người dân”', null, null, null],
  ['3.1', 'Thực hiện hiệu quả Luật Tiếp công dân', 'Sở Tư pháp', null, 'Năm 2026'],
  ['6', 'Nội dung “Cung ứng dịch vụ công”', null, null, null],
  [
    '6.1',
    'Nâng cao chất lượng dịch vụ y tế công lập',
    'Sở Y tế',
    'Sở Tài chính, Điện lực tỉnh',
    'Năm 2026',
  ],
  ['7', 'Nội dung “Quản trị mội trường”', 'Sở Nông nghiệp và Môi trường', null, 'Năm 2026'],
  ['7.1', 'Tuyên truyền bảo vệ môi trường', null, null, null],
  ['II', 'NHIỆM VỤ KHÁC', null, null, null],
  ['1', 'Sơ kết việc thực hiện Kế hoạch', 'Sở Nội vụ', null, '30/11/2026'],
];

async function workbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('PL');
  ws.addRow(['PHỤ LỤC']);
  ws.addRow(['NHIỆM VỤ CỤ THỂ NÂNG CAO CHỈ SỐ PAPI NĂM 2026']);
  ws.addRow([
    'TT',
    'Nhiệm vụ, giải pháp',
    'Cơ quan chủ trì',
    'Cơ quan phối hợp',
    'Thời gian hoàn thành',
  ]);
  for (const r of ROWS) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe.skipIf(!chromiumPath)('appendix import keeps the structure', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startServer>>;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await launch();
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.stop();
  });

  async function as(username: string, width: number): Promise<Page> {
    const session = await apiSession(server.baseUrl, username);
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    await context.addCookies([browserCookie(server.baseUrl, session)]);
    contexts.push(context);
    return context.newPage();
  }

  async function openPreview(page: Page, title: string) {
    await page.goto(`${server.baseUrl}/plans`);
    await page.getByRole('button', { name: 'Tạo kế hoạch' }).click();
    await page.getByRole('dialog').getByLabel('Trích yếu').fill(title);
    await page.getByRole('button', { name: 'Tạo dự thảo' }).click();
    // The grid on a wide screen, one card per task on a phone (empty, so only attached).
    await page
      .locator('[data-task-grid], [data-task-cards]')
      .first()
      .waitFor({ state: 'attached' });
    await page.getByRole('button', { name: 'Thêm…' }).click();
    await page.getByRole('menuitem', { name: 'Nhập phụ lục từ Excel' }).click();
    await page
      .getByRole('dialog')
      .locator('input[type=file]')
      .setInputFiles({
        name: 'phu-luc-001.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: await workbook(),
      });
    await page.getByLabel('Dòng tiêu đề').waitFor();
    await page.getByRole('button', { name: 'Xem trước', exact: true }).click();
    try {
      await page.getByText('Kiểm tra kế hoạch như khi trình').waitFor();
    } catch (e) {
      await screenshot(page, 'plans-appendix-00-failed');
      throw e;
    }
  }

  it('shows headings, dimension links with reasons, inherited cells and agency reasons', async () => {
    const page = await as('noivu', 1440);
    await openPreview(page, 'Nâng cao Chỉ số PAPI tỉnh Sơn La năm 2026');
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.getByText('NHIỆM VỤ KHÁC').count()).toBe(1);
    await expect.poll(() => dialog.getByText('lấy từ đề mục trên').count()).toBeGreaterThan(2);
    // 001 words D2 differently: linked by its place in the list, and the preview says so.
    await expect
      .poll(() => dialog.getByText(/Mục 2 trong danh sách theo thứ tự các lĩnh vực/).count())
      .toBe(1);
    await expect.poll(() => dialog.getByText(/Nghị định 45\/2025\/NĐ-CP/).count()).toBe(1);
    await expect
      .poll(() =>
        dialog
          .getByText(/không còn cấp huyện/)
          .first()
          .isVisible(),
      )
      .toBe(true);
    await expect
      .poll(() => dialog.getByLabel('Lĩnh vực của dòng 14').textContent())
      .toContain('D7 Quản trị môi trường');
    await screenshot(page, 'plans-appendix-01-preview');
    await dialog.locator('table').scrollIntoViewIfNeeded();
    await screenshot(page, 'plans-appendix-01b-rows');

    // Changing a link re-reads the file: the items under the heading follow it.
    await dialog.getByLabel('Lĩnh vực của dòng 12').click();
    await page.getByRole('option', { name: /^D5 Thủ tục hành chính công$/ }).click();
    await expect
      .poll(() => dialog.getByLabel('Lĩnh vực của dòng 13').textContent())
      .toContain('D5 Thủ tục hành chính công');
    await screenshot(page, 'plans-appendix-02-link-changed');
  });

  it('reads at 390 px', async () => {
    const phone = await as('noivu', 390);
    await openPreview(phone, 'Kế hoạch thử phụ lục trên điện thoại');
    await expect.poll(() => phone.getByText('lấy từ đề mục trên').count()).toBeGreaterThan(2);
    await screenshot(phone, 'plans-appendix-03-preview-390');
    await phone.getByText('Tổ chức tốt các cuộc tiếp xúc cử tri').scrollIntoViewIfNeeded();
    await screenshot(phone, 'plans-appendix-04-rows-390');
    // A full-page shot cuts a modal at the first viewport's height: this one is what the
    // phone shows, the rows scrolling under the modal's title bar.
    await screenshot(phone, 'plans-appendix-05-rows-390-viewport', false);
  });
});
