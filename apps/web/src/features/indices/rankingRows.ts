import { compareVietnamese, matchesSearch } from '@papi/domain';
import type { RankingRow, Standing } from './api.ts';

/** 'name' or an element: 'total', 'D1' … */
export type SortKey = string;
export interface SortState {
  key: SortKey;
  /** desc: best first for scores, A→Z for names is 'asc'. */
  dir: 'asc' | 'desc';
}

export const DEFAULT_SORT: SortState = { key: 'total', dir: 'desc' };

export function standingOf(row: RankingRow, key: string): Standing | undefined {
  return key === 'total' ? row.total : row.dimensions[key];
}

export function scoreOf(row: RankingRow, key: string): number | null {
  return standingOf(row, key)?.score ?? null;
}

export interface RowFilter {
  region: string | null;
  search: string;
}

/** Filtered and sorted rows; unassessed provinces (no score) always go to the bottom. */
export function visibleRows(rows: readonly RankingRow[], filter: RowFilter, sort: SortState) {
  const query = filter.search.trim();
  const kept = rows.filter(
    (row) =>
      (filter.region === null || row.region === filter.region) &&
      (query === '' || matchesSearch(`${row.unit.name} ${row.unit.fullName}`, query)),
  );
  const sign = sort.dir === 'asc' ? 1 : -1;
  return kept.sort((a, b) => {
    if (sort.key === 'name') return sign * compareVietnamese(a.unit.name, b.unit.name);
    const sa = scoreOf(a, sort.key);
    const sb = scoreOf(b, sort.key);
    if (sa === null || sb === null) {
      if (sa !== sb) return sa === null ? 1 : -1;
      return compareVietnamese(a.unit.name, b.unit.name);
    }
    return sign * (sa - sb) || compareVietnamese(a.unit.name, b.unit.name);
  });
}

export function regionsOf(rows: readonly RankingRow[]): string[] {
  const set = new Set<string>();
  for (const row of rows) if (row.region) set.add(row.region);
  return [...set].sort(compareVietnamese);
}

/** The next sort after a header click: a new column starts best-first (A→Z for names). */
export function nextSort(current: SortState, key: SortKey): SortState {
  if (current.key === key) return { key, dir: current.dir === 'asc' ? 'desc' : 'asc' };
  return { key, dir: key === 'name' ? 'asc' : 'desc' };
}

/**
 * The rows that are the user's own province: itself from 2025 on, or the old provinces it
 * was formed from in earlier years.
 */
export function ownProvinceIds(rows: readonly RankingRow[], unitId: number | null): Set<number> {
  if (unitId === null) return new Set();
  return new Set(
    rows
      .filter((r) => r.unit.id === unitId || r.currentProvince?.id === unitId)
      .map((r) => r.unit.id),
  );
}

/** The province whose rows are "ours": the user's province (a ward's too), none nationally. */
export function ownProvinceId(me: { province: { id: number } | null }): number | null {
  return me.province?.id ?? null;
}
