/**
 * The request's language and the English of the server's messages. The web client sends
 * `Accept-Language: en` when English is chosen; anything else answers in Vietnamese.
 */
import type { Context } from 'hono';
import { z } from 'zod';
import { DOMAIN_ENGLISH, createTranslator } from '@papi/domain';
import { PLATFORM_ENGLISH } from './english-platform.ts';
import { INDICES_ENGLISH } from './english-indices.ts';
import { WORK_ENGLISH } from './english-work.ts';
import { CONTRACTS_ENGLISH } from './english-contracts.ts';
import { EMULATION_ENGLISH } from './english-emulation.ts';
import { PROGRAMMES_ENGLISH } from './english-programmes.ts';

export type RequestLang = 'vi' | 'en';

/** English only when the header prefers it to Vietnamese (by order, then q weight). */
export function requestLang(c: Context): RequestLang {
  const header = c.req.header('accept-language') ?? '';
  let best: { lang: RequestLang; q: number } | null = null;
  for (const part of header.split(',')) {
    const [tag = '', ...params] = part.trim().toLowerCase().split(';');
    const lang = tag.startsWith('en') ? 'en' : tag.startsWith('vi') ? 'vi' : null;
    if (!lang) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (Number.isFinite(q) && q > 0 && (!best || q > best.q)) best = { lang, q };
  }
  return best?.lang ?? 'vi';
}

export const serverEnglish = createTranslator([
  ...DOMAIN_ENGLISH,
  ...PLATFORM_ENGLISH,
  ...INDICES_ENGLISH,
  ...WORK_ENGLISH,
  ...CONTRACTS_ENGLISH,
  ...EMULATION_ENGLISH,
  ...PROGRAMMES_ENGLISH,
]);

/** zod's own English messages, passed per parse (the contracts default to Vietnamese). */
export const englishZodErrors = z.locales.en().localeError;

/** An error body in the request's language: the message and each issue's message. */
export function localizeError<T extends { message: string; details?: unknown }>(
  c: Context,
  body: T,
): T {
  if (requestLang(c) !== 'en') return body;
  const details = body.details as { issues?: unknown } | undefined;
  const issues = Array.isArray(details?.issues)
    ? details.issues.map((i: unknown) =>
        i && typeof i === 'object' && typeof (i as { message?: unknown }).message === 'string'
          ? { ...i, message: serverEnglish((i as { message: string }).message) }
          : i,
      )
    : undefined;
  return {
    ...body,
    message: serverEnglish(body.message),
    ...(issues ? { details: { ...(details as object), issues } } : {}),
  };
}
