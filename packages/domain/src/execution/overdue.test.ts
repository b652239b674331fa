import { describe, expect, it } from 'vitest';
import { isHistory, isOverdue } from './overdue.ts';
import { deriveTaskStatus } from './task-status.ts';

const SINCE = '2026-01-01';
const TODAY = '2026-11-25';

describe('isOverdue: one meaning everywhere', () => {
  it('counts an unsettled item due before today, from the day after its due date', () => {
    expect(isOverdue({ dueOn: '2026-11-24', settled: false }, TODAY, SINCE)).toBe(true);
    expect(isOverdue({ dueOn: TODAY, settled: false }, TODAY, SINCE)).toBe(false);
    expect(isOverdue({ dueOn: '2026-12-01', settled: false }, TODAY, SINCE)).toBe(false);
  });

  it('never counts a settled item or one without a deadline', () => {
    expect(isOverdue({ dueOn: '2026-03-01', settled: true }, TODAY, SINCE)).toBe(false);
    expect(isOverdue({ dueOn: null, settled: false }, TODAY, SINCE)).toBe(false);
  });

  it('calls what ended before the installation was in use history, not overdue', () => {
    // The 2025 annual report: its period ended before use began, its due date after.
    const report2025 = { dueOn: '2026-01-15', periodEnd: '2025-12-31', settled: false };
    expect(isHistory(report2025, SINCE)).toBe(true);
    expect(isOverdue(report2025, TODAY, SINCE)).toBe(false);
    // A 2025 plan obligation (no period: its due date decides).
    expect(isOverdue({ dueOn: '2025-11-20', settled: false }, TODAY, SINCE)).toBe(false);
    // The first period inside the time of use is owed as usual.
    const q1 = { dueOn: '2026-03-20', periodEnd: '2026-03-15', settled: false };
    expect(isHistory(q1, SINCE)).toBe(false);
    expect(isOverdue(q1, TODAY, SINCE)).toBe(true);
    // Due on the first day of use is not history.
    expect(isOverdue({ dueOn: SINCE, settled: false }, TODAY, SINCE)).toBe(true);
  });

  it('is what deriveTaskStatus calls overdue', () => {
    const facts = { dueOn: '2025-12-20', completedOn: null, cancelledOn: null, percent: 40 };
    expect(deriveTaskStatus(facts, TODAY)).toBe('overdue');
    expect(deriveTaskStatus(facts, TODAY, SINCE)).toBe('in_progress');
    expect(deriveTaskStatus({ ...facts, dueOn: '2026-02-01' }, TODAY, SINCE)).toBe('overdue');
  });
});
