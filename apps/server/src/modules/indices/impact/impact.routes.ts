import type { Hono } from 'hono';
import { can } from '@papi/domain';
import { getUnitImpact } from '@papi/contracts';
import { register, type AppEnv } from '../../../platform/http.ts';
import { notFound } from '../../../platform/errors.ts';
import { todayVn } from '../../../platform/clock.ts';
import { findUnitById } from '../../units/units.repository.ts';
import { loadImpact } from './impact.load.ts';

export function registerImpactRoutes(app: Hono<AppEnv>) {
  register(app, getUnitImpact, async ({ params, query, session, db }) => {
    const unit = await findUnitById(db, params.unitId, todayVn());
    // Out of scope reads as absent: no existence leak.
    if (!unit || !can(session.actor, 'impact.read', { unitPath: unit.path })) {
      throw notFound('Đơn vị');
    }
    const summary = await loadImpact(db, params.code, unit, query.year);
    if (!summary) throw notFound(`Bộ chỉ số ${params.code}`);
    return summary;
  });
}
