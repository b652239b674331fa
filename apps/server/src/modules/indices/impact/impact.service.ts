import {
  IMPACT_THRESHOLDS,
  associate,
  countTargets,
  lineageEstimate,
  median,
  movedElements,
  standingChange,
  surveyEnd,
  taskTargets,
  taskWindow,
  type Edition,
} from '@papi/domain';
import type { TImpactSummary, TIndexFramework, TTargetList, TUnitRef } from '@papi/contracts';
import type { ResultRow } from '../indices.repository.ts';
import { viewYear, type YearView } from '../indices.service.ts';
import { eraOf } from '../indices.import.ts';
import { targetTitle } from '../index-targets.service.ts';
import type { TaskCoverage, UnitTask } from './impact.repository.ts';
import { associationNote } from './impact.text.ts';

export const IMPACT_DISCLAIMER = 'Đây là mối liên hệ, không chứng minh nhân quả.';
const TASKS_SHOWN = 20;

export interface ImpactInput {
  framework: TIndexFramework;
  all: ResultRow[];
  unit: TUnitRef;
  year: number;
  /** Province id → the old provinces it was formed from. */
  predecessors: Map<number, number[]>;
  coverage: TaskCoverage;
  tasks: UnitTask[];
  targets: TTargetList['items'];
}

/** Scores of an assessed row (dimensions and sub-dimensions), none when not assessed. */
const scoresOf = (row: ResultRow | undefined) => (row?.assessed ? row.scores : {});

interface Previous {
  scores: Record<string, number>;
  basis: ResultRow[];
  estimated: boolean;
}

/**
 * A province's scores the year before: its own row; across the 2025 map change its single
 * predecessor's (the same province), or, formed from several, the equal-weight lineage
 * estimate of theirs (never official, flagged).
 */
function previousOf(
  view: YearView,
  unitId: number,
  predecessors: Map<number, number[]>,
): Previous | null {
  const own = view.rows.find((r) => r.unit.id === unitId);
  if (own) return { scores: scoresOf(own), basis: [own], estimated: false };
  const olds = predecessors.get(unitId) ?? [];
  const rows = view.rows.filter((r) => olds.includes(r.unit.id));
  if (rows.length === 0) return null;
  if (olds.length === 1) return { scores: scoresOf(rows[0]), basis: rows, estimated: false };
  const codes = new Set(rows.flatMap((r) => Object.keys(scoresOf(r))));
  const scores: Record<string, number> = {};
  for (const code of codes) {
    const e = lineageEstimate(
      olds.map((id) => ({
        key: id,
        score: scoresOf(rows.find((r) => r.unit.id === id))[code] ?? null,
        weight: 1,
      })),
    );
    if (e.value !== null) scores[code] = e.value;
  }
  return { scores, basis: rows, estimated: true };
}

function medians(view: YearView): Record<string, number> {
  const values = new Map<string, number[]>();
  for (const r of view.rows) {
    if (!r.assessed) continue;
    for (const [code, v] of Object.entries(r.scores))
      values.set(code, [...(values.get(code) ?? []), v]);
  }
  return Object.fromEntries([...values].map(([code, vs]) => [code, median(vs)]));
}

function elementName(edition: Edition, code: string): string {
  for (const d of edition.dimensions) {
    if (d.code === code) return d.nameVi;
    const s = d.subDimensions.find((x) => x.code === code);
    if (s) return s.nameVi;
  }
  return code;
}

const latestYear = (all: ResultRow[]) => Math.max(...all.map((r) => r.year));
const yearBefore = (all: ResultRow[], year: number) => {
  const earlier = all.map((r) => r.year).filter((y) => y < year);
  return earlier.length ? Math.max(...earlier) : null;
};

export function buildImpact(input: ImpactInput): TImpactSummary {
  const { framework, all, unit, predecessors, coverage } = input;
  const year = input.year;
  const window = taskWindow(year);
  const previousYear = yearBefore(all, year);
  const empty: TImpactSummary = {
    code: framework.code,
    unit,
    year,
    previousYear,
    available: false,
    reason: null,
    basis: null,
    previousBasis: [],
    previousEstimated: false,
    surveyEnd: surveyEnd(year),
    taskWindow: window,
    thresholds: { ...IMPACT_THRESHOLDS },
    standing: {
      total: null,
      previousTotal: null,
      rank: null,
      previousRank: null,
      group: null,
      previousGroup: null,
      places: null,
      ranksComparable: false,
      groupSteps: null,
    },
    moved: [],
    targets: { ...countTargets([]), items: [] },
    disclaimer: IMPACT_DISCLAIMER,
  };
  const view = viewYear(framework, all, year);
  if (!view) return { ...empty, reason: 'no_results' };
  const olds = predecessors.get(unit.id) ?? [];
  const own = view.rows.find((r) => r.unit.id === unit.id);
  const before = view.rows.filter((r) => olds.includes(r.unit.id));
  const row = own ?? (before.length === 1 ? before[0] : undefined);
  if (!row) return { ...empty, reason: before.length > 1 ? 'merged' : 'no_unit_result' };
  const prevView = previousYear === null ? null : viewYear(framework, all, previousYear);
  const prev = prevView ? previousOf(prevView, row.unit.id, predecessors) : null;
  const targetStatuses = input.targets.map((t) => t.evaluation.status);
  const targets = {
    ...countTargets(targetStatuses),
    items: input.targets.map((t) => ({
      id: t.id,
      title: targetTitle(t),
      status: t.evaluation.status,
    })),
  };
  if (!prevView || !prev) return { ...empty, basis: row.unit, targets, reason: 'no_previous' };

  const total = view.standings.get('total')!.get(row.unit.id)!;
  const prevStanding =
    prev.estimated || prev.basis.length !== 1
      ? null
      : (prevView.standings.get('total')!.get(prev.basis[0]!.unit.id) ?? null);
  const sameSet = eraOf(year) === eraOf(previousYear!);
  const change = standingChange(prevStanding, total, sameSet);
  const prevMedians = medians(prevView);
  const currMedians = medians(view);
  const moves = movedElements(prev.scores, scoresOf(row), prevMedians, currMedians);

  // Every province of this year's results with a previous score and task data in this installation.
  const provincesOf = (id: number) => [id, ...(predecessors.get(id) ?? [])];
  const cases = (code: string) =>
    view.rows.flatMap((r) => {
      const ids = provincesOf(r.unit.id);
      if (!ids.some((id) => coverage.provinces.has(id))) return [];
      const current = scoresOf(r)[code];
      const p = previousOf(prevView, r.unit.id, predecessors);
      const previous = p?.scores[code];
      if (current === undefined || previous === undefined) return [];
      const withTasks = ids.some((id) =>
        (coverage.doneCodes.get(id) ?? []).some((c) => taskTargets([c], code)),
      );
      return [{ key: r.unit.id, change: current - previous, withTasks, estimated: p!.estimated }];
    });
  const withData = view.rows.filter((r) =>
    provincesOf(r.unit.id).some((id) => coverage.provinces.has(id)),
  ).length;

  return {
    ...empty,
    available: true,
    basis: row.unit,
    previousBasis: prev.basis.map((r) => r.unit),
    previousEstimated: prev.estimated,
    standing: {
      total: total.score,
      previousTotal: prev.estimated ? null : (prevStanding?.score ?? null),
      rank: total.rank,
      previousRank: prevStanding?.rank ?? null,
      group: total.group,
      previousGroup: prevStanding?.group ?? null,
      ...change,
    },
    targets,
    moved: moves.map((m) => {
      const tasks = input.tasks
        .filter((t) => taskTargets(t.codes, m.code))
        .map(({ codes: _codes, ...t }) => ({
          ...t,
          inWindow:
            t.completedOn !== null && t.completedOn >= window.from && t.completedOn <= window.to,
        }))
        .sort((a, b) => Number(b.inWindow) - Number(a.inWindow) || a.id - b.id);
      const comparable = withData >= 2;
      const a = associate(comparable ? cases(m.code) : []);
      return {
        ...m,
        name: elementName(view.edition, m.code),
        tasks: tasks.slice(0, TASKS_SHOWN),
        tasksTotal: tasks.length,
        association: {
          provincesWithTaskData: withData,
          comparable,
          withTasks: a.withTasks,
          withoutTasks: a.withoutTasks,
          difference: a.difference,
          estimated: a.estimated,
          test: a.test && {
            method: a.test.method,
            pValue: a.test.pValue,
            permutations: a.test.permutations,
            seed: a.test.seed,
          },
          note: associationNote(withData, a),
        },
      };
    }),
  };
}

export { latestYear };
