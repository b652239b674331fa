import type { Hono } from 'hono';
import { sql } from 'drizzle-orm';
import { editionFor } from '@papi/domain';
import { getLineage, getProfile, getRanking, listIndices } from '@papi/contracts';
import { register, type AppEnv } from '../../platform/http.ts';
import { notFound } from '../../platform/errors.ts';
import type { Executor } from '../../db/client.ts';
import { findUnitById } from '../units/units.repository.ts';
import { todayVn } from '../../platform/clock.ts';
import * as repo from './indices.repository.ts';
import { buildProfile, buildRanking } from './indices.service.ts';
import { loadIndexData } from './indices.cache.ts';

// Official results are published data: every signed-in user may read every province's.
async function frameworkOrThrow(db: Executor, code: string) {
  const framework = await repo.findFramework(db, code);
  if (!framework) throw notFound(`Bộ chỉ số ${code}`);
  return framework;
}

async function dataOrThrow(db: Executor, code: string) {
  const data = await loadIndexData(db, code);
  if (!data) throw notFound(`Bộ chỉ số ${code}`);
  return data;
}

export function registerIndexRoutes(app: Hono<AppEnv>) {
  register(app, listIndices, async ({ db }) => {
    const items = [];
    for (const code of await repo.listFrameworkCodes(db)) {
      const framework = await frameworkOrThrow(db, code);
      const releases = await repo.listReleases(db, code);
      items.push({
        framework,
        years: releases.map((r) => ({
          year: r.year,
          edition: editionFor(framework, r.year)?.code ?? '',
          assessed: r.assessed,
          surveyed: r.surveyed,
          publishedOn: r.published_on,
        })),
      });
    }
    return { items };
  });

  register(app, getRanking, async ({ params, db }) => {
    const { framework, all } = await dataOrThrow(db, params.code);
    return buildRanking(framework, all, params.year);
  });

  register(app, getProfile, async ({ params, query, db }) => {
    const { framework, all } = await dataOrThrow(db, params.code);
    return buildProfile(framework, all, params.unitId, query.year);
  });

  register(app, getLineage, async ({ params, db }) => {
    const { framework, all } = await dataOrThrow(db, params.code);
    const unit = await findUnitById(db, params.unitId, todayVn());
    if (!unit || unit.level !== 'province') throw notFound('Tỉnh');
    const predecessors = await db.execute<{ id: number }>(sql`
      select s.old_unit_id as id from unit_succession s join admin_unit o on o.id = s.old_unit_id
       where s.new_unit_id = ${unit.id} and o.level = 'province' order by o.code`);
    const years = [...new Set(all.map((r) => r.year))];
    const ranked = new Map(
      years.map((y) => {
        try {
          return [y, buildRanking(framework, all, y)] as const;
        } catch {
          return [y, null] as const;
        }
      }),
    );
    return {
      unit: {
        id: unit.id,
        code: unit.code,
        name: unit.name,
        fullName: unit.fullName,
        level: unit.level,
      },
      successor: all.find((r) => r.unit.id === unit.id)?.successor ?? null,
      predecessors: predecessors.rows.flatMap(({ id }) => {
        const first = all.find((r) => r.unit.id === id);
        if (!first) return [];
        return [
          {
            unit: first.unit,
            // Only years the old province was surveyed: none after it ceased to exist.
            results: years
              .filter((year) => all.some((r) => r.year === year && r.unit.id === id))
              .map((year) => {
                const row = ranked.get(year)?.rows.find((r) => r.unit.id === id);
                return { year, total: row?.total.score ?? null, rank: row?.total.rank ?? null };
              }),
          },
        ];
      }),
    };
  });
}
