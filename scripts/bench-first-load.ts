/// <reference lib="dom" />
// First load on a slow line: Chromium emulating 1.6 Mbps / 150 ms RTT opens the login page
// (cold cache) and the dashboard (cold, then warm), counting the bytes as served (compressed,
// headers included) and the time from navigation to the first useful content painted. The
// baseline is a static HTML page of the same byte size, served plainly, whose marker is its
// last element: the floor any page of that weight can reach on this line.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { apiSession, browserCookie } from './web-session.ts';
import { startServer } from './test-server.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const LINE = { latency: 150, bytesPerSecond: 1_600_000 / 8 };
const RUNS = Number(process.env.RUNS ?? 3);

// Polls every frame from the first script of the document: the instant a selector shows.
const MARKER_SCRIPT = `
window.__name = (f) => f;
(() => {
  const check = () => {
    const test = window.__shownWhen;
    if (test && test()) { window.__shownAt = performance.now(); return; }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;

/** The first useful content of each page, as a predicate evaluated in the page every frame. */
const LOGIN_SHOWN = `() => {
  const input = document.querySelector('input[name=password]');
  const button = document.querySelector('form button[type=submit]');
  return !!input && !!button && input.getBoundingClientRect().height > 0 && !!document.querySelector('h1, h2');
}`;
const DASHBOARD_SHOWN = `() => {
  const main = document.querySelector('main');
  if (!main || !main.querySelector('h2')) return false;
  if (main.querySelector('.mantine-Skeleton-root, .mantine-Loader-root')) return false;
  return main.querySelectorAll('section').length >= 2;
}`;
const STATIC_SHOWN = `() => !!document.getElementById('end')`;

interface Load {
  bytes: number;
  ms: number;
  requests: number;
}

/** Opens `url` in a new page of `context` on the emulated line; waits for quiet after the content shows. */
async function measure(context: BrowserContext, url: string, shown: string): Promise<Load> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: LINE.latency,
    downloadThroughput: LINE.bytesPerSecond,
    uploadThroughput: LINE.bytesPerSecond,
  });
  let bytes = 0;
  let requests = 0;
  let lastActivity = performance.now();
  const inFlight = new Set<string>();
  cdp.on('Network.requestWillBeSent', (e) => {
    inFlight.add(e.requestId);
    lastActivity = performance.now();
  });
  // WATERFALL=1 prints each response as it completes: time since the page opened, bytes, path.
  const t0 = performance.now();
  const urls = new Map<string, string>();
  cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url));
  cdp.on('Network.loadingFinished', (e) => {
    if (process.env.WATERFALL)
      console.log(
        `${(performance.now() - t0).toFixed(0).padStart(6)} ms ${String(e.encodedDataLength).padStart(7)} B ${urls.get(e.requestId)?.replace(/^https?:\/\/[^/]+/, '')}`,
      );
    inFlight.delete(e.requestId);
    bytes += e.encodedDataLength;
    requests++;
    lastActivity = performance.now();
  });
  cdp.on('Network.loadingFailed', (e) => inFlight.delete(e.requestId));
  await page.addInitScript(`window.__shownWhen = ${shown};`);
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(
    () => (window as { __shownAt?: number }).__shownAt !== undefined,
    null,
    {
      timeout: 60_000,
      polling: 50,
    },
  );
  const ms = await page.evaluate(() => (window as unknown as { __shownAt: number }).__shownAt);
  // Whatever the page fetches right after showing its content is part of the load too.
  const deadline = performance.now() + 15_000;
  while (
    performance.now() < deadline &&
    (inFlight.size > 0 || performance.now() - lastActivity < 800)
  )
    await new Promise((r) => setTimeout(r, 100));
  await page.close();
  return { bytes, ms, requests };
}

/** A plain HTML page of exactly `size` bytes, incompressible, its marker at the very end. */
async function staticServer(): Promise<{
  url: (size: number) => string;
  close: () => Promise<void>;
}> {
  const server = http.createServer((req, res) => {
    const size = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('size') ?? 0);
    const head =
      '<!doctype html><html><head><meta charset="utf-8"><title>baseline</title></head><body><pre>';
    const tail = '</pre><h1 id="end">end</h1></body></html>';
    let filler = '';
    while (filler.length < size - head.length - tail.length - 250)
      filler += Math.random().toString(36).slice(2);
    const body = head + filler.slice(0, Math.max(0, size - head.length - tail.length - 250)) + tail;
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: (size) => `http://127.0.0.1:${port}/?size=${size}`,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function fresh(browser: Browser, cookie?: ReturnType<typeof browserCookie>) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  if (cookie) await context.addCookies([cookie]);
  await context.addInitScript(MARKER_SCRIPT);
  return context;
}

export async function runFirstLoadBench(): Promise<void> {
  if (!fs.existsSync(CHROMIUM)) {
    console.log(`\nfirst-load bench skipped: no Chromium at ${CHROMIUM}`);
    return;
  }
  const server = await startServer();
  const baseline = await staticServer();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const session = await apiSession(server.baseUrl, 'noivu');
    const cookie = browserCookie(server.baseUrl, session);
    const cases: Record<string, Load[]> = { login: [], cold: [], warm: [] };
    for (let i = 0; i < RUNS; i++) {
      const anonymous = await fresh(browser);
      cases.login!.push(await measure(anonymous, `${server.baseUrl}/`, LOGIN_SHOWN));
      await anonymous.close();
      const signedIn = await fresh(browser, cookie);
      cases.cold!.push(await measure(signedIn, `${server.baseUrl}/`, DASHBOARD_SHOWN));
      cases.warm!.push(await measure(signedIn, `${server.baseUrl}/`, DASHBOARD_SHOWN));
      await signedIn.close();
    }
    const goals: Record<string, { kb: number; ms: number; label: string }> = {
      login: { kb: 120, ms: 2000, label: 'login page, cold cache (form visible)' },
      cold: { kb: 250, ms: 4000, label: 'dashboard, cold cache (content shown)' },
      warm: { kb: 30, ms: 4000, label: 'dashboard, warm cache (content shown)' },
    };
    const rows: string[] = [];
    for (const [name, loads] of Object.entries(cases)) {
      const bytes = median(loads.map((l) => l.bytes));
      const ms = median(loads.map((l) => l.ms));
      const requests = median(loads.map((l) => l.requests));
      const statics: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const context = await fresh(browser);
        statics.push((await measure(context, baseline.url(bytes), STATIC_SHOWN)).ms);
        await context.close();
      }
      const floor = median(statics);
      const goal = goals[name]!;
      const ok = bytes / 1024 <= goal.kb && ms <= goal.ms ? 'yes' : 'NO';
      rows.push(
        `| ${goal.label} | ${(bytes / 1024).toFixed(1)} | ${requests} | ${ms.toFixed(0)} | ${floor.toFixed(0)} | ${(ms / floor).toFixed(2)}× | ≤ ${goal.kb} KB, ≤ ${goal.ms / 1000} s | ${ok} |`,
      );
    }
    console.log(
      `\nFirst load, Chromium headless, 1.6 Mbps / ${LINE.latency} ms RTT emulated, median of ${RUNS}` +
        ` (machine load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores)\n`,
    );
    console.log(
      '| page | KB transferred | requests | shown (ms) | static page of same bytes (ms) | ratio | goal | met |',
    );
    console.log('|---|---:|---:|---:|---:|---:|---|---|');
    for (const r of rows) console.log(r);
  } finally {
    await browser.close();
    await baseline.close();
    await server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runFirstLoadBench();
