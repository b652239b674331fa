import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { apiSession, browserCookie } from '../scripts/web-session.ts';
import { startServer } from '../scripts/test-server.ts';
import { chromiumPath, launch, screenshot } from './browser.ts';

// Seven dimensions out of eight, as a coordinator would paste them from a spreadsheet;
// agency names without accents and without the province, as people type them.
const HEADER = [
  'STT',
  'Nội dung',
  'Lĩnh vực',
  'Cơ quan chủ trì',
  'Cơ quan phối hợp',
  'Thời hạn',
  'Kết quả/sản phẩm',
];
const PROVINCE_ROWS = [
  [
    '1.1',
    'Tổ chức hội nghị đối thoại với người dân ở cơ sở',
    'D1',
    'So Noi vu',
    'Sở Tư pháp',
    'Quý II/2026',
    'Biên bản đối thoại',
  ],
  [
    '2.1',
    'Công khai danh sách hộ nghèo tại nhà văn hóa',
    'D2',
    'Sở Tài chính',
    '',
    'Thường xuyên',
    'Danh sách niêm yết',
  ],
  [
    '3.1',
    'Tiếp công dân định kỳ của lãnh đạo',
    'D3',
    'Thanh tra tỉnh',
    'Sở Nội vụ',
    '6 tháng/lần',
    'Báo cáo tiếp công dân',
  ],
  [
    '4.1',
    'Kiểm tra công vụ đột xuất',
    'D4',
    'Sở Nội vụ',
    'Thanh tra tỉnh',
    '30/09/2026',
    'Kết luận kiểm tra',
  ],
  [
    '5.1',
    'Rà soát thủ tục hành chính cấp xã',
    'D5',
    'Sở Tư pháp',
    '',
    '30/06/2026',
    'Danh mục thủ tục',
  ],
  [
    '6.1',
    'Nâng cao chất lượng khám chữa bệnh tuyến xã',
    'D6',
    'Sở Y tế',
    '',
    'Hằng quý',
    'Báo cáo chất lượng',
  ],
  [
    '7.1',
    'Thu gom rác thải sinh hoạt ở khu dân cư',
    'D7',
    'Sở Nông nghiệp và Môi trường',
    '',
    'Thường xuyên',
    'Tỷ lệ thu gom',
  ],
];
const COMMUNE_ROWS = PROVINCE_ROWS.map(([n, content, dim]) => [
  n!,
  `${content} trên địa bàn phường`,
  dim!,
  'UBND phường Mộc Châu',
  '',
  '31/10/2026',
  'Báo cáo kết quả',
]);
const tsv = (rows: string[][]) => [HEADER, ...rows].map((r) => r.join('\t')).join('\n');

describe.skipIf(!chromiumPath)('improvement plan from draft to cascade and compliance', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let planId = 0;
  // Its own server: this story logs in noivu and lanhdao, whose first logins other suites test.
  let server: Awaited<ReturnType<typeof startServer>>;
  let baseUrl = '';

  async function as(username: string, width = 1440): Promise<Page> {
    const session = await apiSession(baseUrl, username);
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    await context.addCookies([browserCookie(baseUrl, session)]);
    contexts.push(context);
    return context.newPage();
  }

  /** Pastes TSV into the grid through the real clipboard, as Ctrl+V from Excel does. */
  async function paste(page: Page, text: string) {
    await page.evaluate((t) => navigator.clipboard.writeText(t), text);
    await page.locator('[data-task-grid]').focus();
    await page.keyboard.press('Control+V');
  }

  const cell = (page: Page, row: number, col: string) =>
    page.locator('[data-row]').nth(row).locator(`[data-cell$=":${col}"]`);

  async function pickAgency(
    page: Page,
    row: number,
    col: 'lead' | 'cooperating',
    search: string,
    option: RegExp,
  ) {
    await cell(page, row, col).click();
    await page.keyboard.press('Enter');
    const input = page.locator('[data-task-grid] input').last();
    await input.fill(search);
    await page.getByRole('option', { name: option }).first().click();
    if (col === 'cooperating') await page.getByRole('button', { name: 'Xong' }).click();
  }

  async function fillDocument(page: Page, signer: { position: string; name: string }) {
    await page.getByRole('tab', { name: 'Nội dung văn bản' }).click();
    await page.getByLabel('Dòng lưu').fill('Lưu: VT, NV.');
    await page.getByLabel('TM. (thay mặt tập thể)').fill('ỦY BAN NHÂN DÂN');
    await page.getByLabel('Thẩm quyền ký').first().click();
    await page.getByRole('option', { name: /^KT\./ }).click();
    await page.getByLabel('Chức danh người đứng đầu').fill('CHỦ TỊCH');
    await page.getByLabel('Chức vụ người ký').fill(signer.position);
    await page.getByLabel('Họ và tên').fill(signer.name);
  }

  /** A workflow step asks first: click the button, then confirm in its dialog. */
  async function step(page: Page, name: string, confirm = 'Xác nhận') {
    await page.getByRole('button', { name, exact: true }).first().click();
    await page.getByRole('dialog').getByRole('button', { name: confirm, exact: true }).click();
  }

  const saveDocument = async (page: Page) => {
    await page.getByRole('button', { name: 'Lưu thay đổi' }).first().click();
    await expect.poll(() => page.getByText('Chưa lưu').count()).toBe(0);
  };

  beforeAll(async () => {
    server = await startServer();
    baseUrl = server.baseUrl;
    browser = await launch();
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.stop();
  });

  it('coordinator pastes an appendix that misses a dimension and sees the error pointing at it', async () => {
    const page = await as('noivu');
    await page.goto(`${baseUrl}/plans`);
    await page.getByRole('button', { name: 'Tạo kế hoạch' }).click();
    await page
      .getByRole('dialog')
      .getByLabel('Trích yếu')
      .fill('Nâng cao Chỉ số PAPI tỉnh Sơn La năm 2026');
    await page.getByRole('button', { name: 'Tạo dự thảo' }).click();
    await page.locator('[data-task-grid]').waitFor();
    planId = Number(/\/plans\/(\d+)/.exec(page.url())?.[1]);

    await paste(page, tsv(PROVINCE_ROWS));
    await expect.poll(() => page.locator('[data-row]').count()).toBe(7);
    await expect.poll(() => page.getByText('Đã dán 7 dòng').count()).toBe(1);
    // Accent-free "So Noi vu" became the catalogue's Sở Nội vụ tỉnh Sơn La.
    await expect.poll(() => cell(page, 0, 'lead').textContent()).toBe('Sở Nội vụ tỉnh Sơn La');
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    const missing = 'Lĩnh vực D8 “Quản trị điện tử” chưa có nhiệm vụ nào.';
    await expect.poll(() => page.getByText(missing).count()).toBeGreaterThan(0);
    await screenshot(page, 'plans-01-editor-missing-dimension');
  });

  it('fixes it in the editor with the keyboard and submits', async () => {
    const page = await as('noivu');
    await page.goto(`${baseUrl}/plans/${planId}`);
    await page.locator('[data-row]').first().waitFor();
    // Ctrl+Enter under the last row adds a row to its group; then fill it cell by cell.
    await cell(page, 6, 'content').click();
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => page.locator('[data-row]').count()).toBe(8);
    await page.keyboard.press('Enter');
    await page
      .locator('[data-task-grid] textarea')
      .fill('Vận hành cổng dịch vụ công trực tuyến cấp xã');
    await page.keyboard.press('Enter');
    await cell(page, 7, 'dimensions').click();
    await page.keyboard.press('Enter');
    const d8 = page.getByRole('option', { name: /^D8 –/ });
    await d8.waitFor();
    await page.keyboard.press('Backspace'); // drops D7, the group the row was added in
    await d8.click();
    await page.keyboard.press('Tab');
    await expect.poll(() => cell(page, 7, 'dimensions').textContent()).toBe('D8');
    await pickAgency(page, 7, 'lead', 'khoa hoc', /Sở Khoa học và Công nghệ/);
    // A commune's UBND is found by searching the whole scope; the cascade reaches it.
    await pickAgency(
      page,
      7,
      'cooperating',
      'UBND phuong Moc Chau',
      /Ủy ban nhân dân phường Mộc Châu/,
    );
    await cell(page, 7, 'deadline').click();
    await page.keyboard.press('Enter');
    await page.locator('[data-task-grid] input').fill('30/11/2026');
    await page.keyboard.press('Enter');
    await cell(page, 7, 'expectedResult').click();
    await page.keyboard.press('Enter');
    await page.locator('[data-task-grid] textarea').fill('Tỷ lệ hồ sơ trực tuyến');
    await page.keyboard.press('Enter');
    await page
      .getByRole('button', { name: 'Renumber' })
      .or(page.getByRole('button', { name: 'Đánh số lại' }))
      .click();
    await expect.poll(() => cell(page, 7, 'number').textContent()).toBe('8.1');
    await screenshot(page, 'plans-02-editor-fixed');
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await expect.poll(() => page.getByText('Chưa lưu').count()).toBe(0);
    await expect.poll(() => page.getByText(/Lĩnh vực D8/).count()).toBe(0);

    await fillDocument(page, { position: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Thành Công' });
    await page.getByRole('button', { name: 'Thêm nghĩa vụ ban hành' }).click();
    await page.getByLabel('Đối tượng (cách ghi)').fill('UBND phường Mộc Châu');
    await page.getByLabel('Thêm đơn vị được giao').first().fill('Moc Chau');
    await page.getByRole('option', { name: 'Phường Mộc Châu' }).first().click();
    await screenshot(page, 'plans-03-document-form');
    await saveDocument(page);
    await step(page, 'Trình phê duyệt');
    await expect.poll(() => page.getByText('Chờ phê duyệt').count()).toBeGreaterThan(0);
  });

  it('the leader (lanhdao) issues it and the board lists the commune as not yet issued', async () => {
    const page = await as('lanhdao');
    await page.goto(`${baseUrl}/plans/${planId}`);
    await step(page, 'Ban hành', 'Ban hành');
    await expect.poll(() => page.getByText('Đã ban hành').count()).toBeGreaterThan(0);
    const board = page
      .getByRole('region', { name: 'Theo dõi đơn vị cấp dưới ban hành kế hoạch' })
      .or(page.locator('[aria-labelledby="compliance-title"]'));
    await expect.poll(() => board.textContent()).toContain('Phường Mộc Châu');
    await expect.poll(() => board.textContent()).toContain('Chưa ban hành');
  });

  it('the commune officer starts the pre-filled child plan from the inbox and completes it', async () => {
    const page = await as('xa');
    await page.goto(`${baseUrl}/plans/obligations`);
    await page.getByRole('button', { name: 'Lập kế hoạch' }).click();
    await page.locator('[data-task-grid]').waitFor();
    // The parent's D8 task where the commune cooperates, linked back to it.
    await expect.poll(() => page.locator('[data-row]').count()).toBe(1);
    await expect
      .poll(() => page.locator('[data-task-grid]').textContent())
      .toContain('Thực hiện nhiệm vụ 8.1');
    await pickAgency(page, 0, 'lead', 'UBND phuong Moc Chau', /Ủy ban nhân dân phường Mộc Châu/);
    await cell(page, 0, 'content').click();
    await paste(page, tsv(COMMUNE_ROWS));
    await expect.poll(() => page.locator('[data-row]').count()).toBe(8);
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await expect.poll(() => page.getByText('Chưa lưu').count()).toBe(0);
    await fillDocument(page, { position: 'PHÓ CHỦ TỊCH', name: 'Sồng A Dếnh' });
    await saveDocument(page);
    // No errors left: the same check submitting and issuing run (signer and Nơi nhận too).
    await expect.poll(() => page.getByText(/^0 lỗi/).count()).toBeGreaterThan(0);
    await step(page, 'Trình phê duyệt');
    await expect.poll(() => page.getByText('Chờ phê duyệt').count()).toBeGreaterThan(0);
  });

  it('the commune leader issues it and the provincial board shows it on time', async () => {
    const leader = await as('lanhdaoxa');
    await leader.goto(`${baseUrl}/plans?status=submitted`);
    await leader
      .getByRole('link', { name: /Nâng cao Chỉ số PAPI/ })
      .first()
      .click();
    await step(leader, 'Ban hành', 'Ban hành');
    await expect.poll(() => leader.getByText('Đã ban hành').count()).toBeGreaterThan(0);

    const page = await as('noivu');
    await page.goto(`${baseUrl}/plans/${planId}`);
    const board = page.locator('[aria-labelledby="compliance-title"]');
    await expect.poll(() => board.textContent()).toContain('Đúng hạn: 1');
    await screenshot(page, 'plans-04-compliance-board');
    const phone = await as('noivu', 390);
    await phone.goto(`${baseUrl}/plans/${planId}`);
    await phone.locator('[aria-labelledby="compliance-title"]').waitFor();
    await screenshot(phone, 'plans-05-board-390');
  });

  it('copies the issued plan for next year and inserts a library solution into the copy', async () => {
    const page = await as('noivu');
    await page.goto(`${baseUrl}/plans/${planId}`);
    await page.getByRole('button', { name: 'Thêm…' }).click();
    await page.getByRole('menuitem', { name: 'Sao chép kế hoạch' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Tạo bản sao' }).click();
    await expect.poll(() => page.url()).not.toContain(`/plans/${planId}`);
    await expect.poll(() => page.locator('[data-row]').count()).toBe(8);
    await page.getByRole('button', { name: 'Chèn từ thư viện' }).click();
    await page.getByLabel('Tìm giải pháp (không cần dấu)').fill('tuyen truyen');
    await page.getByRole('dialog').getByRole('button', { name: 'Chèn' }).first().click();
    await expect.poll(() => page.locator('[data-row]').count()).toBe(9);
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await expect.poll(() => page.getByText('Chưa lưu').count()).toBe(0);
    await page.goto(`${baseUrl}/plans/library`);
    await expect.poll(() => page.getByText('Đã dùng trong 1 kế hoạch').count()).toBeGreaterThan(0);
    await screenshot(page, 'plans-06-library');
  });
});
