import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { DEFAULT_REGIMES } from '@papi/domain';
import type { Actor, Target, World } from './world.ts';
import { planAt } from './plans.ts';

/**
 * Execution and reporting records for the matrix, written straight to the tables (the
 * routes that make them are tested on their own): tasks of an issued plan of each target
 * unit, reports of each target unit under a national regime, evidence files.
 */
const cache = new WeakMap<World, Map<string, Promise<number>>>();
function once(w: World, key: string, make: () => Promise<number>) {
  let m = cache.get(w);
  if (!m) cache.set(w, (m = new Map()));
  let p = m.get(key);
  if (!p) m.set(key, (p = make()));
  return p;
}

const one = async (w: World, sql: string, params: unknown[]) =>
  (await w.ctx.database.pool.query<{ id: number }>(sql, params)).rows[0]!.id;

/** The actor's agency and unit path, as the demo seed made them. */
export async function actorFacts(w: World, a: Actor) {
  const r = await w.ctx.database.pool.query<{ agency_id: number | null; path: string }>(
    `select u.agency_id, un.path from app_user u join admin_unit un on un.id = u.unit_id
      where u.id = $1`,
    [a.userId],
  );
  return { agencyId: r.rows[0]!.agency_id, path: r.rows[0]!.path };
}

/** The agency a probe's task names: the actor's own in its own unit, else the target's. */
export async function agencyFor(w: World, a: Actor, t: Target) {
  const f = await actorFacts(w, a);
  return f.path === t.path && f.agencyId !== null ? f.agencyId : t.agencyId;
}

const issuedPlan = (w: World, t: Target) =>
  once(w, `plan:${t.key}`, async () => {
    const p = await planAt(w, t, 'issued', `Kế hoạch thực hiện ${t.auditToken}`);
    await w.ctx.database.pool.query(`update plan set issued_on = '2023-02-01' where id = $1`, [
      p.id,
    ]);
    return p.id;
  });

/** A task of the target unit's issued plan, led by `lead`, with `coop` cooperating. */
export async function taskOf(w: World, t: Target, lead: number, coop: number[] = []) {
  const planId = await issuedPlan(w, t);
  const ref = (id: number) =>
    JSON.stringify({ kind: 'agency', id: String(id), name: `Cơ quan ${id}` });
  const taskId = await one(
    w,
    `insert into plan_task (plan_id, task_key, position, number, content, dimension_codes, lead,
                            cooperating, deadline)
     values ($1, gen_random_uuid()::text, 99, '9.9', 'Nhiệm vụ kiểm thử phân quyền', '{D1}',
             $2::jsonb, $3::jsonb, '{"kind":"date","date":"2023-12-29"}'::jsonb)
     returning id`,
    [planId, ref(lead), `[${coop.map(ref).join(',')}]`],
  );
  await w.ctx.database.pool.query(
    `insert into task_state (task_id, plan_id, plan_unit_path, unit_id, unit_path,
                             lead_agency_ids, coop_agency_ids, due_on, search)
     values ($1, $2, $3, $4, $3, $5, $6, '2023-12-29', $7)`,
    [taskId, planId, t.path, t.unitId, [lead], coop, `mtx${taskId}`],
  );
  return taskId;
}

export const EVIDENCE_BYTES = new TextEncoder().encode('%PDF-1.4\n%%EOF\n');

/** An evidence file of a task uploaded by `userId`, its bytes in the test data dir. */
export async function evidenceOf(w: World, t: Target, taskId: number, userId: number) {
  const key = `evidence/mtx/${randomUUID()}`;
  fs.mkdirSync(path.join(w.ctx.dataDir, 'files/evidence/mtx'), { recursive: true });
  fs.writeFileSync(path.join(w.ctx.dataDir, 'files', key), EVIDENCE_BYTES);
  return one(
    w,
    `insert into evidence_file (sha256, size, mime, original_name, storage_key, uploaded_by,
                                unit_path, task_id)
     values ('00', $4, 'application/pdf', 'mau.pdf', $5, $1, $2, $3) returning id`,
    [userId, t.path, taskId, EVIDENCE_BYTES.length, key],
  );
}

/** A national regime (country root) that every unit of the matrix reports under. */
export const nationalRegime = (w: World) =>
  once(w, 'regime', async () =>
    one(
      w,
      `insert into reporting_regime (unit_id, code, name, definition)
       select id, 'MTX', 'Chế độ báo cáo kiểm thử', $1::jsonb from admin_unit where level = 'country'
       returning id`,
      [JSON.stringify(DEFAULT_REGIMES[0]!.definition)],
    ),
  );

/** A regime set by the target unit itself. */
export const regimeOf = (w: World, t: Target) =>
  once(w, `regime:${t.key}`, async () =>
    one(
      w,
      `insert into reporting_regime (unit_id, code, name, definition)
       values ($1, 'MTX-' || $2, 'Chế độ của ' || $2, $3::jsonb) returning id`,
      [t.unitId, t.key.toUpperCase(), JSON.stringify(DEFAULT_REGIMES[0]!.definition)],
    ),
  );

let periods = 0;

/** A report of the target unit for a fresh period, in a status, sent to its parent. */
export async function reportOf(w: World, t: Target, status: 'draft' | 'submitted') {
  const regimeId = await nationalRegime(w);
  periods += 1;
  const periodId = await one(
    w,
    `insert into report_period (regime_id, key, label, year, window_from, window_to, due)
     values ($1, $2, 'kỳ kiểm thử', 2030, '2029-12-01', '2030-05-31', '{}'::jsonb) returning id`,
    [regimeId, `2030-M${periods}`],
  );
  const reportId = await one(
    w,
    `insert into report (period_id, regime_id, unit_id, unit_path, level, receiver_unit_id,
                         receiver_path, due_on, status, first_submitted_at)
     select $1, $2, u.id, u.path, case when u.level = 'commune' then 'commune' else 'province' end,
            coalesce(p.id, u.id), coalesce(p.path, u.path), '2030-06-05', $3,
            case when $3 = 'submitted' then now() end
       from admin_unit u left join admin_unit p on p.id = u.parent_id where u.id = $4
     returning id`,
    [periodId, regimeId, status, t.unitId],
  );
  await w.ctx.database.pool.query(
    `insert into report_version (report_id, version_no, status, content)
     values ($1, 1, $2, '{"indicators":[],"narratives":[]}'::jsonb)`,
    [reportId, status],
  );
  return reportId;
}

/** A year no probe has used yet, for report drafts of a period that exists in the regime. */
let years = 2040;
export const freshYear = () => (years += 1);
