import { z } from 'zod';

// Vietnamese validation messages everywhere the contracts are used (server and browser).
z.config(z.locales.vi());

export type HttpMethod = 'get' | 'post' | 'patch' | 'put' | 'delete';

/**
 * One API operation: the server validates with these schemas, the OpenAPI document is
 * generated from them and the web client infers its types from them. Paths use `:param`.
 */
export interface RouteContract {
  method: HttpMethod;
  path: string;
  summary: string;
  tag: string;
  /** false only for login, health, installation info and docs. */
  auth?: boolean;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  response: z.ZodType;
  status?: 200 | 201;
  /** Set for file downloads (Word, Excel): the response is that content type, not JSON. */
  produces?: string;
  /** A larger request body limit than the app's 1 MB, for routes that take an uploaded file. */
  maxBodyBytes?: number;
  /** A multipart/form-data upload with the file in this part (no JSON body). */
  upload?: { field: string };
}

/** The response schema of a download route: the body is the file itself. */
export const ZFile = z.custom<Uint8Array>((v) => v instanceof Uint8Array, 'Tệp');

export const MIME = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  pdf: 'application/pdf',
  png: 'image/png',
  svg: 'image/svg+xml',
} as const;

export function defineRoute<const C extends RouteContract>(contract: C): C {
  return contract;
}

type InferOr<T, Fallback> = T extends z.ZodType ? z.input<T> : Fallback;

/** What a caller must send for a contract (params, query, body), typed from its schemas. */
export type RequestOf<C extends RouteContract> = {
  params: InferOr<C['params'], undefined>;
  query: InferOr<C['query'], undefined>;
  body: InferOr<C['body'], undefined>;
};

export type ResponseOf<C extends RouteContract> = z.output<C['response']>;
