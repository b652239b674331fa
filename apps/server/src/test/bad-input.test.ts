import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ALL_ROUTES, buildPath, type RouteContract } from '@papi/contracts';
import { MAX_BODY_BYTES } from '../app.ts';
import {
  createTestContext,
  type TestClient,
  type TestContext,
  type TestResponse,
} from './harness.ts';
import { SAMPLE_PARAMS, VIETNAMESE, expectApiError, routeKey } from './helpers.ts';
import { importBody } from './index-files.ts';
import { DEFAULT_CRITERIA_SET, DEFAULT_REGIMES, sipasServiceInstrument } from '@papi/domain';
import { sampleBody, samplePlan, sampleTask } from '../modules/plans/plans.samples.ts';

let ctx: TestContext;
let admin: TestClient;
const ids = { sonla: 0, agency: 0, user: 0 };

beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.as('admin');
  ids.sonla = await ctx.unitId('post2025', 'province', '14');
  const q = (sql: string) =>
    ctx.database.pool.query<{ id: number }>(sql).then((r) => r.rows[0]!.id);
  ids.agency = await q(`select id from agency order by id limit 1`);
  ids.user = await q(`select id from app_user where username = 'xem'`);
});
afterAll(() => ctx.close());

const IMPORT_SAMPLE = importBody(
  'thu.csv',
  'Tỉnh/thành phố,D1,D2,D3,D4,D5,D6,D7,D8,Tổng điểm\nTỉnh Không Có,5,5,5,5,5,5,5,5,40\n',
  2023,
  { confirmWarnings: true },
);

const RUN_SAMPLE = {
  name: 'Đợt khảo sát thử',
  startsOn: '2026-11-01',
  endsOn: '2026-12-31',
  status: 'draft',
  strata: [{ code: 'A', name: 'Nhóm A', unitId: null, target: 10, population: null }],
};

const SURVEY_FILE_SAMPLE = {
  filename: 'kobo.csv',
  contentBase64: Buffer.from('_uuid,ma_nhom_mau,hl\nx-1,KHONG_CO,4\n').toString('base64'),
  confirmWarnings: true,
};
const SURVEY_DESIGN_SAMPLE = {
  filename: 'thiet-ke.csv',
  contentBase64: Buffer.from('ma_nhom_mau,dan_so\nKHONG_CO,100\n').toString('base64'),
};

const APPENDIX_SAMPLE = {
  filename: 'phu-luc.csv',
  contentBase64: Buffer.from(
    'STT,Nội dung,Cơ quan chủ trì\n1.1,Đối thoại,Cơ quan không có\n',
  ).toString('base64'),
};

const PROGRAMME_SAMPLE = {
  title: 'Chương trình thử',
  yearFrom: 2021,
  yearTo: 2025,
  decisionNumber: '12/QĐ-UBND',
  decisionDate: '2021-01-15',
  planIds: [],
};
const ASSIGNMENT_SAMPLE = {
  filename: 'phan-cong.csv',
  contentBase64: Buffer.from('Nội dung,Cơ quan chủ trì\n2.1,Cơ quan không có\n').toString('base64'),
};
const REVIEW_SECTIONS = { results: 'Đạt', shortcomings: '', lessons: '', proposals: 'Đối thoại' };
/** A valid body for every route that takes one: the loops below vary one field at a time. */
const SAMPLES: Record<string, () => Record<string, unknown>> = {
  'POST /api/auth/login': () => ({ username: 'khong-ton-tai', password: 'sai-mat-khau-1' }),
  'POST /api/auth/change-password': () => ({
    currentPassword: 'sai-mat-khau-1',
    newPassword: 'Moi-2026-abc',
  }),
  'POST /api/agencies': () => ({ unitId: ids.sonla, name: 'Cơ quan thử', kind: 'khac' }),
  'PATCH /api/agencies/:id': () => ({ version: 1, name: 'Tên mới' }),
  'POST /api/users': () => ({
    username: 'thu.nghiem',
    fullName: 'Thử nghiệm',
    role: 'viewer',
    unitId: ids.sonla,
  }),
  'PATCH /api/users/:id': () => ({ version: 1, fullName: 'Tên mới' }),
  'POST /api/delegations': () => ({ userId: ids.user, plans: true, reports: false }),
  'PUT /api/emulation/criteria': () => ({
    unitId: ids.sonla,
    year: 2026,
    criteria: DEFAULT_CRITERIA_SET,
    councilUserIds: [],
    version: 0,
  }),
  'POST /api/emulation/runs': () => ({ unitId: ids.sonla, year: 2026 }),
  'PUT /api/emulation/entries': () => ({
    unitId: ids.sonla,
    year: 2026,
    subject: { kind: 'agency', id: ids.agency },
    code: 'TC4',
    points: 10,
    comment: 'Nhận xét',
  }),
  'PUT /api/emulation/runs/:id/lists': () => ({ version: 1, commend: [], criticise: [] }),
  'POST /api/emulation/runs/:id/approve': () => ({ version: 1 }),
  'POST /api/feedback/:id/assign': () => ({ version: 1, agencyId: ids.agency }),
  'POST /api/feedback/:id/transfer': () => ({
    version: 1,
    agencyId: ids.agency,
    reason: 'Thuộc thẩm quyền cơ quan khác',
  }),
  'POST /api/feedback/:id/draft': () => ({ version: 1, answer: 'Nội dung trả lời người dân.' }),
  'POST /api/feedback/:id/approve': () => ({ version: 1, publish: true }),
  'POST /api/feedback/:id/return': () => ({ version: 1, reason: 'Cần bổ sung căn cứ' }),
  'PUT /api/feedback-settings': () => ({ answerDays: 10 }),
  'POST /api/survey-instruments': () => ({ document: sipasServiceInstrument() }),
  'PUT /api/survey-instruments/:id': () => ({ version: 1, document: sipasServiceInstrument() }),
  'POST /api/survey-instruments/:id/publish': () => ({ version: 1 }),
  'POST /api/survey-instruments/xlsform': () => ({
    filename: 'bo-cau-hoi.xlsx',
    contentBase64: Buffer.from('không phải xlsx').toString('base64'),
  }),
  'POST /api/survey-runs': () => ({ unitId: ids.sonla, instrumentVersionId: 1, ...RUN_SAMPLE }),
  'PUT /api/survey-runs/:id': () => ({ version: 1, ...RUN_SAMPLE }),
  'PUT /api/survey-runs/:id/retention': () => ({ version: 1, keepUntil: '2027-01-31', note: '' }),
  'DELETE /api/survey-runs/:id/answers': () => ({ version: 1 }),
  'POST /api/survey-runs/:id/responses': () => ({
    clientId: '5b9f8c1e-2d3a-4b5c-8d7e-9f0a1b2c3d4e',
    stratumCode: 'A',
    answers: { hl: '4' },
  }),
  'PUT /api/survey-runs/:id/public-link': () => ({ stratumCode: null, open: true }),
  'POST /api/survey-runs/:id/responses/:responseId/review': () => ({ decision: 'excluded' }),
  // Files with an unknown stratum: the previews answer, the imports refuse and save nothing.
  'POST /api/survey-runs/:id/submissions/preview': () => SURVEY_FILE_SAMPLE,
  'POST /api/survey-runs/:id/submissions': () => SURVEY_FILE_SAMPLE,
  'POST /api/survey-runs/:id/design/preview': () => SURVEY_DESIGN_SAMPLE,
  'POST /api/survey-runs/:id/design': () => SURVEY_DESIGN_SAMPLE,
  // A file with an unknown province: the preview answers, the commit refuses and saves nothing.
  'POST /api/indices/:code/import/preview': () => IMPORT_SAMPLE,
  'POST /api/indices/:code/import': () => IMPORT_SAMPLE,
  'POST /api/indices/:code/units/:unitId/targets': () => ({
    year: 2026,
    kind: 'dimension_score',
    elementCode: 'D3',
    value: 6,
    note: 'Mục tiêu thử',
  }),
  'PATCH /api/index-targets/:id': () => ({ version: 1, value: 5, note: 'Sửa thử' }),
  'DELETE /api/index-targets/:id': () => ({ version: 1 }),
  'POST /api/plans': () => samplePlan(ids.sonla),
  'POST /api/monitoring/remind': () => ({ kind: 'task', taskId: 999999 }),
  'PUT /api/settings/in-use-since': () => ({ date: '2026-01-01' }),
  'PUT /api/settings/public-page': () => ({
    enabled: true,
    sections: {
      plans: true,
      progress: true,
      reporting: true,
      index: true,
      surveys: true,
      feedback: true,
    },
  }),
  'POST /api/plans/:id/obligations/all': () => ({
    version: 1,
    level: 'commune',
    addressees: 'UBND các xã, phường',
    deadline: { kind: 'relative', days: 30, after: 'issuance' },
  }),
  // A file that is not a Word document: the preview says so (400), never 500.
  'POST /api/plans/word/preview': () => ({
    unitId: ids.sonla,
    filename: 'ke-hoach.docx',
    contentBase64: Buffer.from('không phải docx').toString('base64'),
  }),
  'PATCH /api/plans/:id': () => ({ version: 1, title: 'Trích yếu mới', body: sampleBody() }),
  'PUT /api/plans/:id/tasks': () => ({
    version: 1,
    tasks: [sampleTask(0, { id: ids.agency, name: 'Cơ quan thử' })],
  }),
  'PUT /api/notifications/preferences': () => ({
    version: 1,
    inApp: true,
    email: { deadline: true, escalation: true, report: true, plan: false, task: false },
    digest: true,
    digestHour: 7,
    remindDaysBefore: 3,
  }),
  'PUT /api/plans/:id/indicators': () => ({
    version: 1,
    items: [{ code: 'DT', name: 'Số cuộc đối thoại với Nhân dân', unit: 'cuộc' }],
  }),
  'POST /api/tasks/:id/progress': () => ({
    version: 1,
    reportedOn: '2026-01-05',
    percent: 40,
    note: 'Đã tổ chức hội nghị',
  }),
  'POST /api/tasks/:id/contributions': () => ({ reportedOn: '2026-01-05', note: 'Phối hợp' }),
  'POST /api/tasks/:id/cancel': () => ({ version: 1, reason: 'Không còn phù hợp' }),
  'POST /api/regimes': () => ({
    unitId: ids.sonla,
    code: 'THU-NGHIEM',
    name: 'Chế độ báo cáo thử',
    definition: DEFAULT_REGIMES[0]!.definition,
  }),
  'PATCH /api/regimes/:id': () => ({ version: 1, name: 'Tên mới' }),
  'POST /api/reports': () => ({ regimeId: 1, periodKey: '2026-H1', unitId: ids.sonla }),
  'PATCH /api/reports/:id': () => ({
    version: 1,
    content: {
      indicators: [],
      narratives: [{ dimensionCode: 'D1', results: 'Kết quả', shortcomings: '', proposals: '' }],
    },
  }),
  'POST /api/reports/:id/submit': () => ({ version: 1 }),
  'POST /api/reports/:id/accept': () => ({ version: 1, comment: 'Đạt' }),
  'POST /api/reports/:id/return': () => ({ version: 1, comment: 'Bổ sung số liệu' }),
  'PUT /api/holidays/:year': () => ({
    items: [{ date: '2023-01-02', name: 'Nghỉ bù Tết Dương lịch', kind: 'off' }],
  }),
  'POST /api/plans/:id/copy': () => ({ year: 2024 }),
  'POST /api/plan-solutions': () => ({
    dimensionCode: 'D2',
    title: 'Giải pháp thử',
    content: 'Công khai dự toán.',
  }),
  'PATCH /api/plan-solutions/:id': () => ({ version: 1, title: 'Tên mới' }),
  'DELETE /api/plan-solutions/:id': () => ({ version: 1 }),
  'POST /api/plans/:id/solutions': () => ({ version: 1, solutionId: 1 }),
  // An appendix naming an agency nobody has: the preview lists it, the commit refuses.
  'POST /api/plans/:id/appendix/import/preview': () => APPENDIX_SAMPLE,
  'POST /api/plans/:id/appendix/import': () => ({
    ...APPENDIX_SAMPLE,
    mapping: { number: 'A', content: 'B', lead: 'C' },
    agencyMap: {},
    mode: 'append',
    version: 1,
  }),
  'PUT /api/plan-types': () => ({ version: 1, overrides: {} }),
  'POST /api/programmes': () => ({ unitId: ids.sonla, ...PROGRAMME_SAMPLE }),
  'PUT /api/programmes/:id': () => ({ version: 1, ...PROGRAMME_SAMPLE }),
  'PUT /api/programmes/:id/assignments': () => ({
    version: 1,
    rows: [{ elementCode: 'D2.1', leadAgencyId: ids.agency, cooperatingAgencyIds: [], note: '' }],
  }),
  'POST /api/programmes/:id/assignments/import/preview': () => ASSIGNMENT_SAMPLE,
  'POST /api/programmes/:id/assignments/import': () => ({ version: 1, ...ASSIGNMENT_SAMPLE }),
  'POST /api/programmes/:id/review': () => ({
    version: 1,
    dueOn: '2026-12-15',
    includeSubordinates: true,
  }),
  'PUT /api/programme-review-reports/:id': () => ({ version: 1, sections: REVIEW_SECTIONS }),
  'POST /api/programme-review-reports/:id/submit': () => ({ version: 1 }),
  'POST /api/programme-review-reports/:id/decide': () => ({
    version: 1,
    action: 'return',
    reason: 'Bổ sung số liệu',
  }),
  'POST /api/programmes/:id/review/compile': () => ({ version: 1 }),
  'PUT /api/programmes/:id/review': () => ({
    version: 1,
    sections: REVIEW_SECTIONS,
    solutions: [
      { elementCode: 'D2.1', content: 'Đối thoại', leadAgencyId: null, solutionId: null },
    ],
  }),
  'POST /api/programmes/:id/review/next-plan': () => ({ version: 1, year: 2027 }),
  ...Object.fromEntries(
    ['submit', 'withdraw', 'issue', 'close'].map((action) => [
      `POST /api/plans/:id/${action}`,
      () => ({ version: 1 }),
    ]),
  ),
  'POST /api/plans/:id/return': () => ({ version: 1, reason: 'Bổ sung nhiệm vụ lĩnh vực 8' }),
  'PUT /api/plans/:id/waivers': () => ({
    version: 1,
    waivers: [{ rule: 'allDimensions', reason: 'Kế hoạch chuyên đề' }],
  }),
};

const withBody = ALL_ROUTES.filter((r) => r.body);
const withId = ALL_ROUTES.filter((r) => r.path.includes(':id'));
const writes = ALL_ROUTES.filter((r) => r.method !== 'get');
const rows = (routes: RouteContract[]) => routes.map((r) => [routeKey(r), r] as const);
const pathOf = (
  r: RouteContract,
  id: string | number = r.path.includes('users') ? ids.user : ids.agency,
) => buildPath(r.path, { ...SAMPLE_PARAMS, id });
const sample = (r: RouteContract) => SAMPLES[routeKey(r)]?.() ?? {};
const bodyFor = (r: RouteContract) => (r.body ? sample(r) : undefined);
const fieldsOf = (schema: z.ZodType | undefined) =>
  schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];

/** A request with exactly these headers (plus the session), for content-type and size tests. */
async function raw(
  r: RouteContract,
  body: string,
  headers: Record<string, string>,
): Promise<TestResponse<unknown>> {
  const res = await ctx.app.request(pathOf(r), {
    method: r.method.toUpperCase(),
    headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken, ...headers },
    body,
  });
  return { status: res.status, body: await res.json() };
}

/** Anything at or above 500, or an error body that is not {code, Vietnamese message, details?}. */
function problem(label: string, res: TestResponse<unknown>): string | null {
  if (res.status >= 500) return `${label} → ${res.status} ${JSON.stringify(res.body)}`;
  if (res.status < 400) return null;
  const body = res.body as Record<string, unknown>;
  const keysOk = Object.keys(body).every((k) => ['code', 'message', 'details'].includes(k));
  const ok = keysOk && typeof body.code === 'string' && VIETNAMESE.test(String(body.message));
  return ok ? null : `${label} → bad error body ${JSON.stringify(body)}`;
}

it('has a sample body for every route that takes a body', () => {
  expect(withBody.map(routeKey).filter((k) => !SAMPLES[k])).toEqual([]);
});

describe.each(rows(withBody))('body of %s', (key, route) => {
  it.each(['{"a":', '{bad}', "{'a': 1}", ''])(
    'malformed JSON %j → 400 INVALID_JSON',
    async (text) => {
      expectApiError(
        await admin.request(route.method.toUpperCase(), pathOf(route), text),
        400,
        'INVALID_JSON',
      );
    },
  );

  it('missing or non-JSON content-type → 415', async () => {
    const json = JSON.stringify(sample(route));
    expectApiError(await raw(route, json, {}), 415, 'UNSUPPORTED_MEDIA_TYPE');
    expectApiError(
      await raw(route, json, { 'content-type': 'text/plain' }),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    );
  });

  it.each(fieldsOf(route.body))(
    'wrong type for "%s" → 400 VALIDATION naming the field',
    async (field) => {
      const res = await admin.request(route.method.toUpperCase(), pathOf(route), {
        ...sample(route),
        [field]: { sai: true },
      });
      // The field or a part of it ("deadline.kind": a union says which part it could not read).
      expect(expectApiError(res, 400, 'VALIDATION').message).toMatch(
        new RegExp(`\\(trường "${field}(\\.[^"]+)?"\\)`),
      );
    },
  );

  it('odd values in any field never cause a 500', async () => {
    const odd = [
      null,
      -1,
      0,
      1.5,
      99_999_999_999,
      '',
      ' ',
      'x'.repeat(5000),
      'a\u0000b',
      'a\uD800b',
      [],
      true,
    ];
    const problems: string[] = [];
    for (const field of fieldsOf(route.body)) {
      for (const value of odd) {
        const res = await admin.request(route.method.toUpperCase(), pathOf(route), {
          ...sample(route),
          [field]: value,
        });
        const p = problem(`${key} ${field}=${JSON.stringify(value)}`, res);
        if (p) problems.push(p);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe.each(rows(writes))('size of %s', (_key, route) => {
  const limit = route.maxBodyBytes ?? MAX_BODY_BYTES;
  it(`a body over ${Math.round(limit / 1024)} KB → 413 PAYLOAD_TOO_LARGE, with or without content-length`, async () => {
    const big = JSON.stringify({ ...sample(route), name: 'x'.repeat(limit) });
    const type = { 'content-type': 'application/json' };
    expectApiError(await raw(route, big, type), 413, 'PAYLOAD_TOO_LARGE');
    const sized = { ...type, 'content-length': String(Buffer.byteLength(big)) };
    expectApiError(await raw(route, big, sized), 413, 'PAYLOAD_TOO_LARGE');
  });
});

describe.each(rows(ALL_ROUTES.filter((r) => r.query)))('query of %s', (key, route) => {
  it('odd values in any parameter → 200 or 400 naming it, never 500', async () => {
    const odd = [
      'abc',
      '-1',
      '0',
      '1.5',
      '99999999999',
      '1;drop',
      '%00',
      '%E0%A4%A',
      'x'.repeat(150),
      '2023-02-29',
      '0000-01-01',
    ];
    const problems: string[] = [];
    for (const field of fieldsOf(route.query)) {
      for (const value of odd) {
        const res = await admin.get(`${buildPath(route.path, SAMPLE_PARAMS)}?${field}=${value}`);
        const p = problem(`${key}?${field}=${value}`, res);
        if (p) problems.push(p);
        else if (
          res.status !== 200 &&
          // Every value of a free-text parameter is valid: the sample id then answers 404.
          !(res.status === 404 && res.body.code === 'NOT_FOUND') &&
          !(res.status === 400 && String(res.body.message).includes(`"${field}"`))
        ) {
          problems.push(`${key}?${field}=${value} → ${res.status} ${JSON.stringify(res.body)}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

describe.each(rows(withId))('path of %s', (_key, route) => {
  it.each(['abc', '-1', '0', '1.5', '99999999999', '2147483648', '1;drop', "1' or '1'='1", '%00'])(
    'id %j → 400 VALIDATION naming "id"',
    async (id) => {
      const res = await admin.request(
        route.method.toUpperCase(),
        buildPath(route.path, { ...SAMPLE_PARAMS, id }),
        bodyFor(route),
      );
      expect(expectApiError(res, 400, 'VALIDATION').message).toContain('(trường "id")');
    },
  );

  it('an unknown id → 404 NOT_FOUND', async () => {
    const res = await admin.request(
      route.method.toUpperCase(),
      pathOf(route, 2_147_483_647),
      bodyFor(route),
    );
    expectApiError(res, 404, 'NOT_FOUND');
  });
});

describe('unknown API routes', () => {
  it.each([
    ['GET', '/api/khong-co'],
    ['POST', '/api/khong-co'],
    ['DELETE', '/api/agencies/1'],
    ['PUT', '/api/users/1'],
    ['GET', '/api/units/1/con'],
    ['GET', '/api/agencies/'],
  ])('%s %s → 404 JSON', async (method, path) => {
    const res = await admin.request(method, path);
    expect(expectApiError(res, 404, 'NOT_FOUND').message).toContain(path);
  });
});
