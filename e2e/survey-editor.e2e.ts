import { describe, expect, it } from 'vitest';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import type { SurveyInstrument } from '@papi/domain';
import { SCREENSHOT_DIR, chromiumPath, screenshot } from './browser.ts';
import { ownServer } from './own-server.ts';
import { apiSession } from '../scripts/web-session.ts';

const TITLE = 'Khảo sát thử soạn trên web';

/** Picks an option of a Mantine select found by its accessible name inside `scope`. */
async function pick(page: Page, scope: Locator | Page, label: string, option: string | RegExp) {
  await scope.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option }).click();
}

async function phone(page: Page, name: string) {
  await page.setViewportSize({ width: 390, height: 860 });
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
  await page.setViewportSize({ width: 1366, height: 900 });
}

describe.skipIf(!chromiumPath)('a coordinator writes a questionnaire in the browser', () => {
  const suite = ownServer({ width: 1366, height: 900 });

  it('builds, checks, saves and publishes a questionnaire, then sets a round’s quotas on it', async () => {
    const page = await suite.as('noivu');
    await page.goto(`${suite.baseUrl}/surveys`);
    await page.getByRole('button', { name: 'Tạo bộ câu hỏi mới' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Tên bộ câu hỏi').fill(TITLE);
    await dialog.getByLabel('Mã').fill('soan_tren_web');
    await dialog.getByRole('button', { name: 'Tạo và soạn' }).click();
    await page.waitForURL(/\/surveys\/instruments\/\d+\/edit$/);
    const id = Number(new URL(page.url()).pathname.split('/')[3]);
    const summary = page.getByTestId('issue-summary');
    await summary.getByText('Bộ câu hỏi chưa có phần nào.').waitFor();

    await page.getByRole('button', { name: 'Thêm phần' }).click();
    await page.getByLabel('Tiêu đề phần 1').fill('Thông tin chung');
    await page.getByRole('button', { name: 'Thêm câu hỏi vào phần 1' }).click();
    await page.getByRole('menuitem', { name: 'Một lựa chọn' }).click();
    const cards = page.locator('[data-testid^="question-"]');
    const first = cards.nth(0);
    await first
      .getByLabel('Nội dung câu hỏi', { exact: true })
      .fill('Trong 12 tháng qua, ông/bà có đến Bộ phận một cửa không?');
    await first.getByLabel('Nội dung phương án 1').fill('Có');
    await first.getByLabel('Nội dung phương án 2').fill('Không');
    await first.getByRole('button', { name: 'Thêm phương án' }).click();
    await first.getByLabel('Nội dung phương án 3').fill('Không nhớ');
    // Keyboard: the third answer moves up with Enter on its button.
    await first.getByRole('button', { name: 'Đưa phương án 3 lên' }).focus();
    await page.keyboard.press('Enter');
    expect(await first.getByLabel('Nội dung phương án 2').inputValue()).toBe('Không nhớ');
    await first.getByRole('button', { name: 'Đưa phương án 2 xuống' }).click();
    expect(await first.getByLabel('Nội dung phương án 3').inputValue()).toBe('Không nhớ');

    await page.getByRole('button', { name: 'Thêm câu hỏi vào phần 1' }).click();
    await page.getByRole('menuitem', { name: 'Thang 1–5' }).click();
    const second = cards.nth(1);
    await second
      .getByLabel('Nội dung câu hỏi', { exact: true })
      .fill('Ông/bà hài lòng thế nào với Bộ phận một cửa?');
    await second.getByRole('button', { name: 'Thêm điều kiện' }).click();
    await pick(page, second, 'Câu hỏi của điều kiện 1', /^cau_1 — /);
    await pick(page, second, 'Giá trị của điều kiện 1', 'Có (1)');
    await second.getByText("${cau_1} = '1'").waitFor();

    // A code used twice: shown under the question and in the summary, then fixed.
    await second.getByLabel('Mã câu hỏi').fill('cau_1');
    await second.getByTestId('question-issues').getByText('Tên "cau_1" bị trùng.').waitFor();
    await summary.getByText('Tên "cau_1" bị trùng.').waitFor();
    await screenshot(page, 'survey-editor-01-duplicate-code');
    await second.getByLabel('Mã câu hỏi').fill('hai_long');
    await summary.getByText('Không có lỗi: bộ câu hỏi đủ điều kiện ban hành.').waitFor();
    expect(await second.getByTestId('question-issues').count()).toBe(0);
    // Renaming the first question carries the condition that names it.
    await first.getByLabel('Mã câu hỏi').fill('co_den');
    await second.getByText("${co_den} = '1'").waitFor();

    // A second section, asked only of those who did not come.
    await page.getByRole('button', { name: 'Thêm phần' }).click();
    await page.getByLabel('Tiêu đề phần 2').fill('Lý do');
    await page.getByRole('button', { name: 'Thêm câu hỏi vào phần 2' }).click();
    await page.getByRole('menuitem', { name: 'Chữ ngắn' }).click();
    await cards
      .nth(2)
      .getByLabel('Nội dung câu hỏi', { exact: true })
      .fill('Vì sao ông/bà chưa đến?');
    const sectionIf = page.getByRole('group', { name: 'Điều kiện hiển thị phần phan_2' });
    await sectionIf.getByRole('button', { name: 'Thêm điều kiện' }).click();
    await pick(page, sectionIf, 'Câu hỏi của điều kiện 1', /^co_den — /);
    await pick(page, sectionIf, 'Phép so sánh của điều kiện 1', 'khác');
    await pick(page, sectionIf, 'Giá trị của điều kiện 1', 'Có (1)');
    await summary.getByText('Không có lỗi: bộ câu hỏi đủ điều kiện ban hành.').waitFor();
    await page.getByRole('button', { name: 'Lưu bản nháp' }).click();
    await expect.poll(() => page.getByTestId('save-state').textContent()).toBe('Đã lưu');
    await page.getByRole('button', { name: 'Ban hành', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Ban hành' }).click();
    await page.getByText('Phiên bản mới nhất đã ban hành: 1.', { exact: false }).waitFor();
    await screenshot(page, 'survey-editor-02-published');
    await phone(page, 'survey-editor-03-phone');

    const noivu = await apiSession(suite.baseUrl, 'noivu');
    const { document } = await noivu.call<{ document: SurveyInstrument }>(
      'GET',
      `/api/survey-instruments/${id}/versions/1`,
    );
    const [q1, q2] = document.sections[0]!.questions;
    expect(q1!.choices!.map((c) => [c.value, c.labelVi])).toEqual([
      ['1', 'Có'],
      ['2', 'Không'],
      ['3', 'Không nhớ'],
    ]);
    expect(document.sections[1]).toMatchObject({
      labelVi: 'Lý do',
      relevant: { q: 'co_den', op: 'neq', value: '1' },
      questions: [{ type: 'text', labelVi: 'Vì sao ông/bà chưa đến?' }],
    });
    expect(q2).toMatchObject({
      name: 'hai_long',
      type: 'scale5',
      relevant: { q: 'co_den', op: 'eq', value: '1' },
    });

    // Someone else saves the draft meanwhile: this page's save is refused and reloads.
    const detail = await noivu.call<{ version: number; versions: { id: number }[] }>(
      'GET',
      `/api/survey-instruments/${id}`,
    );
    await noivu.call('PUT', `/api/survey-instruments/${id}`, {
      version: detail.version,
      document: { ...document, titleVi: `${TITLE} (sửa)` },
    });
    await page.getByLabel('Tiêu đề phần 1').fill('Thông tin chung (sửa)');
    await page.getByRole('button', { name: 'Lưu bản nháp' }).click();
    await page.getByRole('alert').getByRole('button', { name: 'Tải lại dữ liệu mới nhất' }).click();
    await expect.poll(() => page.getByLabel('Tên bộ câu hỏi').inputValue()).toBe(`${TITLE} (sửa)`);

    // A round on version 1: its quotas count answers of the new single-choice question.
    const me = await noivu.call<{ unit: { id: number } }>('GET', '/api/auth/me');
    const units = await noivu.call<{ items: { id: number; name: string }[] }>(
      'GET',
      `/api/units?parentId=${me.unit.id}`,
    );
    const run = await noivu.call<{ id: number }>('POST', '/api/survey-runs', {
      unitId: me.unit.id,
      instrumentVersionId: detail.versions[0]!.id,
      name: 'Đợt thử bộ câu hỏi mới',
      startsOn: '2026-11-01',
      endsOn: '2026-12-31',
      status: 'open',
      strata: units.items.slice(0, 2).map((u, i) => ({
        code: `X${i + 1}`,
        name: u.name,
        unitId: u.id,
        target: 40,
        population: null,
      })),
    });
    await page.goto(`${suite.baseUrl}/surveys/runs/${run.id}?tab=quotas`);
    await page.getByRole('button', { name: 'Thêm chỉ tiêu' }).click();
    await pick(page, page, 'Phương án của chỉ tiêu 1', 'Có (1)');
    await page.getByLabel('Số phiếu của chỉ tiêu 1').fill('25');
    await page.getByRole('button', { name: 'Thêm chỉ tiêu' }).click();
    await pick(page, page, 'Phương án của chỉ tiêu 2', 'Có (1)');
    await page.getByText('Phương án này đã có chỉ tiêu trong nhóm mẫu.').waitFor();
    expect(await page.getByRole('button', { name: 'Lưu chỉ tiêu' }).isDisabled()).toBe(true);
    await pick(page, page, 'Phương án của chỉ tiêu 2', 'Không (2)');
    await page.getByLabel('Số phiếu của chỉ tiêu 2').fill('15');
    await page.getByRole('button', { name: 'Lưu chỉ tiêu' }).click();
    await page.getByText('Đã lưu chỉ tiêu theo nhóm.').waitFor();
    const saved = await noivu.call<{ strata: { code: string; quotas: unknown[] }[] }>(
      'GET',
      `/api/survey-runs/${run.id}`,
    );
    expect(saved.strata.map((s) => [s.code, s.quotas])).toEqual([
      [
        'X1',
        [
          { question: 'co_den', value: '1', target: 25 },
          { question: 'co_den', value: '2', target: 15 },
        ],
      ],
      ['X2', []],
    ]);
    await page.getByRole('combobox', { name: 'Nhóm mẫu' }).click();
    await page.getByRole('option', { name: /\(X2\) · 0 chỉ tiêu/ }).waitFor();
    await page.keyboard.press('Escape');
    await screenshot(page, 'survey-editor-04-quotas');
    await phone(page, 'survey-editor-05-quotas-phone');
  }, 180_000);

  it('opens the shipped PAPI questionnaire with its skip logic and scoring in the builder', async () => {
    const page = await suite.as('noivu');
    await page.goto(`${suite.baseUrl}/surveys`);
    await page
      .getByRole('link', {
        name: 'Soạn bộ câu hỏi Phiếu hỏi ý kiến người dân về quản trị và hành chính công ở xã/phường',
      })
      .click();
    await page
      .getByTestId('issue-summary')
      .getByText('Không có lỗi: bộ câu hỏi đủ điều kiện ban hành.')
      .waitFor();
    await page.getByRole('button', { name: 'Sửa câu d1_2_c' }).click();
    const card = page.getByTestId('question-d1_2_c');
    await card.getByText("${d1_2_a} = 'yes'").waitFor();
    expect(
      await card.getByRole('combobox', { name: 'Câu hỏi của điều kiện 1' }).inputValue(),
    ).toMatch(/^d1_2_a — /);
    expect(await card.getByRole('combobox', { name: 'Đo thành phần' }).inputValue()).toMatch(
      /^D1\.2 /,
    );
    expect(await card.getByLabel('Điểm của phương án yes').inputValue()).toBe('1');
    expect(await card.getByLabel('Điểm của phương án dk').inputValue()).toBe('');
    // Nothing changed: nothing to save, and the same draft has nothing new to publish.
    expect(await page.getByRole('button', { name: 'Lưu bản nháp' }).isDisabled()).toBe(true);
    await page.getByText('Bản nháp giống phiên bản đã ban hành').waitFor();
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'survey-editor-06-papi.png') });
    await phone(page, 'survey-editor-07-papi-phone');
  }, 120_000);
});
