import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { logError } from './log.ts';
import { localizeError } from './english/translate.ts';

/** An error meant for the user: stable code, Vietnamese message, optional details. */
export class AppError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export const notFound = (what = 'Bản ghi') =>
  new AppError(404, 'NOT_FOUND', `${what} không tồn tại hoặc bạn không có quyền xem.`);
export const forbidden = (message = 'Bạn không có quyền thực hiện thao tác này.') =>
  new AppError(403, 'FORBIDDEN', message);
export const conflict = (message: string, details?: unknown) =>
  new AppError(409, 'CONFLICT', message, details);
export const badRequest = (code: string, message: string, details?: unknown) =>
  new AppError(400, code, message, details);
export const staleVersion = (current: number) =>
  conflict(
    'Bản ghi đã được người khác sửa sau khi bạn mở. Vui lòng tải lại để xem thay đổi mới nhất rồi sửa lại.',
    { currentVersion: current },
  );

/** PostgreSQL's error code, also when drizzle wraps the driver error in `cause`. */
export function sqlState(err: unknown): string | undefined {
  for (let e: unknown = err; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

/** A Node system error code (ENOSPC…) anywhere in the cause chain. */
function systemCode(err: unknown): string | undefined {
  for (let e: unknown = err; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return code;
  }
  return undefined;
}

/** The disk (files or database) is full: 507, and nothing was saved (the write rolled back). */
export const storageFull = () =>
  new AppError(
    507,
    'STORAGE_FULL',
    'Máy chủ đã hết dung lượng lưu trữ nên chưa lưu được. Vui lòng báo quản trị viên giải phóng dung lượng rồi thử lại.',
  );

export function isStorageFull(err: unknown): boolean {
  const code = systemCode(err);
  // PostgreSQL's 53100 is disk_full; EDQUOT (a quota reached) is as full to the user.
  return code === 'ENOSPC' || code === 'EDQUOT' || sqlState(err) === '53100';
}

export function errorResponse(c: Context, err: unknown): Response {
  if (isStorageFull(err)) {
    logError(`Hết dung lượng lưu trữ khi xử lý ${c.req.method} ${c.req.path}:`, err);
    err = storageFull();
  }
  // Two requests racing past an "is it free?" check meet at the unique index.
  if (sqlState(err) === '23505') {
    err = conflict('Dữ liệu trùng với một bản ghi đã có (có thể vừa được người khác tạo).');
  }
  if (err instanceof AppError) {
    const body = { code: err.code, message: err.message, details: err.details };
    return c.json(localizeError(c, body), err.status);
  }
  if (err instanceof HTTPException && err.status === 413) {
    const body = {
      code: 'PAYLOAD_TOO_LARGE',
      message: 'Dữ liệu gửi lên quá lớn.',
      details: undefined,
    };
    return c.json(localizeError(c, body), 413);
  }
  if (err instanceof HTTPException) {
    return c.json({ code: 'HTTP_ERROR', message: err.message, details: undefined }, err.status);
  }
  logError(`Lỗi hệ thống khi xử lý ${c.req.method} ${c.req.path}:`, err);
  const body = {
    code: 'INTERNAL',
    message: 'Đã xảy ra lỗi hệ thống. Vui lòng thử lại hoặc liên hệ quản trị viên.',
    details: undefined,
  };
  return c.json(localizeError(c, body), 500);
}
