import type { Hono } from 'hono';
import { can, shiftDeadline, shiftIsoDate } from '@papi/domain';
import { copyPlan, type TPlanBody } from '@papi/contracts';
import { register, type AppEnv } from '../../platform/http.ts';
import { badRequest, forbidden } from '../../platform/errors.ts';
import { recordAudit } from '../../platform/audit.ts';
import { plan } from './plans.table.ts';
import * as repo from './plans.repository.ts';
import { planDetail } from './plans.service.ts';
import { auditView, readable } from './plans.access.ts';
import { insertTaskCopies } from './plan-tasks.ts';

/** "… năm 2023" → "… năm 2024": only the source's own year moves. */
const shiftYearIn = (text: string, from: number, to: number) =>
  text.replace(new RegExp(`\\b${from}\\b`, 'g'), String(to));

/**
 * A new draft from an existing plan (last year's, another version): same parts and tasks,
 * new task keys, dates moved by the year difference, no number, no links to the source's
 * parent plan (the new year's parent is another document).
 */
export function registerPlanCopyRoutes(app: Hono<AppEnv>) {
  register(app, copyPlan, async ({ params, body, session, db }) => {
    const source = await readable(db, session, params.id);
    if (!can(session.actor, 'plan.write', { unitPath: source.unitPath })) throw forbidden();
    const years = body.year - source.year;
    const period = body.period ?? {
      from: shiftIsoDate(source.period.from, years),
      to: shiftIsoDate(source.period.to, years),
    };
    if (Number(period.from.slice(0, 4)) > body.year || Number(period.to.slice(0, 4)) < body.year)
      throw badRequest(
        'PERIOD_OUTSIDE_YEAR',
        `Thời gian thực hiện phải bao gồm năm ${body.year} (trường "period").`,
      );
    const title = body.title ?? shiftYearIn(source.title, source.year, body.year);
    const b = source.body;
    const copied: TPlanBody = {
      ...b,
      dateAsWritten: null,
      bases: b.bases.filter((x) => !x.implementsParent),
      reporting: b.reporting.map((r) => ({ ...r, deadline: shiftDeadline(r.deadline, years) })),
      obligations: b.obligations.map((o) => ({ ...o, deadline: shiftDeadline(o.deadline, years) })),
    };
    const [row] = await db
      .insert(plan)
      .values({
        unitId: source.unitId,
        planType: source.planType,
        year: body.year,
        title,
        symbol: source.symbol,
        periodFrom: period.from,
        periodTo: period.to,
        body: copied,
        search: repo.planSearch({ title, number: null, symbol: source.symbol }),
        createdBy: session.userId,
      })
      .returning({ id: plan.id });
    const tasks = (await repo.listTasks(db, source.id)).map((t) => ({ ...t, parentTaskId: null }));
    await insertTaskCopies(db, row!.id, tasks, {
      keepKeys: false,
      deadline: (d) => shiftDeadline(d, years),
    });
    const created = (await repo.findPlan(db, row!.id))!;
    await recordAudit(db, session, {
      action: 'create',
      entity: 'plan',
      entityId: created.id,
      unitPath: created.unitPath,
      summary: `Sao chép kế hoạch ${source.documentNumber} (${source.year}) thành dự thảo năm ${body.year}`,
      after: { ...auditView(created), copiedFrom: source.id },
    });
    return planDetail(db, session, created);
  });
}
