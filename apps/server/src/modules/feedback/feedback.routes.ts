import type { Hono } from 'hono';
import {
  approveFeedbackAnswer,
  assignFeedback,
  downloadFeedbackFile,
  draftFeedbackAnswer,
  feedbackStatistics,
  getFeedback,
  getFeedbackSettings,
  listFeedback,
  returnFeedbackAnswer,
  setFeedbackSettings,
  transferFeedback,
} from '@papi/contracts';
import { register, registerDownload, type AppEnv } from '../../platform/http.ts';
import { fileStoreFor } from '../../platform/files/file-store.ts';
import * as service from './feedback.service.ts';
import * as stats from './feedback.stats.ts';

/** Staff side of citizen feedback; the citizen's pages are in feedback.public.routes.ts. */
export function registerFeedbackRoutes(app: Hono<AppEnv>) {
  register(app, listFeedback, ({ query, session, db }) => service.list(db, session, query));
  register(app, getFeedback, ({ params, session, db }) => service.detail(db, session, params.id));
  register(app, assignFeedback, ({ params, body, session, db }) =>
    service.act(db, session, params.id, 'assign', body),
  );
  register(app, transferFeedback, ({ params, body, session, db }) =>
    service.act(db, session, params.id, 'transfer', body),
  );
  register(app, draftFeedbackAnswer, ({ params, body, session, db }) =>
    service.act(db, session, params.id, 'draft', body),
  );
  register(app, approveFeedbackAnswer, ({ params, body, session, db }) =>
    service.act(db, session, params.id, 'approve', body),
  );
  register(app, returnFeedbackAnswer, ({ params, body, session, db }) =>
    service.act(db, session, params.id, 'return', body),
  );
  registerDownload(app, downloadFeedbackFile, async ({ params, session, db, c }) => {
    const file = await service.readableFile(db, session, params.id);
    const body = await fileStoreFor(c.var.config).get(file.storage_key);
    return { filename: file.original_name, body, contentType: file.mime };
  });
  register(app, feedbackStatistics, ({ query, session, db }) =>
    stats.statistics(db, session, query),
  );
  register(app, getFeedbackSettings, ({ query, session, db }) =>
    stats.readSettings(db, session, query.unitId ?? session.unitId),
  );
  register(app, setFeedbackSettings, ({ body, session, db }) =>
    stats.writeSettings(db, session, body.answerDays),
  );
}
