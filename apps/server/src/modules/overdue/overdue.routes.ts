import type { Hono } from 'hono';
import { sql } from 'drizzle-orm';
import { can, formatDateVi } from '@papi/domain';
import { getDashboard, listOverdueObligations, remindOverdue } from '@papi/contracts';
import { register, type AppEnv } from '../../platform/http.ts';
import { conflict, forbidden, notFound } from '../../platform/errors.ts';
import { recordAudit } from '../../platform/audit.ts';
import { transactionWithEvents } from '../../platform/events.ts';
import { todayVn } from '../../platform/clock.ts';
import { scopedUnit, unitRefOf } from '../execution/scoped-unit.ts';
import { findTaskRow } from '../execution/tasks.repository.ts';
import { findUnitById } from '../units/units.repository.ts';
import { owedReports } from '../my-work/my-work.reports.ts';
import { plansInReview } from '../my-work/my-work.plans.ts';
import { getInUseSince } from '../system/in-use-since.ts';
import { groupOverdue, overdueOthers, overdueTotal, overdueWork } from './overdue.service.ts';

const MANAGERS = ['admin', 'coordinator', 'leader'];

export function registerOverdueRoutes(app: Hono<AppEnv>) {
  register(app, getDashboard, async ({ query, session, db }) => {
    const today = todayVn();
    const unit = await scopedUnit(db, session, query.unitId);
    const own = unit.id === session.unitId;
    const work = await overdueWork(db, session, unit, today);
    const [groups, reviews, toReview, ownReports] = await Promise.all([
      groupOverdue(db, unit, work),
      own ? plansInReview(db, session, unit) : Promise.resolve([]),
      db.execute<{ n: number }>(sql`
        select count(*)::int as n from report
         where receiver_unit_id = ${unit.id} and status = 'submitted'`),
      owedReports(db, session, unit, false, today, work.inUseSince),
    ]);
    // An officer's view is their own work: other agencies' items never reach them.
    const subtree = work.below;
    return {
      unit: unitRefOf(unit),
      asOf: today,
      inUseSince: work.inUseSince,
      scope: subtree ? ('subtree' as const) : ('own' as const),
      overdue: {
        total: overdueTotal(work),
        tasks: work.tasks,
        reports: work.reports.length,
        plans: work.plans.length,
        reviewReports: work.reviewReports.length,
        feedback: work.feedback.length,
        byAgency: subtree ? groups.byAgency : [],
        byUnit: subtree ? groups.byUnit : [],
      },
      plansToIssue: reviews.filter((p) => p.role === 'issue').length,
      actions: {
        reportsToReview: MANAGERS.includes(session.role) ? toReview.rows[0]!.n : 0,
        ownReports: ownReports.filter((r) => r.role === 'own').length,
        plansReturned: reviews.filter((p) => p.role === 'returned').length,
      },
    };
  });

  // The overdue board's second half: reports, plans, review reports and feedback past due.
  register(app, listOverdueObligations, async ({ query, session, db }) => {
    const unit = await scopedUnit(db, session, query.unitId);
    const work = await overdueWork(db, session, unit, todayVn(), true);
    return {
      inUseSince: work.inUseSince,
      items: overdueOthers(work).sort((a, b) => (a.dueOn ?? '').localeCompare(b.dueOn ?? '')),
      canRemind: can(session.actor, 'work.remind', { unitPath: unit.path }),
    };
  });

  register(
    app,
    remindOverdue,
    async ({ body, session, c }) =>
      transactionWithEvents(c.var.database.db, async (db, emit) => {
        const today = todayVn();
        const from = (await findUnitById(db, session.unitId, today))?.fullName ?? '';
        const refuse = () =>
          forbidden('Chỉ lãnh đạo, cán bộ điều phối của đơn vị cấp trên được gửi nhắc nhở.');
        if (body.kind === 'task') {
          const t = await findTaskRow(db, body.taskId, today);
          if (!t || !can(session.actor, 'task.read', { unitPath: t.unit_path }))
            throw notFound('Nhiệm vụ');
          if (!MANAGERS.includes(session.role)) throw refuse();
          if (!can(session.actor, 'work.remind', { unitPath: t.unit_path })) throw refuse();
          if (t.status !== 'overdue' || t.due_on === null)
            throw conflict('Nhiệm vụ không quá hạn, không cần nhắc.');
          const title = t.title ?? t.content.slice(0, 200);
          await recordAudit(db, session, {
            action: 'update',
            entity: 'task',
            entityId: t.id,
            unitPath: t.unit_path,
            summary: `Nhắc thực hiện nhiệm vụ quá hạn (hạn ${formatDateVi(t.due_on)}): ${title}`,
          });
          await emit('work.reminded', {
            kind: 'task',
            unitId: t.u_id,
            agencyId: t.lead_agency_ids[0] ?? null,
            title,
            dueOn: t.due_on,
            link: `/tasks/${t.id}`,
            from,
            remindedBy: session.userId,
          });
          return { ok: true as const };
        }
        const unit = await findUnitById(db, body.unitId, today);
        if (!unit || !can(session.actor, 'monitoring.read', { unitPath: unit.path }))
          throw notFound('Đơn vị');
        if (!can(session.actor, 'work.remind', { unitPath: unit.path })) throw refuse();
        const owed = await owedReports(db, session, unit, true, today, await getInUseSince(db));
        const item = owed.find(
          (r) =>
            r.report.regimeId === body.regimeId &&
            r.report.periodKey === body.periodKey &&
            r.report.unit.id === unit.id &&
            (r.report.agency?.id ?? null) === body.agencyId,
        );
        if (!item) throw notFound('Báo cáo phải gửi');
        if (!item.overdue) throw conflict('Báo cáo chưa quá hạn, không cần nhắc.');
        const who = item.report.agency?.name ?? unit.fullName;
        const title = `Báo cáo ${item.report.periodLabel} (${item.report.regimeName})`;
        await recordAudit(db, session, {
          action: 'update',
          entity: 'report',
          entityId: item.report.reportId ?? `${body.regimeId}:${body.periodKey}`,
          unitPath: unit.path,
          summary: `Nhắc ${who} gửi ${title}, hạn ${formatDateVi(item.dueOn)}`,
        });
        await emit('work.reminded', {
          kind: 'report',
          unitId: unit.id,
          agencyId: body.agencyId,
          title,
          dueOn: item.dueOn,
          link: item.report.reportId ? `/reports/${item.report.reportId}` : '/reports',
          from,
          remindedBy: session.userId,
        });
        return { ok: true as const };
      }),
    { transaction: false },
  );
}
