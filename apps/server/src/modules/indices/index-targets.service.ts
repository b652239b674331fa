import {
  GROUP_LABELS,
  editionFor,
  evaluateTarget,
  totalRange,
  type Edition,
  type TargetKind,
  type TargetReason,
  type TargetStanding,
} from '@papi/domain';
import type { TIndexFramework, TTargetList, TUnitRef } from '@papi/contracts';
import { badRequest } from '../../platform/errors.ts';
import type { ResultRow } from './indices.repository.ts';
import { viewYear } from './indices.service.ts';
import type { TargetRecord } from './index-targets.repository.ts';

/** Ranks only exist among the 63 pre-2025 (or 34 post-2025) provinces. */
const MAX_RANK = 63;

/** The edition a target's year falls in: published years and future ones (the latest edition). */
export function editionOfYear(framework: TIndexFramework, year: number): Edition {
  const edition = editionFor(framework, year);
  if (!edition) {
    throw badRequest(
      'INVALID_TARGET',
      `${framework.code} chưa có phiên bản cho năm ${year}; không thể đặt mục tiêu cho năm này.`,
    );
  }
  return edition;
}

const invalid = (field: string, message: string) =>
  badRequest('INVALID_TARGET', message, { issues: [{ path: field, message }] });

/** Ranges that depend on the kind and the edition (1–10 per dimension, 6–60 or 8–80 total…). */
export function checkTargetValue(
  edition: Edition,
  t: { kind: TargetKind; elementCode: string | null; value: number | null },
): void {
  const value = t.value ?? 0;
  const between = (min: number, max: number, what: string) => {
    if (value < min || value > max) throw invalid('value', `${what} phải từ ${min} đến ${max}.`);
  };
  switch (t.kind) {
    case 'total_rank':
      return between(1, MAX_RANK, 'Thứ hạng mục tiêu');
    case 'rank_improvement':
      return between(1, MAX_RANK - 1, 'Số bậc cần tăng');
    case 'total_score': {
      const range = totalRange(edition);
      return between(range.min, range.max, 'Tổng điểm mục tiêu');
    }
    case 'dimension_score': {
      const dimension = edition.dimensions.find((d) => d.code === t.elementCode);
      if (!dimension) {
        const codes = edition.dimensions.map((d) => d.code).join(', ');
        throw invalid(
          'elementCode',
          `Lĩnh vực ${t.elementCode} không có trong phiên bản này (${codes}).`,
        );
      }
      return between(dimension.min, dimension.max, `Điểm lĩnh vực ${dimension.code}`);
    }
    case 'group':
      return;
  }
}

const KIND_LABELS: Record<TargetKind, string> = {
  total_rank: 'xếp hạng tổng',
  group: 'nhóm',
  total_score: 'tổng điểm',
  dimension_score: 'điểm lĩnh vực',
  rank_improvement: 'tăng bậc xếp hạng',
};

/** "xếp hạng tổng", "điểm lĩnh vực D3": what a target is about. */
export const targetTitle = (t: { kind: TargetKind; elementCode: string | null }) =>
  t.kind === 'dimension_score'
    ? `${KIND_LABELS[t.kind]} ${t.elementCode ?? ''}`
    : KIND_LABELS[t.kind];

/** "xếp hạng tổng ≤ 20", "nhóm Nhóm điểm trung bình cao", "điểm lĩnh vực D3 ≥ 5,5" (audit text). */
export function describeTarget(t: {
  kind: TargetKind;
  elementCode: string | null;
  value: number | null;
  groupCode: keyof typeof GROUP_LABELS | null;
}): string {
  const n = String(t.value ?? '').replace('.', ',');
  switch (t.kind) {
    case 'group':
      return `${KIND_LABELS.group}: ${t.groupCode ? GROUP_LABELS[t.groupCode].vi : ''}`;
    case 'total_rank':
      return `${KIND_LABELS.total_rank} ≤ ${n}`;
    case 'rank_improvement':
      return `${KIND_LABELS.rank_improvement} ≥ ${n}`;
    case 'total_score':
      return `${KIND_LABELS.total_score} ≥ ${n}`;
    case 'dimension_score':
      return `${KIND_LABELS.dimension_score} ${t.elementCode ?? ''} ≥ ${n}`;
  }
}

/**
 * Targets of one unit and year with their verdicts. The results compared with are the
 * unit's own, or, when the year's results were published for the pre-2025 provinces and
 * the unit is the post-2025 province formed from exactly one of them, that one's (the
 * same province under the new map). Formed from several: no official standing, pending
 * with reason `merged` — combined figures are estimates, never a basis for a verdict.
 */
export function evaluateTargets(
  framework: TIndexFramework,
  all: ResultRow[],
  unit: TUnitRef,
  predecessors: number[],
  year: number,
  targets: TargetRecord[],
): Omit<TTargetList, 'canEdit'> {
  const view = viewYear(framework, all, year);
  const previousYear = Math.max(-1, ...all.map((r) => r.year).filter((y) => y < year));
  const previous = previousYear < 0 ? null : viewYear(framework, all, previousYear);

  let basis: ResultRow | null = null;
  let reason: TargetReason = 'no_results';
  if (view) {
    const own = view.rows.find((r) => r.unit.id === unit.id);
    const before = view.rows.filter((r) => predecessors.includes(r.unit.id));
    basis = own ?? (before.length === 1 ? before[0]! : null);
    reason = basis ? 'no_results' : before.length > 1 ? 'merged' : 'no_unit_result';
  }

  const standingOf = (element: string): TargetStanding | null => {
    if (!view || !basis) return null;
    const now = view.standings.get(element)?.get(basis.unit.id);
    return {
      assessed: basis.assessed,
      score: now?.score ?? null,
      rank: now?.rank ?? null,
      group: now?.group ?? null,
      previousRank: previous?.standings.get(element)?.get(basis.unit.id)?.rank ?? null,
    };
  };

  return {
    unit,
    year,
    edition: editionFor(framework, year)?.code ?? null,
    published: view !== null,
    basis: basis?.unit ?? null,
    items: targets.map((t) => ({
      ...t,
      evaluation: evaluateTarget(
        { kind: t.kind, value: t.value, group: t.groupCode },
        standingOf(t.kind === 'dimension_score' ? t.elementCode! : 'total'),
        reason,
      ),
    })),
  };
}
