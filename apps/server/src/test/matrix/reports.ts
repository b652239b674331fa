import { expect } from 'vitest';
import { DEFAULT_REGIMES, type Role } from '@papi/domain';
import type { ActorDef, Outcome, Relation, World } from './world.ts';
import type { RouteSpec } from './design.ts';
import type { TestResponse } from '../harness.ts';
import { countRows, type Paged } from '../helpers.ts';
import { draftWrite, get, inScope, planAt, read, refusal, sharedPlan, write } from './plans.ts';
import { freshYear, nationalRegime, regimeOf, reportOf } from './execution-world.ts';

/**
 * Reporting. Regimes: read by the units they govern (in scope or above), set by admins and
 * coordinators in scope. Reports: read in scope; written and sent by their own unit only;
 * accepted or returned by the receiving level (the parent: `below` reports of each actor).
 * Holidays: everyone reads, admins edit.
 */
const regimeRead = (_role: Role, r: Relation): Outcome => (r === 'sibling' ? 'hidden' : 'allowed');
const regimeWrite = (role: Role, r: Relation): Outcome =>
  r === 'sibling'
    ? 'hidden'
    : inScope(r) && (role === 'admin' || role === 'coordinator')
      ? 'allowed'
      : 'forbidden';
/** A unit's own report: its managers and People's Committee staff, not a sở's officer. */
const reportWrite = (role: Role, r: Relation, a: ActorDef): Outcome =>
  !inScope(r) ? 'hidden' : r === 'own' && role !== 'viewer' && a.forUnit ? 'allowed' : 'forbidden';
const reportReview = (role: Role, r: Relation): Outcome =>
  !inScope(r)
    ? 'hidden'
    : r === 'below' && (role === 'admin' || role === 'coordinator' || role === 'leader')
      ? 'allowed'
      : 'forbidden';
const everyone = (): Outcome => 'allowed';
const adminOnly = (role: Role): Outcome => (role === 'admin' ? 'allowed' : 'forbidden');

const row = async (w: World, table: 'reporting_regime' | 'report', id: number) =>
  (
    await w.ctx.database.pool.query(
      `select row_to_json(x) as row,
              (select json_agg(v order by v.version_no) from report_version v where v.report_id = $1) as v
         from ${table} x where x.id = $1`,
      [id],
    )
  ).rows[0];

const versionOf = async (w: World, table: 'reporting_regime' | 'report', id: number) =>
  (
    await w.ctx.database.pool.query<{ version: number }>(
      `select version from ${table} where id = $1`,
      [id],
    )
  ).rows[0]!.version;

const PDF = new TextEncoder().encode('%PDF-1.4\n%%EOF\n');

export const REPORT_MATRIX: Record<string, RouteSpec> = {
  'GET /api/regimes': {
    kind: 'scoped',
    expected: regimeRead,
    probe: async (w, a, t) => {
      const id = await regimeOf(w, t);
      const res = await a.client.get<{ items: { id: number }[] }>('/api/regimes');
      expect(res.status).toBe(200);
      return res.body.items.some((g) => g.id === id) ? 'allowed' : 'hidden';
    },
  },
  'GET /api/regimes/:id': {
    kind: 'scoped',
    expected: regimeRead,
    probe: async (w, a, t) => get(a.client, `/api/regimes/${await regimeOf(w, t)}`),
  },
  'GET /api/regimes/:id/periods': {
    kind: 'scoped',
    expected: regimeRead,
    probe: async (w, a, t) =>
      get(a.client, `/api/regimes/${await regimeOf(w, t)}/periods?year=2026`),
  },
  'POST /api/regimes': {
    kind: 'scoped',
    expected: regimeWrite,
    probe: (w, a, t) => {
      const code = `MX-${a.username.toUpperCase()}`;
      return write(
        w,
        () => countRows(w.ctx, 'reporting_regime where unit_id = $1', [t.unitId]),
        () =>
          a.client.post('/api/regimes', {
            unitId: t.unitId,
            code,
            name: `Chế độ của ${a.username}`,
            definition: DEFAULT_REGIMES[0]!.definition,
          }),
        201,
        (body) => expect(body.code).toBe(code),
      );
    },
  },
  'PATCH /api/regimes/:id': {
    kind: 'scoped',
    expected: regimeWrite,
    probe: async (w, a, t) => {
      const id = await regimeOf(w, t);
      const version = await versionOf(w, 'reporting_regime', id);
      return write(
        w,
        () => row(w, 'reporting_regime', id),
        () => a.client.patch(`/api/regimes/${id}`, { version, name: `Sửa bởi ${a.username}` }),
        200,
        (body) => expect(body.name).toBe(`Sửa bởi ${a.username}`),
      );
    },
  },
  'GET /api/reports': {
    kind: 'scoped',
    expected: read,
    probe: async (w, a, t) => {
      const id = await reportOf(w, t, 'draft');
      const res = await a.client.get<Paged<{ id: number }>>(
        `/api/reports?regimeId=${await nationalRegime(w)}&pageSize=200`,
      );
      expect(res.status).toBe(200);
      return res.body.items.some((r) => r.id === id) ? 'allowed' : 'hidden';
    },
  },
  ...Object.fromEntries(
    ['', '/versions', '/evidence'].map((suffix) => [
      `GET /api/reports/:id${suffix}`,
      {
        kind: 'scoped',
        expected: read,
        probe: async (w, a, t) =>
          get(a.client, `/api/reports/${await reportOf(w, t, 'draft')}${suffix}`),
      } satisfies RouteSpec,
    ]),
  ),
  'POST /api/reports': {
    kind: 'scoped',
    expected: reportWrite,
    probe: async (w, a, t) => {
      const regimeId = await nationalRegime(w);
      const periodKey = `${freshYear()}-H1`;
      return write(
        w,
        () => countRows(w.ctx, 'report where unit_id = $1', [t.unitId]),
        () => a.client.post('/api/reports', { regimeId, periodKey, unitId: t.unitId }),
        201,
        (body) => expect(body.status).toBe('draft'),
      );
    },
  },
  'PATCH /api/reports/:id': {
    kind: 'scoped',
    expected: reportWrite,
    probe: async (w, a, t) => {
      const id = await reportOf(w, t, 'draft');
      const version = await versionOf(w, 'report', id);
      return write(
        w,
        () => row(w, 'report', id),
        () =>
          a.client.patch(`/api/reports/${id}`, {
            version,
            content: {
              indicators: [],
              narratives: [{ dimensionCode: 'D1', results: a.username }],
            },
          }),
        200,
        (body) => expect(body.status).toBe('draft'),
      );
    },
  },
  'POST /api/reports/:id/submit': {
    kind: 'scoped',
    expected: reportWrite,
    probe: async (w, a, t) => {
      const id = await reportOf(w, t, 'draft');
      const version = await versionOf(w, 'report', id);
      return write(
        w,
        () => row(w, 'report', id),
        () => a.client.post(`/api/reports/${id}/submit`, { version }),
        200,
        (body) => expect(body.status).toBe('submitted'),
      );
    },
  },
  ...Object.fromEntries(
    (['accept', 'return'] as const).map((action) => [
      `POST /api/reports/:id/${action}`,
      {
        kind: 'scoped',
        expected: reportReview,
        probe: async (w, a, t) => {
          const id = await reportOf(w, t, 'submitted');
          const version = await versionOf(w, 'report', id);
          return write(
            w,
            () => row(w, 'report', id),
            () => a.client.post(`/api/reports/${id}/${action}`, { version, comment: 'Ý kiến' }),
            200,
            (body) => expect(body.status).toBe(action === 'accept' ? 'accepted' : 'returned'),
          );
        },
      } satisfies RouteSpec,
    ]),
  ),
  'POST /api/reports/:id/evidence': {
    kind: 'scoped',
    expected: reportWrite,
    probe: async (w, a, t) => {
      const id = await reportOf(w, t, 'draft');
      const form = new FormData();
      form.append('file', new Blob([PDF]), 'dinh-kem.pdf');
      return write(
        w,
        () => countRows(w.ctx, 'evidence_file where report_id = $1', [id]),
        async () => {
          const res = await w.ctx.app.request(`/api/reports/${id}/evidence`, {
            method: 'POST',
            headers: { cookie: a.client.cookie, 'x-csrf-token': a.client.csrfToken },
            body: form,
          });
          return { status: res.status, body: await res.json() } as TestResponse<
            Record<string, unknown>
          >;
        },
        201,
      );
    },
  },
  'GET /api/monitoring/reporting': {
    kind: 'scoped',
    expected: read,
    probe: async (w, a, t) =>
      get(
        a.client,
        `/api/monitoring/reporting?regimeId=${await nationalRegime(w)}&periodKey=2026-H1&unitId=${t.unitId}`,
      ),
  },
  'GET /api/plans/:id/indicators': {
    kind: 'scoped',
    expected: read,
    probe: async (w, a, t) => get(a.client, `/api/plans/${(await sharedPlan(w, t)).id}/indicators`),
  },
  'PUT /api/plans/:id/indicators': {
    kind: 'scoped',
    expected: draftWrite,
    probe: async (w, a, t) => {
      const p = await planAt(w, t, 'draft');
      return write(
        w,
        () => countRows(w.ctx, 'plan_indicator where plan_id = $1', [p.id]),
        () =>
          a.client.request('PUT', `/api/plans/${p.id}/indicators`, {
            version: p.version,
            items: [{ code: 'DT', name: 'Số cuộc đối thoại', unit: 'cuộc' }],
          }),
        200,
      );
    },
  },
  'GET /api/holidays': {
    kind: 'scoped',
    expected: everyone,
    probe: async (_w, a) => get(a.client, '/api/holidays?year=2026'),
  },
  'PUT /api/holidays/:year': {
    kind: 'scoped',
    expected: adminOnly,
    probe: async (w, a) => {
      const res = await a.client.request('PUT', '/api/holidays/2031', {
        items: [{ date: '2031-01-01', name: `Tết Dương lịch (${a.username})`, kind: 'off' }],
      });
      if (res.status === 200) return 'allowed';
      expect(
        await countRows(w.ctx, `holiday where name like '%(' || $1 || ')'`, [a.username]),
      ).toBe(0);
      return refusal(res);
    },
  },
};
