import type { Hono } from 'hono';
import { sql } from 'drizzle-orm';
import { can } from '@papi/domain';
import { getUnit, listUnits } from '@papi/contracts';
import { register, type AppEnv } from '../../platform/http.ts';
import { todayVn } from '../../platform/clock.ts';
import { notFound } from '../../platform/errors.ts';
import {
  findAncestors,
  findSuccession,
  findUnitById,
  listChildren,
  listScopeRoots,
  searchUnits,
} from './units.repository.ts';

export function registerUnitRoutes(app: Hono<AppEnv>) {
  register(app, listUnits, async ({ query, session, db }) => {
    const asOf = query.asOf ?? todayVn();
    const { scopePaths } = session.actor;
    if (query.q) {
      return { items: await searchUnits(db, query.q, scopePaths, asOf, query.limit), asOf };
    }
    if (query.parentId) {
      const parent = await findUnitById(db, query.parentId, asOf);
      if (!parent || !can(session.actor, 'unit.read', { unitPath: parent.path })) {
        throw notFound('Đơn vị');
      }
      return { items: await listChildren(db, parent.id, asOf, query.limit), asOf };
    }
    return { items: await listScopeRoots(db, scopePaths, asOf), asOf };
  });

  register(app, getUnit, async ({ params, session, db }) => {
    // Ancestors are returned by name even above the user's scope: the administrative
    // hierarchy is public reference data and the breadcrumb needs it.
    const found = await findUnitById(db, params.id, todayVn());
    if (!found || !can(session.actor, 'unit.read', { unitPath: found.path })) {
      throw notFound('Đơn vị');
    }
    // A dissolved unit's children are counted on its last day, not today.
    const unit =
      found.validTo && found.validTo < todayVn()
        ? (await findUnitById(db, found.id, found.validTo))!
        : found;
    const [ancestors, predecessors, successors, agencies] = await Promise.all([
      findAncestors(db, unit.path),
      findSuccession(db, unit.id, 'old'),
      findSuccession(db, unit.id, 'new'),
      db.execute<{ n: number }>(
        sql`select count(*)::int as n from agency where unit_id = ${unit.id}`,
      ),
    ]);
    return {
      ...unit,
      ancestors,
      predecessors,
      successors,
      agencyCount: agencies.rows[0]?.n ?? 0,
    };
  });
}
