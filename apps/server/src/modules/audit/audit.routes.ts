import type { Hono } from 'hono';
import { sql, type SQL } from 'drizzle-orm';
import { can, foldVietnamese } from '@papi/domain';
import { listAudit, type TAuditEntry } from '@papi/contracts';
import { register, type AppEnv } from '../../platform/http.ts';
import { forbidden } from '../../platform/errors.ts';
import { inScopeSql } from '../units/units.repository.ts';
import { pagedTotal } from '../../db/paging.ts';

interface AuditRow extends Record<string, unknown> {
  id: number;
  at: Date;
  user_id: number | null;
  username: string | null;
  action: string;
  entity: string;
  entity_id: string;
  summary: string;
  before: unknown;
  after: unknown;
  total: number;
}

export function registerAuditRoutes(app: Hono<AppEnv>) {
  register(app, listAudit, async ({ query, session, db }) => {
    const scope = session.actor.scopePaths[0] ?? '';
    if (!can(session.actor, 'audit.read', { unitPath: scope })) {
      throw forbidden('Chỉ quản trị hệ thống được xem nhật ký.');
    }
    const conditions: SQL[] = [inScopeSql(sql`l.unit_path`, session.actor.scopePaths)];
    if (query.entity) conditions.push(sql`l.entity = ${query.entity}`);
    if (query.from) conditions.push(sql`l.at >= ${query.from}::date`);
    if (query.to) conditions.push(sql`l.at < ${query.to}::date + 1`);
    for (const word of foldVietnamese(query.q ?? '')
      .split(' ')
      .filter(Boolean)) {
      conditions.push(sql`l.search like ${`%${word}%`}`);
    }
    const where = sql.join(conditions, sql` and `);
    const offset = (query.page - 1) * query.pageSize;
    const result = await db.execute<AuditRow>(sql`
      select l.id, l.at, l.user_id, l.username, l.action, l.entity, l.entity_id, l.summary,
             l.before, l.after, count(*) over ()::int as total from audit_log l
       where ${where}
       order by l.at desc, l.id desc
       limit ${query.pageSize} offset ${offset}`);
    const items: TAuditEntry[] = result.rows.map((r) => ({
      id: r.id,
      at: new Date(r.at).toISOString(),
      userId: r.user_id,
      username: r.username,
      action: r.action,
      entity: r.entity,
      entityId: r.entity_id,
      summary: r.summary,
      before: r.before ?? null,
      after: r.after ?? null,
    }));
    const total = await pagedTotal(db, result.rows, offset, sql`audit_log l`, where);
    return { items, total };
  });
}
