import type { Role } from '@papi/domain';
import type { Outcome, Relation, World } from './world.ts';
import type { RouteSpec } from './design.ts';
import { countRows } from '../helpers.ts';
import { refusal, runAt, runRead, runWrite, write } from './surveys.ts';

/**
 * Survey results: comparisons, reports and score workbooks are read like the run's scores;
 * the raw answers go to analysts only (the run unit's admins and coordinators, each download
 * audited); retention is set and answers deleted by the same managers.
 */
const analyst = (role: Role, r: Relation): Outcome =>
  r !== 'own' && r !== 'below'
    ? 'hidden'
    : role === 'admin' || role === 'coordinator'
      ? 'allowed'
      : 'forbidden';

const readRoute = (path: (id: number) => string): RouteSpec => ({
  kind: 'scoped',
  expected: runRead,
  probe: async (w, a, t) => {
    const res = await a.client.get(path(await runAt(w, t)));
    return res.status === 200 ? 'allowed' : refusal(res);
  },
});

const exports = (w: World) => countRows(w.ctx, `audit_log where entity = 'survey_answers'`);

export const SURVEY_RESULT_MATRIX: Record<string, RouteSpec> = {
  'GET /api/survey-runs/:id/comparison': readRoute((id) => `/api/survey-runs/${id}/comparison`),
  'GET /api/survey-runs/:id/report': readRoute((id) => `/api/survey-runs/${id}/report`),
  'GET /api/survey-runs/:id/scores-workbook': readRoute(
    (id) => `/api/survey-runs/${id}/scores-workbook`,
  ),
  'GET /api/survey-runs/:id/retention': readRoute((id) => `/api/survey-runs/${id}/retention`),
  'GET /api/survey-suggestions': {
    kind: 'scoped',
    expected: runRead,
    probe: async (w, a, t) => {
      await runAt(w, t);
      const res = await a.client.get(`/api/survey-suggestions?unitId=${t.unitId}`);
      return res.status === 200 ? 'allowed' : refusal(res);
    },
  },
  'GET /api/survey-runs/:id/answers': {
    kind: 'scoped',
    expected: analyst,
    probe: async (w, a, t) => {
      const id = await runAt(w, t);
      const before = await exports(w);
      const res = await a.client.get(`/api/survey-runs/${id}/answers?format=csv`);
      if (res.status === 200) {
        if ((await exports(w)) !== before + 1) throw new Error('download not audited');
        return 'allowed';
      }
      if ((await exports(w)) !== before) throw new Error('refusal audited');
      return refusal(res);
    },
  },
  'PUT /api/survey-runs/:id/retention': {
    kind: 'scoped',
    expected: runWrite,
    probe: async (w, a, t) => {
      const id = await runAt(w, t);
      return write(
        w,
        () => countRows(w.ctx, 'survey_retention where run_id = $1', [id]),
        () =>
          a.client.request('PUT', `/api/survey-runs/${id}/retention`, {
            version: 1,
            keepUntil: '2027-01-31',
          }),
        200,
      );
    },
  },
  'DELETE /api/survey-runs/:id/answers': {
    kind: 'scoped',
    expected: runWrite,
    probe: async (w, a, t) => {
      const id = await runAt(w, t);
      await w.ctx.database.pool.query(`update survey_run set status = 'closed' where id = $1`, [
        id,
      ]);
      await w.ctx.database.pool.query(
        `insert into survey_retention (run_id, keep_until) values ($1, '2026-11-01')`,
        [id],
      );
      return write(
        w,
        () => countRows(w.ctx, 'survey_retention where run_id = $1 and deleted_at is null', [id]),
        () => a.client.request('DELETE', `/api/survey-runs/${id}/answers`, { version: 1 }),
        200,
      );
    },
  },
};
