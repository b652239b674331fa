import type { Hono } from 'hono';
import type { AppEnv } from '../../platform/http.ts';
import { registerRegimeRoutes } from './regimes.routes.ts';
import { registerReportRoutes } from './reports.routes.ts';
import { registerReportingMonitoringRoutes } from './monitoring.routes.ts';
import { registerHolidayRoutes } from './holidays.routes.ts';
import { registerIndicatorRoutes } from './indicators.routes.ts';

/** Periodic reporting: regimes, holidays, plan indicators, reports, reporting rates. */
export function registerReportingRoutes(app: Hono<AppEnv>) {
  registerRegimeRoutes(app);
  registerHolidayRoutes(app);
  registerIndicatorRoutes(app);
  registerReportRoutes(app);
  registerReportingMonitoringRoutes(app);
}
