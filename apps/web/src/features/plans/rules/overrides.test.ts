import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAN_TYPES, resolvePlanTypes } from '@papi/domain';
import { rulesState, toOverride } from './overrides.ts';

const improvement = DEFAULT_PLAN_TYPES.find((t) => t.code === 'improvement')!;
const names = [
  'covers_all_dimensions',
  'task_requires',
  'budget_required',
  'min_tasks',
  'document_number',
];

describe('rule overrides', () => {
  it('stores nothing when the defaults are kept', () => {
    expect(toOverride(rulesState(improvement.rules, names), improvement)).toEqual({});
  });

  it('stores switched-off rules, changed values and added rules, and the server reads them back', () => {
    const state = rulesState(improvement.rules, names);
    state.covers_all_dimensions = {
      ...state.covers_all_dimensions!,
      params: { level: 'sub_dimension' },
    };
    state.min_tasks = { ...state.min_tasks!, severity: 'warning', params: { min: 5 } };
    state.document_number = { ...state.document_number!, enabled: false };
    state.budget_required = {
      enabled: true,
      severity: 'warning',
      atIssuance: false,
      params: { requireSource: false },
    };
    const override = toOverride(state, improvement);
    expect(override).toEqual({
      covers_all_dimensions: { level: 'sub_dimension' },
      min_tasks: { severity: 'warning', min: 5 },
      document_number: false,
      budget_required: { severity: 'warning', requireSource: false },
    });
    const { types, problems } = resolvePlanTypes({ improvement: { rules: override } });
    expect(problems).toEqual([]);
    const resolved = types.find((t) => t.code === 'improvement')!;
    expect(resolved.rules.find((r) => r.rule === 'covers_all_dimensions')).toMatchObject({
      level: 'sub_dimension',
    });
    expect(resolved.rules.find((r) => r.rule === 'document_number')).toBeUndefined();
    expect(resolved.rules.find((r) => r.rule === 'budget_required')).toMatchObject({
      severity: 'warning',
      requireSource: false,
    });
  });
});
