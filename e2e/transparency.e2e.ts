import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { SCREENSHOT_DIR, chromiumPath, launch, screenshot } from './browser.ts';
import { ownServer } from './own-server.ts';

/** Issue #15: the public transparency page on a phone with scripts off, on a desktop, printed. */
describe.skipIf(!chromiumPath)('the public transparency page', () => {
  const suite = ownServer({ width: 1366, height: 900 });
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  const open = async (width: number, javaScriptEnabled: boolean): Promise<Page> => {
    const context = await browser.newContext({
      viewport: { width, height: 860 },
      javaScriptEnabled,
    });
    const page = await context.newPage();
    const res = await page.goto(`${suite.baseUrl}/cong-khai`);
    expect(res?.status()).toBe(200);
    return page;
  };

  it('reads on a 390 px phone with JavaScript off: headings, a Word download, visible focus', async () => {
    const page = await open(390, false);
    expect(await page.locator('h1').textContent()).toBe('Tỉnh Sơn La');
    const headings = await page.locator('h2').allTextContents();
    expect(headings).toEqual([
      'Kế hoạch đã ban hành',
      'Tiến độ thực hiện nhiệm vụ năm 2026',
      'Tỷ lệ gửi báo cáo của các xã, phường',
      'Kết quả Chỉ số PAPI',
      'Kết quả khảo sát ý kiến người dân',
      'Phản ánh, kiến nghị',
    ]);
    // Nothing sits wider than the phone: no sideways scrolling of the page itself.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    await screenshot(page, 'transparency-390-nojs');

    const word = page.getByRole('link', { name: /Tải bản Word \(\.docx\)/ }).first();
    const href = await word.getAttribute('href');
    expect(href).toMatch(/^\/cong-khai\/tinh-son-la\/ke-hoach\/\d+\.docx$/);
    const file = await page.request.get(`${suite.baseUrl}${href}`);
    expect(file.status()).toBe(200);
    expect(file.headers()['content-type']).toMatch(/wordprocessingml/);
    expect([...(await file.body()).subarray(0, 2)]).toEqual([0x50, 0x4b]);

    // The first Tab reaches the skip link, shown on screen with a visible outline.
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const box = el.getBoundingClientRect();
      return { text: el.textContent, left: box.left, outline: getComputedStyle(el).outlineStyle };
    });
    expect(skip.text).toBe('Bỏ qua, đến nội dung');
    expect(skip.left).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Tab');
    const next = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { tag: el.tagName, outline: getComputedStyle(el).outlineStyle };
    });
    expect(next.outline).not.toBe('none');
    await screenshot(page, 'transparency-390-focus', false);
  });

  it('shows a ward of the province by its readable address', async () => {
    const page = await open(390, false);
    await page.goto(`${suite.baseUrl}/cong-khai/phuong-moc-chau`);
    expect(await page.locator('h1').textContent()).toBe('Phường Mộc Châu');
    expect(await page.getByRole('link', { name: '← Tỉnh Sơn La' }).getAttribute('href')).toBe(
      '/cong-khai',
    );
    await screenshot(page, 'transparency-ward-390');
  });

  it('shows the desktop page with scripts on and prints it to PDF', async () => {
    const page = await open(1366, true);
    await page.getByText('Xem từng xã, phường').click();
    await screenshot(page, 'transparency-1366');
    await page.emulateMedia({ media: 'print' });
    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    fs.writeFileSync(path.join(SCREENSHOT_DIR, 'transparency-print.pdf'), pdf);
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
  });

  it('lets the admin switch sections and preview the page', async () => {
    const admin = await suite.as('admin');
    await admin.goto(`${suite.baseUrl}/admin`);
    const card = admin.locator('section[aria-labelledby="public-page-title"]');
    await card.getByRole('heading', { name: 'Trang công khai' }).waitFor();
    await card.getByLabel('Kết quả khảo sát').uncheck({ force: true });
    await card.getByRole('button', { name: 'Lưu' }).click();
    await admin.getByText('Đã lưu cài đặt trang công khai.').waitFor();
    await screenshot(admin, 'transparency-admin-card', false);
    await admin.setViewportSize({ width: 390, height: 860 });
    await card.scrollIntoViewIfNeeded();
    await screenshot(admin, 'transparency-admin-card-390', false);
    await admin.goto(`${suite.baseUrl}/cong-khai?xem-truoc=1`);
    await admin.getByText('Bản xem trước dành cho quản trị viên.').waitFor();
    expect(await admin.locator('h2').allTextContents()).not.toContain(
      'Kết quả khảo sát ý kiến người dân',
    );
  });
});
