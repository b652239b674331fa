import { sql } from 'drizzle-orm';
import type { TIndexFramework } from '@papi/contracts';
import type { Executor } from '../../db/client.ts';
import { findFramework, loadAllResults, type ResultRow } from './indices.repository.ts';

interface Cached {
  stamp: string;
  framework: TIndexFramework;
  all: ResultRow[];
}

const cache = new Map<string, Cached>();

/**
 * Framework and all results of an index, reused while nothing was imported. The stamp is
 * read from the database on every call, so another server process's import is seen at
 * once; only the heavy read and the rank computations are skipped.
 */
export async function loadIndexData(db: Executor, code: string): Promise<Cached | null> {
  const r = await db.execute<{ stamp: string | null }>(sql`
    select f.updated_at::text || '|' || coalesce(max(r.imported_at)::text, '') || '|' || count(r.id) as stamp
      from index_framework f left join index_release r on r.framework_code = f.code
     where f.code = ${code}
     group by f.updated_at`);
  const stamp = r.rows[0]?.stamp;
  if (!stamp) return null;
  const hit = cache.get(code);
  if (hit?.stamp === stamp) return hit;
  const framework = await findFramework(db, code);
  if (!framework) return null;
  const fresh = { stamp, framework, all: await loadAllResults(db, code) };
  cache.set(code, fresh);
  return fresh;
}
