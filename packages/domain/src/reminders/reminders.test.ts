import { describe, expect, it } from 'vitest';
import {
  DEFAULT_REMINDER_RULES as RULES,
  escalates,
  ownerStage,
  reminderKey,
  scanWindow,
  vietnamDate,
  vietnamHour,
  vietnamInstant,
} from './schedule.ts';
import { isRecipient, reminderMessage, type DueItem } from './items.ts';
import { buildDigest, digestText } from './digest.ts';
import { completePreferences } from './kinds.ts';
import { retryDelayMs } from './backoff.ts';

const item: DueItem = {
  source: 'report',
  id: 7,
  title: 'Báo cáo 6 tháng đầu năm 2026',
  dueDate: '2026-06-05',
  unitId: 20,
  unitName: 'Phường Mộc Châu',
  parentUnitId: 10,
  agencyId: null,
  link: '/bao-cao/7',
};

describe('owner stage', () => {
  it.each([
    ['2026-06-01', null], // four days ahead: too early with 3 days' notice
    ['2026-06-02', 'before'],
    ['2026-06-04', 'before'],
    ['2026-06-05', 'due'],
    ['2026-06-06', 'overdue'],
    ['2026-07-05', 'overdue'], // 30 days late: last reminder
    ['2026-07-06', null],
  ])('on %s → %s', (today, stage) => {
    expect(ownerStage('2026-06-05', today, RULES)).toBe(stage);
  });

  it('no advance reminder with 0 days before', () => {
    expect(ownerStage('2026-06-05', '2026-06-04', { ...RULES, daysBefore: 0 })).toBeNull();
    expect(ownerStage('2026-06-05', '2026-06-05', { ...RULES, daysBefore: 0 })).toBe('due');
  });

  it('escalates from the day after the deadline, not on the day', () => {
    expect(escalates('2026-06-05', '2026-06-05', RULES)).toBe(false);
    expect(escalates('2026-06-05', '2026-06-06', RULES)).toBe(true);
    expect(escalates('2026-06-05', '2026-06-08', { ...RULES, escalateAfterDays: 3 })).toBe(true);
    expect(escalates('2026-06-05', '2026-06-07', { ...RULES, escalateAfterDays: 3 })).toBe(false);
    expect(escalates('2026-06-05', '2026-07-06', RULES)).toBe(false);
  });

  it('the window covers the widest preference and the give-up period', () => {
    expect(scanWindow('2026-06-05', 7, RULES)).toEqual({ from: '2026-05-06', to: '2026-06-12' });
  });

  it('keys differ by item, due date, stage and person', () => {
    const keys = new Set([
      reminderKey('report:7', '2026-06-05', 'before', 1),
      reminderKey('report:7', '2026-06-05', 'due', 1),
      reminderKey('report:7', '2026-06-05', 'before', 2),
      reminderKey('report:7', '2026-06-10', 'before', 1),
      reminderKey('task:7', '2026-06-05', 'before', 1),
    ]);
    expect(keys.size).toBe(5);
  });
});

describe('Vietnam time', () => {
  it('the day turns at 17:00 UTC', () => {
    expect(vietnamDate(new Date('2026-11-30T16:59:59Z'))).toBe('2026-11-30');
    expect(vietnamDate(new Date('2026-11-30T17:00:00Z'))).toBe('2026-12-01');
    expect(vietnamHour(new Date('2026-11-30T23:30:00Z'))).toBe(6);
    expect(vietnamInstant('2026-12-01', 7).toISOString()).toBe('2026-12-01T00:00:00.000Z');
  });
});

describe('recipients', () => {
  const u = (role: string, unitId: number, agencyId: number | null = null) =>
    ({ role, unitId, agencyId }) as Parameters<typeof isRecipient>[2];
  it('own unit by role; viewers never; escalation to the parent unit only', () => {
    expect(isRecipient(item, 'due', u('officer', 20))).toBe(true);
    expect(isRecipient(item, 'due', u('viewer', 20))).toBe(false);
    expect(isRecipient(item, 'due', u('officer', 10))).toBe(false);
    expect(isRecipient(item, 'escalation', u('coordinator', 10))).toBe(true);
    expect(isRecipient(item, 'escalation', u('officer', 10))).toBe(false);
    expect(isRecipient(item, 'escalation', u('coordinator', 20))).toBe(false);
  });
  it("an agency's task: its own people; its unit's managers when it is missed", () => {
    const task = { ...item, source: 'task' as const, agencyId: 5, parentUnitId: 20 };
    expect(isRecipient(task, 'before', u('officer', 20, 5))).toBe(true);
    expect(isRecipient(task, 'before', u('officer', 20, 6))).toBe(false);
    expect(isRecipient(task, 'before', u('coordinator', 20, 6))).toBe(false);
    expect(isRecipient(task, 'escalation', u('coordinator', 20, 6))).toBe(true);
    expect(isRecipient(task, 'escalation', u('leader', 20, 7))).toBe(true);
  });
  it("feedback: the assignee agency's staff; unassigned, the unit's coordinators only", () => {
    const assigned = { ...item, source: 'feedback' as const, agencyId: 5 };
    expect(isRecipient(assigned, 'overdue', u('officer', 20, 5))).toBe(true);
    expect(isRecipient(assigned, 'overdue', u('officer', 20, 6))).toBe(false);
    expect(isRecipient(assigned, 'overdue', u('leader', 20, 5))).toBe(false);
    const open = { ...item, source: 'feedback' as const, agencyId: null };
    expect(isRecipient(open, 'due', u('coordinator', 20))).toBe(true);
    expect(isRecipient(open, 'due', u('officer', 20))).toBe(false);
    expect(isRecipient(open, 'escalation', u('leader', 10))).toBe(true);
  });
  it('plan obligations go to the drafting roles and the leader, not viewers', () => {
    const ob = { ...item, source: 'plan_obligation' as const };
    expect(isRecipient(ob, 'due', u('leader', 20))).toBe(true);
    expect(isRecipient(ob, 'due', u('officer', 20))).toBe(true);
    expect(isRecipient(ob, 'due', u('viewer', 20))).toBe(false);
  });
});

describe('messages', () => {
  it('say how long is left or late, with dd/mm/yyyy', () => {
    expect(reminderMessage(item, 'before', '2026-06-02').title).toBe(
      'Còn 3 ngày đến hạn: Báo cáo 6 tháng đầu năm 2026',
    );
    expect(reminderMessage(item, 'due', '2026-06-05').body).toContain('Hạn 05/06/2026');
    expect(reminderMessage(item, 'overdue', '2026-06-07').title).toMatch(/^Quá hạn 2 ngày/);
    expect(reminderMessage(item, 'escalation', '2026-06-06').title).toBe(
      'Phường Mộc Châu quá hạn: Báo cáo 6 tháng đầu năm 2026',
    );
  });
});

describe('digest', () => {
  const other = { ...item, id: 8, dueDate: '2026-06-01', title: 'Nhiệm vụ cũ' };
  it('is null when there is nothing to say', () => {
    expect(buildDigest([], [], '2026-06-02', 3)).toBeNull();
    expect(buildDigest([{ ...item, dueDate: '2026-06-30' }], [], '2026-06-02', 3)).toBeNull();
  });
  it('splits overdue and due soon, and renders plain text', () => {
    const d = buildDigest(
      [item, other],
      [{ title: 'Có báo cáo mới', link: '/x', createdAt: '' }],
      '2026-06-02',
      3,
    )!;
    expect(d.overdue.map((i) => i.id)).toEqual([8]);
    expect(d.dueSoon.map((i) => i.id)).toEqual([7]);
    const mail = digestText(d, '2026-06-02', 'https://papi.example');
    expect(mail.subject).toBe('[PAPI Hub] Bản tin 02/06/2026: 1 quá hạn, 1 sắp đến hạn, 1 mới');
    expect(mail.text).toContain(
      '- Nhiệm vụ cũ (Phường Mộc Châu) — hạn 01/06/2026: https://papi.example/bao-cao/7',
    );
  });
});

describe('preferences and backoff', () => {
  it('stored preferences missing a kind get the default', () => {
    const p = completePreferences({ inApp: false, email: { deadline: false } as never });
    expect(p.inApp).toBe(false);
    expect(p.email).toMatchObject({ deadline: false, report: true });
    expect(p.remindDaysBefore).toBe(3);
  });
  it('retry delays grow and are capped', () => {
    expect(retryDelayMs(1, 0)).toBe(5_000);
    expect(retryDelayMs(3, 0)).toBe(20_000);
    expect(retryDelayMs(3, 0.5)).toBe(22_000);
    expect(retryDelayMs(40, 0)).toBe(3_600_000);
  });
});
