import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import type { Context } from 'hono';
import busboy from 'busboy';
import { AppError, badRequest } from '../errors.ts';
import type { AppEnv } from '../http.ts';

/** Enough of a file's start for every signature sniff() reads outside zip and OLE files. */
const HEAD_BYTES = 64 * 1024;

/**
 * The one file of a multipart request, already on disk: it streamed to `tempPath` chunk by
 * chunk, hashed on the way. Holding 20 MB uploads in memory made V8 run a full garbage
 * collection every few hundred ms (external memory pressure) and stalled every other
 * request; scripts/bench/upload-stall.ts measures it.
 */
export interface Upload {
  name: string;
  size: number;
  /** SHA-256 (hex) of the whole file. */
  sha256: string;
  /** The first bytes (up to 64 KB). */
  head: Uint8Array;
  /** DATA_DIR/incoming/<uuid>.part: moved into the store, or removed after the request. */
  tempPath: string;
}

/** Where uploads land while they stream in: outside files/, so no backup or sweep sees them. */
export const incomingDir = (dataDir: string) => path.join(dataDir, 'incoming');

export const readUploadBytes = async (upload: Upload) =>
  new Uint8Array(await fsp.readFile(upload.tempPath));

/** Removes the temporary file (nothing happens if the store already took it). */
export const discardUpload = (upload: Upload) => fsp.rm(upload.tempPath, { force: true });

export class IncomingFile {
  size = 0;
  private readonly hash = createHash('sha256');
  private readonly head: Buffer[] = [];
  private headSize = 0;
  private readonly out: fs.WriteStream;
  private failure: Error | null = null;

  constructor(
    readonly name: string,
    readonly tempPath: string,
  ) {
    this.out = fs.createWriteStream(tempPath, { flags: 'wx' });
    this.out.on('error', (err) => (this.failure ??= err));
  }

  /** Copies the file part to disk; a slow disk pauses the part (and busboy behind it). */
  take(part: Readable) {
    part.on('data', (chunk: Buffer) => {
      if (this.failure) return; // a full disk: drain the body, report at close()
      this.hash.update(chunk);
      if (this.headSize < HEAD_BYTES) {
        const piece = Buffer.from(chunk.subarray(0, HEAD_BYTES - this.headSize));
        this.head.push(piece);
        this.headSize += piece.length;
      }
      this.size += chunk.length;
      if (!this.out.write(chunk)) {
        part.pause();
        const resume = () => {
          this.out.off('drain', resume);
          this.out.off('error', resume);
          part.resume();
        };
        this.out.on('drain', resume);
        this.out.on('error', resume);
      }
    });
  }

  async close(): Promise<Omit<Upload, 'name'>> {
    await new Promise<void>((resolve) => this.out.end(() => resolve()));
    if (this.failure) throw this.failure;
    return {
      size: this.size,
      sha256: this.hash.digest('hex'),
      head: new Uint8Array(Buffer.concat(this.head)),
      tempPath: this.tempPath,
    };
  }
}

/**
 * The one file of a multipart/form-data request (part "file"), parsed as it streams in by
 * busboy (Request.formData() parses the whole body synchronously). Reads at most
 * `maxBytes + 1` bytes of the file, enough for the size check to name the limit.
 */
export async function receiveUpload(c: Context<AppEnv>, maxBytes: number): Promise<Upload> {
  const type = c.req.header('content-type') ?? '';
  if (!type.startsWith('multipart/form-data')) {
    throw new AppError(
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      'Tệp phải được gửi dạng multipart/form-data, trong trường “file”.',
    );
  }
  const body = c.req.raw.body;
  if (!body) throw missing();
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { 'content-type': type },
      limits: { files: 1, fileSize: maxBytes + 1, fields: 20, parts: 25 },
      defParamCharset: 'utf8',
    });
  } catch {
    throw unreadable();
  }
  const dir = incomingDir(c.var.config.dataDir);
  await fsp.mkdir(dir, { recursive: true });
  let file: IncomingFile | null = null;
  try {
    await new Promise<void>((resolve, reject) => {
      parser.on('file', (field, part, info) => {
        if (field !== 'file' || file) {
          part.resume();
          return;
        }
        file = new IncomingFile(info.filename ?? '', path.join(dir, `${randomUUID()}.part`));
        file.take(part);
      });
      parser.on('error', () => reject(unreadable()));
      parser.on('close', () => resolve());
      const source = Readable.fromWeb(body as unknown as NodeReadableStream<Uint8Array>);
      source.on('error', (err) => reject(err));
      source.pipe(parser);
    });
    const found = file as IncomingFile | null;
    if (!found) throw missing();
    // Path separators and control characters never reach a Content-Disposition header.
    const name =
      [...found.name.normalize('NFC')]
        .map((ch) => (ch === '/' || ch === '\\' || ch.charCodeAt(0) < 32 ? '_' : ch))
        .join('')
        .slice(-200) || 'tep';
    return { name, ...(await found.close()) };
  } catch (err) {
    const partial = file as IncomingFile | null;
    if (partial) {
      await partial.close().catch(() => {});
      await fsp.rm(partial.tempPath, { force: true });
    }
    throw err;
  }
}

const missing = () => badRequest('FILE_MISSING', 'Chưa chọn tệp: cần một tệp trong trường “file”.');
const unreadable = () =>
  badRequest('INVALID_MULTIPART', 'Nội dung multipart/form-data không đọc được.');
