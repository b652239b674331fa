/** A survey as users make one: an instrument published, a run in the province, one response. */
import type { TInstrumentDetail, TSurveyRun } from '@papi/contracts';
import {
  drawResponses,
  seededRandom,
  sipasServiceInstrument,
  syntheticCommunes,
} from '@papi/domain';
import type { TestClient, TestContext } from '../../test/harness.ts';
import { ok } from '../execution/execution.fixtures.ts';
import { Citizen } from './surveys.public.fixture.ts';
import { ADDRESS_BURST } from './surveys.public.service.ts';

export async function fillSurveys(
  ctx: TestContext,
  coordinator: TestClient,
  enumerator: TestClient,
) {
  // The shipped instrument under another code: a province's own copy.
  const document = { ...sipasServiceInstrument(), code: 'sipas_tinh' };
  const created = ok<TInstrumentDetail>(
    await coordinator.post('/api/survey-instruments', { document }),
    201,
  );
  const published = ok<TInstrumentDetail>(
    await coordinator.post(`/api/survey-instruments/${created.id}/publish`, {
      version: created.version,
    }),
    201,
  );
  const units = await ctx.database.pool.query<{ province: number; ward: number }>(
    `select u.parent_id as province, u.id as ward from app_user a join admin_unit u on u.id = a.unit_id where a.username = 'xa'`,
  );
  const { province, ward } = units.rows[0]!;
  const run = ok<TSurveyRun>(
    await coordinator.post('/api/survey-runs', {
      unitId: province,
      instrumentVersionId: published.versions[0]!.id,
      name: 'Khảo sát hài lòng tại Bộ phận một cửa',
      startsOn: '2026-11-01',
      endsOn: '2026-12-31',
      status: 'open',
      strata: [
        {
          code: 'MC',
          name: 'Phường Mộc Châu',
          unitId: ward,
          target: 100,
          population: 12000,
          quotas: [{ question: 'gioi_tinh', value: 'nu', target: 50 }],
        },
      ],
    }),
    201,
  );
  const rnd = seededRandom(1);
  const communes = syntheticCommunes(
    document,
    { communes: 1, minSize: 1, maxSize: 1, dontKnow: 0 },
    rnd,
  );
  const [response] = drawResponses(document, communes, { dontKnow: 0 }, rnd);
  ok(
    await enumerator.post(`/api/survey-runs/${run.id}/responses`, {
      clientId: '3b241101-e2bb-4255-8caf-4136c566a962',
      stratumCode: 'MC',
      answers: response!.answers,
    }),
    201,
  );
  // The public link, a citizen's response through it, and one reviewed after a burst.
  const opened = ok<TSurveyRun>(
    await coordinator.request('PUT', `/api/survey-runs/${run.id}/public-link`, {
      stratumCode: 'MC',
      open: true,
    }),
  );
  ok(
    await coordinator.request('PUT', `/api/survey-runs/${run.id}/public-link`, {
      stratumCode: null,
      open: false,
    }),
  );
  const token = opened.strata[0]!.publicLink.token!;
  const fields = Object.entries(response!.answers).map(([k, v]): [string, string] => [
    k,
    String(v),
  ]);
  // Five phones behind one address within minutes: a burst, flagged for review.
  for (let i = 0; i < ADDRESS_BURST.responses; i++) {
    const citizen = new Citizen(ctx);
    await citizen.get(`/khao-sat/${token}`);
    const form = await citizen.get(`/khao-sat/${token}/phieu?dong_y=1`);
    const formId = /name="form_id" value="([^"]+)"/.exec(form.text)![1]!;
    const sent = await citizen.post(`/khao-sat/${token}/phieu`, [
      ['form_id', formId],
      ['dong_y', '1'],
      ...fields,
    ]);
    if (sent.status !== 303) throw new Error(`public response refused: ${sent.status}`);
  }
  const flagged = ok<{ items: { id: number }[] }>(
    await coordinator.get(`/api/survey-runs/${run.id}/flagged`),
  );
  const flaggedId = flagged.items[0]!.id;
  ok(
    await coordinator.post(`/api/survey-runs/${run.id}/responses/${flaggedId}/review`, {
      decision: 'accepted',
    }),
  );
}
