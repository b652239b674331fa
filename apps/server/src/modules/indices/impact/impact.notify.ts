import { sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import type { DomainEvents } from '../../../platform/events.ts';
import type { EventNotice } from '../../reminders/relay.ts';
import { loadImpact, loadShared } from './impact.load.ts';
import { impactNotice } from './impact.text.ts';

interface ManagerRow extends Record<string, unknown> {
  user_id: number;
  unit_id: number;
  code: string;
  name: string;
  full_name: string;
  path: string;
}

/**
 * After an import: each province unit with leaders or coordinators gets its own "what
 * moved" summary, when the release has results for it (or its predecessor) and a previous
 * year. Once per release and person (`impact:<release>`), whatever events repeat it.
 */
export async function impactNotices(
  tx: Executor,
  p: DomainEvents['index.published'],
): Promise<EventNotice[]> {
  const r = await tx.execute<ManagerRow>(sql`
    select a.id as user_id, u.id as unit_id, u.code, u.name, u.full_name, u.path
      from app_user a join admin_unit u on u.id = a.unit_id
     where a.active and a.role in ('leader', 'coordinator') and u.level = 'province'
     order by u.id, a.id`);
  const units = new Map<number, { row: ManagerRow; users: number[] }>();
  for (const row of r.rows) {
    const entry = units.get(row.unit_id) ?? { row, users: [] };
    entry.users.push(row.user_id);
    units.set(row.unit_id, entry);
  }
  if (units.size === 0) return [];
  const shared = await loadShared(tx, p.year);
  const notices: EventNotice[] = [];
  for (const { row, users } of units.values()) {
    const unit = {
      id: row.unit_id,
      code: row.code,
      name: row.name,
      fullName: row.full_name,
      level: 'province' as const,
      path: row.path,
    };
    const summary = await loadImpact(tx, p.code, unit, p.year, shared);
    if (!summary?.available) continue;
    notices.push({
      kind: 'plan',
      ...impactNotice(summary),
      link: `/indices/impact/${unit.id}?year=${p.year}`,
      userIds: users,
      key: `impact:${p.releaseId}`,
    });
  }
  return notices;
}
