import { unitStatistics } from '../feedback/feedback.stats.ts';
import {
  TASK_STATUSES,
  TASK_STATUS_LABELS,
  can,
  editionFor,
  formatDateVi,
  isWithinScope,
  type IndexFramework,
} from '@papi/domain';
import type { Executor } from '../../db/client.ts';
import type { Session } from '../../platform/auth/session.ts';
import { forbidden, notFound } from '../../platform/errors.ts';
import type {
  ConsolidatedReportInput,
  DimensionSection,
  IndicatorLine,
  ReportingRow,
} from '../../platform/documents/consolidated-input.ts';
import { dayVn, todayVn } from '../../platform/clock.ts';
import { loadShippedFramework } from '../indices/indices.shipped.ts';
import { readableRegime } from '../reports/regimes.routes.ts';
import { findUnitById } from '../units/units.repository.ts';
import {
  indicatorNames,
  periodOf,
  planCited,
  reportsReceived,
  type Submitted,
} from './consolidated.data.ts';

/** A unit's name as the report text uses it: "UBND tỉnh Sơn La". */
const committee = (fullName: string) =>
  `UBND ${fullName.charAt(0).toLowerCase()}${fullName.slice(1)}`;

function reportingRow(s: Submitted): ReportingRow {
  const r = s.reporter;
  return {
    unitName: r.agency?.name ?? r.unit.fullName,
    level: r.level,
    dueDate: r.dueOn,
    submittedOn: r.firstSubmittedAt ? dayVn(r.firstSubmittedAt) : null,
    state: r.reportStatus === 'returned' ? 'returned' : r.state,
  };
}

function dimensions(received: Submitted[], year: number): DimensionSection[] {
  const edition = editionFor(loadShippedFramework() as unknown as IndexFramework, year);
  const names = edition?.dimensions.map((d) => [d.code, d.nameVi] as const) ?? [];
  const name = (s: Submitted) => s.reporter.agency?.name ?? s.reporter.unit.fullName;
  return names.map(([code, dimName]) => {
    const seen = new Map<number, DimensionSection['tasks'][number]>();
    const byUnit: DimensionSection['byUnit'] = [];
    for (const s of received) {
      const tasks = (s.snapshot?.tasks ?? []).filter((t) => (t.dimensionCodes[0] ?? '') === code);
      if (s.snapshot) {
        const counts: Record<string, number> = {};
        for (const t of tasks) counts[t.status] = (counts[t.status] ?? 0) + 1;
        byUnit.push({ unitName: name(s), counts });
      }
      for (const t of tasks) {
        seen.set(t.taskId, {
          number: t.number,
          title: t.content,
          lead: t.lead ?? '',
          status: t.status,
          percent: t.percent,
          deadline: t.dueOn ? formatDateVi(t.dueOn) : '',
        });
      }
    }
    return {
      code,
      name: dimName,
      tasks: [...seen.values()],
      byUnit,
      indicators: [],
      narratives: received.flatMap((s) =>
        (s.content?.narratives ?? [])
          .filter((n) => n.dimensionCode === code)
          .map((n) => ({
            unitName: name(s),
            results: n.results,
            shortcomings: n.shortcomings,
            proposals: n.proposals,
          })),
      ),
    };
  });
}

async function indicators(db: Executor, received: Submitted[]): Promise<IndicatorLine[]> {
  const codes = [
    ...new Set(received.flatMap((s) => (s.content?.indicators ?? []).map((i) => i.code))),
  ];
  const names = await indicatorNames(db, codes);
  return codes.map((code) => {
    const def = names.get(code) ?? { name: code, unit: '' };
    return {
      name: def.name,
      unit: def.unit,
      // Shares average over the units; counts add up.
      aggregate: def.unit.trim() === '%' ? 'average' : 'sum',
      target: null,
      values: received.map((s) => ({
        unitName: s.reporter.agency?.name ?? s.reporter.unit.fullName,
        value: s.content?.indicators.find((i) => i.code === code)?.value ?? null,
      })),
    };
  });
}

/**
 * What the receiving unit compiles for its superior: the rate of the reports it was owed,
 * and, gathered by dimension, the task statuses, figures and narratives they sent.
 */
export async function consolidatedInput(
  db: Executor,
  session: Session,
  regimeId: number,
  periodKey: string | undefined,
  unitId: number | undefined,
): Promise<{ input: ConsolidatedReportInput; periodKey: string }> {
  const today = todayVn();
  const unit = await findUnitById(db, unitId ?? session.unitId, today);
  if (!unit || !isWithinScope(unit.path, session.actor.scopePaths)) throw notFound('Đơn vị');
  if (!can(session.actor, 'report.review', { unitPath: unit.path })) {
    throw forbidden('Chỉ quản trị, đầu mối và lãnh đạo của cấp nhận được lập báo cáo tổng hợp.');
  }
  const g = await readableRegime(db, session, regimeId);
  const period = await periodOf(db, g, periodKey, today);
  const received = await reportsReceived(db, g, period, unit, today);
  const plan = await planCited(db, unit.id, period.year);
  const reporter = committee(unit.fullName);
  const planRef = plan
    ? `Kế hoạch số ${plan.number}/${plan.symbol} ngày ${formatDateVi(plan.issued_on)} của ${reporter} về ${plan.title.charAt(0).toLowerCase()}${plan.title.slice(1)}`
    : `các kế hoạch nâng cao Chỉ số PAPI năm ${period.year} của ${reporter}`;
  const window = `từ ngày ${formatDateVi(period.window.from)} đến ngày ${formatDateVi(period.window.to)}`;
  const general = received.flatMap((s) =>
    (s.content?.narratives ?? [])
      .filter((n) => n.dimensionCode === '')
      .flatMap((n) =>
        [n.results, n.shortcomings, n.proposals]
          .filter((t) => t.trim())
          .map((t) => `- ${s.reporter.agency?.name ?? s.reporter.unit.fullName}: ${t.trim()}`),
      ),
  );
  const [month, year] = [Number(today.slice(5, 7)), Number(today.slice(0, 4))];
  const parent = unit.parentId ? await findUnitById(db, unit.parentId, today) : null;
  const input: ConsolidatedReportInput = {
    issuingBody: { lines: ['ỦY BAN NHÂN DÂN', unit.fullName.toUpperCase()] },
    reporter,
    number: '/BC-UBND',
    place: unit.name,
    date: { year, month },
    planRef,
    periodLabel: period.label,
    windowLabel: window,
    intro: [
      `Thực hiện ${planRef}, trên cơ sở báo cáo của các đơn vị (số liệu ${window}), ${reporter} báo cáo kết quả thực hiện ${period.label} như sau:`,
    ],
    statuses: TASK_STATUSES.map((key) => ({ key, label: TASK_STATUS_LABELS[key] })),
    reporting: received.map(reportingRow),
    dimensions: dimensions(received, period.year),
    indicators: await indicators(db, received),
    feedback: await unitStatistics(db, unit.path, period.window, today),
    assessment: { results: general, shortcomings: [], nextSteps: [], proposals: [] },
    signer: {
      authority: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH'],
      position: 'PHÓ CHỦ TỊCH',
      name: '',
    },
    recipients:
      unit.level === 'province'
        ? ['Bộ Nội vụ', 'Sở Nội vụ', 'Lưu: VT']
        : [parent ? committee(parent.fullName) : 'Cơ quan cấp trên', 'Lưu: VT'],
  };
  return { input, periodKey: period.key };
}
