import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { subscribe } from '../../platform/events.ts';

const gzip = promisify(zlib.gzip);

/** A rendered page as it is sent: both encodings and the tag the browser revalidates with. */
export interface BuiltPage {
  etag: string;
  plain: Uint8Array;
  gzipped: Uint8Array;
}

/**
 * The transparency page is the one page a whole province may open at once: each rendering
 * (a dozen statements, HTML, gzip at level 9) is kept per database and key (unit, sections,
 * day) for TTL_MS of elapsed time, and the requests that arrive while it renders share that
 * one rendering. Browsers and proxies may keep it a minute too (max-age in the route). What
 * this process learns changed (an issued plan, progress, a report, new index results, new
 * settings) drops every entry at once; another process's change shows within the TTL.
 */
const TTL_MS = 60_000;
const MAX_ENTRIES = 500;

interface Entry {
  at: number;
  generation: number;
  page: Promise<BuiltPage>;
}

const stores = new WeakMap<object, Map<string, Entry>>();
let generation = 0;

/** Every remembered page is stale from now on (settings saved, data changed here). */
export function forgetPublicPages() {
  generation++;
}

for (const type of [
  'plan.issued',
  'task.progress.updated',
  'report.submitted',
  'report.accepted',
  'index.published',
] as const)
  subscribe(type, forgetPublicPages);

/** How often a page was rendered and served again (tests read the hit rate). */
export const publicPageStats = { rendered: 0, reused: 0 };

export async function buildPage(markup: string): Promise<BuiltPage> {
  const plain = Buffer.from(markup, 'utf8');
  const gzipped = await gzip(plain, { level: 9 });
  const etag = `"${createHash('sha256').update(plain).digest('base64url').slice(0, 27)}"`;
  return { etag, plain: new Uint8Array(plain), gzipped: new Uint8Array(gzipped) };
}

export function cachedPage(
  db: object,
  key: string,
  render: () => Promise<string>,
): Promise<BuiltPage> {
  let store = stores.get(db);
  if (!store) stores.set(db, (store = new Map()));
  const at = performance.now();
  const hit = store.get(key);
  if (hit && hit.generation === generation && at - hit.at < TTL_MS) {
    publicPageStats.reused++;
    return hit.page;
  }
  publicPageStats.rendered++;
  const page = render().then(buildPage);
  store.delete(key);
  store.set(key, { at, generation, page });
  if (store.size > MAX_ENTRIES) store.delete(store.keys().next().value!);
  // A failed rendering is not kept: the next request tries again.
  page.catch(() => {
    if (store.get(key)?.page === page) store.delete(key);
  });
  return page;
}
