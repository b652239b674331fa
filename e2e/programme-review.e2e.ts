import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { SCREENSHOT_DIR, chromiumPath, screenshot } from './browser.ts';
import { apiSession } from '../scripts/web-session.ts';
import { ownServer } from './own-server.ts';

/** The seed 002 flow: a review plan assigning sub-dimensions, reports, compile, next plan. */
describe.skipIf(!chromiumPath)(
  'a programme is reviewed and its proposals become the next plan',
  () => {
    const suite = ownServer({ width: 1366, height: 860 });

    it('assigns, reviews with a return, compiles the Word report and drafts the next plan', async () => {
      const noivuApi = await apiSession(suite.baseUrl, 'noivu');
      const created = await noivuApi.call<{ id: number }>('POST', '/api/programmes', {
        title: 'Chương trình nâng cao Chỉ số PAPI giai đoạn 2022–2026',
        yearFrom: 2022,
        yearTo: 2026,
        decisionNumber: '15/QĐ-UBND',
      });
      const id = created.id;

      // The coordinator imports the assignment table from Excel.
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('Phân công');
      ws.addRow(['Nội dung thành phần', 'Cơ quan chủ trì', 'Cơ quan phối hợp']);
      ws.addRow(['2.1', 'Sở Tư pháp', 'Sở Nội vụ']);
      ws.addRow(['3.2', 'Sở Tư pháp', '']);
      ws.addRow(['1.1', 'Sở Nội vụ', '']);
      const dir = path.join(SCREENSHOT_DIR, 'programme-review');
      mkdirSync(dir, { recursive: true });
      const xlsx = path.join(dir, 'phan-cong.xlsx');
      writeFileSync(xlsx, Buffer.from(await wb.xlsx.writeBuffer()));

      const page = await suite.as('noivu');
      await page.goto(`${suite.baseUrl}/programmes/${id}`);
      await page.getByRole('tab', { name: 'Phân công' }).click();
      await page.locator('input[type=file]').setInputFiles(xlsx);
      await page.getByTestId('import-preview').getByText('3 dòng đọc được').waitFor();
      await page.getByRole('button', { name: 'Nhập bảng phân công' }).click();
      await page.getByTestId('assignment-table').getByText('Sở Tư pháp').first().waitFor();
      await page.getByText('Theo cơ quan').click();
      await expect
        .poll(() => page.getByTestId('assignment-by-agency').textContent())
        .toContain('Sở Tư pháp tỉnh Sơn La chủ trì: 2.1, 3.2');
      await screenshot(page, 'programme-review-01-assignment');

      // Opening the review owes reports to both agencies and to every commune.
      await page.getByRole('tab', { name: 'Tổng kết' }).click();
      await page.getByLabel('Hạn gửi báo cáo').fill('15/12/2026');
      await page.getByLabel('Hạn gửi báo cáo').press('Tab');
      await page.getByRole('button', { name: 'Mở tổng kết' }).click();
      const board = page.getByTestId('review-board');
      await board.getByText('Phường Mộc Châu').waitFor();
      await screenshot(page, 'programme-review-02-board');

      // Sở Tư pháp writes and submits its report.
      const detail = await noivuApi.call<{
        reviewBoard: { reports: { id: number; agency: { name: string } | null }[] };
      }>('GET', `/api/programmes/${id}`);
      const justice = detail.reviewBoard.reports.find((r) =>
        r.agency?.name.includes('Tư pháp'),
      )!.id;
      const home = detail.reviewBoard.reports.find((r) => r.agency?.name.includes('Nội vụ'))!.id;
      const tuphap = await suite.as('tuphap');
      await tuphap.goto(`${suite.baseUrl}/programme-reviews/${justice}`);
      await tuphap.getByTestId('prefilled').waitFor();
      const write = async (label: string, text: string) => tuphap.getByLabel(label).fill(text);
      await write('Kết quả đạt được', 'Công khai 100% thủ tục hành chính tại bộ phận một cửa.');
      await write(
        'Đề xuất giải pháp cho chương trình kỳ sau (mỗi dòng một giải pháp)',
        'Niêm yết thủ tục tại nhà văn hóa bản\nĐối thoại hằng quý với người dân',
      );
      await screenshot(tuphap, 'programme-review-03-report');
      await tuphap.getByRole('button', { name: 'Gửi báo cáo' }).click();
      await expect
        .poll(() => tuphap.getByTestId('report-status').textContent())
        .toBe('Đã gửi, chờ tiếp nhận');

      // Sở Nội vụ's report, sent through the API.
      const sections = {
        results: 'Đối thoại ở 75 xã, phường.',
        shortcomings: '',
        lessons: '',
        proposals: 'Số hóa hồ sơ đối thoại',
      };
      const saved = await noivuApi.call<{ version: number }>(
        'PUT',
        `/api/programme-review-reports/${home}`,
        { version: 1, sections },
      );
      await noivuApi.call('POST', `/api/programme-review-reports/${home}/submit`, {
        version: saved.version,
      });

      // The coordinator returns Sở Tư pháp's report with a reason; it is corrected and sent again.
      await page.goto(`${suite.baseUrl}/programme-reviews/${justice}`);
      await page.getByLabel('Lý do trả lại').fill('Bổ sung kết quả nội dung 3.2');
      await page.getByRole('button', { name: 'Trả lại' }).click();
      await expect.poll(() => page.getByTestId('report-status').textContent()).toBe('Bị trả lại');
      await tuphap.reload();
      await tuphap.getByText('Bị trả lại: Bổ sung kết quả nội dung 3.2').waitFor();
      await write(
        'Kết quả đạt được',
        'Công khai 100% thủ tục hành chính; nội dung 3.2: 12 cuộc đối thoại.',
      );
      await tuphap.getByRole('button', { name: 'Gửi báo cáo' }).click();
      await expect
        .poll(() => tuphap.getByTestId('report-status').textContent())
        .toBe('Đã gửi, chờ tiếp nhận');
      await page.reload();
      await page.getByRole('button', { name: 'Tiếp nhận' }).click();
      await expect.poll(() => page.getByTestId('report-status').textContent()).toBe('Đã tiếp nhận');
      await page.goto(`${suite.baseUrl}/programme-reviews/${home}`);
      await page.getByRole('button', { name: 'Tiếp nhận' }).click();
      await expect.poll(() => page.getByTestId('report-status').textContent()).toBe('Đã tiếp nhận');

      // Compile, then the Word report: opened and its text checked, rendered to look at.
      await page.goto(`${suite.baseUrl}/programmes/${id}`);
      await page.getByRole('button', { name: 'Tổng hợp báo cáo' }).click();
      await page
        .getByTestId('solutions')
        .getByText(/Niêm yết thủ tục/)
        .waitFor();
      await screenshot(page, 'programme-review-04-compiled');
      const href = await page
        .getByRole('link', { name: 'Tải báo cáo tổng kết (Word)' })
        .getAttribute('href');
      const res = await fetch(`${suite.baseUrl}${href}`, { headers: { cookie: noivuApi.cookie } });
      expect(res.status).toBe(200);
      const docx = path.join(dir, 'tong-ket.docx');
      writeFileSync(docx, new Uint8Array(await res.arrayBuffer()));
      const zip = await JSZip.loadAsync(readFileSync(docx));
      const text = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
      expect(text).toContain('Tổng kết Chương trình nâng cao Chỉ số PAPI giai đoạn 2022–2026');
      expect(text).toContain('Niêm yết thủ tục tại nhà văn hóa bản');
      expect(text).toContain('Sở Tư pháp');
      try {
        execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, docx], {
          timeout: 60_000,
        });
        execFileSync('pdftoppm', [
          '-png',
          '-r',
          '60',
          path.join(dir, 'tong-ket.pdf'),
          path.join(dir, 'tong-ket'),
        ]);
      } catch {
        // Rendering is for people to look at; the text checks above are the test.
      }

      // The next programme's draft plan, in one step.
      await page.getByLabel('Năm của kế hoạch kỳ sau').fill('2027');
      await page.getByRole('button', { name: 'Tạo kế hoạch kỳ sau' }).click();
      await page.waitForURL(/\/plans\/\d+/);
      const planId = Number(/\/plans\/(\d+)/.exec(page.url())![1]);
      const plan = await noivuApi.call<{
        status: string;
        year: number;
        tasks: { content: string }[];
      }>('GET', `/api/plans/${planId}`);
      expect(plan).toMatchObject({ status: 'draft', year: 2027 });
      expect(plan.tasks.map((t) => t.content)).toEqual(
        expect.arrayContaining(['Niêm yết thủ tục tại nhà văn hóa bản', 'Số hóa hồ sơ đối thoại']),
      );
      await screenshot(page, 'programme-review-05-next-plan');
      const phone = await suite.as('tuphap', 390);
      await phone.goto(`${suite.baseUrl}/programme-reviews/${justice}`);
      await phone.getByTestId('prefilled').waitFor();
      await screenshot(phone, 'programme-review-06-report-390');
    });
  },
);
