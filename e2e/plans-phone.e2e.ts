import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { apiSession, browserCookie, type ApiSession } from '../scripts/web-session.ts';
import { startServer } from '../scripts/test-server.ts';
import { samplePlan, sampleTasks } from '../apps/server/src/modules/plans/plans.samples.ts';
import { SCREENSHOT_DIR, chromiumPath, launch, screenshot } from './browser.ts';

type Me = { unit: { id: number }; agency: { id: number; name: string } | null };
type Plan = { id: number; version: number; title: string; status: string };

/**
 * A commune officer on a 390 px phone: opens the obligation the province laid on the ward,
 * starts the ward plan (its own title, its committee leading each task), adds and edits a
 * task on a card, and submits; the ward's leader issues it on the phone too.
 */
describe.skipIf(!chromiumPath)('plans on a phone (390 px)', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let server: Awaited<ReturnType<typeof startServer>>;
  let baseUrl = '';
  let childId = 0;
  const shots: string[] = [];

  async function phone(username: string): Promise<Page> {
    const session = await apiSession(baseUrl, username);
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 1,
      isMobile: true,
      hasTouch: true,
    });
    await context.addCookies([browserCookie(baseUrl, session)]);
    contexts.push(context);
    return context.newPage();
  }
  async function shot(page: Page, name: string) {
    await screenshot(page, name);
    shots.push(name);
    // Nothing may stick out sideways at 390 px.
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(wide, name).toBeLessThanOrEqual(390);
  }

  beforeAll(async () => {
    server = await startServer();
    baseUrl = server.baseUrl;
    browser = await launch();
    // The province issues a plan obliging phường Mộc Châu; every task names the ward's
    // committee as cooperating, so the ward plan starts with all eight dimensions.
    const noivu: ApiSession = await apiSession(baseUrl, 'noivu');
    const lanhdao = await apiSession(baseUrl, 'lanhdao');
    const xa = await apiSession(baseUrl, 'xa');
    const province = (await noivu.call<Me>('GET', '/api/auth/me')).unit.id;
    const me = await xa.call<Me>('GET', '/api/auth/me');
    const lead = (await noivu.call<Me>('GET', '/api/auth/me')).agency!;
    const sample = samplePlan(province, 'Nâng cao Chỉ số PAPI tỉnh Sơn La năm 2023');
    let p = await noivu.call<Plan>('POST', '/api/plans', {
      ...sample,
      body: {
        ...sample.body,
        obligations: [
          {
            id: 'ob-phone',
            addressees: 'UBND các xã, phường',
            unitIds: [String(me.unit.id)],
            deadline: { kind: 'relative', days: 30, after: 'issuance' },
          },
        ],
      },
    });
    const ward = { kind: 'agency', id: String(me.agency!.id), name: me.agency!.name };
    const tasks = sampleTasks(lead).map((t) => ({ ...t, cooperating: [ward] }));
    p = await noivu.call<Plan>('PUT', `/api/plans/${p.id}/tasks`, { version: p.version, tasks });
    p = await noivu.call<Plan>('POST', `/api/plans/${p.id}/submit`, { version: p.version });
    await lanhdao.call('POST', `/api/plans/${p.id}/issue`, {
      version: p.version,
      number: 48,
      issuedOn: '2023-02-10',
    });
  }, 300_000);
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.stop();
  });

  it('the commune officer opens the obligation and starts the ward plan', async () => {
    const page = await phone('xa');
    await page.goto(`${baseUrl}/plans/obligations`);
    const start = page.getByRole('button', { name: 'Lập kế hoạch' }).first();
    await start.waitFor();
    await shot(page, 'phone-01-obligation');
    await start.click();
    await page.waitForURL(/\/plans\/\d+/);
    childId = Number(/\/plans\/(\d+)/.exec(page.url())?.[1]);
    await page.locator('[data-task-cards]').waitFor();
    await expect
      .poll(() =>
        page.getByText('Nâng cao Chỉ số PAPI trên địa bàn phường Mộc Châu năm 2023').count(),
      )
      .toBeGreaterThan(0);
    // A card per task, each led by the ward's committee.
    await expect.poll(() => page.locator('[data-task-card]').count()).toBe(8);
    await expect.poll(() => page.locator('[data-task-grid]').count()).toBe(0);
    await shot(page, 'phone-02-ward-plan');
  });

  it(
    'adds and edits a task on a card: the deadline read beside the words',
    { timeout: 120_000 },
    async () => {
      const page = await phone('xa');
      await page.goto(`${baseUrl}/plans/${childId}`);
      await page.locator('[data-task-cards]').waitFor();
      await page.getByRole('button', { name: 'Thêm dòng' }).click();
      await expect.poll(() => page.locator('[data-task-card]').count()).toBe(9);
      // Cards follow their dimension once one is chosen, and a new card's number with it:
      // hold the new card by its key.
      const added = await page.locator('[data-task-card]').last().getAttribute('data-task-key');
      const card = page.locator(`[data-task-key="${added}"]`);
      expect(await card.getAttribute('data-task-card')).toBe('9.1');
      await card.getByLabel('Nội dung').fill('Tổ chức đối thoại với người dân tại các tổ dân phố');
      await card.getByLabel('Lĩnh vực', { exact: true }).click();
      await page.getByRole('option', { name: /^D1 – / }).click();
      // The next number of D1 (the ward plan has 1.1), without "Đánh số lại".
      await expect.poll(() => card.getAttribute('data-task-card')).toBe('1.2');
      await card.getByPlaceholder(/cơ quan/i).fill('uy ban phuong moc chau');
      await page
        .getByRole('option', { name: /Ủy ban nhân dân phường Mộc Châu/ })
        .first()
        .click();
      const deadline = card.getByLabel('Thời hạn');
      await deadline.fill('tháng 13/2023');
      await expect.poll(() => card.getByText('không có tháng 13').count()).toBe(1);
      await deadline.fill('tháng 9/2023');
      await expect.poll(() => card.getByText('Hạn: 30/09/2023').count()).toBe(1);
      await deadline.blur();
      await card.getByLabel('Kết quả/sản phẩm').fill('Biên bản đối thoại');
      await shot(page, 'phone-03-task-card');
      await page.getByRole('button', { name: 'Lưu thay đổi', exact: true }).first().click();
      await expect.poll(() => page.getByText('Chưa lưu').count()).toBe(0);
      // Saved as read: the words kept, the date beside them.
      await page.reload();
      await page.locator('[data-task-cards]').waitFor();
      await expect.poll(() => page.locator('[data-task-card]').count()).toBe(9);
      const deadlines = () =>
        page
          .getByLabel('Thời hạn')
          .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
      await expect.poll(deadlines).toContain('tháng 9/2023');
      await shot(page, 'phone-04-saved');
    },
  );

  it('signs, submits, and the ward leader issues it on the phone', async () => {
    const page = await phone('xa');
    await page.goto(`${baseUrl}/plans/${childId}`);
    await page.getByRole('tab', { name: 'Nội dung văn bản' }).click();
    const name = page.getByLabel('Họ và tên');
    if (!(await name.inputValue())) {
      await name.fill('Sồng A Dếnh');
      await page.getByRole('button', { name: 'Lưu thay đổi' }).first().click();
      await expect.poll(() => page.getByText('Chưa lưu').count()).toBe(0);
    }
    const submit = page.getByRole('button', { name: 'Trình phê duyệt', exact: true });
    await expect.poll(() => submit.isDisabled()).toBe(false);
    await submit.click();
    await page.getByRole('dialog').getByRole('button', { name: 'Xác nhận' }).click();
    await expect.poll(() => page.getByText('Chờ phê duyệt').count()).toBeGreaterThan(0);
    await shot(page, 'phone-05-submitted');

    const leader = await phone('lanhdaoxa');
    await leader.goto(`${baseUrl}/plans/${childId}`);
    await leader.getByRole('button', { name: 'Ban hành', exact: true }).click();
    const dialog = leader.getByRole('dialog');
    await expect
      .poll(async () => Number(await dialog.getByLabel('Số văn bản').inputValue()))
      .toBeGreaterThan(0);
    await shot(leader, 'phone-06-issue-dialog');
    await dialog.getByRole('button', { name: 'Ban hành', exact: true }).click();
    await expect.poll(() => leader.getByText('Đã ban hành').count()).toBeGreaterThan(0);
    await shot(leader, 'phone-07-issued');
    for (const s of shots) expect(fs.existsSync(path.join(SCREENSHOT_DIR, `${s}.png`))).toBe(true);
  });
});
