import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { startServer } from '../scripts/test-server.ts';
import { apiSession } from '../scripts/web-session.ts';
import { chromiumPath, launch, shootBoth, signedInPage } from './browser.ts';

/**
 * "What moved" on a leader's home and its full view (screenshots impact-*.png at 1366 and
 * 390 px). The clock starts in April 2027, once PAPI 2026 would be out: synthetic 2025 and
 * 2026 releases of the 34 provinces are imported, Sơn La moving on four dimensions, and the
 * demo plan's tasks (2026) fall in the 2026 survey's window.
 */
describe.skipIf(!chromiumPath)('what moved', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startServer>>;
  const contexts: BrowserContext[] = [];

  const as = (username: string) => signedInPage(browser, server.baseUrl, username, contexts);

  const DIMS = ['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8'];
  const MOVES: Record<string, number> = { D1: 0.6, D3: 0.5, D5: -0.8, D7: 0.4 };
  function csv(names: string[], moved: string | null) {
    const rows = names.map((name, i) => {
      const v = (((i * 7) % 11) - 5) / 100;
      return [
        name,
        ...DIMS.map((d, k) =>
          (5 + k * 0.3 + v + (name === moved ? (MOVES[d] ?? 0) : 0)).toFixed(2),
        ),
      ].join(',');
    });
    return ['Tỉnh/thành phố,' + DIMS.join(','), ...rows].join('\n') + '\n';
  }

  beforeAll(async () => {
    server = await startServer({ now: '2027-04-20T09:00:00+07:00' });
    browser = await launch();
    const noivu = await apiSession(server.baseUrl, 'noivu');
    const ranking = await noivu.call<{
      rows: { currentProvince: { name: string } | null }[];
    }>('GET', '/api/indices/PAPI/rankings/2023');
    const names = [
      ...new Set(ranking.rows.flatMap((r) => (r.currentProvince ? [r.currentProvince.name] : []))),
    ];
    expect(names).toHaveLength(34);
    for (const [year, moved] of [
      [2025, null],
      [2026, 'Sơn La'],
    ] as const) {
      await noivu.call('POST', '/api/indices/PAPI/import', {
        filename: `${year}.csv`,
        contentBase64: Buffer.from(csv(names, moved)).toString('base64'),
        year,
        confirmWarnings: true,
      });
    }
  }, 600_000);
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.stop();
  });

  it('a leader’s home shows the moves, the rank change and the caveat; the full view the tasks', async () => {
    const page = await as('lanhdao');
    await page.goto(`${server.baseUrl}/`);
    const card = page.getByRole('region', { name: 'Điều gì đã thay đổi' });
    await card.waitFor();
    await card.getByText('Đây là mối liên hệ, không chứng minh nhân quả.').waitFor();
    expect(await card.getByText('Giảm').count()).toBe(1);
    expect(await card.getByText('Tăng', { exact: true }).count()).toBe(3);
    await card.getByText(/Chỉ có 1 tỉnh có dữ liệu nhiệm vụ/).waitFor();
    await page.waitForTimeout(500);
    await shootBoth(page, 'impact-home-leader');

    await card.getByRole('link', { name: 'Xem đầy đủ' }).click();
    await page.getByRole('heading', { name: /Điều gì đã thay đổi — Sơn La, PAPI 2026/ }).waitFor();
    for (const code of ['D1', 'D3', 'D5', 'D7']) {
      await page.getByRole('region', { name: new RegExp(`^${code} `) }).waitFor();
    }
    await page.waitForTimeout(500);
    await shootBoth(page, 'impact-page');
  });
});
