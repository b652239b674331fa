import type { Hono } from 'hono';
import { getGroupMembers, searchPlanAgencies } from '@papi/contracts';
import { register, type AppEnv } from '../../platform/http.ts';
import { readable } from './plans.access.ts';
import { memberAgencies, searchPlanAgencies as search, suggester } from './plan-groups.ts';

/** What a group of a plan may list and what its wording suggests; anyone reading the plan. */
export function registerPlanGroupRoutes(app: Hono<AppEnv>) {
  register(app, searchPlanAgencies, async ({ params, query, session, db }) => {
    const p = await readable(db, session, params.id);
    return search(db, p.unitPath, query.q, query.limit);
  });
  register(app, getGroupMembers, async ({ params, query, session, db }) => {
    const p = await readable(db, session, params.id);
    const agencies = await memberAgencies(db, p.unitPath);
    const suggested = query.label ? suggester(p, agencies)(query.label) : null;
    return {
      label: query.label,
      recognised: suggested !== null,
      suggestedIds: suggested ?? [],
      agencies: agencies.map(({ id, name, kind, unitName, active }) => ({
        id,
        name,
        kind,
        unitName,
        active,
      })),
    };
  });
}
