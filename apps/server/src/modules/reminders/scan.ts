import { sql } from 'drizzle-orm';
import {
  addDays,
  DEFAULT_REMINDER_RULES,
  isHistory,
  isOverdue,
  escalates,
  isRecipient,
  itemKey,
  ownerStage,
  reminderKey,
  reminderMessage,
  scanWindow,
  type DueItem,
  type ReminderStage,
  type Role,
} from '@papi/domain';
import { readTogether, type Executor } from '../../db/client.ts';
import { deliver, loadRecipients } from '../notifications/notifications.service.ts';
import type { DueItemSource, DueWindow } from './sources.ts';
import { getInUseSince } from '../system/in-use-since.ts';

export interface Candidate {
  id: number;
  role: Role;
  unitId: number;
  agencyId: number | null;
}

/** Active users of the given units who may hear about obligations (viewers never do). */
export async function usersOf(db: Executor, unitIds: number[]): Promise<Candidate[]> {
  if (!unitIds.length) return [];
  const r = await db.execute<{
    id: number;
    role: Role;
    unit_id: number;
    agency_id: number | null;
  }>(sql`
    select id, role, unit_id, agency_id from app_user
     where active and role <> 'viewer'
       and unit_id in (select jsonb_array_elements_text(${JSON.stringify([...new Set(unitIds)])}::jsonb)::int)`);
  return r.rows.map((u) => ({ id: u.id, role: u.role, unitId: u.unit_id, agencyId: u.agency_id }));
}

/**
 * Every source's items due in the window, without history: what ended before the
 * installation was in use is never reminded of (domain isHistory).
 */
export async function collectItems(db: Executor, sources: DueItemSource[], window: DueWindow) {
  const inUseSince = await getInUseSince(db);
  const lists = await readTogether(
    db,
    sources.map((s) => () => s.list(db, window)),
  );
  return lists
    .flat()
    .filter((i) => !isHistory({ dueOn: i.dueDate, periodEnd: i.periodEnd ?? null }, inUseSince));
}

/**
 * What the reminder system holds overdue on `today` (domain isOverdue): every item due from
 * the first day of use to yesterday, still open. The dashboard, My work and the overdue
 * board count the same items (overdue.test.ts).
 */
export async function overdueItems(db: Executor, sources: DueItemSource[], today: string) {
  const inUseSince = await getInUseSince(db);
  const to = addDays(today, -1);
  // Reports: this year's and last year's periods, as My work lists them (owedReports).
  const lastYear = `${Number(today.slice(0, 4)) - 1}-01-01`;
  const reports = await collectItems(
    db,
    sources.filter((s) => s.source === 'report'),
    { from: inUseSince > lastYear ? inUseSince : lastYear, to, today },
  );
  const others = await collectItems(
    db,
    sources.filter((s) => s.source !== 'report'),
    { from: inUseSince, to, today },
  );
  return [...reports.filter((i) => (i.periodEnd ?? i.dueDate) >= lastYear), ...others].filter((i) =>
    isOverdue(
      { dueOn: i.dueDate, settled: false, periodEnd: i.periodEnd ?? null },
      today,
      inUseSince,
    ),
  );
}

export interface ScanResult {
  items: number;
  sent: Record<ReminderStage, number>;
}

/**
 * The daily reminder scan for `today`: every open item in the widest window, every person
 * who should hear about it at its stage (their own "days before" preference), once each.
 */
export async function runReminderScan(
  tx: Executor,
  sources: DueItemSource[],
  today: string,
  env: { publicUrl: string; now: Date },
): Promise<ScanResult> {
  const rules = DEFAULT_REMINDER_RULES;
  const maxAhead = await tx.execute<{ d: number }>(
    sql`select coalesce(max(remind_days_before), 0)::int as d from notification_pref`,
  );
  const window = scanWindow(today, Math.max(rules.daysBefore, maxAhead.rows[0]!.d), rules);
  const items = await collectItems(tx, sources, { ...window, today });
  const unitIds = items.flatMap((i) => (i.parentUnitId ? [i.unitId, i.parentUnitId] : [i.unitId]));
  const users = await usersOf(tx, unitIds);
  const recipients = await loadRecipients(
    tx,
    users.map((u) => u.id),
  );
  const byUnit = new Map<number, Candidate[]>();
  for (const u of users) byUnit.set(u.unitId, [...(byUnit.get(u.unitId) ?? []), u]);
  const sent: ScanResult['sent'] = { before: 0, due: 0, overdue: 0, escalation: 0 };

  const send = async (item: DueItem, stage: ReminderStage, userId: number) => {
    const recipient = recipients.get(userId);
    if (!recipient) return;
    const message = reminderMessage(item, stage, today);
    const done = await deliver(
      tx,
      recipient,
      {
        kind: stage === 'escalation' ? 'escalation' : 'deadline',
        ...message,
        link: item.link,
        dedupeKey: reminderKey(itemKey(item), item.dueDate, stage, userId),
      },
      env,
    );
    if (done.inApp || done.email) sent[stage]++;
  };

  for (const item of items) {
    for (const user of byUnit.get(item.unitId) ?? []) {
      const days = recipients.get(user.id)?.preferences.remindDaysBefore ?? rules.daysBefore;
      const stage = ownerStage(item.dueDate, today, { ...rules, daysBefore: days });
      if (stage && isRecipient(item, stage, user)) await send(item, stage, user.id);
    }
    if (item.parentUnitId && escalates(item.dueDate, today, rules)) {
      for (const user of byUnit.get(item.parentUnitId) ?? []) {
        if (isRecipient(item, 'escalation', user)) await send(item, 'escalation', user.id);
      }
    }
  }
  return { items: items.length, sent };
}
