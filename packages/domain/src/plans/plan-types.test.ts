import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAN_TYPES, findPlanType, resolvePlanTypes, toRuleConfig } from './plan-types.ts';

describe('plan types as data', () => {
  it('ships the four types with their own rules', () => {
    expect(DEFAULT_PLAN_TYPES.map((t) => t.code)).toEqual([
      'improvement',
      'communication',
      'programme_review',
      'project',
    ]);
    const rulesOf = (code: string) =>
      findPlanType(DEFAULT_PLAN_TYPES, code)?.rules.map((r) => r.rule) ?? [];
    expect(rulesOf('improvement')).toContain('covers_all_dimensions');
    expect(rulesOf('communication')).not.toContain('covers_all_dimensions');
    // Project plans (Sơn La 2021) carry no per-task budget or expected result.
    expect(rulesOf('project')).not.toContain('budget_required');
    expect(rulesOf('improvement')).not.toContain('budget_required');
  });
  it('returns the defaults unchanged without overrides', () => {
    const { types, problems } = resolvePlanTypes();
    expect(problems).toEqual([]);
    expect(types).toEqual(DEFAULT_PLAN_TYPES);
  });
  it('lets the coordinator disable, re-parameterise and add rules', () => {
    const { types, problems } = resolvePlanTypes({
      improvement: {
        rules: {
          covers_all_dimensions: { level: 'sub_dimension', severity: 'warning' },
          lead_is_single_agency: false,
          budget_required: { requireSource: false },
        },
      },
    });
    expect(problems).toEqual([]);
    const rules = findPlanType(types, 'improvement')?.rules ?? [];
    expect(rules.find((r) => r.rule === 'covers_all_dimensions')).toEqual({
      rule: 'covers_all_dimensions',
      level: 'sub_dimension',
      severity: 'warning',
    });
    expect(rules.some((r) => r.rule === 'lead_is_single_agency')).toBe(false);
    expect(rules.find((r) => r.rule === 'budget_required')).toEqual({
      rule: 'budget_required',
      requireSource: false,
      severity: 'error',
    });
  });
  it('adds a new type and reports unusable configuration in Vietnamese', () => {
    const { types, problems } = resolvePlanTypes({
      inspection: { nameVi: 'Kế hoạch kiểm tra', rules: { task_requires: { fields: ['lead'] } } },
      nameless: {},
      project: { rules: { task_requires: { fields: ['nope'] }, made_up: {} } },
    });
    // A new type keeps the rules every plan shares, with its own changes over them.
    const inspection = findPlanType(types, 'inspection')!.rules;
    expect(inspection[0]).toEqual({ rule: 'task_requires', fields: ['lead'], severity: 'error' });
    expect(inspection.map((r) => r.rule)).toEqual([
      'task_requires',
      'min_tasks',
      'unique_task_numbers',
      'deadlines_in_period',
      'agencies_active',
      'dimensions_exist',
      'lead_is_single_agency',
      'document_number',
      'recipients_archive',
      'signer_complete',
    ]);
    const lean = resolvePlanTypes({
      memo: { nameVi: 'Kế hoạch ngắn', rules: { signer_complete: false, min_tasks: { min: 3 } } },
    }).types;
    const memo = findPlanType(lean, 'memo')!.rules;
    expect(memo.some((r) => r.rule === 'signer_complete')).toBe(false);
    expect(memo.find((r) => r.rule === 'min_tasks')).toEqual({
      rule: 'min_tasks',
      min: 3,
      severity: 'error',
    });
    // Default types come first, then the installation's own.
    expect(problems).toEqual([
      'Loại project: Quy tắc task_requires: danh sách trường không hợp lệ.',
      'Loại project: Quy tắc "made_up" không tồn tại.',
      'Loại kế hoạch mới "nameless" cần có tên.',
    ]);
    // The rejected override leaves the default in place.
    expect(
      findPlanType(types, 'project')?.rules.find((r) => r.rule === 'task_requires'),
    ).toMatchObject({
      fields: ['content'],
    });
  });
  it('validates single rule objects', () => {
    expect(toRuleConfig({ rule: 'min_tasks', min: -1, severity: 'error' })).toContain(
      'không hợp lệ',
    );
    expect(toRuleConfig({ rule: 'min_tasks', severity: 'fatal' })).toContain('mức độ');
    expect(
      toRuleConfig({ rule: 'signer_complete', severity: 'warning', atIssuance: true }),
    ).toEqual({
      rule: 'signer_complete',
      severity: 'warning',
      atIssuance: true,
    });
  });
});
