import { buildPath } from '@papi/contracts/paths';
import type { RequestOf, ResponseOf, RouteContract } from '@papi/contracts';
import { noteServerTime } from './clock.ts';
// The server answers its messages in the language the user chose.
import { getLang, translate } from '../i18n/index.ts';

/** An API failure; `message` is the server's text in the chosen language, safe to show. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;

  constructor(status: number, code: string, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

// The session cookie is HttpOnly, so the CSRF token (from /me or login) lives only in memory.
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

type Field<K extends string, T> = [T] extends [undefined]
  ? { [P in K]?: undefined }
  : object extends T
    ? { [P in K]?: T }
    : { [P in K]: T };

/** params/query/body a contract takes; parts whose fields are all optional may be omitted. */
export type CallInput<C extends RouteContract> = Field<'params', RequestOf<C>['params']> &
  Field<'query', RequestOf<C>['query']> &
  Field<'body', RequestOf<C>['body']>;

type CallArgs<C extends RouteContract> =
  object extends CallInput<C> ? [input?: CallInput<C>] : [input: CallInput<C>];

function queryString(query: unknown): string {
  if (typeof query !== 'object' || query === null) return '';
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** The ApiError a failed response stands for (its JSON error body, or a generic message). */
export async function errorFrom(response: Response): Promise<ApiError> {
  const fallback = translate('api.serverError', { status: response.status });
  try {
    // The error body's shape (ZApiError) is checked by hand: zod stays off the login screen.
    const body: unknown = await response.json();
    if (typeof body === 'object' && body !== null) {
      const { code, message, details } = body as Record<string, unknown>;
      if (typeof code === 'string' && typeof message === 'string')
        return new ApiError(response.status, code, message, details);
    }
  } catch {
    // Not JSON (e.g. a proxy error page): fall through to the generic message.
  }
  return new ApiError(response.status, 'HTTP_ERROR', fallback);
}

/** Calls one API operation, typed entirely from its contract. */
export async function call<C extends RouteContract>(
  contract: C,
  ...args: CallArgs<C>
): Promise<ResponseOf<C>> {
  const input: { params?: unknown; query?: unknown; body?: unknown } = args[0] ?? {};
  const params = input.params as Record<string, unknown> | undefined;
  const url = buildPath(contract.path, params) + queryString(input.query);
  const method = contract.method.toUpperCase();
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': getLang(),
  };
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  if (input.body !== undefined) headers['Content-Type'] = 'application/json';

  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers,
      credentials: 'same-origin',
      body: input.body === undefined ? undefined : JSON.stringify(input.body),
    });
  } catch {
    throw new ApiError(0, 'NETWORK', translate('api.network'));
  }
  noteServerTime(response);
  if (!response.ok) throw await errorFrom(response);
  if (response.status === 204) return undefined as ResponseOf<C>;
  // The server validates its own output against the same contract, so it is not re-parsed here.
  return (await response.json()) as ResponseOf<C>;
}

/**
 * Sends one file to a multipart upload operation (the contract names the part). The browser
 * sets the multipart boundary itself, so no Content-Type header is given here.
 */
export async function upload<C extends RouteContract & { upload: { field: string } }>(
  contract: C,
  params: RequestOf<C>['params'],
  file: File,
): Promise<ResponseOf<C>> {
  const url = buildPath(contract.path, params as Record<string, unknown> | undefined);
  const form = new FormData();
  form.append(contract.upload.field, file, file.name);
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': getLang(),
  };
  if (csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(url, {
      method: contract.method.toUpperCase(),
      headers,
      credentials: 'same-origin',
      body: form,
    });
  } catch {
    throw new ApiError(0, 'NETWORK', translate('api.network'));
  }
  noteServerTime(response);
  if (!response.ok) throw await errorFrom(response);
  return (await response.json()) as ResponseOf<C>;
}

/** Reasons the server attached to an error (e.g. why a new password was refused). */
export function errorReasons(error: unknown): string[] {
  if (!isApiError(error)) return [];
  const { details } = error;
  const fromList = (list: unknown[]): string[] =>
    list.flatMap((item) => {
      if (typeof item === 'string') return [item];
      if (typeof item === 'object' && item !== null && 'message' in item) {
        const { message } = item;
        return typeof message === 'string' ? [message] : [];
      }
      return [];
    });
  if (Array.isArray(details)) return fromList(details);
  if (typeof details === 'object' && details !== null) {
    for (const key of ['reasons', 'problems', 'issues', 'errors']) {
      const value: unknown = (details as Record<string, unknown>)[key];
      if (Array.isArray(value)) return fromList(value);
    }
  }
  return [];
}
