import fsp from 'node:fs/promises';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import type { Context } from 'hono';
import busboy from 'busboy';
import type { AppEnv } from '../http.ts';
import { discardUpload, incomingDir, IncomingFile, type Upload } from './upload.ts';

/** A public HTML form posted as multipart/form-data: its text fields and its files on disk. */
export interface ReceivedForm {
  fields: Record<string, string[]>;
  files: Upload[];
  /** A file over `maxFileBytes` (its name and the bytes read, cut at the limit + 1). */
  tooLarge: { name: string; size: number }[];
  /** More files were sent than `maxFiles`: the extra ones were not kept. */
  extraFiles: number;
}

const cleanName = (name: string) =>
  [...name.normalize('NFC')]
    .map((ch) => (ch === '/' || ch === '\\' || ch.charCodeAt(0) < 32 ? '_' : ch))
    .join('')
    .slice(-200) || 'tep';

/**
 * Reads a multipart form as it streams in (busboy), with files written to
 * DATA_DIR/incoming like single uploads: at most `maxFiles` files of part `fileField`, each
 * read up to `maxFileBytes + 1` bytes. Empty file inputs (no file chosen) are skipped. The
 * caller must discard the files (discardForm) once the request ends.
 */
export async function receiveForm(
  c: Context<AppEnv>,
  opts: { fileField: string; maxFiles: number; maxFileBytes: number; maxFieldBytes: number },
): Promise<ReceivedForm | null> {
  const type = c.req.header('content-type') ?? '';
  const body = c.req.raw.body;
  if (!type.startsWith('multipart/form-data') || !body) return null;
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { 'content-type': type },
      limits: {
        files: opts.maxFiles + 5,
        fileSize: opts.maxFileBytes + 1,
        fields: 30,
        parts: 40,
        fieldSize: opts.maxFieldBytes,
      },
      defParamCharset: 'utf8',
    });
  } catch {
    return null;
  }
  const dir = incomingDir(c.var.config.dataDir);
  await fsp.mkdir(dir, { recursive: true });
  const fields: Record<string, string[]> = {};
  const incoming: IncomingFile[] = [];
  let extraFiles = 0;
  const done = new Promise<boolean>((resolve) => {
    parser.on('field', (name, value) => (fields[name] ??= []).push(value));
    parser.on('file', (field, part, info) => {
      if (field !== opts.fileField || !info.filename) {
        part.resume();
        return;
      }
      if (incoming.length >= opts.maxFiles) {
        extraFiles += 1;
        part.resume();
        return;
      }
      const file = new IncomingFile(
        cleanName(info.filename),
        path.join(dir, `${randomUUID()}.part`),
      );
      incoming.push(file);
      file.take(part);
    });
    parser.on('error', () => resolve(false));
    parser.on('close', () => resolve(true));
  });
  const source = Readable.fromWeb(body as unknown as NodeReadableStream<Uint8Array>);
  source.on('error', () => parser.destroy());
  source.pipe(parser);
  const ok = await done;
  const closed = await Promise.all(
    incoming.map(async (f) => ({ name: f.name, ...(await f.close()) })),
  );
  if (!ok) {
    await Promise.all(closed.map(discardUpload));
    return null;
  }
  const files = closed.filter((f) => f.size > 0);
  const tooLarge = files.filter((f) => f.size > opts.maxFileBytes);
  await Promise.all(closed.filter((f) => f.size === 0 || tooLarge.includes(f)).map(discardUpload));
  return {
    fields,
    files: files.filter((f) => !tooLarge.includes(f)),
    tooLarge: tooLarge.map((f) => ({ name: f.name, size: f.size })),
    extraFiles,
  };
}

export const discardForm = (form: ReceivedForm | null) =>
  Promise.all((form?.files ?? []).map(discardUpload));
