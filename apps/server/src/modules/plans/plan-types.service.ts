import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { DEFAULT_PLAN_TYPES, resolvePlanTypes, type PlanType } from '@papi/domain';
import { ZPlanTypeOverrides, type TPlanTypeSettings } from '@papi/contracts';
import type { Executor } from '../../db/client.ts';
import { setting } from '../system/settings.table.ts';
import { badRequest } from '../../platform/errors.ts';
import { now } from '../../platform/clock.ts';

const KEY = 'plan_types';

/** Stored in `setting`: the overrides and their version (the setting row has none itself). */
const ZStored = z.object({ overrides: ZPlanTypeOverrides, version: z.number().int() });

async function stored(db: Executor) {
  const [row] = await db.select().from(setting).where(eq(setting.key, KEY));
  const value = row ? ZStored.safeParse(row.value) : null;
  return {
    overrides: value?.success ? value.data.overrides : {},
    version: value?.success ? value.data.version : 1,
    updatedAt: row ? row.updatedAt.toISOString() : null,
  };
}

/** The plan types in force: shipped defaults with this installation's overrides. */
export async function planTypesInForce(db: Executor): Promise<PlanType[]> {
  return resolvePlanTypes((await stored(db)).overrides).types;
}

/** 400 naming the field, shaped like the contract's own validation errors. */
export function unknownPlanType(code: string) {
  const message = `Loại kế hoạch "${code}" không có trong danh mục loại kế hoạch đang áp dụng.`;
  return badRequest(
    'VALIDATION',
    `Dữ liệu không hợp lệ ở nội dung (trường "planType"): ${message}`,
    {
      where: 'nội dung',
      issues: [{ path: 'planType', message }],
    },
  );
}

export async function planTypeSettings(db: Executor): Promise<TPlanTypeSettings> {
  const s = await stored(db);
  const { types } = resolvePlanTypes(s.overrides);
  const builtIn = new Set(DEFAULT_PLAN_TYPES.map((t) => t.code));
  const ruleNames = [...new Set(DEFAULT_PLAN_TYPES.flatMap((t) => t.rules.map((r) => r.rule)))];
  return {
    types: types.map((t) => ({ ...t, rules: t.rules, builtIn: builtIn.has(t.code) })),
    overrides: s.overrides,
    ruleNames,
    version: s.version,
    updatedAt: s.updatedAt,
  };
}

/** Problems of an override set (unknown rule, bad parameter, nameless new type); [] if fine. */
export const overrideProblems = (overrides: z.infer<typeof ZPlanTypeOverrides>) =>
  resolvePlanTypes(overrides).problems;

/** Saves when `version` is the stored one; false otherwise (the caller answers 409). */
export async function savePlanTypeOverrides(
  db: Executor,
  overrides: z.infer<typeof ZPlanTypeOverrides>,
  version: number,
): Promise<boolean> {
  // Serialise concurrent saves: the row lock (or the insert) decides who wins.
  const current = await db.execute<{ value: unknown }>(
    sql`select value from setting where key = ${KEY} for update`,
  );
  const parsed = current.rows[0] ? ZStored.safeParse(current.rows[0].value) : null;
  const storedVersion = parsed?.success ? parsed.data.version : 1;
  if (storedVersion !== version) return false;
  const value = { overrides, version: version + 1 };
  await db
    .insert(setting)
    .values({ key: KEY, value })
    .onConflictDoUpdate({ target: setting.key, set: { value, updatedAt: now() } });
  return true;
}
