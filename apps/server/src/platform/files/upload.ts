import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import type { Context } from 'hono';
import busboy from 'busboy';
import { AppError, badRequest } from '../errors.ts';
import type { AppEnv } from '../http.ts';

export interface Upload {
  name: string;
  bytes: Uint8Array;
}

/**
 * The one file of a multipart/form-data request (part "file"), parsed as it streams in by
 * busboy: the whole-buffer parser behind Request.formData() works synchronously and held
 * the event loop for seconds on a 20 MB file. Reads at most `maxBytes + 1` bytes of the
 * file, enough for the size check to name the limit.
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
  const found = await new Promise<{ name: string; chunks: Buffer[] } | null>((resolve, reject) => {
    let file: { name: string; chunks: Buffer[] } | null = null;
    parser.on('file', (field, stream, info) => {
      if (field !== 'file' || file) {
        stream.resume();
        return;
      }
      const current = { name: info.filename ?? '', chunks: [] as Buffer[] };
      file = current;
      stream.on('data', (chunk: Buffer) => current.chunks.push(chunk));
    });
    parser.on('error', () => reject(unreadable()));
    parser.on('close', () => resolve(file));
    const source = Readable.fromWeb(body as unknown as NodeReadableStream<Uint8Array>);
    source.on('error', (err) => reject(err));
    source.pipe(parser);
  });
  if (!found) throw missing();
  // Path separators and control characters never reach a Content-Disposition header.
  const name =
    [...found.name.normalize('NFC')]
      .map((ch) => (ch === '/' || ch === '\\' || ch.charCodeAt(0) < 32 ? '_' : ch))
      .join('')
      .slice(-200) || 'tep';
  return { name, bytes: new Uint8Array(Buffer.concat(found.chunks)) };
}

const missing = () => badRequest('FILE_MISSING', 'Chưa chọn tệp: cần một tệp trong trường “file”.');
const unreadable = () =>
  badRequest('INVALID_MULTIPART', 'Nội dung multipart/form-data không đọc được.');
