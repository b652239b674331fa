import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, chromiumPath, launch, screenshot } from './browser.ts';

const DEMO_PASSWORD = 'PapiHub@2026';
// Must not contain the username (password rules), so one for everybody.
const NEW_PASSWORD = 'Bao-Cao-Ky-2026';
const TASK = 'Tuyên truyền, phổ biến pháp luật về phòng, chống tham nhũng';
const REGIME = 'Báo cáo kết quả thực hiện Kế hoạch nâng cao Chỉ số PAPI (6 tháng, năm)';
const files = fs.mkdtempSync(path.join(os.tmpdir(), 'papihub-evidence-'));
const PDF = path.join(files, 'bien-ban-hoi-nghi.pdf');
const FAKE = path.join(files, 'anh-chup.pdf');

/** Signs in on a fresh context, changing the demo password on first login. */
async function signIn(browser: Browser, username: string, width = 1440): Promise<Page> {
  const context: BrowserContext = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.goto(baseUrl);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByLabel('Mật khẩu hiện tại').fill(DEMO_PASSWORD);
  await page.getByLabel('Mật khẩu mới', { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel('Xác nhận mật khẩu mới').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await page.getByRole('navigation').first().waitFor();
  return page;
}

async function shootBoth(page: Page, name: string) {
  // Full-page shots of a scrolled page would draw the fixed header mid-page.
  await page.evaluate('window.scrollTo(0, 0)');
  await screenshot(page, `${name}-1440`);
  await page.setViewportSize({ width: 390, height: 900 });
  await page.waitForTimeout(400);
  await screenshot(page, `${name}-390`);
  await page.setViewportSize({ width: 1440, height: 900 });
}

describe.skipIf(!chromiumPath)(
  'execution and reporting: task evidence, report, return, resubmit, accept',
  () => {
    let browser: Browser;
    let officer: Page;
    let commune: Page;
    let receiver: Page;
    let reportUrl = '';

    beforeAll(async () => {
      // A small real PDF, and a Windows executable wearing a .pdf name.
      fs.writeFileSync(
        PDF,
        '%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
      );
      fs.writeFileSync(
        FAKE,
        Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]),
      );
      browser = await launch();
    });
    afterAll(async () => {
      await browser?.close();
      fs.rmSync(files, { recursive: true, force: true });
    });

    it('lands the agency officer on "Việc của tôi" with the tasks it leads, overdue first', async () => {
      officer = await signIn(browser, 'tuphap');
      await officer.getByRole('heading', { name: 'Việc của tôi' }).waitFor();
      expect(new URL(officer.url()).pathname).toBe('/tasks');
      const items = officer.getByTestId('work-item');
      await items.first().waitFor();
      // Sở Tư pháp leads 2.1 (due 30/06, overdue) and 5.1, and cooperates on 8.1.
      await expect.poll(() => items.first().textContent()).toContain('Quá hạn');
      await expect.poll(() => items.filter({ hasText: TASK }).count()).toBe(1);
      // Polled like the lines above: My work fills its list in more than one render.
      await expect.poll(() => items.filter({ hasText: 'Phối hợp' }).count()).toBeGreaterThan(0);
      // Accent-insensitive search narrows the list.
      await officer.getByLabel('Tìm kiếm').fill('tham nhung');
      await expect.poll(() => items.count()).toBe(1);
      await shootBoth(officer, 'reports-01-my-work-officer');
      await officer.getByLabel('Tìm kiếm').fill('');
    });

    it('updates the task with a PDF as evidence; a disguised executable is refused', async () => {
      await officer.getByRole('link', { name: new RegExp(TASK) }).click();
      await officer.getByRole('heading', { name: new RegExp(TASK) }).waitFor();
      const input = officer.getByTestId('evidence-input').first();
      await input.setInputFiles([FAKE, PDF]);
      await officer.getByText('bien-ban-hoi-nghi.pdf – đã tải lên').waitFor();
      await expect
        .poll(() => officer.getByRole('alert').filter({ hasText: 'anh-chup.pdf' }).textContent())
        .toMatch(/chương trình Windows/);
      await officer.getByRole('textbox', { name: 'Tỷ lệ hoàn thành' }).fill('50');
      await officer
        .getByLabel('Nội dung đã thực hiện')
        .fill('Đã tổ chức 2 hội nghị tuyên truyền tại phường Mộc Châu và xã Chiềng Sơn.');
      await officer.getByRole('button', { name: 'Lưu cập nhật' }).click();
      await officer.getByText('Đã lưu cập nhật.').waitFor();
      const timeline = officer.getByTestId('progress-timeline');
      await expect.poll(() => timeline.textContent()).toContain('Đã tổ chức 2 hội nghị');
      expect(await timeline.textContent()).toContain('bien-ban-hoi-nghi.pdf');
      expect(await officer.getByText('Tiến độ: 50%').count()).toBeGreaterThan(0);
      // The evidence downloads byte for byte.
      const [download] = await Promise.all([
        officer.waitForEvent('download'),
        officer
          .getByTestId('evidence-list')
          .getByRole('link', { name: 'bien-ban-hoi-nghi.pdf' })
          .click(),
      ]);
      expect(fs.readFileSync(await download.path())).toEqual(fs.readFileSync(PDF));
      await shootBoth(officer, 'reports-02-task-updated');
    });

    it('the commune drafts and submits its 6-month report; the snapshot freezes', async () => {
      commune = await signIn(browser, 'xa');
      await commune.getByRole('heading', { name: 'Việc của tôi' }).waitFor();
      const row = commune
        .getByTestId('work-item')
        .filter({ hasText: REGIME })
        .filter({ hasText: '6 tháng đầu năm 2026' });
      await row.first().waitFor();
      await shootBoth(commune, 'reports-03-my-work-commune');
      await row.first().getByRole('button', { name: 'Lập báo cáo' }).click();
      await commune.getByRole('heading', { name: /Báo cáo 6 tháng đầu năm 2026/ }).waitFor();
      reportUrl = commune.url();
      expect(await commune.getByTestId('snapshot-note').textContent()).toContain(
        'tạm tính đến ngày 31/05/2026',
      );
      await commune
        .getByLabel('Số cuộc đối thoại với Nhân dân đã tổ chức', { exact: true })
        .fill('3');
      await commune
        .getByLabel('Kết quả đạt được – Nội dung chung')
        .fill('Phường đã hoàn thành niêm yết công khai; tổ chức 3 cuộc đối thoại với Nhân dân.');
      await commune.getByRole('button', { name: 'Gửi báo cáo' }).click();
      await commune.getByRole('dialog').getByRole('button', { name: 'Gửi báo cáo' }).click();
      await commune.getByText('Đã gửi, chờ tiếp nhận').first().waitFor();
      await expect
        .poll(() => commune.getByTestId('snapshot-note').textContent())
        .toContain('Số liệu chốt tại ngày 31/05/2026');
      await shootBoth(commune, 'reports-04-report-submitted');
    });

    it('the province (receiving level) returns it with a comment', async () => {
      receiver = await signIn(browser, 'tonghop');
      await receiver.getByRole('link', { name: 'Báo cáo' }).first().click();
      await receiver.getByRole('tab', { name: 'Báo cáo cấp dưới gửi lên' }).click();
      const row = receiver
        .getByTestId('reports-table')
        .locator('tbody tr')
        .filter({ hasText: 'Mộc Châu' });
      await row.first().waitFor();
      await shootBoth(receiver, 'reports-05-received');
      await row.first().getByRole('link').first().click();
      await receiver.getByRole('heading', { name: 'Tiếp nhận báo cáo' }).waitFor();
      await receiver
        .getByLabel('Ý kiến của cấp tiếp nhận')
        .fill('Đề nghị bổ sung số cuộc đối thoại quý II.');
      await receiver.getByRole('button', { name: 'Trả lại' }).click();
      await receiver.getByText('Bị trả lại').first().waitFor();
    });

    it('the commune sees the comment, corrects and resubmits as a new version', async () => {
      await commune.goto(reportUrl);
      await expect
        .poll(() => commune.getByTestId('return-comment').textContent())
        .toContain('bổ sung số cuộc đối thoại');
      await commune
        .getByLabel('Số cuộc đối thoại với Nhân dân đã tổ chức', { exact: true })
        .fill('4');
      await commune.getByRole('button', { name: 'Gửi lại báo cáo' }).click();
      await commune.getByRole('dialog').getByRole('button', { name: 'Gửi báo cáo' }).click();
      await commune.getByText('Đã gửi, chờ tiếp nhận').first().waitFor();
      await expect.poll(() => commune.getByText('Lần 2').count()).toBeGreaterThan(0);
    });

    it('the receiver accepts; the history shows both versions and what changed', async () => {
      await receiver.reload();
      await receiver.getByRole('heading', { name: 'Tiếp nhận báo cáo' }).waitFor();
      await receiver.getByRole('button', { name: 'Tiếp nhận' }).click();
      await receiver.getByText('Đã tiếp nhận').first().waitFor();
      const versions = receiver.getByTestId('report-versions');
      await expect.poll(() => versions.textContent()).toContain('Chỉ tiêu DT: 3 → 4');
      expect(await versions.textContent()).toContain('Đề nghị bổ sung số cuộc đối thoại quý II.');
      await shootBoth(receiver, 'reports-06-accepted');
    });

    it('the receiver compiles the period: the consolidated Word and Excel download', async () => {
      await receiver.getByRole('link', { name: 'Báo cáo' }).first().click();
      await receiver.getByRole('tab', { name: 'Báo cáo cấp dưới gửi lên' }).click();
      await receiver.getByLabel('Kỳ báo cáo', { exact: true }).first().click();
      await receiver.getByRole('option', { name: '6 tháng đầu năm 2026' }).click();
      const [word] = await Promise.all([
        receiver.waitForEvent('download', { timeout: 60_000 }),
        receiver.getByRole('button', { name: 'Tải Word' }).click(),
      ]);
      expect(word.suggestedFilename()).toMatch(/\.docx$/);
      const doc = await JSZip.loadAsync(fs.readFileSync(await word.path()));
      const xml = (await doc.file('word/document.xml')?.async('string')) ?? '';
      expect(xml).toContain('Mộc Châu');
      const [excel] = await Promise.all([
        receiver.waitForEvent('download', { timeout: 60_000 }),
        receiver.getByRole('button', { name: 'Tải Excel số liệu' }).click(),
      ]);
      expect(excel.suggestedFilename()).toMatch(/\.xlsx$/);
      const book = await JSZip.loadAsync(fs.readFileSync(await excel.path()));
      expect(Object.keys(book.files).some((f) => f.startsWith('xl/worksheets/'))).toBe(true);
      fs.copyFileSync(await word.path(), path.join(files, 'tong-hop.docx'));
      await shootBoth(receiver, 'reports-07-consolidated');
    });

    it('monitoring shows the period: the commune on the board, late', async () => {
      await receiver.getByRole('link', { name: 'Giám sát' }).first().click();
      await receiver.getByRole('heading', { name: 'Giám sát thực hiện' }).waitFor();
      await receiver.getByTestId('count-rate-submitted').waitFor();
      await shootBoth(receiver, 'reports-08-monitoring');
      await receiver.getByRole('tab', { name: 'Nhiệm vụ theo trạng thái' }).click();
      await receiver.locator('canvas').first().waitFor();
      await shootBoth(receiver, 'reports-09-monitoring-tasks');
      await receiver.getByRole('tab', { name: 'Nhiệm vụ quá hạn' }).click();
      await receiver.getByTestId('overdue-table').waitFor();
      // The province plan's overdue tasks, led by its departments, are on the board.
      const overdue = await receiver.getByTestId('overdue-table').textContent();
      expect(overdue).toContain('Quá hạn');
      expect(overdue).toContain('35/KH-UBND');
      await shootBoth(receiver, 'reports-10-overdue');
    });
  },
);
