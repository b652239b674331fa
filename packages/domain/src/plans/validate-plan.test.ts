import { describe, expect, it } from 'vitest';
import { A, plan, task } from './fixtures/builders.ts';
import { PAPI_2018 } from './fixtures/papi-edition.ts';
import { DEFAULT_PLAN_TYPES, findPlanType, resolvePlanTypes } from './plan-types.ts';
import type { PlanType } from './plan-types.ts';
import { blockingIssues, canIssue, compareTaskNumbers, validatePlan } from './validate-plan.ts';
import type { ValidationContext } from './validate-plan.ts';

const type = (code: string): PlanType => findPlanType(DEFAULT_PLAN_TYPES, code)!;
const ctx: ValidationContext = {
  edition: PAPI_2018,
  agencies: [
    { id: 'noi-vu', name: 'Phòng Nội vụ', active: true },
    { id: 'tu-phap', name: 'Phòng Tư pháp', active: true },
    { id: 'cu', name: 'Phòng Công nghiệp cũ', active: false },
  ],
};
const messages = (p = plan(), t = type('improvement'), stage: 'editing' | 'issuance' = 'editing') =>
  validatePlan(p, t, ctx, stage).map((i) => `${i.severity}: ${i.message}`);

describe('validatePlan — improvement plan', () => {
  it('passes a complete plan', () => {
    expect(validatePlan(plan(), type('improvement'), ctx, 'issuance')).toEqual([]);
  });
  it('points to the row with Vietnamese messages', () => {
    const p = plan();
    p.tasks[1] = task('2.3', { lead: null, deadline: null, expectedResult: ' ' });
    const issues = validatePlan(p, type('improvement'), ctx);
    expect(issues).toEqual([
      {
        severity: 'error',
        rule: 'task_requires',
        taskNumber: '2.3',
        field: 'lead',
        message: 'Nhiệm vụ 2.3: chưa có cơ quan chủ trì',
      },
      {
        severity: 'error',
        rule: 'task_requires',
        taskNumber: '2.3',
        field: 'deadline',
        message: 'Nhiệm vụ 2.3: chưa có thời hạn hoàn thành',
      },
      {
        severity: 'error',
        rule: 'task_requires',
        taskNumber: '2.3',
        field: 'expectedResult',
        message: 'Nhiệm vụ 2.3: chưa có kết quả, sản phẩm dự kiến',
      },
    ]);
  });
  it('requires every dimension of the edition, sub-dimension links counting for their dimension', () => {
    const p = plan({ tasks: plan().tasks.filter((t) => t.number !== '7.1') });
    p.tasks[0] = task('1.1', { dimensionCodes: ['D1.2'] });
    expect(messages(p)).toEqual(['error: Lĩnh vực D7 “Quản trị môi trường” chưa có nhiệm vụ nào.']);
    const strict = resolvePlanTypes({
      improvement: { rules: { covers_all_dimensions: { level: 'sub_dimension' } } },
    });
    const subs = validatePlan(plan(), findPlanType(strict.types, 'improvement')!, ctx);
    expect(subs).toHaveLength(PAPI_2018.dimensions.flatMap((d) => d.subDimensions).length);
  });
  it('catches duplicate numbers, deadlines outside the period, unknown codes and agencies', () => {
    const p = plan();
    p.tasks.push(
      task('1.1', { id: 'dup' }),
      task('8.2', { deadline: { kind: 'date', date: '2025-01-10', label: 'Quý I/2025' } }),
      task('8.3', { dimensionCodes: ['D9'], lead: A('cu'), cooperating: [A('ghost', 'Phòng Ma')] }),
      task('8.4', { lead: { kind: 'group', label: 'UBND các xã', memberIds: ['tu-phap'] } }),
    );
    expect(messages(p)).toEqual([
      'error: Nhiệm vụ 1.1: trùng số thứ tự với nhiệm vụ khác',
      'error: Nhiệm vụ 8.2: thời hạn Quý I/2025 sau thời gian thực hiện kế hoạch (01/01/2024–31/12/2024)',
      'error: Nhiệm vụ 8.3: cơ quan chủ trì “Phòng Công nghiệp cũ” đã ngừng hoạt động',
      'error: Nhiệm vụ 8.3: cơ quan phối hợp “Phòng Ma” không có trong danh mục cơ quan',
      'error: Nhiệm vụ 8.3: mã D9 không có trong phiên bản papi-2018 của Chỉ số',
      'warning: Nhiệm vụ 8.4: chủ trì là nhóm “UBND các xã”, nên giao một cơ quan chủ trì',
    ]);
  });
  it('resolves relative deadlines from the plan date, leaves pending ones alone', () => {
    const p = plan({ date: '2024-12-20' });
    p.tasks[0] = task('1.1', { deadline: { kind: 'relative', days: 30, after: 'issuance' } });
    p.tasks[1] = task('2.1', {
      deadline: { kind: 'relative', days: 5, after: 'results_published' },
    });
    p.tasks[2] = task('3.1', { deadline: { kind: 'recurring', every: 'quarterly' } });
    expect(messages(p)).toEqual([
      'error: Nhiệm vụ 1.1: thời hạn 30 ngày sau khi ban hành Kế hoạch sau thời gian thực hiện kế hoạch (01/01/2024–31/12/2024)',
    ]);
  });
  it('shows document checks as warnings while editing and enforces them at issuance', () => {
    const p = plan({
      documentNumber: '/KH-UBND',
      recipients: { lines: ['Sở Nội vụ'], archive: null },
      signer: null,
    });
    // The editor counts what submitting and issuing refuse: only the number is left to
    // the văn thư.
    expect(messages(p)).toEqual([
      'error: Nơi nhận phải kết thúc bằng dòng “Lưu: VT, …”.',
      'error: Chưa có người ký.',
    ]);
    expect(messages(p, type('improvement'), 'issuance').every((m) => m.startsWith('error'))).toBe(
      true,
    );
    expect(canIssue(p, type('improvement'), ctx)).toBe(false);
    expect(canIssue(plan(), type('improvement'), ctx)).toBe(true);
  });
  it('checks the signer block and the archive line order', () => {
    const p = plan({
      recipients: { lines: [], archive: { holders: ['NV', 'VT'], copies: null } },
      signer: {
        onBehalfOf: 'ỦY BAN NHÂN DÂN',
        authority: 'KT',
        headTitle: 'CHỦ TỊCH',
        position: 'CHỦ TỊCH',
        name: 'X',
        userId: null,
      },
    });
    expect(messages(p)).toEqual([
      'error: Dòng “Lưu” phải ghi Văn thư (VT) đầu tiên.',
      'error: Ký thay (KT.) thì người ký là cấp phó, chức vụ phải khác người đứng đầu.',
    ]);
  });
});

describe('validatePlan — other types', () => {
  it('project plans ask no per-task budget or expected result', () => {
    const p = plan({
      typeCode: 'project',
      responsibilities: [
        {
          number: '1',
          heading: 'Phòng Nội vụ',
          agencies: [A('noi-vu', 'Phòng Nội vụ')],
          request: false,
          paragraphs: ['Chủ trì, theo dõi.'],
          children: [],
        },
      ],
    });
    p.tasks = p.tasks.map((t) => ({ ...t, expectedResult: null, budget: null }));
    expect(blockingIssues(p, type('project'), ctx, 'issuance')).toEqual([]);
  });
  it('a waived rule reports nothing for that plan; others still do', () => {
    const p = plan({
      tasks: plan().tasks.filter((t) => !t.dimensionCodes.some((c) => c.startsWith('D8'))),
    });
    expect(messages(p)).toContain('error: Lĩnh vực D8 “Quản trị điện tử” chưa có nhiệm vụ nào.');
    const waived = validatePlan(p, type('improvement'), {
      ...ctx,
      waivedRules: ['covers_all_dimensions'],
    });
    expect(waived.filter((i) => i.rule === 'covers_all_dimensions')).toEqual([]);
    const noLead = plan();
    noLead.tasks[0] = task('1.1', { lead: null });
    expect(
      validatePlan(noLead, type('improvement'), {
        ...ctx,
        waivedRules: ['covers_all_dimensions'],
      }).map((i) => i.message),
    ).toEqual(['Nhiệm vụ 1.1: chưa có cơ quan chủ trì']);
  });
  it('editing and issuance find the same errors except the number still to be given', () => {
    const p = plan({ documentNumber: '/KH-UBND' });
    expect(blockingIssues(p, type('improvement'), ctx, 'editing')).toEqual([]);
    expect(blockingIssues(p, type('improvement'), ctx, 'issuance').map((i) => i.message)).toEqual([
      'Chưa cấp số văn bản (văn thư cấp số khi ban hành).',
    ]);
    expect(
      blockingIssues({ ...p, documentNumber: '35/KH-UBND' }, type('improvement'), ctx, 'issuance'),
    ).toEqual([]);
  });
  it('communication plans need responsibilities but not dimension coverage', () => {
    const p = plan({
      typeCode: 'communication',
      tasks: [task('1', { lead: null, dimensionCodes: [] })],
    });
    expect(messages(p, type('communication'))).toEqual([
      'error: Chưa phân công tổ chức thực hiện.',
    ]);
  });
});

describe('compareTaskNumbers', () => {
  it('orders numbers the way the document reads', () => {
    expect(['2.10', '10.1', '2.9', '2', '1.1'].sort(compareTaskNumbers)).toEqual([
      '1.1',
      '2',
      '2.9',
      '2.10',
      '10.1',
    ]);
  });
});
