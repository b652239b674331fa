import { sql, type SQL } from 'drizzle-orm';
import type { DueItem, DueSource } from '@papi/domain';
import type { Executor } from '../../db/client.ts';

export interface DueWindow {
  from: string;
  to: string;
  /** Only items owned by these units or due to them as the supervising level. */
  unitIds?: number[];
}

/**
 * Where dated obligations come from. The reminder scan and the digest ask every source
 * for its open items due inside a window; a source knows its table and what "open" means.
 */
export interface DueItemSource {
  source: DueSource;
  list: (db: Executor, window: DueWindow) => Promise<DueItem[]>;
}

interface ItemRow extends Record<string, unknown> {
  id: number;
  title: string;
  due_date: string;
  unit_id: number;
  unit_name: string;
  parent_unit_id: number | null;
  agency_id: number | null;
  link: string;
}

/** Runs a source's query (selecting the ItemRow columns) and keeps what is due in the window. */
export async function selectItems(
  db: Executor,
  source: DueSource,
  window: DueWindow,
  query: (unitFilter: (unitId: SQL) => SQL) => SQL,
): Promise<DueItem[]> {
  const unitFilter = (unitId: SQL) =>
    window.unitIds
      ? sql`(${unitId} in (select jsonb_array_elements_text(${JSON.stringify(window.unitIds)}::jsonb)::int)
             or (select parent_id from admin_unit where id = ${unitId})
                in (select jsonb_array_elements_text(${JSON.stringify(window.unitIds)}::jsonb)::int))`
      : sql`true`;
  const result = await db.execute<ItemRow>(
    sql`select * from (${query(unitFilter)}) x
         where x.due_date::date between ${window.from}::date and ${window.to}::date`,
  );
  return result.rows.map((r) => ({
    source,
    id: r.id,
    title: r.title,
    dueDate: r.due_date,
    unitId: r.unit_id,
    unitName: r.unit_name,
    parentUnitId: r.parent_unit_id,
    agencyId: r.agency_id,
    link: r.link,
  }));
}

/**
 * Tasks of issued plans that carry a date (written as a date, or days after the plan's
 * issuance), owned by their lead agency's unit. Until task progress exists every task of
 * an issued, not closed plan counts as open.
 */
export const planTaskSource: DueItemSource = {
  source: 'task',
  list: (db, window) =>
    selectItems(
      db,
      'task',
      window,
      (unitFilter) => sql`
      select t.id, coalesce(nullif(t.title, ''), left(t.content, 200)) as title,
             (case t.deadline->>'kind'
                when 'date' then (t.deadline->>'date')::date
                else p.issued_on + (t.deadline->>'days')::int end)::text as due_date,
             a.unit_id, u.full_name as unit_name, u.parent_id as parent_unit_id,
             a.id as agency_id, '/plans/' || p.id as link
        from plan_task t
        join plan p on p.id = t.plan_id and p.status = 'issued'
        join agency a on t.lead->>'kind' = 'agency' and a.id::text = t.lead->>'id'
        join admin_unit u on u.id = a.unit_id
       where (t.deadline->>'kind' = 'date'
              or (t.deadline->>'kind' = 'relative' and t.deadline->>'after' = 'issuance'
                  and p.issued_on is not null))
         and ${unitFilter(sql`a.unit_id`)}`,
    ),
};

/** Every source the scan and the digest read. */
export const DUE_ITEM_SOURCES: DueItemSource[] = [planTaskSource];
