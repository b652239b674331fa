import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';

/** One row of a programme's sub-dimension assignment, with the agencies' names. */
export interface AssignmentRecord {
  id: number;
  programmeId: number;
  elementCode: string;
  leadAgencyId: number;
  leadAgencyName: string;
  cooperatingAgencyIds: number[];
  cooperatingAgencyNames: string[];
  note: string;
  position: number;
}

interface Row extends Record<string, unknown> {
  id: number;
  programme_id: number;
  element_code: string;
  lead_agency_id: number;
  lead_agency_name: string;
  cooperating_agency_ids: number[];
  cooperating_agency_names: string[] | null;
  note: string;
  position: number;
}

/** A programme's assignment in reading order (the table's order, as the review plan lists it). */
export async function listAssignments(
  db: Executor,
  { programmeId }: { programmeId: number },
): Promise<AssignmentRecord[]> {
  const r = await db.execute<Row>(sql`
    select a.id, a.programme_id, a.element_code, a.lead_agency_id, l.name as lead_agency_name,
           a.cooperating_agency_ids, a.note, a.position,
           (select array_agg(c.name order by k.ord)
              from unnest(a.cooperating_agency_ids) with ordinality k(id, ord)
              join agency c on c.id = k.id) as cooperating_agency_names
      from programme_assignment a
      join agency l on l.id = a.lead_agency_id
     where a.programme_id = ${programmeId}
     order by a.position, a.id`);
  return r.rows.map((x) => ({
    id: x.id,
    programmeId: x.programme_id,
    elementCode: x.element_code,
    leadAgencyId: x.lead_agency_id,
    leadAgencyName: x.lead_agency_name,
    cooperatingAgencyIds: x.cooperating_agency_ids ?? [],
    cooperatingAgencyNames: x.cooperating_agency_names ?? [],
    note: x.note,
    position: x.position,
  }));
}

/**
 * The programme of a unit that covers a year: the one starting latest when programmes
 * overlap (a new programme supersedes the old one's last year). Null: none covers it.
 */
export async function programmeCovering(
  db: Executor,
  { unitId, year }: { unitId: number; year: number },
): Promise<number | null> {
  const r = await db.execute<{ id: number }>(sql`
    select id from programme
     where unit_id = ${unitId} and year_from <= ${year} and year_to >= ${year}
     order by year_from desc, id desc limit 1`);
  return r.rows[0]?.id ?? null;
}

/**
 * The elements (sub-dimension or indicator codes such as 'D2.1') each agency answers for
 * in the unit's programme covering `year`: agency id → codes in the table's order. By
 * default only the lead agency counts (it answers for the result); `withCooperating` adds
 * the cooperating agencies. Empty when no programme covers the year.
 */
export async function assignedElementsByAgency(
  db: Executor,
  {
    unitId,
    year,
    withCooperating = false,
  }: { unitId: number; year: number; withCooperating?: boolean },
): Promise<Map<number, string[]>> {
  const programmeId = await programmeCovering(db, { unitId, year });
  const out = new Map<number, string[]>();
  if (programmeId === null) return out;
  const add = (agencyId: number, code: string) => {
    const codes = out.get(agencyId) ?? [];
    if (!codes.includes(code)) codes.push(code);
    out.set(agencyId, codes);
  };
  for (const a of await listAssignments(db, { programmeId })) {
    add(a.leadAgencyId, a.elementCode);
    if (withCooperating) for (const id of a.cooperatingAgencyIds) add(id, a.elementCode);
  }
  return out;
}
