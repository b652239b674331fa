/** A citizen's browser for the public survey pages: form posts and a cookie jar. */
import { gunzipSync } from 'node:zlib';
import { scale5Scores, type SurveyInstrument } from '@papi/domain';
import { expect } from 'vitest';
import type { TSurveyRun, TInstrumentDetail } from '@papi/contracts';
import type { TestClient, TestContext } from '../../test/harness.ts';

export interface PageResponse {
  status: number;
  text: string;
  location: string | null;
  /** Bytes on the wire (gzipped when asked for). */
  bytes: number;
}

export class Citizen {
  cookie = '';
  constructor(
    private readonly ctx: TestContext,
    private readonly gzip = false,
  ) {}

  async send(path: string, init: RequestInit = {}): Promise<PageResponse> {
    const headers = new Headers(init.headers);
    if (this.cookie) headers.set('cookie', this.cookie);
    if (this.gzip) headers.set('accept-encoding', 'gzip');
    const res = await this.ctx.app.request(path, { ...init, headers, redirect: 'manual' });
    const set = res.headers.get('set-cookie');
    if (set) this.cookie = set.split(';')[0]!;
    const raw = Buffer.from(await res.arrayBuffer());
    const gz = res.headers.get('content-encoding') === 'gzip';
    return {
      status: res.status,
      text: (gz ? gunzipSync(raw) : raw).toString('utf8'),
      location: res.headers.get('location'),
      bytes: raw.length,
    };
  }

  get = (path: string) => this.send(path);

  post(path: string, fields: [string, string][], headers: Record<string, string> = {}) {
    return this.send(path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body: new URLSearchParams(fields).toString(),
    });
  }
}

/** A short questionnaire with a skip, a number and a free-text question. */
export function publicInstrument(code: string): SurveyInstrument {
  return {
    code,
    titleVi: 'Phiếu thử công khai',
    framework: null,
    scale: { min: 0, max: 100 },
    elements: [{ code: 'D1', nameVi: 'Hài lòng', parent: null }],
    sections: [
      {
        name: 'a',
        labelVi: 'Phần A',
        questions: [
          // The instrument's own consent note, as the shipped ones carry: the public link
          // asks consent on its own page, so the form leaves this out.
          {
            name: 'dong_y',
            type: 'note',
            labelVi: 'Lời đồng ý riêng của bộ câu hỏi',
            required: false,
          },
          {
            name: 'used',
            type: 'single',
            labelVi: 'Bạn có làm thủ tục ở xã năm nay không?',
            required: true,
            choices: [
              { value: 'yes', labelVi: 'Có' },
              { value: 'no', labelVi: 'Không' },
            ],
          },
          {
            name: 'hl',
            type: 'scale5',
            labelVi: 'Bạn hài lòng thế nào với thủ tục?',
            required: true,
            relevant: { q: 'used', op: 'eq', value: 'yes' },
            scoring: { element: 'D1', scores: scale5Scores(), max: 1, weight: 1 },
          },
          { name: 'tuoi', type: 'number', labelVi: 'Tuổi', required: false, min: 18, max: 100 },
          { name: 'gop_y', type: 'text', labelVi: 'Góp ý của bạn', required: false },
        ],
      },
    ],
  };
}

/** A published instrument and an open run of it in noivu's province: two strata. */
export async function publishedRun(
  ctx: TestContext,
  noivu: TestClient,
  document: SurveyInstrument,
  name: string,
) {
  const created = await noivu.post<TInstrumentDetail>('/api/survey-instruments', { document });
  const published = await noivu.post<TInstrumentDetail>(
    `/api/survey-instruments/${created.body.id}/publish`,
    { version: created.body.version },
  );
  const q = async (text: string) =>
    (await ctx.database.pool.query<{ id: number }>(text)).rows[0]!.id;
  const province = await q(`select unit_id as id from app_user where username = 'noivu'`);
  const ward = await q(`select unit_id as id from app_user where username = 'xa'`);
  const res = await noivu.post<TSurveyRun>('/api/survey-runs', {
    unitId: province,
    instrumentVersionId: published.body.versions[0]!.id,
    name,
    startsOn: '2026-11-01',
    endsOn: '2026-12-31',
    status: 'open',
    strata: [
      { code: 'MC', name: 'Phường Mộc Châu', unitId: ward, target: 100, population: 12000 },
      { code: 'DV', name: 'Điểm một cửa tỉnh', unitId: null, target: 100, population: 8000 },
    ],
  });
  expect(res.status).toBe(201);
  return res.body;
}

export const openLink = (noivu: TestClient, id: number, stratumCode: string | null, open = true) =>
  noivu.request<TSurveyRun>('PUT', `/api/survey-runs/${id}/public-link`, { stratumCode, open });

/** Consent, then the form: what a citizen's phone does before answering. */
export async function startForm(citizen: Citizen, token: string) {
  expect((await citizen.get(`/khao-sat/${token}`)).status).toBe(200);
  const form = await citizen.get(`/khao-sat/${token}/phieu?dong_y=1`);
  expect(form.status).toBe(200);
  return /name="form_id" value="([^"]+)"/.exec(form.text)![1]!;
}

export const answer = (formId: string, fields: [string, string][]): [string, string][] => [
  ['form_id', formId],
  ['dong_y', '1'],
  ['website', ''],
  ...fields,
];
