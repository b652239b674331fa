import { sql } from 'drizzle-orm';
import type { SurveyInstrument } from '@papi/domain';
import type { TInstrumentDetail } from '@papi/contracts';
import type { Executor } from '../../db/client.ts';

interface Row extends Record<string, unknown> {
  id: number;
  code: string;
  title_vi: string;
  draft: SurveyInstrument;
  updated_at: Date;
  version: number;
  latest_version: number | null;
  latest_document: SurveyInstrument | null;
}

const iso = (d: Date) => new Date(d).toISOString();

/** JSON documents compare by content, whatever the key order jsonb stored them in. */
function sameDocument(a: unknown, b: unknown): boolean {
  const canon = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(canon)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, canon((v as Record<string, unknown>)[k])]),
          )
        : v;
  return JSON.stringify(canon(a)) === JSON.stringify(canon(b));
}

async function select(db: Executor, where = sql`true`) {
  const result = await db.execute<Row>(sql`
    select i.id, i.code, i.title_vi, i.draft, i.updated_at, i.version,
           v.version as latest_version, v.document as latest_document
      from survey_instrument i
      left join lateral (
        select version, document from survey_instrument_version
         where instrument_id = i.id order by version desc limit 1) v on true
     where ${where}
     order by i.title_vi, i.id`);
  return result.rows.map((r) => ({
    id: r.id,
    code: r.code,
    titleVi: r.title_vi,
    latestVersion: r.latest_version,
    draftChanged: r.latest_document === null || !sameDocument(r.draft, r.latest_document),
    updatedAt: iso(r.updated_at),
    version: r.version,
    draft: r.draft,
  }));
}

export const listInstruments = async (db: Executor) =>
  (await select(db)).map(({ draft: _draft, ...summary }) => summary);

export async function findInstrument(db: Executor, id: number): Promise<TInstrumentDetail | null> {
  const [found] = await select(db, sql`i.id = ${id}`);
  if (!found) return null;
  const versions = await db.execute<{
    id: number;
    version: number;
    published_at: Date;
    published_by: string | null;
  }>(sql`
    select v.id, v.version, v.published_at, u.full_name as published_by
      from survey_instrument_version v left join app_user u on u.id = v.published_by
     where v.instrument_id = ${id} order by v.version desc`);
  return {
    ...found,
    versions: versions.rows.map((v) => ({
      id: v.id,
      version: v.version,
      publishedAt: iso(v.published_at),
      publishedBy: v.published_by ?? 'Hệ thống',
    })),
  };
}

export async function findVersion(db: Executor, instrumentId: number, version: number) {
  const r = await db.execute<{ id: number; version: number; document: SurveyInstrument }>(sql`
    select id, version, document from survey_instrument_version
     where instrument_id = ${instrumentId} and version = ${version}`);
  return r.rows[0] ?? null;
}

export async function findVersionById(db: Executor, id: number) {
  const r = await db.execute<{
    id: number;
    instrument_id: number;
    version: number;
    document: SurveyInstrument;
    title_vi: string;
  }>(sql`
    select v.id, v.instrument_id, v.version, v.document, i.title_vi
      from survey_instrument_version v join survey_instrument i on i.id = v.instrument_id
     where v.id = ${id}`);
  return r.rows[0] ?? null;
}

export async function codeTaken(db: Executor, code: string, exceptId: number | null) {
  const r = await db.execute<{ n: number }>(sql`
    select count(*)::int as n from survey_instrument where code = ${code} and id <> ${exceptId ?? 0}`);
  return r.rows[0]!.n > 0;
}
