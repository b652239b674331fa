import { sql } from 'drizzle-orm';
import { formatDateVi, type Role } from '@papi/domain';
import type { Executor } from '../../db/client.ts';
import type { ReportEventPayload } from '../../platform/events.ts';
import type { EventNotifiers } from './relay.ts';
import { impactNotices } from '../indices/impact/impact.notify.ts';

const param = (v: unknown) => JSON.stringify(v);

/**
 * Active users holding one of the roles, in the given units (anywhere when null); with an
 * agency, only that agency's people.
 */
export async function usersWithRoles(
  db: Executor,
  roles: Role[],
  unitIds: number[] | null,
  agencyId: number | null = null,
): Promise<number[]> {
  const r = await db.execute<{ id: number }>(sql`
    select id from app_user
     where active and role in (select jsonb_array_elements_text(${param(roles)}::jsonb))
       and (${unitIds === null} or unit_id in
            (select jsonb_array_elements_text(${param(unitIds ?? [])}::jsonb)::int))
       and (${agencyId === null} or agency_id = ${agencyId ?? 0})`);
  return r.rows.map((u) => u.id);
}

const WORKERS: Role[] = ['coordinator', 'officer', 'leader'];
const MANAGERS: Role[] = ['coordinator', 'leader'];

/** Who sent a report and for which period, as the notices name them. */
async function reportFacts(tx: Executor, p: ReportEventPayload) {
  const r = await tx.execute<{ reporter: string; label: string }>(sql`
    select coalesce(a.name, u.full_name) as reporter,
           coalesce((select label from report_period where regime_id = ${p.regimeId}
                      and key = ${p.periodKey}), ${p.periodKey}) as label
      from admin_unit u left join agency a on a.id = ${p.agencyId ?? 0}
     where u.id = ${p.unitId}`);
  return r.rows[0] ?? { reporter: '', label: p.periodKey };
}

/** The reporting unit (or agency) that must act on a review: its working roles. */
const reporters = (tx: Executor, p: ReportEventPayload) =>
  usersWithRoles(tx, WORKERS, [p.unitId], p.agencyId);

async function planRef(tx: Executor, planId: number) {
  const r = await tx.execute<{ ref: string; title: string; issuer: string }>(sql`
    select 'Kế hoạch số ' || coalesce(p.number::text || '/', '') || p.symbol as ref, p.title,
           u.full_name as issuer
      from plan p join admin_unit u on u.id = p.unit_id where p.id = ${planId}`);
  return r.rows[0] ?? { ref: `Kế hoạch #${planId}`, title: '', issuer: '' };
}

async function planDraft(tx: Executor, planId: number) {
  const r = await tx.execute<{
    title: string;
    reason: string | null;
    author_id: number | null;
    author: string | null;
  }>(sql`
    select p.title, p.return_reason as reason, p.created_by as author_id, u.full_name as author
      from plan p left join app_user u on u.id = p.created_by and u.active
     where p.id = ${planId}`);
  const row = r.rows[0];
  return {
    title: row?.title ?? `#${planId}`,
    reason: row?.reason ?? null,
    authorId: row?.author === null || row === undefined ? null : row.author_id,
    author: row?.author ?? null,
  };
}

/** What each domain event tells whom. */
export const EVENT_NOTIFIERS: EventNotifiers = {
  // New official results concern everyone who plans against them.
  'index.published': async (tx, e) => [
    {
      kind: 'plan',
      title: `${e.payload.replaced ? 'Cập nhật' : 'Công bố'} kết quả ${e.payload.code} năm ${e.payload.year}`,
      body: `Kết quả chính thức ${e.payload.code} năm ${e.payload.year} đã được nhập vào hệ thống: xem thứ hạng và phân tích của tỉnh.`,
      link: '/indices',
      userIds: await usersWithRoles(tx, MANAGERS, null),
    },
    // And each province's managers, what moved for them since the previous year.
    ...(await impactNotices(tx, e.payload)),
  ],
  // A report arrived: the receiving level's coordinators and leaders review it.
  'report.submitted': async (tx, e) => {
    const f = await reportFacts(tx, e.payload);
    const again = e.payload.versionNo > 1 ? ` (lần ${e.payload.versionNo})` : '';
    return [
      {
        kind: 'report',
        title: `${f.reporter} gửi báo cáo ${f.label}${again}`,
        body: `Báo cáo ${f.label} của ${f.reporter}, hạn ${formatDateVi(e.payload.dueOn)}, chờ tiếp nhận hoặc trả lại.`,
        link: `/reports?id=${e.payload.reportId}`,
        userIds: await usersWithRoles(tx, MANAGERS, [e.payload.receiverUnitId]),
      },
    ];
  },
  'report.returned': async (tx, e) => {
    const f = await reportFacts(tx, e.payload);
    return [
      {
        kind: 'report',
        title: `Báo cáo ${f.label} bị trả lại`,
        body: e.payload.comment
          ? `Ý kiến của cấp nhận: ${e.payload.comment}`
          : 'Cấp nhận trả lại báo cáo để chỉnh sửa, bổ sung.',
        link: `/reports?id=${e.payload.reportId}`,
        userIds: await reporters(tx, e.payload),
      },
    ];
  },
  'report.accepted': async (tx, e) => {
    const f = await reportFacts(tx, e.payload);
    return [
      {
        kind: 'report',
        title: `Báo cáo ${f.label} đã được tiếp nhận`,
        body: `Cấp nhận đã tiếp nhận báo cáo ${f.label} của ${f.reporter}.`,
        link: `/reports?id=${e.payload.reportId}`,
        userIds: await reporters(tx, e.payload),
      },
    ];
  },
  // A plan that obliges units below (or the unit's departments) to plan too: each obliged
  // unit hears of it and its due date; an obliged department, only its own people.
  'plan.issued': async (tx, e) => {
    const obliged = await tx.execute<{
      unit_id: number;
      agency_id: number | null;
      due: string | null;
    }>(sql`
      select unit_id, agency_id, min(due)::text as due from plan_obligation
       where parent_plan_id = ${e.payload.planId} group by unit_id, agency_id`);
    const p = await planRef(tx, e.payload.planId);
    const notices = [];
    for (const o of obliged.rows) {
      notices.push({
        kind: 'plan' as const,
        title: `${p.issuer} ban hành ${p.ref}`,
        body:
          `${p.ref} (${p.title}) yêu cầu ${o.agency_id === null ? 'đơn vị' : 'cơ quan'} ban hành kế hoạch thực hiện` +
          (o.due ? `, hạn ${formatDateVi(o.due)}.` : '.'),
        link: `/plans/${e.payload.planId}`,
        userIds: await usersWithRoles(tx, WORKERS, [o.unit_id], o.agency_id),
      });
    }
    return notices;
  },
  // A draft waits for signature: the leaders of its unit (those who may issue it).
  'plan.submitted': async (tx, e) => {
    const p = await planDraft(tx, e.payload.planId);
    return [
      {
        kind: 'plan',
        title: `Kế hoạch chờ ban hành: ${p.title}`,
        body: `${p.author ?? 'Cán bộ'} trình kế hoạch "${p.title}" để lãnh đạo xem xét, ban hành hoặc trả lại.`,
        link: `/plans/${e.payload.planId}`,
        userIds: (await usersWithRoles(tx, ['leader'], [e.payload.unitId])).filter(
          (id) => id !== e.payload.userId,
        ),
      },
    ];
  },
  // Returned: its author (or, for a draft without one, the unit's coordinators) with the reason.
  'plan.returned': async (tx, e) => {
    const p = await planDraft(tx, e.payload.planId);
    const to =
      p.authorId !== null
        ? [p.authorId]
        : await usersWithRoles(tx, ['coordinator'], [e.payload.unitId]);
    return [
      {
        kind: 'plan',
        title: `Kế hoạch bị trả lại: ${p.title}`,
        body: `Lý do: ${p.reason ?? '(không ghi)'}`,
        link: `/plans/${e.payload.planId}`,
        userIds: to.filter((id) => id !== e.payload.userId),
      },
    ];
  },
  'plan.obligation.reminded': async (tx, e) => {
    const p = await planRef(tx, e.payload.parentPlanId);
    return [
      {
        kind: 'plan',
        title: `Đề nghị ban hành kế hoạch thực hiện ${p.ref}`,
        body:
          `${p.issuer} nhắc đơn vị ban hành kế hoạch thực hiện ${p.ref} (${p.title})` +
          (e.payload.due ? `, hạn ${formatDateVi(e.payload.due)}.` : '.'),
        link: `/plans/${e.payload.parentPlanId}`,
        userIds: await usersWithRoles(tx, WORKERS, [e.payload.unitId]),
      },
    ];
  },
  // A manager's reminder from the overdue board: the owing unit's (or agency's) workers.
  'work.reminded': async (tx, e) => [
    {
      kind: e.payload.kind === 'report' ? 'report' : 'task',
      title: `Đề nghị khẩn trương hoàn thành: ${e.payload.title}`,
      body: `${e.payload.from} nhắc: đã quá hạn từ ${formatDateVi(e.payload.dueOn)}.`,
      link: e.payload.link,
      userIds: (await usersWithRoles(tx, WORKERS, [e.payload.unitId], e.payload.agencyId)).filter(
        (id) => id !== e.payload.remindedBy,
      ),
    },
  ],
  // A task finished or cancelled: the coordinators of the plan's unit follow its execution.
  'task.progress.updated': async (tx, e) => {
    const done = ['done', 'done_late', 'cancelled'].includes(e.payload.status);
    if (!done) return [];
    const r = await tx.execute<{ unit_id: number; title: string; lead: string }>(sql`
      select p.unit_id, coalesce(nullif(t.title, ''), left(t.content, 200)) as title,
             coalesce((select name from agency where id = ${e.payload.agencyId ?? 0}), '') as lead
        from plan_task t join plan p on p.id = t.plan_id where t.id = ${e.payload.taskId}`);
    const t = r.rows[0];
    if (!t) return [];
    const verb = e.payload.status === 'cancelled' ? 'hủy' : 'hoàn thành';
    return [
      {
        kind: 'task',
        title: `${t.lead || 'Cơ quan chủ trì'} ${verb} nhiệm vụ: ${t.title}`,
        body: `Nhiệm vụ "${t.title}" được cập nhật: ${verb}.`,
        link: `/plans/${e.payload.planId}`,
        userIds: (await usersWithRoles(tx, ['coordinator'], [t.unit_id])).filter(
          (id) => id !== e.payload.userId,
        ),
      },
    ];
  },
};
