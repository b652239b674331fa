import { sql } from 'drizzle-orm';
import type { TIndexFramework } from '@papi/contracts';
import type { Executor } from '../../db/client.ts';
import { subscribe } from '../../platform/events.ts';
import { findFramework, loadAllResults, type ResultRow } from './indices.repository.ts';

interface Cached {
  stamp: string;
  checkedAt: number;
  framework: TIndexFramework;
  all: ResultRow[];
}

const cache = new Map<string, Cached>();

/**
 * How long a cached result set is served without asking the database whether anything was
 * imported. This process's own imports drop the cache at once (the event below); another
 * server process's import is seen within this window.
 */
const RECHECK_MS = 1000;

subscribe('index.published', (event) => {
  cache.delete(event.payload.code);
});

/** Framework and all results of an index, reused while nothing was imported. */
export async function loadIndexData(db: Executor, code: string): Promise<Cached | null> {
  const recent = cache.get(code);
  if (recent && performance.now() - recent.checkedAt < RECHECK_MS) return recent;
  const r = await db.execute<{ stamp: string | null }>(sql`
    select f.updated_at::text || '|' || coalesce(max(r.imported_at)::text, '') || '|' || count(r.id) as stamp
      from index_framework f left join index_release r on r.framework_code = f.code
     where f.code = ${code}
     group by f.updated_at`);
  const stamp = r.rows[0]?.stamp;
  if (!stamp) return null;
  const hit = cache.get(code);
  if (hit?.stamp === stamp) {
    hit.checkedAt = performance.now();
    return hit;
  }
  const framework = await findFramework(db, code);
  if (!framework) return null;
  const fresh = {
    stamp,
    checkedAt: performance.now(),
    framework,
    all: await loadAllResults(db, code),
  };
  cache.set(code, fresh);
  return fresh;
}
