import { createHmac, randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';

/** Shared pieces of the public forms (citizen survey, citizen feedback). */

/** A form field's one value, trimmed ('' when absent). */
export const one = (v: unknown): string =>
  typeof v === 'string'
    ? v.trim()
    : Array.isArray(v) && typeof v[0] === 'string'
      ? v[0].trim()
      : '';

/** A post from another site's page (its Origin names another host) is refused. */
export function sameOrigin(origin: string | undefined, host: string | undefined): boolean {
  if (!origin || origin === 'null') return true;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/**
 * A keyed hash (HMAC-SHA-256, 32 hex) of a sender's address or text: repeats and bursts can
 * be seen, the address itself is never stored. The key is the installation's own, a
 * setting (`keyName`) made on first use.
 */
export async function keyedHash(db: Executor, keyName: string, text: string) {
  const key = randomBytes(24).toString('base64url');
  await db.execute(sql`insert into setting (key, value) values (${keyName}, ${JSON.stringify(key)}::jsonb)
    on conflict (key) do nothing`);
  const r = await db.execute<{ value: string }>(
    sql`select value from setting where key = ${keyName}`,
  );
  return createHmac('sha256', r.rows[0]!.value).update(text).digest('hex').slice(0, 32);
}
