/** What the appendix editor reads besides the plan: agencies, the index edition, the type. */
import { useMemo } from 'react';
import { DEFAULT_PLAN_TYPES, findPlanType, toRuleConfig } from '@papi/domain';
import type { PlanType, RuleConfig } from '@papi/domain';
import { useAgencies } from '../../agencies/api.ts';
import { useIndices } from '../../indices/api.ts';
import { DEFAULT_INDEX, editionFor } from '../../indices/selection.ts';
import { usePlanTypes } from '../api.ts';
import type { PlanDetail } from '../api.ts';
import type { AgencyOption } from './agencyMatch.ts';
import type { DimensionOption } from './paste.ts';

export function useEditorData(plan: PlanDetail) {
  const agencies = useAgencies({ unitId: plan.unit.id, pageSize: 500 });
  const indices = useIndices();
  const types = usePlanTypes();
  const papi = indices.data?.items.find((i) => i.framework.code === DEFAULT_INDEX);
  const edition = editionFor(papi, plan.year) ?? null;

  return useMemo(() => {
    const options: AgencyOption[] = (agencies.data?.items ?? []).map((a) => ({
      id: a.id,
      name: a.name,
      shortName: a.shortName,
      active: a.active,
    }));
    const dimensions: DimensionOption[] = (edition?.dimensions ?? []).flatMap((d) => [
      { code: d.code, name: d.nameVi },
      ...d.subDimensions.map((s) => ({ code: s.code, name: s.nameVi })),
    ]);
    // The installation's configured rules when the server provides them, else the defaults.
    const configured = types.data?.types.find((x) => x.code === plan.planType);
    const type: PlanType | null = configured
      ? {
          code: configured.code,
          nameVi: configured.nameVi,
          tasksByDimension: configured.tasksByDimension,
          rules: configured.rules
            .map((r) => toRuleConfig(r))
            .filter((r): r is RuleConfig => typeof r !== 'string'),
        }
      : findPlanType(DEFAULT_PLAN_TYPES, plan.planType);
    const withBudget = (type?.rules ?? []).some(
      (r) =>
        r.rule === 'budget_required' || (r.rule === 'task_requires' && r.fields.includes('budget')),
    );
    return {
      agencies: options,
      dimensions,
      edition,
      order: (edition?.dimensions ?? []).map((d) => d.code),
      type,
      byDimension: type?.tasksByDimension ?? true,
      withBudget,
      loading: agencies.isPending || indices.isPending,
    };
  }, [agencies.data, agencies.isPending, indices.isPending, edition, types.data, plan.planType]);
}
