import type { Hono } from 'hono';
import {
  getSurveyDesignTemplate,
  getSurveyRunProgress,
  getSurveyTallyTemplate,
  importSurveyDesign,
  importSurveySubmissions,
  previewSurveyDesign,
  previewSurveySubmissions,
} from '@papi/contracts';
import { register, registerDownload, type AppEnv } from '../../platform/http.ts';
import {
  analyseDesign,
  designTemplate,
  importDesign,
  tallyTemplate,
} from './surveys.design-import.ts';
import { runProgress } from './surveys.progress.ts';
import { analyseSubmissions, importSubmissions } from './surveys.submissions-import.ts';

/** Fieldwork: the design and submissions files (preview, then all or nothing) and progress. */
export function registerSurveyImportRoutes(app: Hono<AppEnv>) {
  // Files are parsed outside any transaction (PGlite has one connection to share); the
  // import opens its own once the file is known to be clean.
  register(
    app,
    previewSurveySubmissions,
    async ({ params, body, session, db }) =>
      (await analyseSubmissions(db, session, params.id, body)).preview,
    { transaction: false },
  );
  register(
    app,
    importSurveySubmissions,
    ({ params, body, session, c }) =>
      importSubmissions(c.var.database.db, session, params.id, body),
    { transaction: false },
  );
  register(
    app,
    previewSurveyDesign,
    async ({ params, body, session, db }) =>
      (await analyseDesign(db, session, params.id, body)).preview,
    { transaction: false },
  );
  register(
    app,
    importSurveyDesign,
    ({ params, body, session, c }) => importDesign(c.var.database.db, session, params.id, body),
    { transaction: false },
  );
  registerDownload(app, getSurveyTallyTemplate, ({ params, session, db }) =>
    tallyTemplate(db, session, params.id),
  );
  registerDownload(app, getSurveyDesignTemplate, ({ params, session, db }) =>
    designTemplate(db, session, params.id),
  );
  register(app, getSurveyRunProgress, ({ params, session, db }) =>
    runProgress(db, session, params.id),
  );
}
