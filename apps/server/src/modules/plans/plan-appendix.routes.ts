import type { Hono } from 'hono';
import {
  commitPlanAppendixImport,
  downloadPlanAppendix,
  previewPlanAppendixImport,
} from '@papi/contracts';
import { register, registerDownload, type AppEnv } from '../../platform/http.ts';
import { forbidden } from '../../platform/errors.ts';
import { can } from '@papi/domain';
import * as repo from './plans.repository.ts';
import { planTarget, readable } from './plans.access.ts';
import { appendixXlsx } from './plan-appendix.export.ts';
import { analyseAppendix } from './plan-appendix.import.ts';
import { commitAppendix } from './plan-appendix.commit.ts';
import { planDimensions } from './plan-appendix.groups.ts';

/** The appendix as Excel: download, and import with preview then commit. */
export function registerPlanAppendixRoutes(app: Hono<AppEnv>) {
  registerDownload(app, downloadPlanAppendix, async ({ params, session, db }) => {
    const p = await readable(db, session, params.id);
    const tasks = await repo.listTasks(db, p.id);
    const title = `PHỤ LỤC NHIỆM VỤ: Kế hoạch ${p.documentNumber === `/${p.symbol}` ? '(dự thảo)' : `số ${p.documentNumber}`} của ${p.unit.fullName} — ${p.title}`;
    const name = p.number === null ? 'du-thao' : `${p.number}-${p.symbol}`;
    return {
      filename: `Phụ lục kế hoạch ${name} ${p.year}.xlsx`,
      body: await appendixXlsx(title, p.body.taskGroups, tasks, await planDimensions(db, p.year)),
    };
  });

  // Parsing runs outside a transaction: PGlite has a single connection to share.
  register(
    app,
    previewPlanAppendixImport,
    async ({ params, body, session, db }) => {
      const p = await readable(db, session, params.id);
      if (!can(session.actor, 'plan.write', planTarget(p))) throw forbidden();
      return (await analyseAppendix(db, p, body)).preview;
    },
    { transaction: false },
  );

  register(
    app,
    commitPlanAppendixImport,
    async ({ params, body, session, c }) =>
      commitAppendix(c.var.database.db, session, params.id, body),
    { transaction: false },
  );
}
