import { describe, expect, it } from 'vitest';
import { A, plan, task } from './fixtures/builders.ts';
import { PAPI_2018 } from './fixtures/papi-edition.ts';
import { MOC_CHAU, SEED_001 } from './fixtures/seed-001.ts';
import { SEED_004 } from './fixtures/seed-004.ts';
import {
  complianceBoard,
  obligationDue,
  prefillChildPlan,
  roleIn,
  summarizeCompliance,
} from './cascade.ts';
import type { AgencyRef, Plan } from './plan.ts';
import { DEFAULT_PLAN_TYPES, findPlanType } from './plan-types.ts';
import { validatePlan } from './validate-plan.ts';

const YEN_CHAU = 'son-la/yen-chau';
const SONG_MA = 'son-la/song-ma';
const DISTRICTS: AgencyRef = {
  kind: 'group',
  label: 'UBND các huyện, thành phố',
  memberIds: [MOC_CHAU, YEN_CHAU, SONG_MA],
};

/**
 * The province's Kế hoạch 48/KH-UBND that seed 001 implements. Its text is not among the
 * seeds, so its tasks here are made up; number, date, issuer and title are the ones 001 cites.
 */
const PROVINCE_48: Plan = plan({
  id: 'son-la-48',
  issuingUnitId: 'son-la',
  status: 'issued',
  documentNumber: '48/KH-UBND',
  date: '2022-02-10',
  title: 'Nâng cao chỉ số hiệu quả quản trị và hành chính công năm 2022',
  period: { from: '2022-01-01', to: '2022-12-31' },
  taskGroups: [
    { number: '1', heading: 'Tham gia của người dân ở cấp cơ sở', dimensionCodes: ['D1'] },
    { number: '2', heading: 'Công khai, minh bạch', dimensionCodes: ['D2'] },
    { number: '3', heading: 'Trách nhiệm giải trình', dimensionCodes: ['D3'] },
  ],
  tasks: [
    task('1.1', {
      id: 'P-1.1',
      lead: DISTRICTS,
      deadline: { kind: 'recurring', every: 'continuous', label: 'Thường xuyên' },
    }),
    task('2.1', {
      id: 'P-2.1',
      dimensionCodes: ['D2.1'],
      lead: A('son-la/so-tttt', 'Sở Thông tin và Truyền thông'),
      cooperating: [DISTRICTS],
      deadline: { kind: 'date', date: '2022-06-30', label: 'Quý II/2022' },
    }),
    task('3.1', { id: 'P-3.1', lead: A('son-la/thanh-tra', 'Thanh tra tỉnh') }),
    task('3.2', {
      id: 'P-3.2',
      lead: A('son-la/thanh-tra', 'Thanh tra tỉnh'),
      cooperating: [A(YEN_CHAU)],
    }),
  ],
  obligations: [
    {
      id: 'ob-48',
      addressees: 'UBND các huyện, thành phố',
      unitIds: [MOC_CHAU, YEN_CHAU, SONG_MA],
      deadline: { kind: 'relative', days: 10, after: 'issuance' },
    },
  ],
});

describe('prefillChildPlan', () => {
  const { plan: child, roles } = prefillChildPlan(PROVINCE_48, {
    planId: 'moc-chau-2022',
    unitId: MOC_CHAU,
    agencyIds: [MOC_CHAU],
    parentIssuerShort: 'UBND tỉnh',
    newTaskId: (t) => `mc-${t.number}`,
  });

  it('takes the tasks where the unit leads or cooperates, through groups too', () => {
    expect(roleIn(PROVINCE_48.tasks[0]!, [MOC_CHAU])).toBe('lead');
    expect(child.tasks.map((t) => [t.number, t.parentTaskId])).toEqual([
      ['1.1', 'P-1.1'],
      ['2.1', 'P-2.1'],
    ]);
    expect(roles).toEqual({ 'mc-1.1': 'lead', 'mc-2.1': 'cooperating' });
    expect(child.tasks[1]).toMatchObject({
      dimensionCodes: ['D2.1'],
      deadline: { label: 'Quý II/2022' },
      lead: null,
    });
    expect(child.taskGroups.map((g) => g.number)).toEqual(['1', '2']);
  });
  it('reproduces the basis line seed 001 wrote by hand', () => {
    expect(child.bases[0]?.text).toBe(SEED_001.bases[0]?.text);
    expect(child.bases[0]).toMatchObject({
      implementsParent: true,
      parentPlanId: 'son-la-48',
      documentNumber: '48/KH-UBND',
    });
    expect(child).toMatchObject({
      status: 'draft',
      issuingUnitId: MOC_CHAU,
      version: 1,
      documentNumber: null,
    });
  });
  it('leaves the lead to the child unit, which the validator asks for', () => {
    const improvement = findPlanType(DEFAULT_PLAN_TYPES, 'improvement')!;
    const leads = validatePlan(child, improvement, { edition: PAPI_2018, agencies: [] }).filter(
      (i) => i.field === 'lead',
    );
    expect(leads.map((i) => i.message)).toEqual([
      'Nhiệm vụ 1.1: chưa có cơ quan chủ trì',
      'Nhiệm vụ 2.1: chưa có cơ quan chủ trì',
    ]);
  });
});

describe('obligations and the compliance board', () => {
  it('resolves a date or N days after issuance', () => {
    expect(obligationDue(PROVINCE_48.obligations[0]!, '2022-02-10')).toBe('2022-02-20');
    expect(obligationDue(SEED_001.obligations[0]!, null)).toBe('2022-02-20');
    expect(obligationDue(SEED_004.obligations[0]!, null)).toBeNull();
    expect(obligationDue(SEED_004.obligations[1]!, '2023-06-15')).toBe('2023-06-30');
  });

  const yenChau = plan({
    id: 'yen-chau-2022',
    issuingUnitId: YEN_CHAU,
    status: 'issued',
    date: '2022-02-25',
    tasks: [
      task('1.1', { parentTaskId: 'P-1.1' }),
      task('2.1', { parentTaskId: 'P-2.1', dimensionCodes: ['D2.4'] }),
    ],
  });
  const board = (today: string, children: Plan[]) =>
    complianceBoard({
      parent: PROVINCE_48,
      obligation: PROVINCE_48.obligations[0]!,
      children,
      today,
      edition: PAPI_2018,
    });

  it('classifies on time, late, not yet and overdue, with uncovered dimensions', () => {
    const rows = board('2022-02-21', [SEED_001, yenChau]);
    expect(rows.map((r) => [r.unitId, r.compliance, r.issuedOn])).toEqual([
      [MOC_CHAU, 'on_time', '2022-02-18'],
      [YEN_CHAU, 'late', '2022-02-25'],
      [SONG_MA, 'overdue', null],
    ]);
    expect(rows[0]?.uncovered).toEqual([]);
    expect(rows[1]?.uncovered).toEqual(['D3', 'D4', 'D5', 'D6', 'D7', 'D8']);
    expect(summarizeCompliance(rows)).toEqual({ on_time: 1, late: 1, not_yet: 0, overdue: 1 });
    expect(board('2022-02-15', [])[2]?.compliance).toBe('not_yet');
  });
  it('lists parent tasks a child plan dropped; 001 as written carries no task links', () => {
    const rows = board('2022-03-01', [SEED_001, yenChau]);
    // 001's solutions are its own wording; the links would be in its appendix.
    expect(rows[0]?.missingParentTasks).toEqual(['1.1', '2.1']);
    expect(rows[1]?.missingParentTasks).toEqual(['3.2']);
  });
  it('does not count a draft as issued', () => {
    const draft = { ...yenChau, status: 'draft' as const };
    expect(board('2022-03-01', [draft])[1]?.compliance).toBe('overdue');
  });
});
