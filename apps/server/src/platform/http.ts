import type { Context, Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import type { z } from 'zod';
import type { ResponseOf, RouteContract } from '@papi/contracts';
import type { Database, Executor } from '../db/client.ts';
import type { Config } from '../config.ts';
import { AppError, badRequest } from './errors.ts';
import { SESSION_COOKIE, loadSession, type Session } from './auth/session.ts';
import { discardUpload, receiveUpload, type Upload } from './files/upload.ts';
import { MAX_JSON_DEPTH, findInputProblem, type InputProblem } from './input-check.ts';
import { englishZodErrors, requestLang, type RequestLang } from './english/translate.ts';

export interface AppEnv {
  /** upload: the file of a multipart route (contract.upload), read before the handler. */
  Variables: { database: Database; config: Config; upload?: Upload | AppError };
}

type Parsed<T> = T extends z.ZodType ? z.output<T> : undefined;

export interface HandlerContext<C extends RouteContract> {
  params: Parsed<C['params']>;
  query: Parsed<C['query']>;
  body: Parsed<C['body']>;
  session: C['auth'] extends false ? Session | null : Session;
  /** A transaction for writes, the plain database for reads. */
  db: Executor;
  c: Context<AppEnv>;
}

export interface RegisterOptions {
  /** Login must record failed attempts even when it answers with an error. */
  transaction?: boolean;
  /** Routes a user who must change their password may still call. */
  allowPendingPasswordChange?: boolean;
  /**
   * The handler gives the very same object again for an unchanged answer (a remembered
   * one): its checked JSON text is kept with it and sent again without shaping it anew.
   */
  sameObjectSameBody?: boolean;
}

/** Checked JSON text of handler results, by result object (sameObjectSameBody). */
const bodies = new WeakMap<object, string>();

function zodIssues(error: z.ZodError) {
  return error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

function invalid(where: string, issues: { path: string; message: string }[]) {
  const first = issues[0];
  // One template per shape, so the English catalog reads the whole sentence.
  const message = first?.path
    ? `Dữ liệu không hợp lệ ở ${where} (trường "${first.path}"): ${first.message}`
    : `Dữ liệu không hợp lệ ở ${where}: ${first?.message ?? ''}`;
  return badRequest('VALIDATION', message, { where, issues });
}

function validate<S extends z.ZodType | undefined>(
  schema: S,
  value: unknown,
  where: string,
  lang: RequestLang,
) {
  if (!schema) return undefined as Parsed<S>;
  // zod's own messages in the request's language; the contracts' messages via the catalog.
  const result = schema.safeParse(value, lang === 'en' ? { error: englishZodErrors } : undefined);
  if (!result.success) throw invalid(where, zodIssues(result.error));
  // Params and query strings: bodies were checked before parsing (readJsonBody).
  const bad = findInputProblem(result.data);
  if (bad) throw inputProblem(where, bad);
  return result.data as Parsed<S>;
}

async function readJsonBody(c: Context): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!type.includes('application/json')) {
    throw new AppError(
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      'Nội dung phải ở dạng JSON (application/json).',
    );
  }
  const text = await c.req.text();
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw badRequest('INVALID_JSON', 'Nội dung gửi lên không phải JSON hợp lệ.');
  }
  // Before zod: keys it would strip and depths it would recurse into are refused here.
  const bad = findInputProblem(value);
  if (bad) throw inputProblem('nội dung', bad);
  return value;
}

function inputProblem(where: string, problem: InputProblem) {
  if (problem.kind === 'depth') {
    return badRequest(
      'TOO_DEEP',
      `Dữ liệu ở ${where} lồng nhau quá sâu (tối đa ${MAX_JSON_DEPTH} cấp) tại "${problem.path}".`,
      { where, path: problem.path, maxDepth: MAX_JSON_DEPTH },
    );
  }
  return invalid(where, [{ path: problem.path, message: problem.message }]);
}

async function authenticate(c: Context<AppEnv>, contract: RouteContract, options: RegisterOptions) {
  const token = getCookie(c, SESSION_COOKIE);
  const session = token ? await loadSession(c.var.database, token) : null;
  if (contract.auth === false) return session;
  if (!session) {
    throw new AppError(
      401,
      'UNAUTHENTICATED',
      'Bạn chưa đăng nhập hoặc phiên làm việc đã hết hạn.',
    );
  }
  if (contract.method !== 'get' && c.req.header('x-csrf-token') !== session.csrfToken) {
    throw new AppError(
      403,
      'CSRF',
      'Yêu cầu không hợp lệ (thiếu mã chống giả mạo). Vui lòng tải lại trang.',
    );
  }
  if (session.mustChangePassword && !options.allowPendingPasswordChange) {
    throw new AppError(403, 'PASSWORD_CHANGE_REQUIRED', 'Bạn cần đổi mật khẩu trước khi tiếp tục.');
  }
  return session;
}

async function prepare<C extends RouteContract>(
  c: Context<AppEnv>,
  contract: C,
  options: RegisterOptions,
) {
  const session = await authenticate(c, contract, options);
  const lang = requestLang(c);
  const params = validate(contract.params, c.req.param(), 'đường dẫn', lang);
  const query = validate(contract.query, c.req.query(), 'tham số truy vấn', lang);
  const body = contract.body
    ? validate(contract.body, await readJsonBody(c), 'nội dung', lang)
    : undefined;
  // An upload is received whole before the handler's transaction opens: a client sending
  // 20 MB slowly must not hold a database connection (PGlite has only one) meanwhile.
  // A refused upload (not multipart, no file) is answered by the handler after its own
  // checks, so an unknown or forbidden target still answers 404/403 first.
  if (contract.upload) {
    c.set(
      'upload',
      await receiveUpload(c, c.var.config.evidenceMaxBytes).catch((err: unknown) => {
        if (err instanceof AppError) return err;
        throw err;
      }),
    );
  }
  return { params, query, body, session } as Omit<HandlerContext<C>, 'db' | 'c'>;
}

/**
 * Binds a contract to its handler: authenticate → validate → run (in a transaction for
 * writes) → shape the output through the response schema, so no stray column leaks.
 */
export function register<C extends RouteContract>(
  app: Hono<AppEnv>,
  contract: C,
  handler: (ctx: HandlerContext<C>) => Promise<ResponseOf<C>>,
  options: RegisterOptions = {},
): void {
  app.on(contract.method.toUpperCase(), contract.path, async (c) => {
    try {
      const input = await prepare(c, contract, options);
      const database = c.var.database;
      const run = (db: Executor) => handler({ ...input, db, c } as HandlerContext<C>);
      const useTransaction = contract.method !== 'get' && options.transaction !== false;
      const result = useTransaction ? await database.db.transaction(run) : await run(database.db);
      if (options.sameObjectSameBody && typeof result === 'object' && result !== null) {
        let text = bodies.get(result);
        if (text === undefined)
          bodies.set(result, (text = JSON.stringify(contract.response.parse(result))));
        return c.body(text, contract.status ?? 200, { 'Content-Type': 'application/json' });
      }
      return c.json(contract.response.parse(result), contract.status ?? 200);
    } finally {
      // An upload the handler did not store (refused, or the request failed) leaves no file.
      const upload = c.get('upload');
      if (upload && !(upload instanceof AppError)) await discardUpload(upload);
    }
  });
}

export interface FileResult {
  /** Shown to the user when saving; may contain Vietnamese letters. */
  filename: string;
  body: Uint8Array;
  /** Overrides contract.produces when a route offers another format (e.g. ?format=pdf). */
  contentType?: string;
}

/** Like register, for routes that answer a file (contract.produces is its content type). */
export function registerDownload<C extends RouteContract & { produces: string }>(
  app: Hono<AppEnv>,
  contract: C,
  handler: (ctx: HandlerContext<C>) => Promise<FileResult>,
  options: RegisterOptions = {},
): void {
  app.on(contract.method.toUpperCase(), contract.path, async (c) => {
    const input = await prepare(c, contract, options);
    const file = await handler({ ...input, db: c.var.database.db, c } as HandlerContext<C>);
    const ascii = file.filename
      .normalize('NFD')
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/"/g, '');
    return c.body(file.body as Uint8Array<ArrayBuffer>, 200, {
      'content-type': file.contentType ?? contract.produces,
      'content-disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
    });
  });
}
