import type { Hono } from 'hono';
import { createDelegation, listDelegations, revokeDelegation } from '@papi/contracts';
import { register, type AppEnv } from '../../platform/http.ts';
import * as service from './delegations.service.ts';

export function registerDelegationRoutes(app: Hono<AppEnv>) {
  register(app, listDelegations, async ({ query, session, db }) => ({
    items: await service.listForUnit(db, session, query.unitId ?? session.unitId),
  }));
  register(app, createDelegation, ({ body, session, db }) => service.grant(db, session, body));
  register(app, revokeDelegation, ({ params, session, db }) =>
    service.revoke(db, session, params.id),
  );
}
