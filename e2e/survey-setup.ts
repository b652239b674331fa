import type { SurveyInstrument } from '@papi/domain';
import { apiSession, type ApiSession } from '../scripts/web-session.ts';

export interface SurveySetup {
  /** The province coordinator's API session. */
  noivu: ApiSession;
  me: { unit: { id: number } };
  /** The shipped instrument's detail: `versions[0].id` is its published version 1. */
  detail: { versions: { id: number }[] };
  document: SurveyInstrument;
  /** The communes and wards under the coordinator's province. */
  units: { items: { id: number; name: string }[] };
}

/** What every survey suite starts from: the coordinator, a shipped questionnaire, the communes. */
export async function surveySetup(
  baseUrl: string,
  code: 'papi_xa' | 'sipas_dich_vu',
): Promise<SurveySetup> {
  const noivu = await apiSession(baseUrl, 'noivu');
  const me = await noivu.call<{ unit: { id: number } }>('GET', '/api/auth/me');
  const list = await noivu.call<{ items: { id: number; code: string }[] }>(
    'GET',
    '/api/survey-instruments',
  );
  const instrument = list.items.find((i) => i.code === code)!;
  const detail = await noivu.call<SurveySetup['detail']>(
    'GET',
    `/api/survey-instruments/${instrument.id}`,
  );
  const { document } = await noivu.call<{ document: SurveyInstrument }>(
    'GET',
    `/api/survey-instruments/${instrument.id}/versions/1`,
  );
  const units = await noivu.call<SurveySetup['units']>('GET', `/api/units?parentId=${me.unit.id}`);
  return { noivu, me, detail, document, units };
}
