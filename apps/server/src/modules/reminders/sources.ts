import { sql, type SQL } from 'drizzle-orm';
import type { DueItem, DueSource } from '@papi/domain';
import type { Executor } from '../../db/client.ts';

export interface DueWindow {
  from: string;
  to: string;
  /** The day the window is judged on (reports: submitted on time or not). */
  today: string;
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
 * Open tasks of issued plans with a due date (task_state: dates resolved and moved off
 * weekends and holidays at issuance). A sở/ban/ngành's task is that agency's, escalated to
 * its own unit's coordinators and leaders; a People's Committee's task (or a group's) is the
 * unit's, escalated to the unit above.
 */
export const taskSource: DueItemSource = {
  source: 'task',
  list: (db, window) =>
    selectItems(
      db,
      'task',
      window,
      (unitFilter) => sql`
      select s.task_id as id, coalesce(nullif(t.title, ''), left(t.content, 200)) as title,
             s.due_on::text as due_date, s.unit_id,
             case when agency_level then a.name else u.full_name end as unit_name,
             case when agency_level then s.unit_id else u.parent_id end as parent_unit_id,
             case when agency_level then a.id end as agency_id,
             '/plans/' || s.plan_id as link
        from task_state s
        join plan_task t on t.id = s.task_id
        join admin_unit u on u.id = s.unit_id
        left join agency a on a.id = s.lead_agency_ids[1]
        cross join lateral (select coalesce(a.kind <> 'ubnd', false) as agency_level) k
       where s.open and s.due_on is not null and ${unitFilter(sql`s.unit_id`)}`,
    ),
};

/**
 * Plans a unit must issue because an issued parent plan obliges it (plan_obligation), until
 * its own plan is issued; a miss is escalated to the unit that issued the parent plan. An
 * obliged sở/ban/ngành's row is that agency's (like its tasks), escalated to its own unit.
 */
export const planObligationSource: DueItemSource = {
  source: 'plan_obligation',
  list: (db, window) =>
    selectItems(
      db,
      'plan_obligation',
      window,
      (unitFilter) => sql`
      select o.id,
             'Ban hành kế hoạch thực hiện Kế hoạch số ' || p.number || '/' || p.symbol
               || ' (' || p.title || ')' as title,
             o.due::text as due_date, o.unit_id, coalesce(oa.name, u.full_name) as unit_name,
             p.unit_id as parent_unit_id, o.agency_id,
             '/plans/' || coalesce(o.child_plan_id, p.id) as link
        from plan_obligation o
        join plan p on p.id = o.parent_plan_id and p.status = 'issued'
        join admin_unit u on u.id = o.unit_id
        left join agency oa on oa.id = o.agency_id
        left join plan c on c.id = o.child_plan_id
       where o.due is not null and (c.id is null or c.status <> 'issued')
         and ${unitFilter(sql`o.unit_id`)}`,
    ),
};
