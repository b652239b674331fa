import fs from 'node:fs';
import { createHash } from 'node:crypto';
import { Writable } from 'node:stream';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.ts';
import { countRows, expectApiError } from '../../test/helpers.ts';
import { inspectOfficeArchive } from '../../platform/files/archive-check.ts';
import { agencyOf, issuedPlan, ok } from './execution.fixtures.ts';
import { now, nowMs, todayVn } from '../../platform/clock.ts';
import { loadConfig } from '../../config.ts';
import { fileStoreFor } from '../../platform/files/file-store.ts';
import { createAppWorker } from '../reminders/reminders.jobs.ts';
import type { TEvidence } from '@papi/contracts';

const PDF = new TextEncoder().encode('%PDF-1.4\n%%EOF\n');
/** Many stream chunks: write pauses, the 64 KB head and the hash all come into play. */
const BIG_PDF = (() => {
  const bytes = new Uint8Array(5 * 1024 * 1024);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 2654435761) >>> 24;
  bytes.set(new TextEncoder().encode('%PDF-1.4\n'));
  return bytes;
})();

let ctx: TestContext;
let tuphap: TestClient;
let taskId: number;

beforeAll(async () => {
  ctx = await createTestContext();
  const [noivu, lanhdao] = await Promise.all([ctx.as('noivu'), ctx.as('lanhdao')]);
  tuphap = await ctx.as('tuphap');
  const justice = await agencyOf(ctx, 'tuphap');
  const plan = await issuedPlan(
    ctx,
    { coordinator: noivu, leader: lanhdao },
    await ctx.unitId('post2025', 'province', '14'),
    Number(todayVn().slice(0, 4)),
    [{ lead: justice, deadline: { kind: 'recurring', every: 'quarterly' } }],
    await agencyOf(ctx, 'noivu'),
  );
  taskId = plan.taskIds[0]!;
  // Issuing a plan takes a while on a busy machine.
}, 240_000);
afterAll(() => ctx.close());
afterEach(() => vi.restoreAllMocks());

async function upload(name: string, bytes: Uint8Array) {
  const form = new FormData();
  form.append('file', new Blob([bytes as Uint8Array<ArrayBuffer>]), name);
  const res = await ctx.app.request(`/api/tasks/${taskId}/evidence`, {
    method: 'POST',
    headers: { cookie: tuphap.cookie, 'x-csrf-token': tuphap.csrfToken },
    body: form,
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** A minimal Word document, plus whatever extra entries a test slips in. */
async function docx(extra: Record<string, Uint8Array | string> = {}) {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<Types/>');
  zip.file('word/document.xml', '<w:document><w:body><w:p>Biên bản</w:p></w:body></w:document>');
  for (const [name, body] of Object.entries(extra)) zip.file(name, body);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** Uploads still in DATA_DIR/incoming (a finished request leaves none). */
function incomingFiles(): string[] {
  const dir = path.join(ctx.dataDir, 'incoming');
  return fs.existsSync(dir) ? fs.readdirSync(dir) : [];
}

/** Every file under DATA_DIR/files, .part leftovers included. */
function storedFiles(): string[] {
  const root = path.join(ctx.dataDir, 'files');
  if (!fs.existsSync(root)) return [];
  return (fs.readdirSync(root, { recursive: true }) as string[]).filter((f) =>
    fs.statSync(path.join(root, f)).isFile(),
  );
}

describe('Office archives', () => {
  it('accepts a plain Word document', async () => {
    ok(await upload('Biên bản.docx', await docx({ 'word/media/anh.png': 'png' })), 201);
  });

  it.each([
    ['a Windows program by name', { 'word/embeddings/setup.exe': 'x' }, 'setup.exe'],
    ['a script', { 'customXml/run.vbs': 'MsgBox 1' }, 'run.vbs'],
    ['a program under a harmless name', { 'word/media/anh.bin': 'MZ\x90\x00rest' }, 'anh.bin'],
    ['macros', { 'word/vbaProject.bin': 'macro' }, 'vbaProject.bin'],
  ])('refuses a docx holding %s, storing nothing', async (_label, extra, entry) => {
    const rows = await countRows(ctx, 'evidence_file');
    const files = storedFiles().length;
    const res = await upload('Báo cáo.docx', await docx(extra));
    expect(expectApiError(res, 400, 'FILE_EXECUTABLE').message).toContain(entry);
    expect(await countRows(ctx, 'evidence_file')).toBe(rows);
    expect(storedFiles()).toHaveLength(files);
  });

  it('stops a zip bomb at the limit by counting inflated bytes, not declared sizes', async () => {
    const bomb = await docx({ 'word/media/rong.xml': new Uint8Array(3 * 1024 * 1024) });
    expect(bomb.length).toBeLessThan(64 * 1024);
    await expect(inspectOfficeArchive('bom.docx', bomb, 1024 * 1024)).rejects.toMatchObject({
      status: 400,
      code: 'FILE_INFLATES_TOO_MUCH',
    });
    await expect(inspectOfficeArchive('bom.docx', bomb, 8 * 1024 * 1024)).resolves.toBeUndefined();
  });

  it('refuses an archive whose declared sizes lie', async () => {
    const bytes = await docx({ 'word/media/a.xml': 'x'.repeat(5000) });
    // Patch the central directory's uncompressed size of the last entry down to 10 bytes.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let central = -1;
    for (let i = bytes.length - 46; i >= 0; i--) {
      if (view.getUint32(i, true) === 0x02014b50) {
        central = i;
        break;
      }
    }
    view.setUint32(central + 24, 10, true);
    expectApiError(await upload('Sai.docx', bytes), 400, 'FILE_CORRUPT');
  });
});

describe('a full disk', () => {
  it('answers 507 in Vietnamese, leaves no .part file and no row', async () => {
    vi.spyOn(fs, 'createWriteStream').mockImplementation(((file: fs.PathLike) => {
      // A few bytes land, then the disk is full: what a real ENOSPC leaves behind.
      fs.writeFileSync(file, 'nửa tệp');
      return new Writable({
        write(_chunk, _encoding, done) {
          done(
            Object.assign(new Error('ENOSPC: no space left on device, write'), {
              code: 'ENOSPC',
              errno: -28,
            }),
          );
        },
      });
    }) as unknown as typeof fs.createWriteStream);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const rows = await countRows(ctx, 'evidence_file');
    const files = storedFiles();
    const res = await upload('Biên bản.pdf', BIG_PDF);
    const error = expectApiError(res, 507, 'STORAGE_FULL');
    expect(error.message).toContain('hết dung lượng lưu trữ');
    expect(await countRows(ctx, 'evidence_file')).toBe(rows);
    expect(storedFiles()).toEqual(files);
    expect(incomingFiles()).toEqual([]);
  });
});

describe('uploads stream to disk', () => {
  it('stores a 5 MB file byte for byte with its hash and leaves nothing in incoming/', async () => {
    const saved = ok<TEvidence>(await upload('Lớn.pdf', BIG_PDF), 201);
    const [row] = (
      await ctx.database.pool.query<{ storage_key: string; sha256: string; size: number }>(
        'select storage_key, sha256, size from evidence_file where id = $1',
        [saved.id],
      )
    ).rows;
    expect(row!.size).toBe(BIG_PDF.length);
    expect(row!.sha256).toBe(createHash('sha256').update(BIG_PDF).digest('hex'));
    const store = fileStoreFor(loadConfig({ DATA_DIR: ctx.dataDir }));
    expect(Buffer.from(await store.get(row!.storage_key)).equals(Buffer.from(BIG_PDF))).toBe(true);
    expect(incomingFiles()).toEqual([]);
  });

  it('removes the streamed file of a refused upload', async () => {
    const exe = new Uint8Array(BIG_PDF);
    exe.set([0x4d, 0x5a]); // "MZ": a Windows program named .pdf
    expectApiError(await upload('Chương trình.pdf', exe), 400, 'FILE_EXECUTABLE');
    expect(incomingFiles()).toEqual([]);
  });
});

describe('the daily sweep of orphaned files', () => {
  it('removes day-old files without a row and .part leftovers, keeps the rest', async () => {
    const store = fileStoreFor(loadConfig({ DATA_DIR: ctx.dataDir }));
    const kept = ok<TEvidence>(await upload('Giữ lại.pdf', PDF), 201);
    const [row] = (
      await ctx.database.pool.query<{ storage_key: string }>(
        'select storage_key from evidence_file where id = $1',
        [kept.id],
      )
    ).rows;
    await store.put('evidence/2026/11/mo-coi', PDF, 'application/pdf');
    await store.put('evidence/2026/11/moi-tai', PDF, 'application/pdf');
    const root = path.join(ctx.dataDir, 'files');
    fs.writeFileSync(path.join(root, 'evidence/2026/11/do-dang.part'), 'nửa tệp');
    // Age by the server clock: two days old, except the upload still in flight.
    const old = new Date(nowMs() - 2 * 24 * 3600 * 1000);
    for (const key of [
      row!.storage_key,
      'evidence/2026/11/mo-coi',
      'evidence/2026/11/do-dang.part',
    ])
      fs.utimesSync(path.join(root, key), old, old);
    fs.utimesSync(path.join(root, 'evidence/2026/11/moi-tai'), now(), now());
    // An upload a crash left half-streamed, and one streaming in right now.
    const incoming = path.join(ctx.dataDir, 'incoming');
    fs.mkdirSync(incoming, { recursive: true });
    fs.writeFileSync(path.join(incoming, 'cu.part'), 'nửa tệp');
    fs.writeFileSync(path.join(incoming, 'dang-tai.part'), 'đang tải');
    fs.utimesSync(path.join(incoming, 'cu.part'), old, old);
    fs.utimesSync(path.join(incoming, 'dang-tai.part'), now(), now());

    const worker = createAppWorker(ctx.database.db, loadConfig({ DATA_DIR: ctx.dataDir }), {
      log: () => {},
    });
    await worker.drain();
    const jobs = await ctx.database.pool.query(`select status from job where kind = 'files.sweep'`);
    expect(jobs.rows).toEqual([{ status: 'done' }]);
    const left = storedFiles().map((f) => f.split(path.sep).join('/'));
    expect(left).toContain(row!.storage_key);
    expect(left).toContain('evidence/2026/11/moi-tai');
    expect(left).not.toContain('evidence/2026/11/mo-coi');
    expect(left).not.toContain('evidence/2026/11/do-dang.part');
    expect(await store.get(row!.storage_key)).toEqual(PDF);
    expect(incomingFiles()).toEqual(['dang-tai.part']);
  });
});
