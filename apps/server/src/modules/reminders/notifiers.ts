import { sql } from 'drizzle-orm';
import type { Role } from '@papi/domain';
import type { Executor } from '../../db/client.ts';
import type { EventNotifiers } from './relay.ts';

/** Active users holding one of the roles, in the given units (or anywhere when null). */
export async function usersWithRoles(
  db: Executor,
  roles: Role[],
  unitIds: number[] | null,
): Promise<number[]> {
  const r = await db.execute<{ id: number }>(sql`
    select id from app_user
     where active and role in (select jsonb_array_elements_text(${JSON.stringify(roles)}::jsonb))
       and (${unitIds === null} or unit_id in
            (select jsonb_array_elements_text(${JSON.stringify(unitIds ?? [])}::jsonb)::int))`);
  return r.rows.map((u) => u.id);
}

/** What each domain event tells whom. */
export const EVENT_NOTIFIERS: EventNotifiers = {
  // New official results concern everyone who plans against them.
  'index.published': async (tx, e) => [
    {
      kind: 'plan',
      title: `${e.payload.replaced ? 'Cập nhật' : 'Công bố'} kết quả ${e.payload.code} năm ${e.payload.year}`,
      body: `Kết quả chính thức ${e.payload.code} năm ${e.payload.year} đã được nhập vào hệ thống: xem thứ hạng và phân tích của tỉnh.`,
      link: `/indices`,
      userIds: await usersWithRoles(tx, ['coordinator', 'leader'], null),
    },
  ],
};
