import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { drawResponses, seededRandom, syntheticCommunes } from '@papi/domain';
import { SCREENSHOT_DIR, chromiumPath, screenshot } from './browser.ts';
import { ownServer } from './own-server.ts';
import { surveySetup } from './survey-setup.ts';

/** Where the report downloaded through the UI is kept, to be rendered and looked at. */
const SAVED = path.join(SCREENSHOT_DIR, 'survey-results-report.docx');

describe.skipIf(!chromiumPath)(
  'a coordinator compares survey scores and downloads the report',
  () => {
    const suite = ownServer({ width: 1366, height: 900 });
    const as = suite.as;
    let runId = 0;

    beforeAll(async () => {
      const { noivu, me, detail, document, units } = await surveySetup(suite.baseUrl, 'papi_xa');
      const [a, b] = units.items;
      const rnd = seededRandom(714);
      let n = 0;
      // Two rounds of the same questionnaire: last year's (closed) and this year's.
      for (const [name, startsOn, endsOn, size] of [
        ['Khảo sát ý kiến người dân năm 2025', '2025-09-01', '2025-10-31', 45],
        ['Khảo sát ý kiến người dân năm 2026', '2026-09-01', '2026-11-20', 60],
      ] as const) {
        const run = await noivu.call<{ id: number; version: number }>('POST', '/api/survey-runs', {
          unitId: me.unit.id,
          instrumentVersionId: detail.versions[0]!.id,
          name,
          startsOn,
          endsOn,
          status: 'open',
          strata: [
            { code: 'A', name: a!.name, unitId: a!.id, target: 60, population: 15000 },
            { code: 'B', name: b!.name, unitId: b!.id, target: 60, population: 6000 },
          ],
        });
        const communes = syntheticCommunes(
          document,
          { communes: 2, minSize: size, maxSize: size, dontKnow: 0.05 },
          rnd,
        );
        for (const r of drawResponses(document, communes, { dontKnow: 0.05 }, rnd)) {
          const clientId = `00000000-0000-4000-8714-${String(++n).padStart(12, '0')}`;
          await noivu.call('POST', `/api/survey-runs/${run.id}/responses`, {
            clientId,
            stratumCode: r.stratum === 'X001' ? 'A' : 'B',
            answers: r.answers,
          });
        }
        runId = run.id;
      }
    }, 240_000);

    it('sees scores with intervals, compares strata and rounds, downloads the Word report', async () => {
      const page = await as('noivu');
      await page.goto(`${suite.baseUrl}/surveys/runs/${runId}`);
      await page.getByRole('columnheader', { name: 'Khoảng tin cậy 95%' }).waitFor();
      expect(
        await page
          .getByRole('row', { name: /^D1 Tham gia/ })
          .first()
          .textContent(),
      ).toMatch(/\d,\d\d – \d,\d\d/);
      await page.getByRole('heading', { name: 'So sánh hai nhóm mẫu' }).waitFor();
      await page.getByRole('columnheader', { name: 'Chênh lệch (KTC 95%)' }).first().waitFor();
      await page.getByText('Đợt trước: Khảo sát ý kiến người dân năm 2025').waitFor();
      // Every comparison row carries one of the three verdicts.
      const verdicts = await page
        .getByText(/^(Khác biệt rõ|Kiểm định có ý nghĩa, KTC còn chồng nhau|Trong phạm vi sai số)$/)
        .count();
      expect(verdicts).toBeGreaterThan(8);
      await page.getByRole('heading', { name: 'So sánh hai nhóm mẫu' }).scrollIntoViewIfNeeded();
      await screenshot(page, 'survey-results-01-compare');
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 60_000 }),
        page.getByRole('link', { name: 'Báo cáo kết quả (Word)' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('bao-cao-khao-sat-y-kien-nguoi-dan-nam-2026.docx');
      await download.saveAs(SAVED);
      const zip = await JSZip.loadAsync(fs.readFileSync(SAVED));
      const text = ((await zip.file('word/document.xml')?.async('string')) ?? '').replace(
        /<[^>]+>/g,
        '',
      );
      expect(text).toContain('PHƯƠNG PHÁP KHẢO SÁT');
      expect(text).toContain('SO VỚI ĐỢT KHẢO SÁT TRƯỚC');
      expect(text).toContain('CÁC LĨNH VỰC CÒN YẾU THEO TỪNG NHÓM MẪU');
      expect(text).toMatch(/\d,\d\d – \d,\d\d/);
      // The analyst's downloads are offered to the coordinator.
      await page.getByRole('link', { name: 'Câu trả lời ẩn danh (CSV)' }).waitFor();
      await page
        .getByRole('heading', { name: 'Thời hạn lưu câu trả lời gốc' })
        .scrollIntoViewIfNeeded();
      await screenshot(page, 'survey-results-02-downloads');
      await page.setViewportSize({ width: 390, height: 860 });
      await page.getByRole('heading', { name: 'So sánh hai nhóm mẫu' }).scrollIntoViewIfNeeded();
      await page.waitForTimeout(300);
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'survey-results-03-phone.png') });
    });

    it('keeps raw answers from a viewer: no answer downloads offered', async () => {
      const page = await as('xem');
      await page.goto(`${suite.baseUrl}/surveys/runs/${runId}`);
      await page.getByRole('link', { name: 'Báo cáo kết quả (Word)' }).waitFor();
      expect(await page.getByRole('link', { name: 'Câu trả lời ẩn danh (CSV)' }).count()).toBe(0);
      await page.getByText('Câu trả lời gốc chỉ dành cho cán bộ điều phối').waitFor();
    });
    it('suggests the weakest sub-dimensions in the plan editor, labelled with the round', async () => {
      const page = await as('noivu');
      await page.goto(`${suite.baseUrl}/plans`);
      await page.getByRole('button', { name: 'Tạo kế hoạch' }).click();
      await page.getByRole('dialog').getByLabel('Trích yếu').fill('Nâng cao Chỉ số PAPI năm 2027');
      await page.getByRole('button', { name: 'Tạo dự thảo' }).click();
      await page.locator('[data-task-grid]').waitFor();
      await page.getByRole('button', { name: 'Chèn từ thư viện' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByText('Gợi ý từ khảo sát người dân').waitFor();
      await dialog
        .getByText(/theo Khảo sát ý kiến người dân năm 2026 \(01\/09\/2026 – 20\/11\/2026\)/)
        .waitFor();
      const chips = dialog.getByRole('button', { name: /^D\d\.\d / });
      expect(await chips.count()).toBe(3);
      const first = (await chips.first().textContent())!;
      await chips.first().click();
      // The library is filtered on that sub-dimension.
      const code = /^D\d\.\d/.exec(first)![0];
      await expect
        .poll(() =>
          dialog
            .getByLabel('Lọc theo lĩnh vực')
            .inputValue()
            .catch(() => ''),
        )
        .toContain(code);
      await screenshot(page, 'survey-results-04-plan-suggestions', false);
    });
  },
);
