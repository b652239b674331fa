import type { Hono } from 'hono';
import {
  createSurveyInstrument,
  createSurveyRun,
  exportSurveyXlsForm,
  getSurveyInstrument,
  getSurveyInstrumentVersion,
  getSurveyRun,
  getSurveyRunScores,
  importSurveyXlsForm,
  listSurveyAssignments,
  listSurveyInstruments,
  listSurveyRuns,
  publishSurveyInstrument,
  submitSurveyResponse,
  updateSurveyInstrument,
  updateSurveyRun,
  setSurveyPublicLink,
  downloadSurveyQr,
  listSurveyFlagged,
  reviewSurveyResponse,
} from '@papi/contracts';
import { register, registerDownload, type AppEnv } from '../../platform/http.ts';
import { listInstruments } from './surveys.instruments.repository.ts';
import * as instruments from './surveys.instruments.service.ts';
import * as links from './surveys.links.service.ts';
import * as responses from './surveys.responses.service.ts';
import * as results from './surveys.results.service.ts';
import * as runs from './surveys.runs.service.ts';
import { assignments } from './surveys.assignments.service.ts';

export function registerSurveyRoutes(app: Hono<AppEnv>) {
  register(app, listSurveyInstruments, async ({ session, db }) => {
    await instruments.mayRead(db, session);
    return { items: await listInstruments(db) };
  });
  register(app, createSurveyInstrument, ({ body, session, db }) =>
    instruments.create(db, session, body.document),
  );
  register(app, getSurveyInstrument, ({ params, session, db }) =>
    instruments.get(db, session, params.id),
  );
  register(app, updateSurveyInstrument, ({ params, body, session, db }) =>
    instruments.update(db, session, params.id, body.version, body.document),
  );
  register(app, publishSurveyInstrument, ({ params, body, session, db }) =>
    instruments.publish(db, session, params.id, body.version),
  );
  register(app, getSurveyInstrumentVersion, ({ params, session, db }) =>
    instruments.getVersion(db, session, params.id, params.version),
  );
  register(app, importSurveyXlsForm, ({ body, session, db }) =>
    instruments.importXlsForm(db, session, body),
  );
  registerDownload(app, exportSurveyXlsForm, ({ params, query, session, db }) =>
    instruments.exportXlsForm(db, session, params.id, query.version),
  );
  register(app, listSurveyRuns, async ({ query, session, db }) => ({
    items: await runs.list(db, session, query.unitId ?? session.unitId),
  }));
  register(app, createSurveyRun, ({ body, session, db }) => runs.create(db, session, body));
  register(app, getSurveyRun, ({ params, session, db }) =>
    runs.readableRun(db, session, params.id),
  );
  register(app, updateSurveyRun, ({ params, body, session, db }) =>
    runs.update(db, session, params.id, body),
  );
  register(app, submitSurveyResponse, ({ params, body, session, db }) =>
    responses.submit(db, session, params.id, body),
  );
  // After the raw answers are deleted, the scores kept at deletion are served.
  register(app, getSurveyRunScores, ({ params, session, db }) =>
    results.scoresOf(db, session, params.id),
  );
  register(app, listSurveyAssignments, async ({ session, db }) => ({
    items: await assignments(db, session),
  }));
  register(app, setSurveyPublicLink, ({ params, body, session, db }) =>
    links.setPublicLink(db, session, params.id, body),
  );
  registerDownload(app, downloadSurveyQr, ({ params, query, session, db, c }) =>
    links.qrCode(db, session, params.id, c.var.config.publicUrl, query),
  );
  register(app, listSurveyFlagged, ({ params, session, db }) =>
    links.listFlagged(db, session, params.id),
  );
  register(app, reviewSurveyResponse, ({ params, body, session, db }) =>
    links.review(db, session, params.id, params.responseId, body.decision),
  );
}
