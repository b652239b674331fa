import { classifyCompliance } from '@papi/domain';
import type { TWorkItem } from '@papi/contracts';
import type { Executor } from '../../db/client.ts';
import type { UnitRecord } from '../units/units.repository.ts';
import { listObligationRows } from '../plans/plan-cascade.repository.ts';

type PlanItem = Extract<TWorkItem, { kind: 'plan' }>;

/**
 * Plans a unit (with `below`, every unit under it) must issue because an issued parent
 * plan obliges it (the cascade), until its own plan is issued.
 */
export async function owedPlans(
  db: Executor,
  unit: UnitRecord,
  below: boolean,
  today: string,
): Promise<PlanItem[]> {
  const rows = await listObligationRows(
    db,
    below ? { scopePaths: [unit.path] } : { unitId: unit.id },
  );
  return rows
    .filter((o) => !(o.child && (o.child.status === 'issued' || o.child.status === 'closed')))
    .map((o) => ({
      kind: 'plan',
      dueOn: o.due,
      overdue: o.due !== null && o.due < today,
      role: o.unit.id === unit.id ? 'own' : 'below',
      obligation: {
        id: o.id,
        parentPlan: {
          id: o.parent.id,
          title: o.parent.title,
          documentNumber: o.parent.documentNumber,
        },
        unit: o.unit,
        agency: null,
        status: classifyCompliance(o.due, null, today),
        planId: o.child?.id ?? null,
      },
    }));
}
