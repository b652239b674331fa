/// <reference lib="dom" />
// Browser bench of the plan appendix editor with 300 tasks: time until the grid shows every
// row, keystroke-to-paint while typing in a cell, committing an edit (the row and the live
// validation update), moving the cursor, and pasting 50 rows from a spreadsheet. Runs the
// real server on a fresh data dir and Debian's Chromium; prints table rows for npm run bench.
import fs from 'node:fs';
import { chromium, type Page } from 'playwright-core';
import { apiSession, browserCookie } from './web-session.ts';
import { startServer } from './test-server.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

interface Me {
  unit: { id: number };
}
interface Paged<T> {
  items: T[];
}

/** A draft improvement plan with `n` complete tasks spread over the PAPI dimensions. */
export async function seedLargePlan(baseUrl: string, n: number): Promise<number> {
  const s = await apiSession(baseUrl, 'noivu');
  const me = await s.call<Me>('GET', '/api/auth/me');
  const agencies = await s.call<Paged<{ id: number; name: string }>>(
    'GET',
    `/api/agencies?unitId=${me.unit.id}&pageSize=100`,
  );
  const plan = await s.call<{ id: number; version: number }>('POST', '/api/plans', {
    unitId: me.unit.id,
    planType: 'improvement',
    year: 2026,
    title: 'Kế hoạch nâng cao Chỉ số PAPI năm 2026 (bench 300 nhiệm vụ)',
    period: { from: '2026-01-01', to: '2026-12-31' },
  });
  const tasks = Array.from({ length: n }, (_, i) => {
    const d = (i % 8) + 1;
    const lead = agencies.items[i % agencies.items.length]!;
    return {
      number: `${d}.${Math.floor(i / 8) + 1}`,
      content: `Nhiệm vụ ${i + 1}: tăng cường công khai, minh bạch và trách nhiệm giải trình trong lĩnh vực ${d}, tổ chức đối thoại với người dân ở cơ sở.`,
      dimensionCodes: [`D${d}`],
      lead: { kind: 'agency', id: String(lead.id), name: lead.name },
      cooperating: [],
      deadline: { kind: 'date', date: `2026-${String((i % 12) + 1).padStart(2, '0')}-28` },
      expectedResult: 'Báo cáo kết quả thực hiện',
    };
  });
  await s.call('PUT', `/api/plans/${plan.id}/tasks`, { version: plan.version, tasks });
  return plan.id;
}

/** Installs an in-page timer: keydown (capture) → two animation frames later = painted. */
async function armPaintTimer(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { __paint: number[]; __armed?: boolean };
    w.__paint = [];
    if (w.__armed) return;
    w.__armed = true;
    window.addEventListener(
      'keydown',
      () => {
        const t0 = performance.now();
        requestAnimationFrame(() =>
          requestAnimationFrame(() => w.__paint.push(performance.now() - t0)),
        );
      },
      true,
    );
  });
}

/** One key press, timed in the page from its keydown to the frame that shows its effect. */
async function timedPress(page: Page, key: string): Promise<number> {
  await armPaintTimer(page);
  await page.keyboard.press(key);
  await page.waitForFunction(() => (window as unknown as { __paint: number[] }).__paint.length > 0);
  return page.evaluate(() => (window as unknown as { __paint: number[] }).__paint[0]!);
}

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { p50: at(0.5), p95: at(0.95), n: samples.length };
}

export async function runWebBench(): Promise<void> {
  if (!fs.existsSync(CHROMIUM)) {
    console.log(`\nweb editor bench skipped: no Chromium at ${CHROMIUM}`);
    return;
  }
  const server = await startServer();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const planId = await seedLargePlan(server.baseUrl, 300);
    const session = await apiSession(server.baseUrl, 'noivu');
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.addCookies([browserCookie(server.baseUrl, session)]);
    // tsx compiles with keepNames: functions passed to page.evaluate call its __name helper.
    await context.addInitScript('window.__name = (f) => f');
    const page = await context.newPage();
    const rows: string[] = [];
    const row = (name: string, s: { p50: number; p95: number; n: number }) =>
      rows.push(`| ${name} | ${s.p50.toFixed(1)} | ${s.p95.toFixed(1)} | ${s.n} |`);

    // Render: navigation start → all 300 rows in the DOM and painted (3 loads; the first warms caches).
    const loads: number[] = [];
    for (let i = 0; i < 4; i++) {
      await page.goto(`${server.baseUrl}/plans/${planId}`);
      await page.waitForFunction(
        () => document.querySelectorAll('[data-row]').length === 300,
        null,
        { timeout: 60_000 },
      );
      const ms = await page.evaluate(
        () =>
          new Promise<number>((r) =>
            requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now()))),
          ),
      );
      if (i > 0) loads.push(ms);
    }
    row('editor shown with 300 tasks (navigation → painted)', stats(loads));

    const grid = page.locator('[data-task-grid]');
    const cell = (n: number, col: string) =>
      page.locator('[data-row]').nth(n).locator(`[data-cell$=":${col}"]`);
    await cell(150, 'content').click();
    const moves: number[] = [];
    for (let i = 0; i < 30; i++) moves.push(await timedPress(page, 'ArrowDown'));
    row('move the cursor (ArrowDown) → painted', stats(moves));

    await page.keyboard.press('Enter');
    await page.locator('[data-task-grid] textarea').waitFor();
    const keys: number[] = [];
    for (const ch of 'them noi dung sua doi')
      keys.push(await timedPress(page, ch === ' ' ? 'Space' : ch));
    row('keystroke in an open cell → painted', stats(keys));

    const commits: number[] = [];
    for (let i = 0; i < 20; i++) {
      commits.push(await timedPress(page, 'Enter')); // commit, cursor moves down
      await page.keyboard.press('Enter'); // open the next cell
      await page.locator('[data-task-grid] textarea').waitFor();
      await page.keyboard.type('x');
    }
    await page.keyboard.press('Escape');
    row('commit an edit (row + live validation) → painted', stats(commits));

    const tsv = Array.from({ length: 50 }, (_, i) =>
      [
        `9.${i + 1}`,
        `Nhiệm vụ dán ${i + 1}`,
        'D3',
        'Sở Nội vụ',
        'Sở Tư pháp; Công an tỉnh',
        'Quý III/2026',
        'Báo cáo',
      ].join('\t'),
    ).join('\n');
    await grid.focus();
    const pastes: number[] = [];
    const ms = await page.evaluate(async (text) => {
      const target = document.querySelector('[data-task-grid]')!;
      const data = new DataTransfer();
      data.setData('text/plain', text);
      const t0 = performance.now();
      target.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
      await new Promise<void>((r) => {
        const check = () =>
          document.querySelectorAll('[data-row]').length >= 350
            ? requestAnimationFrame(() => r())
            : requestAnimationFrame(check);
        check();
      });
      return performance.now() - t0;
    }, tsv);
    pastes.push(ms);
    row('paste 50 rows from a spreadsheet → painted', stats(pastes));

    console.log('\nWeb appendix editor, 300 tasks, Chromium headless, 1440×900 (ms)\n');
    console.log('| case | p50 | p95 | samples |');
    console.log('|---|---:|---:|---:|');
    for (const r of rows) console.log(r);
  } finally {
    await browser.close();
    await server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runWebBench();
