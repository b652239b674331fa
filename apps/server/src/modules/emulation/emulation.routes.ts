import type { Hono } from 'hono';
import {
  approveEmulationRun,
  computeEmulation,
  downloadEmulationDecision,
  getEmulationRecords,
  getEmulationRun,
  getEmulationYear,
  saveEmulationCriteria,
  saveEmulationEntry,
  saveEmulationLists,
} from '@papi/contracts';
import { register, registerDownload, type AppEnv } from '../../platform/http.ts';
import * as service from './emulation.service.ts';
import * as runs from './emulation.runs.ts';
import { decisionDocument } from './emulation.document.ts';

export function registerEmulationRoutes(app: Hono<AppEnv>) {
  register(app, getEmulationYear, ({ query, session, db }) =>
    service.yearView(db, session, query.unitId ?? session.unitId, query.year),
  );
  register(app, saveEmulationCriteria, ({ body, session, db }) =>
    service.saveCriteria(db, session, body),
  );
  register(app, computeEmulation, ({ body, session, db }) => service.compute(db, session, body));
  register(app, getEmulationRun, ({ params, session, db }) => runs.getRun(db, session, params.id));
  register(app, getEmulationRecords, ({ params, query, session, db }) =>
    runs.records(db, session, params.id, query),
  );
  register(app, saveEmulationEntry, ({ body, session, db }) =>
    service.saveEntry(db, session, body),
  );
  register(app, saveEmulationLists, ({ params, body, session, db }) =>
    runs.saveLists(db, session, params.id, body),
  );
  register(app, approveEmulationRun, ({ params, body, session, db }) =>
    runs.approve(db, session, params.id, body.version),
  );
  registerDownload(app, downloadEmulationDecision, ({ params, session, db }) =>
    decisionDocument(db, session, params.id),
  );
}
