import { foldVietnamese } from '@papi/domain';
import type { Db } from '../db/client.ts';
import { auditLog } from '../modules/audit/audit.table.ts';
import type { Session } from './auth/session.ts';

export interface AuditInput {
  action: 'create' | 'update' | 'delete' | 'login' | 'password' | 'import' | 'export';
  entity: string;
  entityId: string | number;
  unitPath: string;
  summary: string;
  before?: unknown;
  after?: unknown;
}

/** Records who changed what, inside the same transaction as the change itself. */
export async function recordAudit(
  tx: Pick<Db, 'insert'>,
  who: Pick<Session, 'userId' | 'username'> | null,
  input: AuditInput,
): Promise<void> {
  await tx.insert(auditLog).values({
    userId: who?.userId ?? null,
    username: who?.username ?? null,
    action: input.action,
    entity: input.entity,
    entityId: String(input.entityId),
    unitPath: input.unitPath,
    summary: input.summary,
    search: foldVietnamese(`${input.summary} ${who?.username ?? ''}`),
    before: input.before ?? null,
    after: input.after ?? null,
  });
}
