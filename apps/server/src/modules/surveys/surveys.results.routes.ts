import type { Hono } from 'hono';
import {
  deleteSurveyAnswers,
  downloadSurveyAnswers,
  downloadSurveyReport,
  downloadSurveyScores,
  getSurveyRetention,
  getSurveyRunComparison,
  listSurveySuggestions,
  setSurveyRetention,
} from '@papi/contracts';
import { register, registerDownload, type AppEnv } from '../../platform/http.ts';
import * as downloads from './surveys.downloads.service.ts';
import * as results from './surveys.results.service.ts';
import * as retention from './surveys.retention.service.ts';

/** Comparisons, plan suggestions, downloads and retention of a run's answers. */
export function registerSurveyResultRoutes(app: Hono<AppEnv>) {
  register(app, getSurveyRunComparison, ({ params, query, session, db }) =>
    results.comparison(db, session, params.id, query),
  );
  register(app, listSurveySuggestions, async ({ query, session, db }) => ({
    items: await results.suggestions(db, session, query.unitId),
  }));
  registerDownload(app, downloadSurveyReport, ({ params, session, db }) =>
    downloads.report(db, session, params.id),
  );
  registerDownload(app, downloadSurveyScores, ({ params, session, db }) =>
    downloads.scoresFile(db, session, params.id),
  );
  registerDownload(app, downloadSurveyAnswers, ({ params, query, session, db }) =>
    downloads.answersFile(db, session, params.id, query),
  );
  register(app, getSurveyRetention, ({ params, session, db }) =>
    retention.state(db, session, params.id),
  );
  register(app, setSurveyRetention, ({ params, body, session, db }) =>
    retention.setKeepUntil(db, session, params.id, body),
  );
  register(app, deleteSurveyAnswers, ({ params, body, session, db }) =>
    retention.deleteAnswers(db, session, params.id, body.version),
  );
}
