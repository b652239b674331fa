import type { RouteSpec } from './design.ts';
import { countRows } from '../helpers.ts';
import { nextSerial, q, refusal, runAt, runRead, runWrite, write } from './surveys.ts';

/**
 * A run's public links and the review of flagged responses: links are opened and flagged
 * responses judged by the run's writers; the QR code and the flagged list are read in scope.
 */
export const SURVEY_PUBLIC_MATRIX: Record<string, RouteSpec> = {
  'PUT /api/survey-runs/:id/public-link': {
    kind: 'scoped',
    expected: runWrite,
    probe: async (w, a, t) => {
      const id = await runAt(w, t);
      const state = () =>
        countRows(w.ctx, 'survey_run where id = $1 and public_token is null', [id]);
      const send = () =>
        a.client.request('PUT', `/api/survey-runs/${id}/public-link`, {
          stratumCode: null,
          open: true,
        });
      return write(w, state, send, 200);
    },
  },
  'GET /api/survey-runs/:id/public-link/qr': {
    kind: 'scoped',
    expected: runRead,
    probe: async (w, a, t) => {
      const id = await runAt(w, t);
      await w.ctx.database.pool.query(
        `update survey_run set public_token = $2, public_open = true where id = $1`,
        [id, `mtxqr${String(nextSerial()).padStart(17, '0')}`],
      );
      const res = await a.client.get(`/api/survey-runs/${id}/public-link/qr?format=svg`);
      return res.status === 200 ? 'allowed' : refusal(res);
    },
  },
  'GET /api/survey-runs/:id/flagged': {
    kind: 'scoped',
    expected: runRead,
    probe: async (w, a, t) => {
      const res = await a.client.get(`/api/survey-runs/${await runAt(w, t)}/flagged`);
      return res.status === 200 ? 'allowed' : refusal(res);
    },
  },
  'POST /api/survey-runs/:id/responses/:responseId/review': {
    kind: 'scoped',
    expected: runWrite,
    probe: async (w, a, t) => {
      const id = await runAt(w, t);
      const responseId = await q(
        w,
        `insert into survey_response (run_id, stratum_id, client_id, channel, review, review_reason)
         select $1, s.id, $2, 'public', 'flagged', 'Thử' from survey_stratum s where s.run_id = $1
         returning id`,
        [id, `mtx-flag-${nextSerial()}`],
      );
      const state = () =>
        countRows(w.ctx, `survey_response where id = $1 and review = 'flagged'`, [responseId]);
      const send = () =>
        a.client.post(`/api/survey-runs/${id}/responses/${responseId}/review`, {
          decision: 'excluded',
        });
      return write(w, state, send, 200);
    },
  },
};
