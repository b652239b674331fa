/**
 * A world for the "what moved" tests: a synthetic 2024 release of the 63 old provinces and a
 * 2025 release of the 34 new ones (each new province's 2025 = the mean of its predecessors'
 * 2024, so nothing moves but what a test moves), and D3 tasks in seven provinces.
 */
import type { TestClient, TestContext } from '../../../test/harness.ts';
import { importBody } from '../../../test/index-files.ts';
import { agencyOf, issuedPlan, ok } from '../../execution/execution.fixtures.ts';

const DIMS = ['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8'];
const SUBS = ['D3.1', 'D3.2', 'D3.3'];
const HEADER = ['Tỉnh/thành phố', ...DIMS, ...SUBS].join(',');
type Scores = Record<string, number>;

/** Near-equal scores (±0.02 between provinces): national medians hardly move. */
function scores2024(i: number): Scores {
  const v = (((i * 7) % 11) - 5) / 250;
  const s: Scores = Object.fromEntries(DIMS.map((d, k) => [d, 5 + k * 0.3 + v]));
  return { ...s, 'D3.1': 1.8 + v, 'D3.2': 1.9, 'D3.3': 1.9 };
}

const csv = (rows: { name: string; s: Scores }[]) =>
  [
    HEADER,
    ...rows.map((r) => [r.name, ...[...DIMS, ...SUBS].map((c) => r.s[c]!.toFixed(4))].join(',')),
  ].join('\n') + '\n';

export interface ImpactWorld {
  sonLa: { id: number; path: string };
  /** New provinces with a D3 task done in the window (+0.4 on D3 and D3.1 in 2025). */
  done: number[];
  /** New provinces with a D3 task not done (no change). */
  notDone: number[];
  taskId: number;
  import2025: () => Promise<void>;
}

export async function impactWorld(
  ctx: TestContext,
  coordinator: TestClient,
  leader: TestClient,
): Promise<ImpactWorld> {
  const q = <T extends Record<string, unknown>>(text: string, params: unknown[] = []) =>
    ctx.database.pool.query<T>(text, params).then((r) => r.rows);
  const olds = await q<{ id: number; name: string }>(
    `select id, name from admin_unit where era = 'pre2025' and level = 'province' order by code`,
  );
  const news = await q<{ id: number; name: string; code: string; path: string }>(
    `select id, name, code, path from admin_unit where era = 'post2025' and level = 'province' order by code`,
  );
  const links = await q<{ new_id: number; old_id: number }>(
    `select new_unit_id as new_id, old_unit_id as old_id from unit_succession us
       join admin_unit o on o.id = us.old_unit_id and o.level = 'province'
       join admin_unit n on n.id = us.new_unit_id and n.level = 'province'`,
  );
  const prev = new Map(olds.map((o, i) => [o.id, scores2024(i)]));
  ok(
    await coordinator.post(
      '/api/indices/PAPI/import',
      importBody('2024.csv', csv(olds.map((o) => ({ name: o.name, s: prev.get(o.id)! }))), 2024, {
        confirmWarnings: true,
      }),
    ),
    201,
  );

  const sonLa = news.find((n) => n.code === '14')!;
  const others = news.filter((n) => n.id !== sonLa.id);
  const done = others.slice(0, 3).map((n) => n.id);
  const notDone = others.slice(3, 6).map((n) => n.id);
  const bump = (s: Scores, code: string, by: number) => ({ ...s, [code]: s[code]! + by });
  const rows2025 = news.map((n) => {
    const parts = links.filter((l) => l.new_id === n.id).map((l) => prev.get(l.old_id)!);
    let s: Scores = Object.fromEntries(
      [...DIMS, ...SUBS].map((c) => [c, parts.reduce((sum, p) => sum + p[c]!, 0) / parts.length]),
    );
    if (n.id === sonLa.id) s = bump(bump(bump(s, 'D3', 0.5), 'D3.1', 0.5), 'D5', -1);
    if (done.includes(n.id)) s = bump(bump(s, 'D3', 0.4), 'D3.1', 0.4);
    return { name: n.name, s };
  });

  // Sơn La's plan for 2025: its D3 task (the third) done on 30/06/2025 with one evidence file.
  const filler = await agencyOf(ctx, 'tuphap');
  const plan = await issuedPlan(ctx, { coordinator, leader }, sonLa.id, 2025, [], filler);
  const taskId = plan.taskIds[2]!;
  const complete = (id: number, on: string) =>
    q(`update task_state set completed_on = $2, open = false, percent = 100 where task_id = $1`, [
      id,
      on,
    ]);
  await complete(taskId, '2025-06-30');
  await q(
    `insert into evidence_file (sha256, size, mime, original_name, storage_key, uploaded_by, unit_path, task_id)
     select 'x', 1, 'application/pdf', 'bien-ban.pdf', 'impact-test-1', id, $1, $2 from app_user where username = 'noivu'`,
    [sonLa.path, taskId],
  );

  // The same plan copied to six other provinces: three did their D3 task in the window,
  // three did not (one finished it after the survey, which does not count).
  const planCols = (
    await q<{ c: string }>(
      `select column_name as c from information_schema.columns where table_name = 'plan'
      and column_name not in ('id', 'unit_id', 'number') order by ordinal_position`,
    )
  )
    .map((r) => r.c)
    .join(', ');
  const taskCols = (
    await q<{ c: string }>(
      `select column_name as c from information_schema.columns where table_name = 'plan_task'
      and column_name not in ('id', 'plan_id') order by ordinal_position`,
    )
  )
    .map((r) => r.c)
    .join(', ');
  for (const unitId of [...done, ...notDone]) {
    const path = news.find((n) => n.id === unitId)!.path;
    const [copy] = await q<{ id: number }>(
      `insert into plan (unit_id, ${planCols}) select $2, ${planCols} from plan where id = $1 returning id`,
      [plan.planId, unitId],
    );
    for (const [position, original] of plan.taskIds.entries()) {
      const [t] = await q<{ id: number }>(
        `insert into plan_task (plan_id, ${taskCols}) select $2, ${taskCols} from plan_task where id = $1 returning id`,
        [original, copy!.id],
      );
      await q(
        `insert into task_state (task_id, plan_id, plan_unit_path, unit_id, unit_path, due_on, open)
         select $1, $2, $3, $4, $3, due_on, true from task_state where task_id = $5`,
        [t!.id, copy!.id, path, unitId, original],
      );
      if (position === 2 && done.includes(unitId)) await complete(t!.id, '2024-09-15');
      if (position === 2 && unitId === notDone[0]) await complete(t!.id, '2026-01-15');
    }
  }
  const import2025 = async () => {
    ok(
      await coordinator.post(
        '/api/indices/PAPI/import',
        importBody('2025.csv', csv(rows2025), 2025, { confirmWarnings: true }),
      ),
      201,
    );
  };
  return { sonLa, done, notDone, taskId, import2025 };
}
