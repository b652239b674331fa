import { describe, expect, it } from 'vitest';
import { plan, task } from './fixtures/builders.ts';
import { diffTasks } from './diff-tasks.ts';
import { amendPlan, availableActions, canTransition, isEditable } from './workflow.ts';
import type { PlanActor } from './workflow.ts';

const officer: PlanActor = { role: 'officer', unitId: 'u1' };
const coordinator: PlanActor = { role: 'coordinator', unitId: 'u1' };
const leader: PlanActor = { role: 'leader', unitId: 'u1' };
const otherLeader: PlanActor = { role: 'leader', unitId: 'u2' };

describe('plan workflow', () => {
  it('drafts are submitted by officers or coordinators, issued only by the unit leader', () => {
    const draft = plan();
    expect(canTransition(draft, 'submit', officer)).toEqual({ ok: true, to: 'submitted' });
    // A sở's officer acts for their agency, not the unit: no drafting step on its plan.
    const soOfficer: PlanActor = { ...officer, draftsForUnit: false };
    expect(canTransition(draft, 'submit', soOfficer).ok).toBe(false);
    expect(availableActions(plan({ status: 'submitted' }), soOfficer)).toEqual([]);
    expect(canTransition(draft, 'issue', leader).ok).toBe(false);
    const submitted = plan({ status: 'submitted' });
    expect(canTransition(submitted, 'issue', leader)).toEqual({ ok: true, to: 'issued' });
    expect(canTransition(submitted, 'issue', coordinator)).toEqual({
      ok: false,
      reason: 'Chỉ lãnh đạo đơn vị ban hành được ban hành hoặc trả lại kế hoạch.',
    });
    expect(canTransition(submitted, 'issue', otherLeader)).toEqual({
      ok: false,
      reason: 'Chỉ cán bộ của đơn vị ban hành được thao tác trên kế hoạch.',
    });
    expect(canTransition(submitted, 'return', leader)).toEqual({ ok: true, to: 'draft' });
  });
  it('offers the actions an actor may take', () => {
    expect(availableActions(plan({ status: 'submitted' }), leader)).toEqual(['return', 'issue']);
    expect(availableActions(plan({ status: 'submitted' }), officer)).toEqual(['withdraw']);
    expect(availableActions(plan({ status: 'issued' }), leader)).toEqual(['close', 'amend']);
    expect(availableActions(plan({ status: 'issued' }), { role: 'viewer', unitId: 'u1' })).toEqual(
      [],
    );
  });
  it('closed is final and only drafts are editable', () => {
    const closed = plan({ status: 'closed' });
    expect(canTransition(closed, 'amend', leader)).toEqual({
      ok: false,
      reason: 'Kế hoạch đã kết thúc, không thể thao tác.',
    });
    expect(availableActions(closed, leader)).toEqual([]);
    expect(isEditable(plan())).toBe(true);
    expect(isEditable(plan({ status: 'issued' }))).toBe(false);
    expect(isEditable(plan({ status: 'submitted' }))).toBe(false);
  });
  it('amending an issued plan creates version n+1 as an unnumbered draft, leaving the original intact', () => {
    const issued = plan({ status: 'issued', documentNumber: '426/KH-UBND', date: '2022-02-18' });
    const v2 = amendPlan(issued, 'p1-v2');
    expect(v2).toMatchObject({
      id: 'p1-v2',
      version: 2,
      previousVersionId: 'p1',
      status: 'draft',
      documentNumber: '/KH-UBND',
      date: null,
    });
    v2.tasks[0]!.content = 'Đã sửa';
    v2.tasks.push(task('8.2'));
    expect(issued.tasks[0]!.content).toBe('Nội dung nhiệm vụ 1.1');
    expect(diffTasks(issued.tasks, v2.tasks).lines).toEqual([
      'Thêm nhiệm vụ 8.2: Nội dung nhiệm vụ 8.2',
      'Nhiệm vụ 1.1: nội dung “Nội dung nhiệm vụ 1.1” → “Đã sửa”',
    ]);
    expect(() => amendPlan(plan(), 'x')).toThrow();
  });
});
