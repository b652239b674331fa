import type { Role } from '@papi/domain';
import type { ActorDef, Outcome, Relation, Target, World } from './world.ts';
import type { RouteSpec } from './design.ts';
import { countRows } from '../helpers.ts';
import { expect } from 'vitest';
import { q, refusal } from './surveys.ts';

/**
 * Programmes and their review: read in scope; set up, assigned, reviewed, compiled and
 * downloaded by the unit's admins and coordinators (and those above). A review report is
 * read by managers and leaders in scope and by the staff speaking for its own unit (the
 * probes use a unit's own report, agency null); written only by the latter; accepted or
 * returned by the programme's managers.
 */
const inScope = (r: Relation) => r === 'own' || r === 'below';
const manages = (role: Role) => role === 'admin' || role === 'coordinator';
const read = (_role: Role, r: Relation): Outcome => (inScope(r) ? 'allowed' : 'hidden');
const manage = (role: Role, r: Relation): Outcome =>
  !inScope(r) ? 'hidden' : manages(role) ? 'allowed' : 'forbidden';
const reportRead = (role: Role, r: Relation, a: ActorDef): Outcome =>
  (inScope(r) && (manages(role) || role === 'leader')) || (r === 'own' && a.forUnit)
    ? 'allowed'
    : 'hidden';
const reportWrite = (role: Role, r: Relation, a: ActorDef): Outcome => {
  if (reportRead(role, r, a) === 'hidden') return 'hidden';
  return r === 'own' && a.forUnit && role !== 'viewer' ? 'allowed' : 'forbidden';
};
const reportDecide = (role: Role, r: Relation, a: ActorDef): Outcome =>
  reportRead(role, r, a) === 'hidden' ? 'hidden' : manage(role, r);

const audits = (w: World) => countRows(w.ctx, 'audit_log');

/** Sends a write; allowed adds one audit line, a refusal leaves the state and the audit untouched. */
async function write(
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

const SECTIONS = {
  results: 'Đạt',
  shortcomings: '',
  lessons: '',
  proposals: '- Đối thoại hằng quý',
};

/** A programme of the target's unit with one assignment led by the target's agency. */
async function programmeAt(w: World, t: Target): Promise<number> {
  const id = await q(
    w,
    `insert into programme (unit_id, title, year_from, year_to, search)
     values ($1, 'Chương trình thử', 2021, 2025, 'chuong trinh thu') returning id`,
    [t.unitId],
  );
  await q(
    w,
    `insert into programme_assignment (programme_id, element_code, lead_agency_id, position)
     values ($1, 'D2.1', $2, 0) returning id`,
    [id, t.agencyId],
  );
  return id;
}

/** A programme with an opened review and the unit's own report in `status`. */
async function reviewAt(w: World, t: Target, status = 'draft', compiled = false) {
  const programmeId = await programmeAt(w, t);
  const reviewId = await q(
    w,
    `insert into programme_review (programme_id, due_on, compiled) values ($1, '2026-12-15', $2) returning id`,
    [
      programmeId,
      compiled
        ? JSON.stringify({
            sections: SECTIONS,
            solutions: [
              {
                elementCode: 'D2.1',
                content: 'Đối thoại hằng quý',
                leadAgencyId: t.agencyId,
                solutionId: null,
              },
            ],
          })
        : null,
    ],
  );
  const reportId = await q(
    w,
    `insert into programme_review_report (review_id, unit_id, element_codes, status, sections)
     values ($1, $2, '{D2.1}', $3, $4) returning id`,
    [reviewId, t.unitId, status, JSON.stringify(SECTIONS)],
  );
  return { programmeId, reviewId, reportId };
}

type Expected = (role: Role, relation: Relation, actor: ActorDef) => Outcome;

const get = (expected: Expected, path: (w: World, t: Target) => Promise<string>): RouteSpec => ({
  kind: 'scoped',
  expected,
  probe: async (w, a, t) => {
    const res = await a.client.get(await path(w, t));
    return res.status === 200 ? 'allowed' : refusal(res);
  },
});

const programmeWrite = (
  method: 'POST' | 'PUT',
  path: (id: number) => string,
  body: (t: Target) => Record<string, unknown>,
  setup: (w: World, t: Target) => Promise<number> = programmeAt,
  ok = 200,
): RouteSpec => ({
  kind: 'scoped',
  expected: manage,
  probe: async (w, a, t) => {
    const id = await setup(w, t);
    return write(
      w,
      () => countRows(w.ctx, `audit_log`),
      () => a.client.request(method, path(id), body(t)),
      ok,
    );
  },
});

const reportWriteRoute = (
  expected: typeof reportWrite,
  path: (id: number) => string,
  body: Record<string, unknown>,
  status: string,
): RouteSpec => ({
  kind: 'scoped',
  expected,
  probe: async (w, a, t) => {
    const { reportId } = await reviewAt(w, t, status);
    return write(
      w,
      () =>
        w.ctx.database.pool
          .query(`select status, version from programme_review_report where id = $1`, [reportId])
          .then((r) => r.rows[0]),
      () =>
        a.client.request(
          path(reportId).endsWith(`${reportId}`) ? 'PUT' : 'POST',
          path(reportId),
          body,
        ),
      200,
    );
  },
});

const csv = (t: Target) =>
  Buffer.from(`Nội dung,Cơ quan chủ trì\n2.1,Cơ quan mẫu ${t.auditToken}\n`).toString('base64');

export const PROGRAMME_MATRIX: Record<string, RouteSpec> = {
  'GET /api/programmes': {
    kind: 'scoped',
    expected: read,
    probe: async (w, a, t) => {
      const id = await programmeAt(w, t);
      const res = await a.client.get<{ items: { id: number }[] }>(
        `/api/programmes?unitId=${t.unitId}&pageSize=200`,
      );
      if (res.status !== 200) return refusal(res);
      return res.body.items.some((i) => i.id === id) ? 'allowed' : 'hidden';
    },
  },
  'GET /api/programmes/:id': get(
    read,
    async (w, t) => `/api/programmes/${await programmeAt(w, t)}`,
  ),
  'POST /api/programmes': {
    kind: 'scoped',
    expected: manage,
    probe: (w, a, t) =>
      write(
        w,
        () => countRows(w.ctx, 'programme'),
        () =>
          a.client.post('/api/programmes', {
            unitId: t.unitId,
            title: 'Chương trình mới',
            yearFrom: 2026,
            yearTo: 2030,
          }),
        201,
      ),
  },
  'PUT /api/programmes/:id': programmeWrite(
    'PUT',
    (id) => `/api/programmes/${id}`,
    () => ({
      version: 1,
      title: 'Tên mới',
      yearFrom: 2021,
      yearTo: 2025,
    }),
  ),
  'PUT /api/programmes/:id/assignments': programmeWrite(
    'PUT',
    (id) => `/api/programmes/${id}/assignments`,
    (t) => ({
      version: 1,
      rows: [{ elementCode: 'D3.2', leadAgencyId: t.agencyId }],
    }),
  ),
  'POST /api/programmes/:id/assignments/import/preview': {
    kind: 'scoped',
    expected: manage,
    probe: async (w, a, t) => {
      const id = await programmeAt(w, t);
      const res = await a.client.post(`/api/programmes/${id}/assignments/import/preview`, {
        filename: 'phan-cong.csv',
        contentBase64: csv(t),
      });
      return res.status === 200 ? 'allowed' : refusal(res);
    },
  },
  'POST /api/programmes/:id/assignments/import': programmeWrite(
    'POST',
    (id) => `/api/programmes/${id}/assignments/import`,
    (t) => ({ version: 1, filename: 'phan-cong.csv', contentBase64: csv(t) }),
  ),
  'POST /api/programmes/:id/review': programmeWrite(
    'POST',
    (id) => `/api/programmes/${id}/review`,
    () => ({ version: 1, dueOn: '2026-12-15', includeSubordinates: false }),
    programmeAt,
    201,
  ),
  'POST /api/programmes/:id/review/compile': programmeWrite(
    'POST',
    (id) => `/api/programmes/${id}/review/compile`,
    () => ({ version: 1 }),
    async (w, t) => (await reviewAt(w, t, 'accepted')).programmeId,
  ),
  'PUT /api/programmes/:id/review': programmeWrite(
    'PUT',
    (id) => `/api/programmes/${id}/review`,
    () => ({ version: 1, sections: SECTIONS, solutions: [] }),
    async (w, t) => (await reviewAt(w, t)).programmeId,
  ),
  'POST /api/programmes/:id/review/next-plan': programmeWrite(
    'POST',
    (id) => `/api/programmes/${id}/review/next-plan`,
    () => ({ version: 1, year: 2026 }),
    async (w, t) => (await reviewAt(w, t, 'accepted', true)).programmeId,
    201,
  ),
  'GET /api/programmes/:id/review/word': get(
    manage,
    async (w, t) =>
      `/api/programmes/${(await reviewAt(w, t, 'accepted', true)).programmeId}/review/word`,
  ),
  'GET /api/programmes/:id/review/excel': get(
    manage,
    async (w, t) =>
      `/api/programmes/${(await reviewAt(w, t, 'accepted', true)).programmeId}/review/excel`,
  ),
  'GET /api/programme-review-reports/:id': get(
    reportRead,
    async (w, t) => `/api/programme-review-reports/${(await reviewAt(w, t)).reportId}`,
  ),
  'PUT /api/programme-review-reports/:id': reportWriteRoute(
    reportWrite,
    (id) => `/api/programme-review-reports/${id}`,
    { version: 1, sections: SECTIONS },
    'draft',
  ),
  'POST /api/programme-review-reports/:id/submit': reportWriteRoute(
    reportWrite,
    (id) => `/api/programme-review-reports/${id}/submit`,
    { version: 1 },
    'draft',
  ),
  'POST /api/programme-review-reports/:id/decide': reportWriteRoute(
    reportDecide,
    (id) => `/api/programme-review-reports/${id}/decide`,
    { version: 1, action: 'accept' },
    'submitted',
  ),
};
