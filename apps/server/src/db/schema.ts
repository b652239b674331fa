// The full schema, for drizzle-kit and the typed query builder. Tables live with their module.
export * from '../modules/units/units.table.ts';
export * from '../modules/agencies/agencies.table.ts';
export * from '../modules/users/users.table.ts';
export * from '../modules/auth/auth.table.ts';
export * from '../modules/audit/audit.table.ts';
export * from '../modules/system/settings.table.ts';
export * from '../modules/indices/indices.table.ts';
export * from '../platform/events.table.ts';
export * from '../modules/plans/plans.table.ts';
export * from '../platform/jobs/jobs.table.ts';
export * from '../modules/notifications/notifications.table.ts';
export * from '../modules/execution/execution.table.ts';
export * from '../modules/reports/reports.table.ts';
export * from '../modules/plans/plan-cascade.table.ts';
export * from '../modules/plans/plan-solutions.table.ts';
export * from '../modules/delegations/delegations.table.ts';
export * from '../modules/surveys/surveys.table.ts';
