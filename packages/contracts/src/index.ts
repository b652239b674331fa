export * from './http.ts';
export * from './route.ts';
export * from './common.ts';
export * from './system.contract.ts';
export * from './auth.contract.ts';
export * from './units.contract.ts';
export * from './agencies.contract.ts';
export * from './users.contract.ts';
export * from './delegations.contract.ts';
export * from './audit.contract.ts';
export * from './indices.contract.ts';
export * from './index-report.contract.ts';
export * from './index-import.contract.ts';
export * from './index-targets.contract.ts';
export * from './index-impact.contract.ts';
export * from './plans.contract.ts';
export * from './notifications.contract.ts';
export * from './consolidated.contract.ts';
export * from './execution.contract.ts';
export * from './reporting.contract.ts';
export * from './my-work.contract.ts';
export * from './plans-cascade.contract.ts';
export * from './plan-solutions.contract.ts';
export * from './plan-appendix.contract.ts';
export * from './plan-word.contract.ts';
export * from './plan-types.contract.ts';
export * from './dashboard.contract.ts';
export * from './surveys.schemas.ts';
export * from './surveys.contract.ts';
export * from './survey-assignments.contract.ts';
export * from './surveys-public.contract.ts';
export * from './surveys-import.contract.ts';
export * from './surveys-results.contract.ts';
export * from './transparency.contract.ts';
export * from './emulation.contract.ts';
export * from './programmes.contract.ts';

import * as system from './system.contract.ts';
import * as auth from './auth.contract.ts';
import * as units from './units.contract.ts';
import * as agencies from './agencies.contract.ts';
import * as users from './users.contract.ts';
import * as delegations from './delegations.contract.ts';
import * as audit from './audit.contract.ts';
import * as indices from './indices.contract.ts';
import * as indexReport from './index-report.contract.ts';
import * as indexImport from './index-import.contract.ts';
import * as indexTargets from './index-targets.contract.ts';
import * as indexImpact from './index-impact.contract.ts';
import * as plans from './plans.contract.ts';
import * as notifications from './notifications.contract.ts';
import * as consolidated from './consolidated.contract.ts';
import * as execution from './execution.contract.ts';
import * as reporting from './reporting.contract.ts';
import * as myWork from './my-work.contract.ts';
import * as plansCascade from './plans-cascade.contract.ts';
import * as planSolutions from './plan-solutions.contract.ts';
import * as planAppendix from './plan-appendix.contract.ts';
import * as planWord from './plan-word.contract.ts';
import * as planTypes from './plan-types.contract.ts';
import * as dashboard from './dashboard.contract.ts';
import * as surveys from './surveys.contract.ts';
import * as surveyAssignments from './survey-assignments.contract.ts';
import * as surveysPublic from './surveys-public.contract.ts';
import * as surveysImport from './surveys-import.contract.ts';
import * as programmes from './programmes.contract.ts';
import * as surveysResults from './surveys-results.contract.ts';
import * as transparency from './transparency.contract.ts';
import * as emulation from './emulation.contract.ts';
import * as feedback from './feedback.contract.ts';
import type { RouteContract } from './route.ts';

function routesOf(mod: Record<string, unknown>): RouteContract[] {
  return Object.values(mod).filter(
    (v): v is RouteContract => typeof v === 'object' && v !== null && 'method' in v && 'path' in v,
  );
}

/** Every operation of the API: the OpenAPI document and the route coverage test walk this. */
export const ALL_ROUTES: RouteContract[] = [
  system,
  auth,
  units,
  agencies,
  users,
  delegations,
  audit,
  indices,
  indexReport,
  indexImport,
  indexTargets,
  indexImpact,
  plans,
  notifications,
  consolidated,
  execution,
  reporting,
  myWork,
  plansCascade,
  planSolutions,
  planAppendix,
  planWord,
  planTypes,
  dashboard,
  surveys,
  surveyAssignments,
  surveysPublic,
  surveysImport,
  surveysResults,
  transparency,
  emulation,
  programmes,
  feedback,
].flatMap((m) => routesOf(m as Record<string, unknown>));
export * from './feedback.contract.ts';
