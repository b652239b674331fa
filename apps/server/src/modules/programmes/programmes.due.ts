import { sql } from 'drizzle-orm';
import { selectItems, type DueItemSource } from '../reminders/sources.ts';

/**
 * Review reports not sent yet (draft or returned) by the review's due date: an agency's is
 * that agency's, escalated to its own unit; a subordinate unit's is escalated to the unit
 * that runs the programme.
 */
export const programmeReviewSource: DueItemSource = {
  source: 'programme_review',
  list: (db, window) =>
    selectItems(
      db,
      'programme_review',
      window,
      (unitFilter) => sql`
      select r.id, 'Báo cáo tổng kết ' || p.title as title, v.due_on::text as due_date,
             r.unit_id, coalesce(a.name, u.full_name) as unit_name,
             case when r.agency_id is null then p.unit_id else r.unit_id end as parent_unit_id,
             r.agency_id, '/programme-reviews/' || r.id as link
        from programme_review_report r
        join programme_review v on v.id = r.review_id
        join programme p on p.id = v.programme_id
        join admin_unit u on u.id = r.unit_id
        left join agency a on a.id = r.agency_id
       where r.status in ('draft', 'returned') and ${unitFilter(sql`r.unit_id`)}`,
    ),
};
