import { expect } from 'vitest';
import type { Role } from '@papi/domain';
import { sipasServiceInstrument } from '@papi/domain';
import type { Outcome, Relation, Target, World } from './world.ts';
import type { RouteSpec } from './design.ts';
import { countRows, expectApiError } from '../helpers.ts';

/**
 * Surveys: instruments are the installation's (everyone reads; the root's admins and
 * coordinators write and publish — the demo's admin and noivu sit there); a unit's runs and
 * scores are read in scope and run by its admins and coordinators; responses are entered by
 * working staff in scope of the stratum's unit. Out of scope: 404.
 */
const inScope = (r: Relation) => r === 'own' || r === 'below';
const manages = (role: Role) => role === 'admin' || role === 'coordinator';
const instrumentWrite = (role: Role): Outcome => (manages(role) ? 'allowed' : 'forbidden');
export const runRead = (_role: Role, r: Relation): Outcome => (inScope(r) ? 'allowed' : 'hidden');
export const runWrite = (role: Role, r: Relation): Outcome =>
  !inScope(r) ? 'hidden' : manages(role) ? 'allowed' : 'forbidden';
const respond = (role: Role, r: Relation): Outcome =>
  !inScope(r) ? 'hidden' : role === 'viewer' ? 'forbidden' : 'allowed';

export function refusal(res: { status: number; body: unknown }): Outcome {
  if (res.status === 404) {
    expect(expectApiError(res, 404, 'NOT_FOUND').details).toBeUndefined();
    return 'hidden';
  }
  expect(expectApiError(res, 403, 'FORBIDDEN').details).toBeUndefined();
  return 'forbidden';
}

let serial = 0;
const q = async (w: World, text: string, params: unknown[] = []) =>
  (await w.ctx.database.pool.query<{ id: number }>(text, params)).rows[0]!.id;

/** An instrument with a draft that differs from its one published version. */
async function instrumentAt(w: World): Promise<number> {
  const doc = { ...sipasServiceInstrument(), code: `mtx_${++serial}` };
  const id = await q(
    w,
    `insert into survey_instrument (code, title_vi, draft) values ($1, $2, $3) returning id`,
    [doc.code, doc.titleVi, JSON.stringify({ ...doc, titleVi: `${doc.titleVi} (nháp)` })],
  );
  await w.ctx.database.pool.query(
    `insert into survey_instrument_version (instrument_id, version, document) values ($1, 1, $2)`,
    [id, JSON.stringify(doc)],
  );
  return id;
}

const versionIdOf = (w: World, instrumentId: number) =>
  q(w, `select id from survey_instrument_version where instrument_id = $1 and version = 1`, [
    instrumentId,
  ]);

/** An open run in the target's unit with one stratum that is that unit. */
export async function runAt(w: World, t: Target): Promise<number> {
  const versionId = await versionIdOf(w, await instrumentAt(w));
  const id = await q(
    w,
    `insert into survey_run (unit_id, instrument_version_id, name, starts_on, ends_on, status)
     values ($1, $2, 'Đợt thử', '2026-11-01', '2026-12-31', 'open') returning id`,
    [t.unitId, versionId],
  );
  await w.ctx.database.pool.query(
    `insert into survey_stratum (run_id, code, name, unit_id, target) values ($1, 'A', 'Nhóm A', $2, 10)`,
    [id, t.unitId],
  );
  return id;
}

const audits = (w: World) => countRows(w.ctx, `audit_log where entity like 'survey%'`);

/** Sends a write; a refusal must leave the survey tables and their audit untouched. */
export async function write(
  w: World,
  state: () => Promise<unknown>,
  send: () => Promise<{ status: number; body: unknown }>,
  ok: number,
): Promise<Outcome> {
  const [before, audited] = [await state(), await audits(w)];
  const res = await send();
  if (res.status === ok) {
    expect(await audits(w)).toBe(audited + 1);
    return 'allowed';
  }
  expect(await state()).toEqual(before);
  expect(await audits(w)).toBe(audited);
  return refusal(res);
}

const self = (path: (w: World) => Promise<string>): RouteSpec => ({
  kind: 'self',
  probe: async (w, a) => {
    const res = await a.client.get(await path(w));
    return res.status === 200 ? 'allowed' : refusal(res);
  },
});

const RUN_BODY = {
  name: 'Đợt khảo sát thử',
  startsOn: '2026-11-01',
  endsOn: '2026-12-31',
  status: 'open',
};

export const SURVEY_MATRIX: Record<string, RouteSpec> = {
  'GET /api/survey-instruments': self(async () => '/api/survey-instruments'),
  'GET /api/survey-instruments/:id': self(
    async (w) => `/api/survey-instruments/${await instrumentAt(w)}`,
  ),
  'GET /api/survey-instruments/:id/versions/:version': self(
    async (w) => `/api/survey-instruments/${await instrumentAt(w)}/versions/1`,
  ),
  'GET /api/survey-instruments/:id/xlsform': self(
    async (w) => `/api/survey-instruments/${await instrumentAt(w)}/xlsform`,
  ),
  'POST /api/survey-instruments': {
    kind: 'scoped',
    expected: instrumentWrite,
    probe: (w, a) => {
      const document = { ...sipasServiceInstrument(), code: `mtx_new_${++serial}` };
      return write(
        w,
        () => countRows(w.ctx, 'survey_instrument'),
        () => a.client.post('/api/survey-instruments', { document }),
        201,
      );
    },
  },
  'PUT /api/survey-instruments/:id': {
    kind: 'scoped',
    expected: instrumentWrite,
    probe: async (w, a) => {
      const id = await instrumentAt(w);
      const document = { ...sipasServiceInstrument(), code: `mtx_put_${++serial}` };
      const state = () => countRows(w.ctx, 'survey_instrument where id = $1 and version = 1', [id]);
      return write(
        w,
        state,
        () => a.client.request('PUT', `/api/survey-instruments/${id}`, { version: 1, document }),
        200,
      );
    },
  },
  'POST /api/survey-instruments/:id/publish': {
    kind: 'scoped',
    expected: instrumentWrite,
    probe: async (w, a) => {
      const id = await instrumentAt(w);
      const state = () =>
        countRows(w.ctx, 'survey_instrument_version where instrument_id = $1', [id]);
      return write(
        w,
        state,
        () => a.client.post(`/api/survey-instruments/${id}/publish`, { version: 1 }),
        201,
      );
    },
  },
  'POST /api/survey-instruments/xlsform': {
    kind: 'scoped',
    expected: instrumentWrite,
    probe: async (w, a) => {
      // The export of an instrument, imported back over its draft.
      const id = await instrumentAt(w);
      const admin = w.actors.get('admin')!;
      const raw = await w.ctx.app.request(`/api/survey-instruments/${id}/xlsform`, {
        headers: { cookie: admin.client.cookie },
      });
      const contentBase64 = Buffer.from(await raw.arrayBuffer()).toString('base64');
      const state = () => countRows(w.ctx, 'survey_instrument where id = $1 and version = 1', [id]);
      return write(
        w,
        state,
        () =>
          a.client.post('/api/survey-instruments/xlsform', {
            filename: 'bo.xlsx',
            contentBase64,
            instrumentId: id,
            version: 1,
          }),
        201,
      );
    },
  },
  'GET /api/survey-runs': {
    kind: 'scoped',
    expected: runRead,
    probe: async (w, a, t) => {
      const id = await runAt(w, t);
      const res = await a.client.get<{ items: { id: number }[] }>(
        `/api/survey-runs?unitId=${t.unitId}`,
      );
      if (res.status !== 200) return refusal(res);
      expect(res.body.items.map((r) => r.id)).toContain(id);
      return 'allowed';
    },
  },
  'POST /api/survey-runs': {
    kind: 'scoped',
    expected: runWrite,
    probe: async (w, a, t) => {
      const instrumentVersionId = await versionIdOf(w, await instrumentAt(w));
      const body = {
        ...RUN_BODY,
        unitId: t.unitId,
        instrumentVersionId,
        strata: [{ code: 'A', name: 'Nhóm A', unitId: t.unitId, target: 10, population: null }],
      };
      return write(
        w,
        () => countRows(w.ctx, 'survey_run'),
        () => a.client.post('/api/survey-runs', body),
        201,
      );
    },
  },
  'GET /api/survey-runs/:id': {
    kind: 'scoped',
    expected: runRead,
    probe: async (w, a, t) => {
      const res = await a.client.get(`/api/survey-runs/${await runAt(w, t)}`);
      return res.status === 200 ? 'allowed' : refusal(res);
    },
  },
  'PUT /api/survey-runs/:id': {
    kind: 'scoped',
    expected: runWrite,
    probe: async (w, a, t) => {
      const id = await runAt(w, t);
      const body = {
        ...RUN_BODY,
        version: 1,
        status: 'closed',
        strata: [{ code: 'A', name: 'Nhóm A', unitId: t.unitId, target: 20, population: 500 }],
      };
      const state = () => countRows(w.ctx, 'survey_run where id = $1 and version = 1', [id]);
      return write(w, state, () => a.client.request('PUT', `/api/survey-runs/${id}`, body), 200);
    },
  },
  'POST /api/survey-runs/:id/responses': {
    kind: 'scoped',
    expected: respond,
    probe: async (w, a, t) => {
      const id = await runAt(w, t);
      const before = await countRows(w.ctx, 'survey_response where run_id = $1', [id]);
      const answers = {
        dich_vu: 'ho_tich',
        cach_nop: 'truc_tiep',
        gioi_tinh: 'nu',
        nhom_tuoi: '30_44',
        f5_gop: 'no',
        hl: '4',
      };
      const full = Object.fromEntries(
        [
          'f1_a',
          'f1_b',
          'f1_c',
          'f1_d',
          'f2_a',
          'f2_b',
          'f2_c',
          'f2_d',
          'f3_a',
          'f3_b',
          'f3_c',
          'f3_d',
          'f4_a',
          'f4_b',
          'f4_c',
          'f5_a',
        ].map((k) => [k, '5']),
      );
      const clientId = `00000000-0000-4000-9000-${String(++serial).padStart(12, '0')}`;
      const res = await a.client.post(`/api/survey-runs/${id}/responses`, {
        clientId,
        stratumCode: 'A',
        answers: { ...answers, ...full },
      });
      const after = await countRows(w.ctx, 'survey_response where run_id = $1', [id]);
      if (res.status === 201) {
        expect(after).toBe(before + 1);
        return 'allowed';
      }
      expect(after).toBe(before);
      return refusal(res);
    },
  },
  'GET /api/survey-runs/:id/scores': {
    kind: 'scoped',
    expected: runRead,
    probe: async (w, a, t) => {
      const res = await a.client.get(`/api/survey-runs/${await runAt(w, t)}/scores`);
      return res.status === 200 ? 'allowed' : refusal(res);
    },
  },
};
