import { TARGET_KINDS } from '@papi/domain';
import type { TargetReason, TargetStatus } from '@papi/domain';
import type { MessageKey } from '../../../i18n/index.ts';
import type { TargetKind } from './api.ts';
import { thisYear } from '../../../api/clock.ts';

export { TARGET_KINDS };

export const KIND_KEYS: Record<TargetKind, MessageKey> = {
  total_rank: 'indices.targets.kind.total_rank',
  group: 'indices.targets.kind.group',
  total_score: 'indices.targets.kind.total_score',
  dimension_score: 'indices.targets.kind.dimension_score',
  rank_improvement: 'indices.targets.kind.rank_improvement',
};

export const STATUS_KEYS: Record<TargetStatus, MessageKey> = {
  met: 'indices.targets.status.met',
  not_met: 'indices.targets.status.not_met',
  pending: 'indices.targets.status.pending',
};

/** Colours with text that stays legible: teal (met), red (not met), grey (pending). */
export const STATUS_COLORS: Record<TargetStatus, string> = {
  met: 'teal',
  not_met: 'red',
  pending: 'gray',
};

export const REASON_KEYS: Record<TargetReason, MessageKey> = {
  no_results: 'indices.targets.reason.no_results',
  merged: 'indices.targets.reason.merged',
  no_unit_result: 'indices.targets.reason.no_unit_result',
  no_previous: 'indices.targets.reason.no_previous',
  not_assessed: 'indices.targets.reason.not_assessed',
};

export const isTargetKind = (value: string): value is TargetKind =>
  (TARGET_KINDS as readonly string[]).includes(value);

/** Years offered for targets: the year viewed, and on the installation's page the years ahead. */
export function targetYears(viewed: number | null, latest: number | null, ahead: boolean) {
  const years = new Set<number>();
  if (viewed !== null) years.add(viewed);
  if (ahead) {
    const next = (latest ?? thisYear()) + 1;
    const until = Math.max(next, thisYear() + 1);
    for (let y = next; y <= until; y++) years.add(y);
  }
  return [...years].sort((a, b) => b - a);
}
