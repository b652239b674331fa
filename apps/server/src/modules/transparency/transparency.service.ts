/**
 * What the public transparency page shows, gathered from the modules that own it: issued
 * plans (never drafts), task progress by dimension (execution's counts, its one meaning of
 * overdue), the communes' reporting rate for the period due now (the monitoring query),
 * official index results (the indices cache) and closed survey runs' whole-unit scores.
 * Only aggregates and public documents leave here: no user, e-mail or raw answer.
 */
import { sql } from 'drizzle-orm';
import {
  TASK_STATUSES,
  compareVietnamese,
  periodDueNow,
  generatePeriods,
  type SubmissionState,
  type TaskStatus,
} from '@papi/domain';
import type { Executor } from '../../db/client.ts';
import { taskCounts } from '../execution/task-counts.ts';
import { planDimensions } from '../plans/plan-appendix.groups.ts';
import { documentNumberOf } from '../plans/plans.repository.ts';
import { loadCalendar } from '../execution/holidays.service.ts';
import { publishedResults, regimesApplying } from '../reports/regimes.repository.ts';
import { monitoringContext, monitoringRates, storedPeriod } from '../reports/monitoring.query.ts';
import { intersectPaths } from '../reports/lineage.ts';
import { summarise } from '../reports/reporting-rates.ts';
import { publicIndex, type PublicIndex } from './transparency.index.ts';
import { publicSurveys, type PublicSurvey } from './transparency.surveys.ts';
import type { PublicUnit } from './transparency.units.ts';

export interface PublicPlan {
  id: number;
  documentNumber: string;
  title: string;
  issuedOn: string | null;
  year: number;
  /** Who signed the issued document (public on the document itself). */
  signer: string | null;
}

export interface DimensionProgress {
  code: string;
  name: string;
  total: number;
  done: number;
  inProgress: number;
  overdue: number;
  notStarted: number;
}

export interface PublicReporting {
  regime: string;
  period: string;
  dueOn: string | null;
  expected: number;
  submitted: number;
  onTime: number;
  late: number;
  missing: number;
  pending: number;
  rate: number | null;
  communes: { unit: PublicUnit; state: SubmissionState }[];
}

export interface TransparencyData {
  unit: PublicUnit;
  children: PublicUnit[];
  parent: PublicUnit | null;
  today: string;
  year: number;
  plans: PublicPlan[];
  progress: { total: number; byStatus: Record<TaskStatus, number>; dims: DimensionProgress[] };
  reporting: PublicReporting | null;
  index: PublicIndex;
  surveys: PublicSurvey[];
}

/** The unit's own issued plans (issued, or closed after issue), newest first. */
export async function issuedPlans(db: Executor, unitId: number): Promise<PublicPlan[]> {
  const r = await db.execute<{
    id: number;
    number: number | null;
    symbol: string;
    title: string;
    issued_on: string | null;
    year: number;
    signer: string | null;
  }>(sql`
    select p.id, p.number, p.symbol, p.title, p.issued_on::text as issued_on, p.year,
           p.body #>> '{signer,name}' as signer
      from plan p
     where p.unit_id = ${unitId} and p.status in ('issued', 'closed') and p.number is not null
     order by p.issued_on desc nulls last, p.id desc
     limit 30`);
  return r.rows.map((p) => ({
    id: p.id,
    documentNumber: documentNumberOf(p.number, p.symbol),
    title: p.title,
    issuedOn: p.issued_on,
    year: p.year,
    signer: p.signer,
  }));
}

async function progressOf(db: Executor, unit: PublicUnit, year: number, today: string) {
  const [counts, names] = await Promise.all([
    taskCounts(db, { unitPath: unit.path, planId: null, year, today }),
    planDimensions(db, year),
  ]);
  const name = new Map(names.map((d) => [d.code, d.name]));
  const byStatus = Object.fromEntries(
    TASK_STATUSES.map((s) => [s, counts.byStatus[s] ?? 0]),
  ) as Record<TaskStatus, number>;
  const dims = counts.byDimension
    // Dimensions only (D1…D8); sub-dimensions would repeat their tasks.
    .filter((d) => !d.code.includes('.'))
    .map((d) => ({
      code: d.code,
      name: name.get(d.code) ?? d.code,
      total: d.total - d.byStatus.cancelled,
      done: d.byStatus.done + d.byStatus.done_late,
      inProgress: d.byStatus.in_progress,
      overdue: d.byStatus.overdue,
      notStarted: d.byStatus.not_started,
    }));
  return { total: counts.total - byStatus.cancelled, byStatus, dims };
}

/**
 * The communes' reporting for the period of the unit's periodic regime that is due now
 * (as the monitoring board picks it); for a commune, its own state. Null without a regime.
 */
async function reportingOf(
  db: Executor,
  unit: PublicUnit,
  all: readonly PublicUnit[],
  today: string,
): Promise<PublicReporting | null> {
  const regime = (await regimesApplying(db, unit.path, false)).find(
    (g) => g.definition.trigger === 'periodic' && g.definition.levels.includes('commune'),
  );
  if (!regime) return null;
  const ctx = await monitoringContext(db, regime.id, unit.id, null);
  if (!ctx) return null;
  const [calendar, published] = await Promise.all([
    loadCalendar(db, regime.unitPath),
    publishedResults(db),
  ]);
  const year = Number(today.slice(0, 4));
  const generated = [year - 1, year].flatMap((y) =>
    generatePeriods(regime.definition, y, calendar, published),
  );
  const due = periodDueNow(generated, today);
  if (!due) return null;
  const period = (await storedPeriod(db, regime.id, due.key)) ?? due;
  const below = !unit.path.startsWith(regime.unitPath) && regime.unitPath.startsWith(unit.path);
  const subtree = below ? ctx.regimeLineage : ctx.unitLineage;
  const rates = await monitoringRates(
    db,
    {
      regimeId: regime.id,
      levels: ['commune'],
      periods: [period],
      paths: intersectPaths(ctx.regimeLineage, subtree),
      today,
    },
    { level: 'commune' },
    { page: 1, pageSize: 500 },
  );
  const sum = summarise(rates.groups, rates.provinces, ['commune']).total;
  const byId = new Map(all.map((u) => [u.id, u]));
  return {
    regime: regime.name,
    period: period.label,
    dueOn: rates.items[0]?.dueOn ?? null,
    expected: sum.expected,
    submitted: sum.submitted,
    onTime: sum.onTime,
    late: sum.late,
    missing: sum.missing,
    pending: sum.pending,
    rate: sum.rate,
    // Only communes of this installation today, named as the page names them.
    communes: rates.items
      .flatMap((i) => {
        const u = byId.get(i.unit.id);
        return u ? [{ unit: u, state: i.state }] : [];
      })
      .sort((a, b) => compareVietnamese(a.unit.name, b.unit.name)),
  };
}

/** Everything the page may show for a unit; sections the settings hide are not asked. */
export async function gatherTransparency(
  db: Executor,
  unit: PublicUnit,
  all: readonly PublicUnit[],
  today: string,
  shown: {
    plans: boolean;
    progress: boolean;
    reporting: boolean;
    index: boolean;
    surveys: boolean;
  },
): Promise<TransparencyData> {
  const year = Number(today.slice(0, 4));
  const none = { total: 0, byStatus: {} as Record<TaskStatus, number>, dims: [] };
  const [plans, progress, reporting, index, surveys] = await Promise.all([
    shown.plans ? issuedPlans(db, unit.id) : [],
    shown.progress ? progressOf(db, unit, year, today) : none,
    shown.reporting ? reportingOf(db, unit, all, today) : null,
    shown.index ? publicIndex(db, unit, all) : { kind: 'none' as const },
    shown.surveys ? publicSurveys(db, unit) : [],
  ]);
  return {
    unit,
    children: all
      .filter((u) => u.parentId === unit.id)
      .sort((a, b) => compareVietnamese(a.name, b.name)),
    parent: all.find((u) => u.id === unit.parentId) ?? null,
    today,
    year,
    plans,
    progress,
    reporting,
    index,
    surveys,
  };
}
