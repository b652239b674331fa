import http from 'node:http';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumPath, screenshot } from './browser.ts';
import { ownServer } from './own-server.ts';
import { surveySetup } from './survey-setup.ts';
import { apiSession } from '../scripts/web-session.ts';

/** Bytes of a page as they cross the wire, gzipped (Node's fetch would unpack them). */
function wireBytes(url: string): Promise<{ bytes: number; encoding: string | undefined }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
        let bytes = 0;
        res.on('data', (chunk: Buffer) => (bytes += chunk.length));
        res.on('end', () => resolve({ bytes, encoding: res.headers['content-encoding'] }));
      })
      .on('error', reject);
  });
}

/** Answers every shown question that is still blank: the fourth choice, or the first. */
async function answerShown(page: Page) {
  const cards = page.locator('[data-q]:not([hidden])');
  for (let i = 0; i < (await cards.count()); i++) {
    const radios = cards.nth(i).locator('input[type=radio]');
    const n = await radios.count();
    if (n === 0 || (await cards.nth(i).locator('input:checked').count()) > 0) continue;
    await radios.nth(n > 3 ? 3 : 0).check();
  }
}

describe.skipIf(!chromiumPath)('a citizen answers through the public link on a phone', () => {
  const suite = ownServer({ width: 1366, height: 900 });
  let runId = 0;
  const runName = 'Khảo sát hài lòng tại Bộ phận một cửa, tháng 12/2026';

  beforeAll(async () => {
    const { noivu, me, detail, units } = await surveySetup(suite.baseUrl, 'sipas_dich_vu');
    const [a, b] = units.items;
    const run = await noivu.call<{ id: number }>('POST', '/api/survey-runs', {
      unitId: me.unit.id,
      instrumentVersionId: detail.versions[0]!.id,
      name: runName,
      startsOn: '2026-11-01',
      endsOn: '2026-12-31',
      status: 'open',
      strata: [
        { code: 'A', name: a!.name, unitId: a!.id, target: 50, population: 15000 },
        { code: 'B', name: b!.name, unitId: b!.id, target: 50, population: 6000 },
      ],
    });
    runId = run.id;
  });

  it('consent → questions (an error, then skip logic) → thank you; the run counts it', async () => {
    const coordinator = await suite.as('noivu');
    await coordinator.goto(`${suite.baseUrl}/surveys/runs/${runId}`);
    await coordinator.getByRole('button', { name: 'Tạo đường dẫn công khai cho cả đợt' }).click();
    const runRow = coordinator.getByTestId('public-link-run');
    await runRow.getByText('Đang mở').waitFor();
    const link = (await runRow.getByRole('link', { name: /khao-sat/ }).getAttribute('href'))!;
    expect(link).toMatch(/^\/khao-sat\/[A-Za-z0-9_-]{22}$/);
    await runRow.getByRole('img').waitFor();
    expect(await coordinator.getByText('0 người trả lời').count()).toBe(1);
    await screenshot(coordinator, 'surveys-public-01-links');

    const measured = await wireBytes(`${suite.baseUrl}${link}/phieu?dong_y=1`);
    console.log(`Trang phiếu SIPAS công khai: ${measured.bytes} byte gzip trên đường truyền`);
    expect(measured.encoding).toBe('gzip');
    expect(measured.bytes).toBeLessThan(100 * 1024);

    for (const width of [390, 1366]) {
      const phone = await suite.guest(width, 844);
      await phone.goto(`${suite.baseUrl}${link}`);
      await phone.getByText('Nghị định 13/2023/NĐ-CP').waitFor();
      await screenshot(phone, `surveys-public-02-consent-${width}`);
      await phone.getByLabel('Tôi đã đọc và đồng ý tham gia khảo sát').check();
      await phone.getByRole('button', { name: 'Đồng ý và bắt đầu trả lời' }).click();
      await phone.getByRole('button', { name: 'Gửi phiếu' }).waitFor();
      // Skip logic on the phone: the follow-ups open only after "có" to the feedback question.
      const followUp = phone.locator('[data-q="f5_b"]');
      expect(await followUp.isHidden()).toBe(true);
      await phone.locator('[data-q="f5_gop"] input[value="yes"]').check();
      expect(await followUp.isVisible()).toBe(true);
      // Sent with the place and most answers missing: the server names each problem.
      await phone.getByRole('button', { name: 'Gửi phiếu' }).click();
      await phone
        .getByRole('alert')
        .getByText(/Phiếu còn \d+ chỗ cần sửa/)
        .waitFor();
      expect(await phone.locator('#q-f1_a .err').textContent()).toBe(
        'Câu hỏi bắt buộc chưa được trả lời.',
      );
      expect(await phone.locator('[data-q="f5_gop"] input[value="yes"]').isChecked()).toBe(true);
      await screenshot(phone, `surveys-public-03-error-${width}`, false);
      await phone.locator('#q-f1_a').scrollIntoViewIfNeeded();
      await screenshot(phone, `surveys-public-03b-question-error-${width}`, false);
      if (width !== 390) continue;
      await phone.locator('#q-nhom input[value="A"]').check();
      await answerShown(phone);
      await phone.getByRole('button', { name: 'Gửi phiếu' }).click();
      await phone.getByRole('heading', { name: 'Cảm ơn bạn!' }).waitFor();
      await screenshot(phone, `surveys-public-04-thanks-${width}`);
      // The same phone again: told kindly that its response is in.
      await phone.goto(`${suite.baseUrl}${link}`);
      await phone.getByText('Phiếu của bạn đã được ghi nhận').waitFor();
    }

    await coordinator.reload();
    await coordinator.getByText('1 người trả lời').waitFor();
    const run = await (
      await apiSession(suite.baseUrl, 'noivu')
    ).call<{ strata: { code: string; responses: number }[] }>('GET', `/api/survey-runs/${runId}`);
    expect(run.strata.map((s) => [s.code, s.responses])).toEqual([
      ['A', 1],
      ['B', 0],
    ]);

    // Four more phones behind the same address within minutes: a burst. All five are kept,
    // flagged and left out of the count until the coordinator looks at them.
    for (let i = 0; i < 4; i++) {
      const phone = await suite.guest(390, 844);
      await phone.goto(`${suite.baseUrl}${link}`);
      await phone.getByLabel('Tôi đã đọc và đồng ý tham gia khảo sát').check();
      await phone.getByRole('button', { name: 'Đồng ý và bắt đầu trả lời' }).click();
      await phone.locator('#q-nhom input[value="B"]').check();
      await answerShown(phone);
      await phone.getByRole('button', { name: 'Gửi phiếu' }).click();
      await phone.getByRole('heading', { name: 'Cảm ơn bạn!' }).waitFor();
    }
    await coordinator.reload();
    const flagged = coordinator.getByTestId('flagged');
    await flagged.getByText('5 phiếu gửi dồn dập đang chờ xem xét', { exact: false }).waitFor();
    expect(await coordinator.getByTestId('respondents').textContent()).toBe(
      '0 người trả lời · 5 phiếu chờ xem xét (chưa tính)',
    );
    await flagged.getByRole('button', { name: 'Nhận (tính điểm)' }).first().click();
    await flagged.getByText('Đã nhận', { exact: false }).waitFor();
    await flagged.getByRole('button', { name: 'Loại (không tính)' }).first().click();
    await flagged.getByText('Đã loại', { exact: false }).waitFor();
    await coordinator.getByText('1 người trả lời · 3 phiếu chờ xem xét (chưa tính)').waitFor();
    await flagged.scrollIntoViewIfNeeded();
    await screenshot(coordinator, 'surveys-public-05-flagged', false);
  });
});
