import type { Role } from '@papi/domain';
import type { TestClient, TestContext } from '../harness.ts';
import { createNationalAdmin } from '../helpers.ts';

/** Where the target sits relative to the actor's own unit. */
export type Relation = 'own' | 'below' | 'sibling' | 'above';
/** allowed; hidden = 404 or filtered out of a list; forbidden = 403 (visible, not writable). */
export type Outcome = 'allowed' | 'hidden' | 'forbidden';
export type UnitKey = 'country' | 'sonla' | 'mocchau' | 'laichau' | 'othercommune';

export const UNIT_LABELS: Record<UnitKey, string> = {
  country: 'Việt Nam (gốc)',
  sonla: 'Tỉnh Sơn La',
  mocchau: 'Phường Mộc Châu',
  laichau: 'Tỉnh Lai Châu',
  othercommune: 'xã khác của Sơn La',
};

export interface ActorDef {
  username: string;
  role: Role;
  /**
   * Speaks for their own unit (drafts its plans, writes its own report): managers and the
   * People's Committee's officers. `tuphap` acts for Sở Tư pháp only, `xem` only reads.
   */
  forUnit: boolean;
  targets: readonly (readonly [Relation, UnitKey])[];
}

const PROVINCE_TARGETS = [
  ['own', 'sonla'],
  ['below', 'mocchau'],
  ['sibling', 'laichau'],
  ['above', 'country'],
] as const;
/** `xa` works at a commune: the commune has no units below it, the province is above. */
const COMMUNE_TARGETS = [
  ['own', 'mocchau'],
  ['sibling', 'othercommune'],
  ['above', 'sonla'],
  ['above', 'country'],
] as const;

export const ACTORS: readonly ActorDef[] = [
  { username: 'admin', role: 'admin', forUnit: true, targets: PROVINCE_TARGETS },
  { username: 'noivu', role: 'coordinator', forUnit: true, targets: PROVINCE_TARGETS },
  { username: 'lanhdao', role: 'leader', forUnit: true, targets: PROVINCE_TARGETS },
  { username: 'tuphap', role: 'officer', forUnit: false, targets: PROVINCE_TARGETS },
  { username: 'xem', role: 'viewer', forUnit: false, targets: PROVINCE_TARGETS },
  { username: 'xa', role: 'officer', forUnit: true, targets: COMMUNE_TARGETS },
];

export interface Actor extends ActorDef {
  userId: number;
  client: TestClient;
}

/** One unit of each relation with an agency and an officer account in it. */
export interface Target {
  key: UnitKey;
  unitId: number;
  path: string;
  name: string;
  agencyId: number;
  userId: number;
  /** Word in the audit summary of the agency's creation, to find that entry. */
  auditToken: string;
}

export interface World {
  ctx: TestContext;
  actors: Map<string, Actor>;
  targets: Record<UnitKey, Target>;
  /** Admin at the country root: made the targets, so Lai Châu and the country have audit entries. */
  national: TestClient;
}

async function unitRow(ctx: TestContext, where: string, params: unknown[]) {
  const r = await ctx.database.pool.query<{ id: number; path: string; name: string }>(
    `select id, path, name from admin_unit u where ${where} order by code limit 1`,
    params,
  );
  return r.rows[0]!;
}

export async function buildWorld(ctx: TestContext): Promise<World> {
  await createNationalAdmin(ctx, 'quocgia');
  const national = await ctx.as('quocgia');
  const sonla = await unitRow(ctx, `era = 'post2025' and level = 'province' and code = '14'`, []);
  const units: Record<UnitKey, { id: number; path: string; name: string }> = {
    country: await unitRow(ctx, `level = 'country'`, []),
    sonla,
    mocchau: await unitRow(ctx, `id = (select unit_id from app_user where username = 'xa')`, []),
    laichau: await unitRow(ctx, `era = 'post2025' and level = 'province' and code = '12'`, []),
    othercommune: await unitRow(
      ctx,
      `parent_id = $1 and id <> (select unit_id from app_user where username = 'xa')`,
      [sonla.id],
    ),
  };

  const targets = {} as Record<UnitKey, Target>;
  for (const [key, unit] of Object.entries(units) as [UnitKey, (typeof units)[UnitKey]][]) {
    const auditToken = `mtx${key}`;
    const agency = await national.post<{ id: number }>('/api/agencies', {
      unitId: unit.id,
      name: `Cơ quan mẫu ${auditToken}`,
      kind: 'khac',
    });
    const user = await national.post<{ user: { id: number } }>('/api/users', {
      username: `mtx-${key}`,
      fullName: `Cán bộ mẫu ${key}`,
      role: 'officer',
      unitId: unit.id,
    });
    if (agency.status !== 201 || user.status !== 201) {
      throw new Error(`setup ${key}: ${JSON.stringify([agency.body, user.body])}`);
    }
    targets[key] = {
      key,
      unitId: unit.id,
      path: unit.path,
      name: unit.name,
      agencyId: agency.body.id,
      userId: user.body.user.id,
      auditToken,
    };
  }

  const logged = await Promise.all(
    ACTORS.map(async (def) => {
      const client = await ctx.as(def.username);
      const me = await client.get<{ id: number }>('/api/auth/me');
      return { ...def, userId: me.body.id, client };
    }),
  );
  return { ctx, national, targets, actors: new Map(logged.map((a) => [a.username, a])) };
}

/** The actor's scope as the design defines it: their unit's subtree and its predecessors'. */
export async function scopePathsOf(ctx: TestContext, userId: number): Promise<string[]> {
  const r = await ctx.database.pool.query<{ path: string }>(
    `select un.path from app_user u join admin_unit un on un.id = u.unit_id where u.id = $1
     union all
     select old.path from app_user u join unit_succession s on s.new_unit_id = u.unit_id
       join admin_unit old on old.id = s.old_unit_id where u.id = $1`,
    [userId],
  );
  return r.rows.map((row) => row.path);
}
