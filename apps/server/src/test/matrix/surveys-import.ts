import type { RouteSpec } from './design.ts';
import type { Actor, Outcome, Target, World } from './world.ts';
import { countRows } from '../helpers.ts';
import {
  completeAnswers,
  nextSerial,
  refusal,
  runAt,
  runRead,
  runWrite,
  write,
} from './surveys.ts';

/**
 * Fieldwork files and progress: read in scope of the run's unit; the design and the
 * submissions are imported by its admins and coordinators. Out of scope: 404.
 */
const b64 = (text: string) => Buffer.from(text).toString('base64');

/** A Kobo-like CSV with one complete response in stratum A. */
function koboFile() {
  const answers = completeAnswers();
  const names = Object.keys(answers);
  const csv = [
    ['_uuid', 'ma_nhom_mau', ...names].join(','),
    [`mtx-kobo-${nextSerial()}`, 'A', ...names.map((n) => answers[n])].join(','),
  ].join('\n');
  return { filename: 'kobo.csv', contentBase64: b64(csv), confirmWarnings: true };
}

const designFile = () => ({
  filename: 'thiet-ke.csv',
  contentBase64: b64('ma_nhom_mau,dan_so\nA,4500\n'),
});

const readProbe =
  (suffix: string) =>
  async (w: World, a: Actor, t: Target): Promise<Outcome> => {
    const res = await a.client.get(`/api/survey-runs/${await runAt(w, t)}/${suffix}`);
    return res.status === 200 ? 'allowed' : refusal(res);
  };

export const SURVEY_IMPORT_MATRIX: Record<string, RouteSpec> = {
  'GET /api/survey-runs/:id/progress': {
    kind: 'scoped',
    expected: runRead,
    probe: readProbe('progress'),
  },
  'GET /api/survey-runs/:id/tally-template': {
    kind: 'scoped',
    expected: runRead,
    probe: readProbe('tally-template'),
  },
  'GET /api/survey-runs/:id/design-template': {
    kind: 'scoped',
    expected: runRead,
    probe: readProbe('design-template'),
  },
  'POST /api/survey-runs/:id/submissions/preview': {
    kind: 'scoped',
    expected: runWrite,
    probe: async (w, a, t) => {
      const res = await a.client.post(
        `/api/survey-runs/${await runAt(w, t)}/submissions/preview`,
        koboFile(),
      );
      return res.status === 200 ? 'allowed' : refusal(res);
    },
  },
  'POST /api/survey-runs/:id/submissions': {
    kind: 'scoped',
    expected: runWrite,
    probe: async (w, a, t) => {
      const id = await runAt(w, t);
      const state = () => countRows(w.ctx, 'survey_response where run_id = $1', [id]);
      return write(
        w,
        state,
        () => a.client.post(`/api/survey-runs/${id}/submissions`, koboFile()),
        201,
      );
    },
  },
  'POST /api/survey-runs/:id/design/preview': {
    kind: 'scoped',
    expected: runWrite,
    probe: async (w, a, t) => {
      const res = await a.client.post(
        `/api/survey-runs/${await runAt(w, t)}/design/preview`,
        designFile(),
      );
      return res.status === 200 ? 'allowed' : refusal(res);
    },
  },
  'POST /api/survey-runs/:id/design': {
    kind: 'scoped',
    expected: runWrite,
    probe: async (w, a, t) => {
      const id = await runAt(w, t);
      const state = () =>
        countRows(w.ctx, 'survey_stratum where run_id = $1 and population is null', [id]);
      return write(
        w,
        state,
        () => a.client.post(`/api/survey-runs/${id}/design`, designFile()),
        201,
      );
    },
  },
};
