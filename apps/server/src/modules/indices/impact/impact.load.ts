import { taskWindow } from '@papi/domain';
import type { TImpactSummary, TUnitRef } from '@papi/contracts';
import type { Executor } from '../../../db/client.ts';
import { todayVn } from '../../../platform/clock.ts';
import { loadIndexData } from '../indices.cache.ts';
import { evaluateTargets } from '../index-targets.service.ts';
import { listTargets } from '../index-targets.repository.ts';
import {
  provincePredecessors,
  taskCoverage,
  unitPaths,
  unitTasks,
  type TaskCoverage,
} from './impact.repository.ts';
import { buildImpact, latestYear } from './impact.service.ts';

/** What every unit's summary of one year shares: read once for the notifier's many units. */
export interface ImpactShared {
  predecessors: Map<number, number[]>;
  coverage: TaskCoverage;
}

export async function loadShared(db: Executor, year: number): Promise<ImpactShared> {
  return {
    predecessors: await provincePredecessors(db),
    coverage: await taskCoverage(db, taskWindow(year)),
  };
}

/**
 * The "what moved" summary of a unit for a year (no year: the latest release), from the
 * cached results, the unit's targets and the tasks of its subtree and predecessors'.
 * Null when the index does not exist.
 */
export async function loadImpact(
  db: Executor,
  code: string,
  unit: TUnitRef & { path: string },
  year: number | undefined,
  shared?: ImpactShared,
): Promise<TImpactSummary | null> {
  const data = await loadIndexData(db, code);
  if (!data) return null;
  const { framework, all } = data;
  const y = year ?? (all.length ? latestYear(all) : null);
  if (y === null) return null;
  const common = shared ?? (await loadShared(db, y));
  const olds = common.predecessors.get(unit.id) ?? [];
  const paths = [unit.path, ...(await unitPaths(db, olds))];
  const targets = await listTargets(db, framework.code, unit.id, y);
  return buildImpact({
    framework,
    all,
    unit,
    year: y,
    predecessors: common.predecessors,
    coverage: common.coverage,
    tasks: await unitTasks(db, paths, taskWindow(y), todayVn()),
    targets: evaluateTargets(framework, all, unit, olds, y, targets).items,
  });
}
