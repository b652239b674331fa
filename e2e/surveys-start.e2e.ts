import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { SCREENSHOT_DIR, chromiumPath, screenshot } from './browser.ts';
import { ownServer } from './own-server.ts';
import { apiSession } from '../scripts/web-session.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const TITLE = 'Khảo sát sự hài lòng tại xã (thử nghiệm)';
const RUN = 'Khảo sát thử nghiệm tháng 12/2026';

/** Sets a cell found by its column header (row 1) in a sheet's data row. */
function setByHeader(ws: ExcelJS.Worksheet, header: string, row: number, value: string) {
  let col = 0;
  ws.getRow(1).eachCell((cell, n) => {
    if (String(cell.value) === header) col = n;
  });
  expect(col, `${ws.name}: ${header}`).toBeGreaterThan(0);
  ws.getRow(row).getCell(col).value = value;
}

async function upload(page: Page, buffer: Buffer) {
  const section = page.getByRole('region', { name: 'Nhập bộ câu hỏi XLSForm' });
  await section.locator('input[type=file]').setInputFiles({
    name: 'sipas-thu.xlsx',
    mimeType: XLSX,
    buffer,
  });
  await section.getByRole('button', { name: 'Nhập tệp' }).click();
}

describe.skipIf(!chromiumPath)('a coordinator starts a survey round from the UI', () => {
  const suite = ownServer({ width: 1366, height: 900 });

  it('imports an XLSForm, publishes it, creates a round with two strata and opens it', async () => {
    // The shipped satisfaction questionnaire, exported, renamed so it imports as a new one.
    const noivu = await apiSession(suite.baseUrl, 'noivu');
    const list = await noivu.call<{ items: { id: number; code: string }[] }>(
      'GET',
      '/api/survey-instruments',
    );
    const shipped = list.items.find((i) => i.code !== 'papi_xa')!;
    const res = await fetch(`${suite.baseUrl}/api/survey-instruments/${shipped.id}/xlsform`, {
      headers: { cookie: noivu.cookie },
    });
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    setByHeader(wb.getWorksheet('settings')!, 'form_id', 2, 'hai_long_thu');
    setByHeader(wb.getWorksheet('settings')!, 'form_title', 2, TITLE);
    const good = Buffer.from(await wb.xlsx.writeBuffer());
    // A question of an unknown type: refused with its sheet, row and column.
    setByHeader(wb.getWorksheet('survey')!, 'type', 3, 'khong_co_kieu_nay');
    const broken = Buffer.from(await wb.xlsx.writeBuffer());

    const page = await suite.as('noivu');
    await page.goto(`${suite.baseUrl}/surveys`);
    await upload(page, broken);
    const issues = page.getByTestId('xlsform-issues');
    await issues.waitFor();
    const issueRow = await issues.getByRole('row').nth(1).textContent();
    expect(issueRow).toContain('survey');
    expect(issueRow).toContain('3');
    await screenshot(page, 'surveys-start-01-xlsform-errors', false);

    await upload(page, good);
    const row = page.getByRole('row', { name: /hai_long_thu/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('Bản nháp');
    await row.getByRole('button', { name: `Ban hành bản nháp ${TITLE}` }).click();
    await row.getByText('Phiên bản 1').waitFor();

    await page.getByRole('link', { name: 'Tạo đợt khảo sát' }).click();
    await page.getByRole('heading', { name: 'Tạo đợt khảo sát' }).waitFor();
    await screenshot(page, 'surveys-start-01b-form-empty', false);
    await page.getByRole('combobox', { name: 'Bộ câu hỏi' }).click();
    await page.getByRole('option', { name: TITLE }).click();
    await expect
      .poll(() => page.getByRole('combobox', { name: 'Phiên bản' }).inputValue())
      .toBe('Phiên bản 1');
    await page.getByLabel(/^Tên đợt khảo sát/).fill(RUN);
    await page.getByLabel(/^Ngày kết thúc/).fill('31/01/2027');
    await page.getByLabel(/^Ngày kết thúc/).blur();
    await page.getByText('Đang thu phiếu', { exact: true }).click();

    // Every commune/ward of the province is a stratum: keep the first, add a service point.
    const table = page.getByTestId('strata-table');
    const communes = await table.locator('tbody tr').count();
    expect(communes).toBeGreaterThan(2);
    const first = await page.getByLabel('Tên nhóm mẫu dòng 1', { exact: true }).inputValue();
    await page.getByRole('checkbox', { name: 'Chọn tất cả nhóm mẫu' }).check();
    await page.getByRole('checkbox', { name: 'Chọn nhóm mẫu dòng 1', exact: true }).uncheck();
    await page.getByRole('button', { name: `Bỏ ${communes - 1} nhóm mẫu đã chọn` }).click();
    await page.getByRole('button', { name: 'Thêm nhóm mẫu' }).click();
    await page.getByLabel('Tên nhóm mẫu dòng 2', { exact: true }).fill('Bộ phận một cửa tỉnh');
    await page.getByLabel('Chỉ tiêu dòng 2', { exact: true }).fill('50');
    await page.getByLabel('Dân số dòng 1', { exact: true }).fill('12000');
    expect(await table.locator('tbody tr').count()).toBe(2);
    // The server's refusal is shown in the form, in Vietnamese, and nothing is lost.
    await page.getByLabel(/^Ngày kết thúc/).fill('01/11/2026');
    await page.getByLabel(/^Ngày kết thúc/).blur();
    await page.getByRole('button', { name: 'Tạo đợt khảo sát' }).click();
    await page
      .getByRole('alert')
      .getByText(/trước ngày bắt đầu/)
      .waitFor();
    expect(page.url()).toMatch(/\/surveys\/runs\/new$/);
    await page.getByLabel(/^Ngày kết thúc/).fill('31/01/2027');
    await page.getByLabel(/^Ngày kết thúc/).blur();
    await screenshot(page, 'surveys-start-02-form');
    await page.setViewportSize({ width: 390, height: 860 });
    await page.waitForTimeout(300);
    await page.screenshot({
      path: path.join(SCREENSHOT_DIR, 'surveys-start-03-form-phone.png'),
      fullPage: true,
    });
    await page.setViewportSize({ width: 1366, height: 900 });

    await page.getByRole('button', { name: 'Tạo đợt khảo sát' }).click();
    await page.waitForURL(/\/surveys\/runs\/\d+$/);
    await page.getByRole('heading', { name: RUN }).waitFor();
    const runId = Number(new URL(page.url()).pathname.split('/').pop());
    const run = await noivu.call<{
      status: string;
      endsOn: string;
      instrumentTitle: string;
      strata: {
        code: string;
        name: string;
        target: number;
        population: number | null;
        unitId: number | null;
      }[];
    }>('GET', `/api/survey-runs/${runId}`);
    expect(run.status).toBe('open');
    expect(run.endsOn).toBe('2027-01-31');
    expect(run.instrumentTitle).toBe(TITLE);
    expect(run.strata.map((s) => [s.name, s.target, s.population, s.unitId === null])).toEqual([
      [first, 30, 12000, false],
      ['Bộ phận một cửa tỉnh', 50, null, true],
    ]);

    // Closing the round from its page.
    await page.getByText('Đã kết thúc', { exact: true }).click();
    await expect
      .poll(
        async () =>
          (await noivu.call<{ status: string }>('GET', `/api/survey-runs/${runId}`)).status,
      )
      .toBe('closed');
    await screenshot(page, 'surveys-start-04-run', false);

    // Someone else changes the round meanwhile: the stale change is refused (409), reloaded.
    const now = await noivu.call<Record<string, unknown> & { version: number }>(
      'GET',
      `/api/survey-runs/${runId}`,
    );
    await noivu.call('PUT', `/api/survey-runs/${runId}`, {
      version: now.version,
      name: `${RUN} (sửa)`,
      startsOn: now.startsOn,
      endsOn: now.endsOn,
      status: 'closed',
      strata: run.strata.map(({ code, name, unitId, target, population }) => ({
        code,
        name,
        unitId,
        target,
        population,
      })),
    });
    await page.getByText('Đang thu phiếu', { exact: true }).click();
    await page.getByRole('alert').getByRole('button', { name: 'Tải lại dữ liệu mới nhất' }).click();
    await page.getByRole('heading', { name: `${RUN} (sửa)` }).waitFor();
    await page.getByText('Đang thu phiếu', { exact: true }).click();
    await expect
      .poll(
        async () =>
          (await noivu.call<{ status: string }>('GET', `/api/survey-runs/${runId}`)).status,
      )
      .toBe('open');
  }, 120_000);
});
