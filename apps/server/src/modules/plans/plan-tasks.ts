import { randomUUID } from 'node:crypto';
import type { Deadline } from '@papi/domain';
import type { Executor } from '../../db/client.ts';
import { planTask } from './plans.table.ts';
import type { TaskRecord } from './plans.repository.ts';

/**
 * Inserts copies of stored tasks into a plan. An amendment keeps each task's key (so the
 * versions diff); a copy to another plan takes new keys and may move deadlines.
 */
export async function insertTaskCopies(
  db: Executor,
  planId: number,
  tasks: readonly TaskRecord[],
  opts: { keepKeys: boolean; deadline?: (d: Deadline) => Deadline },
) {
  if (tasks.length === 0) return;
  await db.insert(planTask).values(
    tasks.map((t) => ({
      planId,
      taskKey: opts.keepKeys ? t.key : randomUUID(),
      position: t.position,
      number: t.number,
      title: t.title,
      content: t.content,
      dimensionCodes: t.dimensionCodes,
      lead: t.lead,
      cooperating: t.cooperating,
      deadline: t.deadline && opts.deadline ? opts.deadline(t.deadline) : t.deadline,
      expectedResult: t.expectedResult,
      budget: t.budget === null ? null : String(t.budget),
      budgetSource: t.budgetSource,
      parentTaskId: t.parentTaskId,
      solutionId: t.solutionId,
      groupKey: t.groupKey ?? null,
    })),
  );
}
