// Does a large upload hold the event loop? p50/p99 of GET /api/auth/me, alone and while four
// 20 MB evidence uploads run over and over, on a private PGlite server (npm run bench).
import { randomBytes } from 'node:crypto';
import { startServer } from '../test-server.ts';
import { HttpLoad, type LoadResult } from './load.ts';

const DEMO_PASSWORD = 'PapiHub@2026';
const NEW_PASSWORD = 'Suoi-Mo-Cao-Nguyen-26';
const MEASURE_MS = Number(process.env.UPLOAD_STALL_MS ?? 15_000);
const UPLOAD_BYTES = 20 * 1024 * 1024 - 64 * 1024;
const UPLOADERS = 4;

interface Session {
  cookie: string;
  csrf: string;
}

async function login(baseUrl: string, username: string): Promise<Session> {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  const session = {
    cookie: res.headers.get('set-cookie')!.split(';')[0]!,
    csrf: ((await res.json()) as { csrfToken: string }).csrfToken,
  };
  // Demo accounts must change their password before any upload.
  await fetch(`${baseUrl}/api/auth/change-password`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      cookie: session.cookie,
      'x-csrf-token': session.csrf,
    },
    body: JSON.stringify({ currentPassword: DEMO_PASSWORD, newPassword: NEW_PASSWORD }),
  });
  return session;
}

async function main() {
  const server = await startServer();
  try {
    const { baseUrl } = server;
    const reader = await login(baseUrl, 'xem');
    const uploader = await login(baseUrl, 'tuphap');
    const tasks = (await (
      await fetch(`${baseUrl}/api/tasks?pageSize=100`, { headers: { cookie: uploader.cookie } })
    ).json()) as { items: { id: number }[] };
    const pdf = new Uint8Array(UPLOAD_BYTES);
    pdf.set(new TextEncoder().encode('%PDF-1.4\n'));
    pdf.set(randomBytes(UPLOAD_BYTES - 64), 32);
    const small = new TextEncoder().encode('%PDF-1.4\n%%EOF\n');
    const send = (taskId: number, bytes: Uint8Array = pdf) => {
      const form = new FormData();
      form.append('file', new Blob([bytes as Uint8Array<ArrayBuffer>]), 'ban-chup.pdf');
      return fetch(`${baseUrl}/api/tasks/${taskId}/evidence`, {
        method: 'POST',
        headers: { cookie: uploader.cookie, 'x-csrf-token': uploader.csrf },
        body: form,
      });
    };
    let taskId = 0;
    for (const t of tasks.items) {
      // A small file first: a refused task closes the connection before a big body is read.
      const res = await send(t.id, small);
      await res.arrayBuffer();
      if (res.status === 201) {
        taskId = t.id;
        break;
      }
    }
    if (!taskId) throw new Error('no task accepts evidence from tuphap');

    // The probe runs in a worker thread: this thread's work sending uploads must not count.
    const load = new HttpLoad(Number(new URL(baseUrl).port));
    const probe = () =>
      load.run('/api/auth/me', reader.cookie, 1, { maxRequests: 1_000_000, maxMs: MEASURE_MS });
    await load.run('/api/auth/me', reader.cookie, 1, { maxRequests: 200, maxMs: 1_000 });
    const idle = await probe();
    let stop = false;
    let uploads = 0;
    let failed = 0;
    const loops = Array.from({ length: UPLOADERS }, async () => {
      while (!stop) {
        const res = await send(taskId);
        await res.arrayBuffer();
        if (res.status === 201) uploads++;
        else failed++;
      }
    });
    const busy = await probe();
    stop = true;
    await Promise.all(loops);
    await load.close();

    const row = (label: string, r: LoadResult) =>
      `| ${label.padEnd(34)} | ${String(r.completed).padStart(6)} | ${r.p50.toFixed(1).padStart(7)} | ${r.p99.toFixed(1).padStart(7)} | ${String(r.failures).padStart(6)} |`;
    console.log(`\nUpload stall (PGlite, ${MEASURE_MS / 1000} s each): GET /api/auth/me, ms`);
    console.log('| situation                          |  calls |     p50 |     p99 | errors |');
    console.log('| ---------------------------------- | ------ | ------- | ------- | ------ |');
    console.log(row('idle', idle));
    console.log(row(`${UPLOADERS} × 20 MB uploads in a loop`, busy));
    console.log(
      `uploads completed: ${uploads} (${((uploads * UPLOAD_BYTES) / 1024 / 1024 / (MEASURE_MS / 1000)).toFixed(1)} MB/s), failed: ${failed}`,
    );
  } finally {
    await server.stop();
  }
}

await main();
