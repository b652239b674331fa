import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { apiSession, browserCookie } from '../scripts/web-session.ts';
import { startServer } from '../scripts/test-server.ts';
import { chromiumPath, launch, screenshot } from './browser.ts';

const HEADER = ['STT', 'Nội dung', 'Lĩnh vực', 'Cơ quan chủ trì', 'Thời hạn', 'Kết quả/sản phẩm'];
const ROWS = [
  ['1.1', 'Đối thoại với người dân ở cơ sở', 'D1', 'Sở Nội vụ', '30/06/2026', 'Biên bản'],
  ['2.1', 'Công khai danh sách hộ nghèo', 'D2', 'Sở Tài chính', 'Thường xuyên', 'Danh sách'],
  ['3.1', 'Tiếp công dân định kỳ', 'D3', 'Thanh tra tỉnh', '6 tháng/lần', 'Báo cáo'],
  ['4.1', 'Kiểm tra công vụ đột xuất', 'D4', 'Sở Nội vụ', '30.09.2026', 'Kết luận'],
  ['5.1', 'Rà soát thủ tục hành chính', 'D5', 'Sở Tư pháp', 'T10/2026', 'Danh mục'],
  ['6.1', 'Nâng cao chất lượng khám chữa bệnh', 'D6', 'Sở Y tế', 'Hằng quý', 'Báo cáo'],
  ['7.1', 'Thu gom rác thải sinh hoạt', 'D7', 'Sở Nông nghiệp và Môi trường', '11/2026', 'Tỷ lệ'],
  [
    '8.1',
    'Vận hành dịch vụ công trực tuyến',
    'D8',
    'Sở Khoa học và Công nghệ',
    '30-11-2026',
    'Tỷ lệ',
  ],
];
const tsv = [HEADER, ...ROWS].map((r) => r.join('\t')).join('\n');
const TITLE = 'Nâng cao Chỉ số PAPI tỉnh Sơn La năm 2026 (phê duyệt)';
const REASON = 'Đề nghị bổ sung kết quả cụ thể cho nhiệm vụ 1.1.';

/**
 * The approval loop in an office: the coordinator drafts and submits; the leader sees it
 * waiting, returns it with a reason; the coordinator reads the reason, fixes, resubmits; the
 * leader issues it with the clerk's number and the signing date; the Word file carries both.
 */
describe.skipIf(!chromiumPath)('plan approval: submit, return with a reason, issue', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let server: Awaited<ReturnType<typeof startServer>>;
  let baseUrl = '';
  let planId = 0;

  async function as(username: string, width = 1440): Promise<Page> {
    const session = await apiSession(baseUrl, username);
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    await context.addCookies([browserCookie(baseUrl, session)]);
    contexts.push(context);
    return context.newPage();
  }

  async function step(page: Page, name: string, confirm = 'Xác nhận') {
    await page.getByRole('button', { name, exact: true }).first().click();
    await page.getByRole('dialog').getByRole('button', { name: confirm, exact: true }).click();
  }

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

  it('the coordinator drafts a complete plan; submit waits for 0 errors, then asks', async () => {
    const page = await as('noivu');
    await page.goto(`${baseUrl}/plans`);
    await page.getByRole('button', { name: 'Tạo kế hoạch' }).click();
    await page.getByRole('dialog').getByLabel('Trích yếu').fill(TITLE);
    await page.getByRole('button', { name: 'Tạo dự thảo' }).click();
    await page.locator('[data-task-grid]').waitFor();
    planId = Number(/\/plans\/(\d+)/.exec(page.url())?.[1]);
    // With no tasks the check finds errors, so Trình phê duyệt is disabled and says why.
    const submit = page.getByRole('button', { name: 'Trình phê duyệt', exact: true });
    await expect.poll(() => submit.isDisabled()).toBe(true);
    await page.evaluate((t) => navigator.clipboard.writeText(t), tsv);
    await page.locator('[data-task-grid]').focus();
    await page.keyboard.press('Control+V');
    await expect.poll(() => page.locator('[data-row]').count()).toBe(8);
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await expect.poll(() => page.getByText('Chưa lưu').count()).toBe(0);
    // The type template starts the signer block; the signer's name is the author's to give.
    await page.getByRole('tab', { name: 'Nội dung văn bản' }).click();
    await page.getByLabel('TM. (thay mặt tập thể)').fill('ỦY BAN NHÂN DÂN');
    await page.getByLabel('Chức vụ người ký').fill('CHỦ TỊCH');
    await page.getByLabel('Họ và tên').fill('Nguyễn Thành Công');
    await page.getByRole('button', { name: 'Lưu thay đổi' }).first().click();
    await expect.poll(() => page.getByText('Chưa lưu').count()).toBe(0);
    await expect.poll(() => page.getByText('Chưa có người ký.').count()).toBe(0);
    await expect.poll(() => submit.isDisabled()).toBe(false);
    await page.getByRole('button', { name: 'Trình phê duyệt', exact: true }).click();
    await page.getByRole('dialog').waitFor();
    await screenshot(page, 'approval-01-submit-confirm');
    await page.getByRole('dialog').getByRole('button', { name: 'Xác nhận' }).click();
    await expect.poll(() => page.getByText('Chờ phê duyệt').count()).toBeGreaterThan(0);
  });

  it('the leader sees it waiting and returns it with a reason', async () => {
    const page = await as('lanhdao');
    await page.goto(`${baseUrl}/`);
    // The dashboard counts what waits for this leader's signature.
    const card = page.getByText('Kế hoạch chờ ban hành', { exact: true }).first();
    await expect.poll(() => card.locator('..').textContent(), { timeout: 20_000 }).toMatch(/\d/);
    await screenshot(page, 'approval-02-leader-dashboard');
    await page.goto(`${baseUrl}/tasks`);
    await page.getByRole('radiogroup', { name: 'Loại việc' }).getByText('Kế hoạch').click();
    const waiting = page.getByRole('link', { name: `Kế hoạch chờ ban hành: ${TITLE}` });
    await waiting.click();
    await page.getByRole('button', { name: 'Trả lại', exact: true }).click();
    const dialog = page.getByRole('dialog');
    // A reason is required.
    await dialog.getByRole('button', { name: 'Trả lại', exact: true }).click();
    await expect.poll(() => dialog.getByText('Vui lòng nêu lý do trả lại.').count()).toBe(1);
    await dialog.getByLabel('Lý do trả lại').fill(REASON);
    await screenshot(page, 'approval-03-return-reason');
    await dialog.getByRole('button', { name: 'Trả lại', exact: true }).click();
    await expect.poll(() => page.getByText('Dự thảo').count()).toBeGreaterThan(0);
  });

  it('the coordinator sees the reason, fixes and resubmits', async () => {
    const page = await as('noivu');
    await page.goto(`${baseUrl}/tasks`);
    await page.getByRole('radiogroup', { name: 'Loại việc' }).getByText('Kế hoạch').click();
    await page.getByRole('link', { name: `Kế hoạch bị trả lại: ${TITLE}` }).click();
    await page.getByText('Lãnh đạo đã trả lại dự thảo').waitFor();
    await expect.poll(() => page.getByText(REASON).count()).toBeGreaterThan(0);
    await screenshot(page, 'approval-04-returned-notice');
    await page.locator('[data-row]').first().locator('[data-cell$=":expectedResult"]').click();
    await page.keyboard.press('Enter');
    await page.locator('[data-task-grid] textarea').fill('Biên bản và báo cáo kết quả đối thoại');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await expect.poll(() => page.getByText('Chưa lưu').count()).toBe(0);
    await step(page, 'Trình phê duyệt');
    await expect.poll(() => page.getByText('Chờ phê duyệt').count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText(REASON).count()).toBe(0);
  });

  it('the leader issues it with the register number and a typed signing date', async () => {
    const page = await as('lanhdao');
    await page.goto(`${baseUrl}/plans/${planId}`);
    await page.getByRole('button', { name: 'Ban hành', exact: true }).click();
    const dialog = page.getByRole('dialog');
    // The proposal is the unit's next free number (the demo data has issued some already).
    const number = dialog.getByLabel('Số văn bản');
    await expect.poll(async () => Number(await number.inputValue())).toBeGreaterThan(0);
    await number.fill('135');
    await expect.poll(() => dialog.textContent()).toContain('Số: 135/KH-UBND');
    const date = dialog.getByLabel('Ngày ký');
    await date.fill('10/2/2026');
    await date.blur();
    await expect.poll(() => date.inputValue()).toBe('10/02/2026');
    await expect.poll(() => dialog.getByText(/nhập sau khi ký/).count()).toBe(1);
    await screenshot(page, 'approval-05-issue-dialog');
    await dialog.getByRole('button', { name: 'Ban hành', exact: true }).click();
    await expect.poll(() => page.getByText('Đã ban hành').count()).toBeGreaterThan(0);
    await expect
      .poll(() => page.getByText('135/KH-UBND', { exact: true }).count())
      .toBeGreaterThan(0);

    const download = await page.request.get(`${baseUrl}/api/plans/${planId}/document`);
    expect(download.status()).toBe(200);
    const zip = await JSZip.loadAsync(await download.body());
    const text = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    expect(text).toContain('Số: 135/KH-UBND');
    expect(text).toContain('ngày 10 tháng 02 năm 2026');
    await screenshot(page, 'approval-06-issued');
  });
});
