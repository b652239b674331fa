import { sql } from 'drizzle-orm';
import type { Role } from '@papi/domain';
import type { Executor } from '../db/client.ts';
import { agency } from '../modules/agencies/agencies.table.ts';
import { agencySearchText } from '../modules/agencies/agencies.repository.ts';
import { appUser } from '../modules/users/users.table.ts';
import { userSearchText } from '../modules/users/users.repository.ts';
import { hashPassword } from '../platform/auth/password-hash.ts';
import { saveInstallationSetting } from '../modules/system/settings.service.ts';
import { saveInUseSince } from '../modules/system/in-use-since.ts';
import { PROVINCE_AGENCIES, communeAgencies, provinceAgencyName } from './demo-agencies.ts';

/** Sơn La: unchanged by the 2025 merger, and the home of seed plan 001 (Mộc Châu). */
export const DEMO_PROVINCE_CODE = '14';
export const DEMO_PASSWORD = 'PapiHub@2026';
export const DEMO_IN_USE_SINCE = '2026-01-01';

export interface DemoAccount {
  username: string;
  role: Role;
  description: string;
}

interface UnitRow extends Record<string, unknown> {
  id: number;
  name: string;
  full_name: string;
  type: string;
  level: string;
}

/** Agencies for the province and its communes, and one account per role. Idempotent: no-op when users exist. */
export async function seedDemo(
  db: Executor,
  provinceCode = DEMO_PROVINCE_CODE,
): Promise<DemoAccount[]> {
  const units = await db.execute<UnitRow>(sql`
    select u.id, u.name, u.full_name, u.type, u.level from admin_unit u
      join admin_unit p on u.path like p.path || '%'
     where p.era = 'post2025' and p.level = 'province' and p.code = ${provinceCode}
     order by u.path`);
  const province = units.rows.find((u) => u.level === 'province');
  if (!province) throw new Error(`Không có tỉnh mã ${provinceCode} trong danh mục đơn vị.`);
  const communes = units.rows.filter((u) => u.level === 'commune');

  const agencyRows = [
    ...PROVINCE_AGENCIES.map((a) => ({
      ...a,
      name: provinceAgencyName(a.name, province.type, province.name),
      unitId: province.id,
    })),
    ...communes.flatMap((c) =>
      communeAgencies(c.name, c.type).map((a) => ({ ...a, unitId: c.id })),
    ),
  ].map((a) => ({ ...a, search: agencySearchText(a.name, a.shortName) }));
  const inserted = await db
    .insert(agency)
    .values(agencyRows)
    .returning({ id: agency.id, name: agency.name, unitId: agency.unitId });
  const agencyId = (prefix: string, unitId: number) =>
    inserted.find((a) => a.unitId === unitId && a.name.startsWith(prefix))?.id ?? null;

  const commune = communes.find((c) => c.name === 'Mộc Châu') ?? communes[0]!;
  const accounts: (DemoAccount & { fullName: string; unitId: number; agencyId: number | null })[] =
    [
      {
        username: 'admin',
        role: 'admin',
        fullName: 'Quản trị hệ thống',
        unitId: province.id,
        agencyId: null,
        description: `Quản trị, toàn ${province.full_name}`,
      },
      {
        username: 'noivu',
        role: 'coordinator',
        fullName: 'Nguyễn Thị Lan',
        unitId: province.id,
        agencyId: agencyId('Sở Nội vụ', province.id),
        description: 'Đầu mối PAPI, Sở Nội vụ',
      },
      {
        username: 'lanhdao',
        role: 'leader',
        fullName: 'Trần Văn Hùng',
        unitId: province.id,
        agencyId: agencyId('Ủy ban nhân dân tỉnh', province.id),
        description: 'Lãnh đạo UBND tỉnh',
      },
      {
        username: 'tuphap',
        role: 'officer',
        fullName: 'Lò Thị Mai',
        unitId: province.id,
        agencyId: agencyId('Sở Tư pháp', province.id),
        description: 'Cán bộ Sở Tư pháp',
      },
      {
        username: 'xa',
        role: 'officer',
        fullName: 'Hà Văn Tuấn',
        unitId: commune.id,
        agencyId: agencyId('Ủy ban nhân dân', commune.id),
        description: `Cán bộ UBND ${commune.full_name}`,
      },
      {
        // A commune issues its own plans, and only a leader of the issuing unit issues them.
        username: 'lanhdaoxa',
        role: 'leader',
        fullName: 'Sồng A Dếnh',
        unitId: commune.id,
        agencyId: agencyId('Ủy ban nhân dân', commune.id),
        description: `Lãnh đạo UBND ${commune.full_name}`,
      },
      {
        username: 'xem',
        role: 'viewer',
        fullName: 'Người xem',
        unitId: province.id,
        agencyId: null,
        description: 'Chỉ xem',
      },
    ];
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.insert(appUser).values(
    accounts.map((a) => ({
      username: a.username,
      fullName: a.fullName,
      role: a.role,
      unitId: a.unitId,
      agencyId: a.agencyId,
      passwordHash,
      mustChangePassword: true,
      search: userSearchText(a.username, a.fullName, ''),
    })),
  );
  await saveInstallationSetting(db, {
    name: `PAPI Hub – ${province.full_name}`,
    provinceCode,
    demo: true,
  });
  // The demo province plans for 2026 from its first day: the 2025 periods are history.
  await saveInUseSince(db, DEMO_IN_USE_SINCE);
  return accounts.map(({ username, role, description }) => ({ username, role, description }));
}
