import { sql } from 'drizzle-orm';
import type { PerformanceGroup } from '@papi/domain';
import type { Executor } from '../../db/client.ts';
import { loadIndexData } from '../indices/indices.cache.ts';
import { viewYear } from '../indices/indices.service.ts';
import type { ResultRow } from '../indices/indices.repository.ts';
import type { TIndexFramework } from '@papi/contracts';
import type { PublicUnit } from './transparency.units.ts';

/** One official year of one province: total score, rank among the assessed, group. */
export interface IndexYear {
  year: number;
  score: number | null;
  rank: number | null;
  group: PerformanceGroup | null;
  assessedCount: number;
}

export type PublicIndex =
  | { kind: 'none' }
  /** A commune: PAPI is measured per province; the page points to the province's. */
  | { kind: 'commune'; province: PublicUnit }
  /** The province's own official results (from 2025 on, under its new name). */
  | { kind: 'own'; years: IndexYear[] }
  /**
   * No results of its own yet: results up to 2024 belong to the province(s) it was formed
   * from on 01/07/2025, shown each under its own name, never combined.
   */
  | { kind: 'lineage'; predecessors: { name: string; years: IndexYear[] }[] };

const INDEX = 'PAPI';

function yearsOf(framework: TIndexFramework, all: ResultRow[], unitId: number): IndexYear[] {
  const years = [...new Set(all.filter((r) => r.unit.id === unitId).map((r) => r.year))];
  return years
    .sort((a, b) => a - b)
    .flatMap((year) => {
      let view: ReturnType<typeof viewYear>;
      try {
        view = viewYear(framework, all, year);
      } catch (error) {
        // A release the ranking cannot read (a dimension nobody was scored on) is left
        // out of the page rather than taking the page down.
        console.warn(`Trang công khai: bỏ kết quả ${framework.code} năm ${year}:`, error);
        return [];
      }
      const s = view?.standings.get('total')?.get(unitId);
      if (!view || !s) return [];
      return [
        {
          year,
          score: s.score,
          rank: s.rank,
          group: s.group,
          assessedCount: view.rows.filter((r) => r.assessed).length,
        },
      ];
    });
}

export async function publicIndex(
  db: Executor,
  unit: PublicUnit,
  all: readonly PublicUnit[],
): Promise<PublicIndex> {
  if (unit.level === 'commune') {
    const province = all.find((u) => u.id === unit.parentId);
    return province ? { kind: 'commune', province } : { kind: 'none' };
  }
  if (unit.level !== 'province') return { kind: 'none' };
  const data = await loadIndexData(db, INDEX);
  if (!data) return { kind: 'none' };
  const own = yearsOf(data.framework, data.all, unit.id);
  if (own.length > 0) return { kind: 'own', years: own };
  const olds = await db.execute<{ id: number }>(sql`
    select s.old_unit_id as id from unit_succession s join admin_unit o on o.id = s.old_unit_id
     where s.new_unit_id = ${unit.id} and o.level = 'province' order by o.code`);
  const predecessors = olds.rows.flatMap(({ id }) => {
    const years = yearsOf(data.framework, data.all, id);
    const name = data.all.filter((r) => r.unit.id === id).at(-1)?.unit.fullName;
    return name && years.length > 0 ? [{ name, years }] : [];
  });
  return predecessors.length > 0 ? { kind: 'lineage', predecessors } : { kind: 'none' };
}
