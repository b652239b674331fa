import { sql } from 'drizzle-orm';
import { selectItems, type DueItemSource } from '../reminders/sources.ts';

/**
 * Citizen feedback not answered by its due date (issue #15), reminded by the one reminder
 * engine: an assigned case is its agency's staff's (at the agency's unit); like a task, a
 * sở's miss is escalated to its own unit, a People's Committee's to the unit above. An
 * unassigned case is the coordinators' of the unit it belongs to (`handler_path`).
 */
export const feedbackSource: DueItemSource = {
  source: 'feedback',
  list: (db, window) =>
    selectItems(
      db,
      'feedback',
      window,
      (unitFilter) => sql`
      select f.id, 'Trả lời phản ánh, kiến nghị ' || f.code as title, f.due_on::text as due_date,
             u.id as unit_id, coalesce(a.name, u.full_name) as unit_name,
             case when coalesce(a.kind <> 'ubnd', false) then u.id else u.parent_id end as parent_unit_id,
             f.assignee_agency_id as agency_id, '/feedback/' || f.id as link
        from feedback f
        join admin_unit u on u.path = f.handler_path
        left join agency a on a.id = f.assignee_agency_id
       where f.status <> 'answered' and ${unitFilter(sql`u.id`)}`,
    ),
};
