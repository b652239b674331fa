import type { Hono } from 'hono';
import type { AppEnv } from '../../platform/http.ts';
import { registerTaskRoutes } from './tasks.routes.ts';
import { registerEvidenceRoutes } from './evidence.routes.ts';
import { registerMonitoringRoutes } from './monitoring.routes.ts';

/** Task execution: tasks and their progress, evidence files, task monitoring boards. */
export function registerExecutionRoutes(app: Hono<AppEnv>) {
  registerTaskRoutes(app);
  registerEvidenceRoutes(app);
  registerMonitoringRoutes(app);
}
