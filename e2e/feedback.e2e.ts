import { describe, expect, it } from 'vitest';
import { chromiumPath, screenshot } from './browser.ts';
import { ownServer } from './own-server.ts';

/** A 1×1 PNG: the photo the citizen attaches (the content check reads its signature). */
const PHOTO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
const CITIZEN_TEXT =
  'Cống thoát nước đường Tô Hiệu bị tắc, mưa là ngập. Gọi tôi: 0912 345 678, thư nguyenvanbinh@gmail.com.';
const ANSWER =
  'Phường đã cho nạo vét cống ngày 26/11/2026. Cần thêm thông tin xin gọi cán bộ địa chính 0987 654 321 hoặc diachinh.mocchau@gmail.com.';

describe.skipIf(!chromiumPath)('citizen feedback from a phone to a published answer', () => {
  const suite = ownServer({ width: 1366, height: 900 });

  it('submits with a photo, the ward answers, the leader approves, the citizen rates', async () => {
    // The citizen, on a 390 px phone, with no account.
    const phone = await suite.guest(390, 844);
    await phone.goto(`${suite.baseUrl}/cong-khai/14/gui-phan-anh`);
    await phone.getByText('Nghị định 13/2023/NĐ-CP').waitFor();
    await screenshot(phone, 'feedback-01-form-390');
    await phone
      .getByLabel('Chủ đề')
      .selectOption({ label: 'Cung ứng dịch vụ công (y tế, giáo dục, điện, nước…)' });
    await phone
      .getByLabel('Xã, phường hoặc cơ quan được phản ánh')
      .selectOption({ label: 'Phường Mộc Châu' });
    await phone.getByLabel('Nội dung phản ánh, kiến nghị').fill(CITIZEN_TEXT);
    await phone
      .getByLabel('Ảnh hoặc tệp PDF (không bắt buộc)')
      .setInputFiles({ name: 'cong-tac.png', mimeType: 'image/png', buffer: PHOTO });
    await phone.getByLabel('Số điện thoại hoặc e-mail (không bắt buộc)').fill('0912 345 678');
    await phone.getByLabel('Tôi đồng ý với việc xử lý dữ liệu như trên').check();
    await phone.getByRole('button', { name: 'Gửi phản ánh' }).click();
    const codeCell = phone.getByTestId('tracking-code');
    await codeCell.waitFor();
    const code = (await codeCell.textContent())!.trim();
    expect(code).toMatch(/^PA-2026-[0-9A-Z]{12}$/);
    expect(await phone.locator('svg').count()).toBeGreaterThan(0);
    expect(await phone.getByTestId('public-status').textContent()).toBe('Đang xử lý');
    const trackUrl = phone.url().replace(/\?.*$/, '');
    await screenshot(phone, 'feedback-02-code-390');

    // The ward officer drafts the answer.
    const xa = await suite.as('xa');
    await xa.goto(`${suite.baseUrl}/feedback`);
    await xa
      .getByRole('link', { name: `Mở phản ánh ${code}` })
      .first()
      .click();
    await xa.getByText('cong-tac.png', { exact: false }).waitFor();
    const detailUrl = xa.url();
    await xa.getByLabel('Dự thảo trả lời').fill(ANSWER);
    await xa.getByRole('button', { name: 'Trình lãnh đạo duyệt' }).click();
    await xa.getByTestId('feedback-status').getByText('Chờ lãnh đạo duyệt').waitFor();
    await screenshot(xa, 'feedback-03-drafted-1366');

    // Before approval the citizen sees no draft.
    await phone.goto(trackUrl);
    expect(await phone.getByText('nạo vét').count()).toBe(0);

    // The ward leader approves and publishes.
    const leader = await suite.as('lanhdaoxa');
    await leader.goto(detailUrl);
    await leader.getByRole('button', { name: 'Duyệt trả lời' }).click();
    await leader.getByTestId('feedback-status').getByText('Đã trả lời').waitFor();
    await screenshot(leader, 'feedback-04-approved-1366');
    const leaderPhone = await suite.as('lanhdaoxa', 390);
    await leaderPhone.goto(detailUrl);
    await leaderPhone.getByTestId('feedback-answer').waitFor();
    await screenshot(leaderPhone, 'feedback-05-detail-390');

    // The citizen sees the answer (masked) and rates it.
    await phone.goto(trackUrl);
    expect(await phone.getByTestId('public-status').textContent()).toBe('Đã trả lời');
    const answer = (await phone.getByTestId('answer').textContent())!;
    expect(answer).toContain('nạo vét');
    expect(answer).not.toContain('0987');
    await phone.getByLabel('5 — Rất hài lòng').check();
    await phone.getByLabel('Nhận xét (không bắt buộc)').fill('Xử lý nhanh, cảm ơn phường.');
    await phone.getByRole('button', { name: 'Gửi đánh giá' }).click();
    await phone.getByText('Đánh giá của bạn: 5/5').waitFor();
    await screenshot(phone, 'feedback-06-rated-390');

    // The public list shows it with the personal data masked.
    await phone.goto(`${suite.baseUrl}/cong-khai/14/phan-anh`);
    const item = phone.getByTestId('answered-item').first();
    await item.waitFor();
    const text = (await item.textContent())!;
    expect(text).toContain('nạo vét');
    for (const secret of ['0912', '345 678', 'nguyenvanbinh', '0987', 'diachinh.mocchau'])
      expect(text).not.toContain(secret);
    await screenshot(phone, 'feedback-07-public-list-390');
    const wide = await suite.guest(1366, 900);
    await wide.goto(`${suite.baseUrl}/cong-khai/14/phan-anh`);
    await wide.getByTestId('answered-item').first().waitFor();
    await screenshot(wide, 'feedback-08-public-list-1366');

    // The statistics count it on time with the citizen's 5.
    const noivu = await suite.as('noivu');
    await noivu.goto(`${suite.baseUrl}/feedback`);
    await noivu.getByRole('tab', { name: 'Thống kê' }).click();
    const stats = noivu.getByTestId('feedback-stats');
    await stats.waitFor();
    expect(await stats.getByRole('row', { name: /Mộc Châu/ }).textContent()).toContain('5,0');
    await noivu.locator('canvas').first().waitFor();
    await screenshot(noivu, 'feedback-09-stats-1366');
  }, 240_000);
});
