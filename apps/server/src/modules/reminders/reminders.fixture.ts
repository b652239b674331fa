import type { TestContext } from '../../test/harness.ts';
import { openTaskStates } from '../execution/task-state.sync.ts';
import { createTransport } from '../../platform/mail/mailer.ts';
import { createWorker } from '../../platform/jobs/worker.ts';
import { jobHandlers, jobSchedules } from './reminders.jobs.ts';

/** An issued plan of the user's unit with one task led by the user's agency, due on a date. */
export async function issuedTask(ctx: TestContext, username: string, dueDate: string) {
  const q = ctx.database.pool;
  const { rows } = await q.query<{ unit_id: number; agency_id: number; name: string }>(
    `select u.unit_id, u.agency_id, a.name from app_user u join agency a on a.id = u.agency_id
      where u.username = $1`,
    [username],
  );
  const owner = rows[0]!;
  const plan = await q.query<{ id: number }>(
    `insert into plan (unit_id, plan_type, status, year, title, period_from, period_to,
                       issued_on, body, search)
     values ($1, 'papi_annual', 'issued', 2026, 'Kế hoạch thử nhắc hạn', '2026-01-01',
             '2026-12-31', '2026-11-01', '{}', 'ke hoach thu nhac han') returning id`,
    [owner.unit_id],
  );
  const task = await q.query<{ id: number }>(
    `insert into plan_task (plan_id, task_key, position, number, title, content, lead, deadline)
     values ($1, 't1', 1, '1', 'Niêm yết công khai ngân sách', 'Niêm yết công khai ngân sách',
             $2, $3) returning id`,
    [
      plan.rows[0]!.id,
      JSON.stringify({ kind: 'agency', id: String(owner.agency_id), name: owner.name }),
      JSON.stringify({ kind: 'date', date: dueDate }),
    ],
  );
  // Issuance opens the task's execution state (reports-core): due date, lead, unit.
  await openTaskStates(ctx.database.db, plan.rows[0]!.id);
  return { planId: plan.rows[0]!.id, taskId: task.rows[0]!.id, unitId: owner.unit_id };
}

/** A worker with every real job and schedule at a fixed instant, mail to a captured log. */
export function workerAt(ctx: TestContext, iso: string, id = 'w1') {
  const lines: string[] = [];
  const transport = createTransport({ smtpUrl: undefined, mailFrom: 'x@y' }, (l) => lines.push(l));
  const worker = createWorker(ctx.database.db, {
    id,
    handlers: jobHandlers({ publicUrl: 'https://papi.example', transport }),
    schedules: jobSchedules(),
    now: () => new Date(iso),
    log: (l) => lines.push(l),
  });
  return { worker, lines };
}

/** Notifications per user: `username kind title`, in order. */
export async function notices(ctx: TestContext) {
  const r = await ctx.database.pool.query<{ line: string }>(
    `select u.username || ' ' || n.kind || ' ' || n.title as line
       from notification n join app_user u on u.id = n.user_id order by n.id`,
  );
  return r.rows.map((x) => x.line);
}

export async function mails(ctx: TestContext) {
  const r = await ctx.database.pool.query<{
    to_address: string;
    subject: string;
    text: string;
    transport: string;
  }>('select to_address, subject, text, transport from mail_log order by id');
  return r.rows;
}
