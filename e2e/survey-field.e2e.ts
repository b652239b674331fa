import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumPath, screenshot } from './browser.ts';
import { ownServer } from './own-server.ts';
import { apiSession } from '../scripts/web-session.ts';

const RUN = 'Khảo sát hài lòng dịch vụ hành chính tháng 12/2026';

/** Fills the shipped service questionnaire the quickest valid way: the first choice each time. */
async function fillForm(page: Page) {
  for (let guard = 0; guard < 80; guard++) {
    // Skip logic adds questions as earlier ones are answered: fill until none is left empty.
    const groups = page.locator('[role="radiogroup"]');
    let filled = false;
    for (let i = 0; i < (await groups.count()); i++) {
      const group = groups.nth(i);
      if ((await group.locator('input:checked').count()) > 0) continue;
      await group.locator('input[type="radio"]').first().check();
      filled = true;
    }
    if (!filled) break;
  }
  await page.getByRole('button', { name: 'Lưu phiếu' }).click();
  await page.getByText('Đã lưu phiếu. Mời nhập phiếu tiếp theo.').waitFor();
}

describe.skipIf(!chromiumPath)('an enumerator fills forms offline and they arrive once', () => {
  const suite = ownServer({ width: 390, height: 860 });
  let runId = 0;
  let noivu: Awaited<ReturnType<typeof apiSession>>;
  const count = async () =>
    (
      await noivu.call<{ strata: { code: string; responses: number }[] }>(
        'GET',
        `/api/survey-runs/${runId}`,
      )
    ).strata.find((s) => s.code === 'MC')!.responses;

  beforeAll(async () => {
    noivu = await apiSession(suite.baseUrl, 'noivu');
    const xa = await apiSession(suite.baseUrl, 'xa');
    const ward = await xa.call<{ unit: { id: number; name: string } }>('GET', '/api/auth/me');
    const me = await noivu.call<{ unit: { id: number } }>('GET', '/api/auth/me');
    const list = await noivu.call<{ items: { id: number; code: string }[] }>(
      'GET',
      '/api/survey-instruments',
    );
    const sipas = list.items.find((i) => i.code !== 'papi_xa')!;
    const detail = await noivu.call<{ versions: { id: number }[] }>(
      'GET',
      `/api/survey-instruments/${sipas.id}`,
    );
    runId = (
      await noivu.call<{ id: number }>('POST', '/api/survey-runs', {
        unitId: me.unit.id,
        instrumentVersionId: detail.versions[0]!.id,
        name: RUN,
        startsOn: '2026-12-01',
        endsOn: '2026-12-31',
        status: 'open',
        strata: [
          { code: 'MC', name: ward.unit.name, unitId: ward.unit.id, target: 50, population: null },
        ],
      })
    ).id;
  });

  it('keeps three forms through a reload with no signal, then syncs each once after a dropped answer', async () => {
    const page = await suite.as('xa');
    const context = page.context();
    await page.goto(`${suite.baseUrl}/surveys/field`);
    // Online once: the assignment is downloaded and the page is kept for offline use.
    await page.getByText('Dùng được khi không có mạng').waitFor({ timeout: 60_000 });
    await page.getByText(/đã nhận 0\/50 phiếu/).waitFor();
    await screenshot(page, 'field-01-online');

    await context.setOffline(true);
    await page.reload();
    await page.getByText('Đang dùng bản đã tải về máy').waitFor();
    await page.getByText('Không có mạng', { exact: true }).waitFor();
    for (let i = 0; i < 3; i++) await fillForm(page);
    await page.getByText('3 phiếu đang chờ gửi').waitFor();
    await screenshot(page, 'field-02-offline-waiting');
    // A required question left empty is named before anything is kept.
    await page.getByRole('button', { name: 'Lưu phiếu' }).click();
    await page.getByText(/Còn \d+ câu cần sửa/).waitFor();
    await screenshot(page, 'field-03-errors', false);
    expect(await count()).toBe(0);

    // The first send reaches the server, but its answer is lost on the way back: the proxy in
    // front gives up (504). (An aborted connection cannot be staged here: with the service
    // worker in the way, Chromium hands the page the real answer.)
    let posts = 0;
    await context.route('**/api/survey-runs/*/responses', async (route) => {
      posts++;
      if (posts === 1) {
        await route.fetch(); // stored by the server
        await route.fulfill({ status: 504, contentType: 'text/html', body: '<h1>504</h1>' });
        return;
      }
      await route.continue();
    });
    await context.setOffline(false);
    // Back online: the page sends by itself; the lost answer makes it try again (at once
    // when the browser reports the connection twice, else with "Gửi ngay").
    const done = page.getByText('0 phiếu chờ gửi');
    for (let i = 0; i < 20 && !(await done.isVisible()); i++) {
      const again = page.getByRole('button', { name: 'Gửi ngay' });
      if (await again.isVisible()) await again.click().catch(() => {});
      await page.waitForTimeout(500);
    }
    await done.waitFor();
    await screenshot(page, 'field-04-synced');
    // Four sends for three forms: the resent one was recognised by its client id.
    expect(posts).toBe(4);
    expect(await count()).toBe(3);
  }, 300_000);
});
