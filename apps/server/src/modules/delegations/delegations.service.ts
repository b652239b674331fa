import { and, eq, isNull } from 'drizzle-orm';
import { can, formatDateVi } from '@papi/domain';
import type { Executor } from '../../db/client.ts';
import type { Session } from '../../platform/auth/session.ts';
import { badRequest, conflict, forbidden, notFound } from '../../platform/errors.ts';
import { recordAudit } from '../../platform/audit.ts';
import { now, todayVn } from '../../platform/clock.ts';
import { findUnitById } from '../units/units.repository.ts';
import { findUser } from '../users/users.repository.ts';
import { unitDelegation } from './delegations.table.ts';
import * as repo from './delegations.repository.ts';

const FORBIDDEN =
  'Chỉ điều phối viên hoặc quản trị của chính đơn vị được ủy quyền soạn kế hoạch, báo cáo của đơn vị.';

const invalid = (path: string, message: string) =>
  badRequest('VALIDATION', message, { issues: [{ path, message }] });

const rightsText = (d: { plans: boolean; reports: boolean }) =>
  [d.plans ? 'soạn kế hoạch' : '', d.reports ? 'soạn báo cáo' : ''].filter(Boolean).join(', ');

/** A unit's delegations, newest first (its coordinators and admins, and those above). */
export async function listForUnit(db: Executor, session: Session, unitId: number) {
  const today = todayVn();
  const unit = await findUnitById(db, unitId, today);
  if (!unit || !can(session.actor, 'unit.read', { unitPath: unit.path })) throw notFound('Đơn vị');
  if (!can(session.actor, 'delegation.read', { unitPath: unit.path })) throw forbidden();
  return repo.listDelegations(db, unit.id, today);
}

/** Grants an officer of the actor's own unit the drafting rights; replaces a grant in force. */
export async function grant(
  db: Executor,
  session: Session,
  body: { userId: number; plans: boolean; reports: boolean; endsOn: string | null },
) {
  const today = todayVn();
  const user = await findUser(db, body.userId);
  if (!user || !can(session.actor, 'unit.read', { unitPath: user.unitPath }))
    throw notFound('Tài khoản');
  if (!can(session.actor, 'delegation.write', { unitPath: user.unitPath }))
    throw forbidden(FORBIDDEN);
  if (user.role !== 'officer')
    throw invalid(
      'userId',
      `Chỉ ủy quyền cho cán bộ của đơn vị; “${user.username}” không phải cán bộ.`,
    );
  if (!user.active) throw invalid('userId', `Tài khoản “${user.username}” đang bị khóa.`);
  if (body.endsOn !== null && body.endsOn < today)
    throw invalid(
      'endsOn',
      `Ngày hết hạn ủy quyền không được trước hôm nay (${formatDateVi(today)}).`,
    );
  const replaced = await db
    .update(unitDelegation)
    .set({ revokedAt: now(), revokedBy: session.userId })
    .where(and(eq(unitDelegation.userId, user.id), isNull(unitDelegation.revokedAt)))
    .returning({ id: unitDelegation.id });
  const [row] = await db
    .insert(unitDelegation)
    .values({
      unitId: user.unitId,
      userId: user.id,
      plans: body.plans,
      reports: body.reports,
      endsOn: body.endsOn,
      grantedBy: session.userId,
    })
    .returning({ id: unitDelegation.id });
  const created = (await repo.findDelegation(db, row!.id, today))!;
  const until = body.endsOn ? ` đến hết ngày ${formatDateVi(body.endsOn)}` : '';
  await recordAudit(db, session, {
    action: 'create',
    entity: 'delegation',
    entityId: created.id,
    unitPath: user.unitPath,
    summary: `Ủy quyền cho "${user.username}" ${rightsText(body)} của ${created.unitName}${until}`,
    before: replaced.length ? { replaced: replaced.map((r) => r.id) } : undefined,
    after: { userId: user.id, plans: body.plans, reports: body.reports, endsOn: body.endsOn },
  });
  return created;
}

export async function revoke(db: Executor, session: Session, id: number) {
  const today = todayVn();
  const found = await repo.findDelegation(db, id, today);
  if (!found || !can(session.actor, 'unit.read', { unitPath: found.unitPath }))
    throw notFound('Ủy quyền');
  if (!can(session.actor, 'delegation.write', { unitPath: found.unitPath }))
    throw forbidden(FORBIDDEN);
  if (found.revokedAt) throw conflict('Ủy quyền này đã được thu hồi.');
  await db
    .update(unitDelegation)
    .set({ revokedAt: now(), revokedBy: session.userId })
    .where(eq(unitDelegation.id, id));
  await recordAudit(db, session, {
    action: 'delete',
    entity: 'delegation',
    entityId: id,
    unitPath: found.unitPath,
    summary: `Thu hồi ủy quyền ${rightsText(found)} của "${found.user.username}" (${found.unitName})`,
  });
  return (await repo.findDelegation(db, id, today))!;
}
