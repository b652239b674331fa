import { readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { expect } from 'vitest';
import type { TInstrumentDetail, TSurveyRun } from '@papi/contracts';
import {
  drawResponses,
  papiCommuneInstrument,
  seededRandom,
  syntheticCommunes,
  type IndexFramework,
  type SurveyInstrument,
} from '@papi/domain';
import { SHIPPED_DATA_DIR } from '../../paths.ts';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.ts';

/**
 * The world of the survey results tests: a questionnaire with a free-text question, two
 * closed runs of it in the province (2025, 2026) in two communes, the province's official
 * PAPI 2025 result.
 */
let ctx: TestContext;
let noivu: TestClient;
export const ids = { sonla: 0, ward: 0, other: 0 };
export const runs = { before: 0, now: 0 };

const framework = JSON.parse(
  readFileSync(path.join(SHIPPED_DATA_DIR, 'indices/papi.json'), 'utf8'),
) as IndexFramework;
const edition = framework.editions.find((e) => e.code === 'papi-2018')!;
/** The shipped questionnaire with a free-text question at the end. */
function document(): SurveyInstrument {
  const d = { ...papiCommuneInstrument(edition), code: 'papi_bao_cao' };
  d.sections.at(-1)!.questions.push({
    name: 'y_kien',
    type: 'text',
    labelVi: 'Ý kiến khác của ông/bà',
    required: false,
  });
  return d;
}

export const SECRET = 'Gọi tôi 0912 345 678 hoặc thu.ha@gmail.com nhé';

async function runWith(
  versionId: number,
  name: string,
  dates: [string, string],
  sizes: [number, number],
  seed: number,
): Promise<number> {
  const res = await noivu.post<TSurveyRun>('/api/survey-runs', {
    unitId: ids.sonla,
    instrumentVersionId: versionId,
    name,
    startsOn: dates[0],
    endsOn: dates[1],
    status: 'closed',
    strata: [
      { code: 'A', name: 'Phường Mộc Châu', unitId: ids.ward, target: 50, population: 12000 },
      { code: 'B', name: 'Xã Đông Sang', unitId: ids.other, target: 50, population: 4000 },
    ],
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  const rnd = seededRandom(seed);
  const d = document();
  const communes = syntheticCommunes(
    d,
    { communes: 2, minSize: 1, maxSize: 1, dontKnow: 0.05 },
    rnd,
  );
  const pool = ctx.database.pool;
  let n = 0;
  for (const [h, code] of (['A', 'B'] as const).entries()) {
    const stratum = res.body.strata.find((s) => s.code === code)!.id;
    const drawn = drawResponses(d, [{ ...communes[h]!, size: sizes[h]! }], { dontKnow: 0.05 }, rnd);
    for (const r of drawn) {
      const answers = { ...r.answers, ...(n === 0 ? { y_kien: SECRET } : {}) };
      const id = (
        await pool.query<{ id: number }>(
          `insert into survey_response (run_id, stratum_id, client_id, channel) values ($1, $2, $3, 'enumerator') returning id`,
          [res.body.id, stratum, `${name}-${++n}`],
        )
      ).rows[0]!.id;
      await pool.query(
        `insert into survey_answer (response_id, question, value) select $1, key, value from jsonb_each($2::jsonb)`,
        [id, JSON.stringify(answers)],
      );
    }
  }
  return res.body.id;
}

export async function buildWorld() {
  ctx = await createTestContext();
  const [coordinator, xa, xem] = await Promise.all([ctx.as('noivu'), ctx.as('xa'), ctx.as('xem')]);
  noivu = coordinator;
  const q = async (text: string) =>
    (await ctx.database.pool.query<{ id: number }>(text)).rows[0]!.id;
  ids.sonla = await q(`select unit_id as id from app_user where username = 'noivu'`);
  ids.ward = await q(`select unit_id as id from app_user where username = 'xa'`);
  ids.other = await q(
    `select id from admin_unit where parent_id = ${ids.sonla} and id <> ${ids.ward} and valid_to is null order by code limit 1`,
  );
  const created = await noivu.post<TInstrumentDetail>('/api/survey-instruments', {
    document: document(),
  });
  const published = await noivu.post<TInstrumentDetail>(
    `/api/survey-instruments/${created.body.id}/publish`,
    { version: created.body.version },
  );
  expect(published.status, JSON.stringify(published.body)).toBe(201);
  const versionId = published.body.versions[0]!.id;
  runs.before = await runWith(
    versionId,
    'Khảo sát PAPI cấp xã 2025',
    ['2025-09-01', '2025-10-31'],
    [40, 40],
    1,
  );
  runs.now = await runWith(
    versionId,
    'Khảo sát PAPI cấp xã 2026',
    ['2026-09-01', '2026-10-31'],
    [45, 60],
    2,
  );
  // The province's official PAPI 2025 result.
  const release = (
    await ctx.database.pool.query<{ id: number }>(
      `insert into index_release (framework_code, year, source) values ('PAPI', 2025, 'thử') returning id`,
    )
  ).rows[0]!.id;
  await ctx.database.pool.query(
    `insert into index_result (release_id, unit_id, assessed, scores, total) values ($1, $2, true, $3, 44)`,
    [release, ids.sonla, JSON.stringify({ D1: 5.1, D2: 6.2, D3: 7.3 })],
  );
  return { ctx, noivu, xa, xem };
}

export interface Row {
  key: string;
  kind: string;
  parent: string | null;
  sufficient: boolean;
  score: number | null;
  low: number | null;
  high: number | null;
  se: number | null;
  n: number;
}
export interface Scores {
  overall: { rows: Row[] };
  strata: { stratum: string; name: string; rows: Row[] }[];
}
export interface Compared {
  strata: {
    rows: {
      key: string;
      a: unknown;
      b: unknown;
      difference: Record<string, number | string> | null;
    }[];
  };
  previous: {
    run: { id: number };
    rows: { key: string; difference: { difference: number } | null }[];
  } | null;
  official: {
    year: number;
    rows: { code: string; official: number | null; survey: { score: number } | null }[];
  } | null;
}

export const download = (client: TestClient, url: string) =>
  ctx.app.request(url, { headers: { cookie: client.cookie } });
export const docxText = async (res: Response) => {
  const zip = await JSZip.loadAsync(new Uint8Array(await res.arrayBuffer()));
  return (await zip.file('word/document.xml')!.async('string'))
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '');
};
