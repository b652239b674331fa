/**
 * The appendix table of the Word plan, in the plan's own structure: its headings in order
 * with their items, or the dimensions by name for a plan without headings. A task's text
 * prints once.
 */
import {
  agencyLabel,
  appendixOutline,
  editionFor,
  formatDeadline,
  taskText,
  type Plan,
} from '@papi/domain';
import type { Executor } from '../../db/client.ts';
import type { PlanTaskGroup } from '../../platform/documents/plan-input.ts';
import { findFramework } from '../indices/indices.repository.ts';
import { PLAN_FRAMEWORK } from './plans.service.ts';

export interface DimensionName {
  code: string;
  name: string;
}

/** Dimensions and sub-dimensions of the PAPI edition in force in a year, with their names. */
export async function planDimensions(db: Executor, year: number): Promise<DimensionName[]> {
  const framework = await findFramework(db, PLAN_FRAMEWORK);
  const edition = framework ? editionFor(framework, year) : null;
  return (edition?.dimensions ?? []).flatMap((d) => [
    { code: d.code, name: d.nameVi },
    ...d.subDimensions.map((s) => ({ code: s.code, name: s.nameVi })),
  ]);
}

export function appendixGroups(plan: Plan, dimensions: readonly DimensionName[]): PlanTaskGroup[] {
  return appendixOutline(plan.taskGroups, plan.tasks, dimensions).map((item) => ({
    number: item.heading.number,
    heading: item.heading.heading,
    level: item.heading.level,
    tasks: item.tasks.map((t) => ({
      number: t.number,
      content: taskText(t.title, t.content),
      lead: t.lead ? agencyLabel(t.lead) : '',
      partners: t.cooperating.map(agencyLabel).join('; '),
      deadline: t.deadline ? formatDeadline(t.deadline) : '',
      output: t.expectedResult ?? '',
    })),
  }));
}
