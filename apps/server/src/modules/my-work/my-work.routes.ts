import type { Hono } from 'hono';
import { sql, type SQL } from 'drizzle-orm';
import { addDays, searchWords } from '@papi/domain';
import { getMyWork, type TWorkItem } from '@papi/contracts';
import { register, type AppEnv } from '../../platform/http.ts';
import { scopedUnit } from '../execution/scoped-unit.ts';
import { loadCalendar } from '../execution/holidays.service.ts';
import {
  overdueTaskSql,
  presentTask,
  selectTaskPage,
  statusCondition,
} from '../execution/tasks.repository.ts';
import { getInUseSince } from '../system/in-use-since.ts';
import { todayVn } from '../../platform/clock.ts';
import { owedReports } from './my-work.reports.ts';
import { owedPlans, plansInReview } from './my-work.plans.ts';
import { openFeedback, owedReviewReports } from './my-work.others.ts';
import { executeNamed } from '../../db/named.ts';
import { overseesBelow, workScopeSql } from './my-work.scope.ts';
import { keepOther, taskFilterSql } from './my-work.filters.ts';

/** Deepest merge window: pages past it are cut (the total stays exact). */
const MAX_MERGED = 5000;

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Overdue first, then by due date (ISO text: code-point order); undated last. */
const order = (a: TWorkItem, b: TWorkItem) =>
  Number(b.overdue) - Number(a.overdue) || byText(a.dueOn ?? '9999', b.dueOn ?? '9999');

export function registerMyWorkRoutes(app: Hono<AppEnv>) {
  register(app, getMyWork, async ({ query, session, db }) => {
    const today = todayVn();
    const unit = await scopedUnit(db, session, query.unitId);
    const own = unit.id === session.unitId;
    const below = query.below ?? overseesBelow(session);
    const agency = session.agencyId;
    const { scope, shape: scopeShape } = workScopeSql(session, unit, below);
    const where: SQL[] = [scope, statusCondition(query.status, today)];
    if (query.dueBefore) where.push(sql`s.due_on <= ${query.dueBefore}::date`);
    where.push(...taskFilterSql(query));
    const condition = sql.join(where, sql` and `);
    // The page and the counts are prepared per shape of the condition (npm run bench (g):
    // the five-join page was planned in longer than it ran), named by what decides it.
    const shape = [
      scopeShape,
      query.status,
      query.dueBefore ? 'd' : '',
      query.planId ? 'p' : '',
      query.dimension ? 'm' : '',
      `q${searchWords(query.q ?? '').length}`,
    ].join('');

    const wantTasks = query.kind === 'all' || query.kind === 'task';
    const wantReports = query.kind === 'all' || query.kind === 'report';
    const start = (query.page - 1) * query.pageSize;
    // Tasks, owed reports and counts are independent queries: asked together (npm run bench).
    const tasksP = wantTasks
      ? selectTaskPage(
          db,
          condition,
          sql`coalesce(${overdueTaskSql(today)}, false) desc, s.due_on nulls last, s.task_id`,
          Math.min(start + query.pageSize, MAX_MERGED),
          0,
          today,
          `my-work-${shape}`,
        )
      : Promise.resolve([]);
    const inUseSince = await getInUseSince(db);
    const reportsP = wantReports
      ? owedReports(db, session, unit, below, today, inUseSince).then((list) =>
          list.filter(
            (r) => (!query.dueBefore || r.dueOn <= query.dueBefore) && keepOther(r, query),
          ),
        )
      : Promise.resolve([]);
    const wantPlans = query.kind === 'all' || query.kind === 'plan';
    const plansP = wantPlans
      ? owedPlans(db, session, unit, below, today, inUseSince).then((list) =>
          list.filter(
            (p) =>
              (!query.dueBefore || (p.dueOn !== null && p.dueOn <= query.dueBefore)) &&
              keepOther(p, query),
          ),
        )
      : Promise.resolve([]);
    // Review reports and feedback: dated like reports, filtered the same way.
    const dated = <T extends Exclude<TWorkItem, { kind: 'task' }>>(list: T[]) =>
      list.filter(
        (i) =>
          (!query.dueBefore || (i.dueOn !== null && i.dueOn <= query.dueBefore)) &&
          keepOther(i, query),
      );
    const wantReviews = query.kind === 'all' || query.kind === 'review_report';
    const reviewReportsP = wantReviews
      ? owedReviewReports(db, session, unit, below, today, inUseSince).then(dated)
      : Promise.resolve([]);
    const wantFeedback = query.kind === 'all' || query.kind === 'feedback';
    const feedbackP = wantFeedback
      ? openFeedback(db, session, unit, below, today, inUseSince).then(dated)
      : Promise.resolve([]);
    // Drafts waiting for this leader's signature, or returned to this author: own unit only.
    const reviewsP =
      wantPlans && own && !query.dueBefore
        ? plansInReview(db, session, unit).then((list) => list.filter((p) => keepOther(p, query)))
        : Promise.resolve([]);
    const week = addDays(today, 7);
    // The total rides with the counts (the condition names only task_state).
    const countsP = wantTasks
      ? executeNamed<{ total: number; overdue: number; week: number }>(
          db,
          `my-work-counts-${shape}`,
          sql`
            select count(*)::int as total,
                   count(*) filter (where ${overdueTaskSql(today)})::int as overdue,
                   count(*) filter (where s.open and s.due_on between ${today}::date and ${week}::date)::int as week
              from task_state s where ${condition}`,
        ).then((r) => r.rows[0]!)
      : Promise.resolve({ total: 0, overdue: 0, week: 0 });
    const [tasks, reports, owed, reviews, reviewReports, feedback, counts, calendar] =
      await Promise.all([
        tasksP,
        reportsP,
        plansP,
        reviewsP,
        reviewReportsP,
        feedbackP,
        countsP,
        loadCalendar(db, session.actor.scopePaths[0]),
      ]);
    const plans: TWorkItem[] = [...owed, ...reviews];
    const taskItems: TWorkItem[] = tasks.map((r) => ({
      kind: 'task',
      dueOn: r.due_on,
      overdue: r.status === 'overdue',
      role:
        agency !== null && r.lead_agency_ids.includes(agency)
          ? 'lead'
          : agency !== null && r.coop_agency_ids.includes(agency)
            ? 'cooperating'
            : r.unit_path === unit.path
              ? 'own'
              : 'below',
      task: presentTask(r, calendar, today),
    }));
    // Everything that is not a task, counted alike.
    const others: TWorkItem[] = [...reports, ...plans, ...reviewReports, ...feedback];
    const merged = [...taskItems, ...others].sort(order);

    return {
      items: merged.slice(start, start + query.pageSize),
      total: counts.total + others.length,
      counts: {
        overdue: counts.overdue + others.filter((r) => r.overdue).length,
        dueThisWeek:
          counts.week +
          others.filter((r) => !r.overdue && r.dueOn !== null && r.dueOn <= week).length,
        tasks: counts.total,
        reports: reports.length,
        plans: plans.length,
        reviewReports: reviewReports.length,
        feedback: feedback.length,
        plansToIssue: reviews.filter((p) => p.role === 'issue').length,
      },
      asOf: today,
    };
  });
}
