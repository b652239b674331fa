import { sql } from 'drizzle-orm';
import {
  papiCommuneInstrument,
  sipasServiceInstrument,
  type Edition,
  type SurveyInstrument,
} from '@papi/domain';
import type { Executor } from '../../db/client.ts';
import { now } from '../../platform/clock.ts';
import { findFramework } from '../indices/indices.repository.ts';

/** Codes of the shipped instruments (checked by the instruments test against the documents). */
export const SHIPPED_CODES = ['papi_xa', 'sipas_dich_vu'] as const;

/**
 * The two instruments the product ships (packages/domain/src/surveys/instruments/, each with
 * SOURCE.md), added once by code as draft + published version 1. A coordinator's later
 * edits are theirs: nothing is overwritten on the next start.
 */
export async function seedShippedInstruments(db: Executor): Promise<number> {
  // Every start after the first: both are there, so skip loading the framework and
  // building the documents (≈0.1–0.5 s of a restart).
  const present = await db.execute<{ n: number }>(
    sql`select count(*)::int as n from survey_instrument where code in (${SHIPPED_CODES[0]}, ${SHIPPED_CODES[1]})`,
  );
  if (present.rows[0]!.n === SHIPPED_CODES.length) return 0;
  const framework = await findFramework(db, 'PAPI');
  const edition = framework?.editions.find((e) => e.code === 'papi-2018');
  const documents: SurveyInstrument[] = [sipasServiceInstrument()];
  // The commune questionnaire takes its dimensions from the framework in the system.
  if (edition) documents.unshift(papiCommuneInstrument(edition as Edition));
  let added = 0;
  for (const document of documents) {
    const inserted = await db.execute<{ id: number }>(sql`
      insert into survey_instrument (code, title_vi, draft, updated_at)
      values (${document.code}, ${document.titleVi}, ${JSON.stringify(document)}::jsonb, ${now().toISOString()})
      on conflict (code) do nothing returning id`);
    const id = inserted.rows[0]?.id;
    if (id === undefined) continue;
    await db.execute(sql`
      insert into survey_instrument_version (instrument_id, version, document, published_at)
      values (${id}, 1, ${JSON.stringify(document)}::jsonb, ${now().toISOString()})`);
    added++;
  }
  return added;
}
