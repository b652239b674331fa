import type { Context, Hono } from 'hono';
import {
  amendPlan,
  can,
  canTransition,
  diffTasks,
  formatDateVi,
  PLAN_TRANSITIONS,
  type PlanAction,
  type PlanIssue,
} from '@papi/domain';
import {
  amendPlanRoute,
  closePlan,
  getPlanDiff,
  issuePlan,
  returnPlan,
  submitPlan,
  withdrawPlan,
} from '@papi/contracts';
import { register, type AppEnv } from '../../platform/http.ts';
import type { Session } from '../../platform/auth/session.ts';
import { badRequest, conflict, forbidden, sqlState } from '../../platform/errors.ts';
import { recordAudit } from '../../platform/audit.ts';
import { now, todayVn } from '../../platform/clock.ts';
import { issueRegister, registerIssueProposalRoute, type IssueRegister } from './plan-issue.ts';
import { plan } from './plans.table.ts';
import { insertTaskCopies } from './plan-tasks.ts';
import * as repo from './plans.repository.ts';
import type { PlanRecord } from './plans.repository.ts';
import { checkPlan, planDetail, toDomainPlan, toDomainTask } from './plans.service.ts';
import { auditView, bump, draftsPlan, LOCKED, readable } from './plans.access.ts';
import { materialiseObligations } from './plan-cascade.service.ts';
import { openTaskStates } from '../execution/task-state.sync.ts';
import { transactionWithEvents, type Emit } from '../../platform/events.ts';
import type { Executor } from '../../db/client.ts';

type WorkflowAction = 'submit' | 'withdraw' | 'return' | 'issue' | 'close';

const ACTION_TEXT: Record<PlanAction, string> = {
  submit: 'Trình phê duyệt',
  withdraw: 'Rút lại',
  return: 'Trả lại',
  issue: 'Ban hành',
  close: 'Kết thúc',
  amend: 'Sửa đổi, bổ sung',
};

/** 403 for role or unit, 409 for a status the action does not start from. */
function checkTransition(p: PlanRecord, session: Session, action: PlanAction) {
  const policy = action === 'issue' || action === 'return' ? 'plan.issue' : null;
  if (policy && !can(session.actor, policy, { unitPath: p.unitPath })) {
    throw forbidden('Chỉ lãnh đạo đơn vị ban hành được ban hành hoặc trả lại kế hoạch.');
  }
  // A status the action does not start from is a conflict with the plan's state.
  if (!PLAN_TRANSITIONS.some((t) => t.action === action && t.from === p.status)) {
    throw conflict(
      p.status === 'issued' || p.status === 'closed'
        ? LOCKED[p.status]!
        : 'Không thể thực hiện thao tác này khi kế hoạch ở trạng thái hiện tại.',
    );
  }
  const check = canTransition({ status: p.status, issuingUnitId: String(p.unitId) }, action, {
    role: session.role,
    unitId: String(session.unitId),
    draftsForUnit: draftsPlan(session, p),
  });
  if (!check.ok) throw forbidden(check.reason);
  return check.to;
}

interface TransitionInput {
  version: number;
  reason?: string;
  number?: number | undefined;
  issuedOn?: string | undefined;
}

/** Submit, withdraw, return, issue, close; amendments and their diff. */
export function registerPlanWorkflowRoutes(app: Hono<AppEnv>) {
  // Issuance raises `plan.issued` through the outbox (submit and return notify too), so
  // every transition runs in a transaction with events rather than the route's own.
  const run = (
    c: Context<AppEnv>,
    session: Session,
    id: number,
    action: WorkflowAction,
    input: TransitionInput,
  ) =>
    transactionWithEvents(c.var.database.db, (db, emit) =>
      transitionPlan(db, emit, session, id, action, input),
    );
  const own = { transaction: false } as const;
  register(
    app,
    submitPlan,
    ({ params, body, session, c }) => run(c, session, params.id, 'submit', body),
    own,
  );
  register(
    app,
    withdrawPlan,
    ({ params, body, session, c }) => run(c, session, params.id, 'withdraw', body),
    own,
  );
  register(
    app,
    returnPlan,
    ({ params, body, session, c }) => run(c, session, params.id, 'return', body),
    own,
  );
  register(
    app,
    issuePlan,
    ({ params, body, session, c }) => run(c, session, params.id, 'issue', body),
    own,
  );
  register(
    app,
    closePlan,
    ({ params, body, session, c }) => run(c, session, params.id, 'close', body),
    own,
  );
  registerIssueProposalRoute(app);
  registerAmendRoutes(app);
}

/** 400 with the list when the plan has errors: the same check the editor counts. */
function refuseWithErrors(issues: readonly PlanIssue[], what: string) {
  const errors = issues.filter((i) => i.severity === 'error');
  if (errors.length === 0) return;
  throw badRequest(
    'PLAN_INVALID',
    `Chưa thể ${what} kế hoạch, còn ${errors.length} lỗi: ${errors.map((e) => e.message).join('; ')}`,
    { issues: errors },
  );
}

async function transitionPlan(
  db: Executor,
  emit: Emit,
  session: Session,
  id: number,
  action: WorkflowAction,
  input: TransitionInput,
) {
  const before = await readable(db, session, id);
  const to = checkTransition(before, session, action);
  const set: Record<string, unknown> = { status: to };
  let summary = '';
  if (action === 'submit') {
    const tasks = await repo.listTasks(db, before.id);
    refuseWithErrors(await checkPlan(db, before, toDomainPlan(before, tasks), 'editing'), 'trình');
    Object.assign(set, { returnReason: null, returnedAt: null, returnedBy: null });
  }
  if (action === 'return') {
    const reason = (input.reason ?? '').trim();
    Object.assign(set, { returnReason: reason, returnedAt: now(), returnedBy: session.userId });
    summary = `; lý do: ${reason}`;
  }
  let issued: IssueRegister | null = null;
  if (action === 'issue') {
    issued = await issueRegister(db, before, input);
    const tasks = await repo.listTasks(db, before.id);
    refuseWithErrors(
      await checkPlan(
        db,
        before,
        toDomainPlan(before, tasks, issued.number, issued.issuedOn),
        'issuance',
      ),
      'ban hành',
    );
    Object.assign(set, {
      number: issued.number,
      issuedOn: issued.issuedOn,
      search: repo.planSearch({
        title: before.title,
        number: issued.number,
        symbol: before.symbol,
      }),
    });
    summary =
      `, ngày ký ${formatDateVi(issued.issuedOn)}` +
      (issued.backdated ? ` (nhập sau, ngày ${formatDateVi(todayVn())})` : '');
  }
  try {
    await bump(db, before, input.version, set);
  } catch (e) {
    if (sqlState(e) === '23505')
      throw conflict('Số văn bản vừa được cấp cho văn bản khác; vui lòng thử ban hành lại.');
    throw e;
  }
  // Issued tasks enter execution: one current-state row each (inbox, boards).
  if (action === 'issue') await openTaskStates(db, id);
  const after = (await repo.findPlan(db, id))!;
  await recordAudit(db, session, {
    action: 'update',
    entity: 'plan',
    entityId: after.id,
    unitPath: after.unitPath,
    summary: `${ACTION_TEXT[action]} kế hoạch ${after.documentNumber} "${after.title}"${summary}`,
    before: auditView(before),
    after: {
      ...auditView(after),
      ...(action === 'return' ? { returnReason: input.reason } : {}),
      ...(issued ? { issuedOn: issued.issuedOn, backdated: issued.backdated } : {}),
    },
  });
  if (action === 'submit' || action === 'return') {
    await emit(action === 'submit' ? 'plan.submitted' : 'plan.returned', {
      planId: after.id,
      unitId: after.unitId,
      userId: session.userId,
    });
  }
  if (action === 'issue') {
    const obligedUnits = await materialiseObligations(db, after, after.issuedOn!);
    await emit('plan.issued', {
      planId: after.id,
      unitId: after.unitId,
      documentNumber: after.documentNumber,
      issuedOn: after.issuedOn!,
      obligedUnits,
    });
  }
  return planDetail(db, session, after);
}

function registerAmendRoutes(app: Hono<AppEnv>) {
  register(app, amendPlanRoute, async ({ params, session, db }) => {
    const before = await readable(db, session, params.id);
    checkTransition(before, session, 'amend');
    const tasks = await repo.listTasks(db, before.id);
    const next = amendPlan(toDomainPlan(before, tasks), 'new');
    const [row] = await db
      .insert(plan)
      .values({
        unitId: before.unitId,
        planType: before.planType,
        versionNo: next.version,
        amendsPlanId: before.id,
        parentPlanId: before.parentPlanId,
        symbol: before.symbol,
        year: before.year,
        title: before.title,
        periodFrom: before.period.from,
        periodTo: before.period.to,
        body: before.body,
        search: repo.planSearch({ title: before.title, number: null, symbol: before.symbol }),
        createdBy: session.userId,
      })
      .returning({ id: plan.id });
    await insertTaskCopies(db, row!.id, tasks, { keepKeys: true });
    const created = (await repo.findPlan(db, row!.id))!;
    await recordAudit(db, session, {
      action: 'create',
      entity: 'plan',
      entityId: created.id,
      unitPath: created.unitPath,
      summary: `Sửa đổi, bổ sung kế hoạch ${before.documentNumber}: dự thảo phiên bản ${created.versionNo}`,
      after: auditView(created),
    });
    return planDetail(db, session, created);
  });

  register(app, getPlanDiff, async ({ params, session, db }) => {
    const p = await readable(db, session, params.id);
    const after = await repo.listTasks(db, p.id);
    const previous = p.amendsPlanId === null ? null : await repo.findPlan(db, p.amendsPlanId);
    const before = previous ? await repo.listTasks(db, previous.id) : [];
    const d = diffTasks(before.map(toDomainTask), after.map(toDomainTask));
    return {
      planId: p.id,
      amendsPlanId: p.amendsPlanId,
      added: d.added.map((t) => t.number),
      removed: d.removed.map((t) => t.number),
      changed: d.changed.map((c) => c.after.number),
      unchanged: d.unchanged,
      lines: d.lines,
    };
  });
}
