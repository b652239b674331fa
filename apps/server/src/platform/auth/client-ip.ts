import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { normalizeAddress } from '../../config.ts';
import type { AppEnv } from '../http.ts';

function socketAddress(c: Context<AppEnv>): string | undefined {
  try {
    const address = getConnInfo(c).remote.address;
    return address ? normalizeAddress(address) : undefined;
  } catch {
    // No socket (requests built in tests): no address to count by.
    return undefined;
  }
}

/**
 * The client's address for login limits. X-Forwarded-For counts only when the request
 * comes from a proxy named in TRUST_PROXY; then the right-most entry that is not itself a
 * trusted proxy is the client (entries to its left were written by the client and can lie).
 */
export function clientIp(c: Context<AppEnv>): string {
  const peer = socketAddress(c);
  const trusted = c.var.config.trustProxy;
  if (!peer || !trusted.includes(peer)) return peer ?? 'unknown';
  const hops = (c.req.header('x-forwarded-for') ?? '')
    .split(',')
    .map((a) => normalizeAddress(a.trim()))
    .filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    if (!trusted.includes(hops[i]!)) return hops[i]!;
  }
  return hops[0] ?? peer;
}
