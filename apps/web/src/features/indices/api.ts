import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  commitIndexImport,
  getLineage,
  getProfile,
  getRanking,
  listIndices,
  previewIndexImport,
} from '@papi/contracts/paths';
import type { RequestOf, ResponseOf } from '@papi/contracts';
import { call } from '../../api/client.ts';

export type IndexSummary = ResponseOf<typeof listIndices>['items'][number];
export type Ranking = ResponseOf<typeof getRanking>;
export type RankingRow = Ranking['rows'][number];
export type Standing = RankingRow['total'];
export type Profile = ResponseOf<typeof getProfile>;
export type Lineage = ResponseOf<typeof getLineage>;
export type Edition = IndexSummary['framework']['editions'][number];
export type Dimension = Edition['dimensions'][number];

// Published results change once a year: cache generously.
const STALE = 30 * 60_000;

export function useIndices() {
  return useQuery({
    queryKey: ['indices', 'list'],
    queryFn: () => call(listIndices),
    staleTime: STALE,
    meta: { silent: true },
  });
}

export function useRanking(code: string, year: number | null) {
  return useQuery({
    queryKey: ['indices', 'ranking', code, year],
    queryFn: () => call(getRanking, { params: { code, year: year ?? 0 } }),
    enabled: year !== null,
    staleTime: STALE,
    meta: { silent: true },
  });
}

export function useProfile(code: string, unitId: number, year: number | null) {
  return useQuery({
    queryKey: ['indices', 'profile', code, unitId, year],
    queryFn: () => call(getProfile, { params: { code, unitId }, query: { year: year ?? 0 } }),
    enabled: year !== null,
    staleTime: STALE,
    // Shown inline; a 404 means a post-2025 province with no results of its own.
    meta: { silent: true },
  });
}

// Module-level so the combined result stays referentially stable between renders.
const combineProfiles = (results: { data?: Profile }[]) => results.map((r) => r.data);

/** Several provinces' profiles at once (the comparison's lines over the years). */
export function useProfiles(code: string, unitIds: readonly number[], year: number) {
  return useQueries({
    queries: unitIds.map((unitId) => ({
      queryKey: ['indices', 'profile', code, unitId, year],
      queryFn: () => call(getProfile, { params: { code, unitId }, query: { year } }),
      staleTime: STALE,
    })),
    combine: combineProfiles,
  });
}

export function useLineage(code: string, unitId: number | null) {
  return useQuery({
    queryKey: ['indices', 'lineage', code, unitId],
    queryFn: () => call(getLineage, { params: { code, unitId: unitId ?? 0 } }),
    enabled: unitId !== null,
    staleTime: STALE,
  });
}

export type ImportBody = RequestOf<typeof previewIndexImport>['body'];
export type ImportPreview = ResponseOf<typeof previewIndexImport>;
export type ImportIssue = ImportPreview['issues'][number];
export type ImportResult = ResponseOf<typeof commitIndexImport>;

/** Checks a results file; nothing is saved. Errors show inside the form. */
export function usePreviewImport() {
  return useMutation({
    mutationFn: ({ code, body }: { code: string; body: ImportBody }) =>
      call(previewIndexImport, { params: { code }, body }),
    meta: { inlineError: true },
  });
}

/** Saves the year's release; every index query (list, rankings, profiles) is refetched. */
export function useCommitImport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ code, body }: { code: string; body: ImportBody }) =>
      call(commitIndexImport, { params: { code }, body }),
    meta: { inlineError: true },
    onSuccess: () => client.invalidateQueries({ queryKey: ['indices'] }),
  });
}
