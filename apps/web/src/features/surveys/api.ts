import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  getSurveyRun,
  getSurveyRunProgress,
  getSurveyRunScores,
  importSurveyDesign,
  importSurveySubmissions,
  previewSurveyDesign,
  previewSurveySubmissions,
  listSurveyInstruments,
  listSurveyFlagged,
  listSurveyRuns,
  reviewSurveyResponse,
  setSurveyPublicLink,
} from '@papi/contracts/paths';
import type { ResponseOf } from '@papi/contracts';
import { call } from '../../api/client.ts';

export type InstrumentSummary = ResponseOf<typeof listSurveyInstruments>['items'][number];
export type SurveyRun = ResponseOf<typeof getSurveyRun>;
export type RunScores = ResponseOf<typeof getSurveyRunScores>;
export type ScoreRow = RunScores['overall']['rows'][number];

export function useInstruments() {
  return useQuery({
    queryKey: ['survey-instruments'],
    queryFn: () => call(listSurveyInstruments, {}),
  });
}

/** Runs of the user's unit and below. */
export function useRuns() {
  return useQuery({
    queryKey: ['survey-runs'],
    queryFn: () => call(listSurveyRuns, { query: {} }),
  });
}

export function useRun(id: number) {
  return useQuery({
    queryKey: ['survey-runs', id],
    queryFn: () => call(getSurveyRun, { params: { id } }),
  });
}

export function useRunScores(id: number) {
  return useQuery({
    queryKey: ['survey-runs', id, 'scores'],
    queryFn: () => call(getSurveyRunScores, { params: { id } }),
  });
}

export type PublicLink = SurveyRun['publicLink'];
export type FlaggedResponse = ResponseOf<typeof listSurveyFlagged>['items'][number];

/** Opens or closes a run's or a stratum's public link; the run is read again. */
export function useSetPublicLink(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { stratumCode: string | null; open: boolean }) =>
      call(setSurveyPublicLink, { params: { id }, body }),
    onSuccess: (run) => client.setQueryData(['survey-runs', id], run),
  });
}

export function useFlagged(id: number) {
  return useQuery({
    queryKey: ['survey-runs', id, 'flagged'],
    queryFn: () => call(listSurveyFlagged, { params: { id } }),
  });
}

/** Accepts or excludes a flagged response: the run's counts and scores change with it. */
export function useReview(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: { responseId: number; decision: 'accepted' | 'excluded' }) =>
      call(reviewSurveyResponse, {
        params: { id, responseId: v.responseId },
        body: { decision: v.decision },
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['survey-runs', id] }),
  });
}

export type RunProgress = ResponseOf<typeof getSurveyRunProgress>;
export type SubmissionsPreview = ResponseOf<typeof previewSurveySubmissions>;
export type DesignPreview = ResponseOf<typeof previewSurveyDesign>;
export type SurveyFileBody = {
  filename: string;
  contentBase64: string;
  confirmWarnings?: boolean;
};

export function useRunProgress(id: number) {
  return useQuery({
    queryKey: ['survey-runs', id, 'progress'],
    queryFn: () => call(getSurveyRunProgress, { params: { id } }),
  });
}

/** Preview and import of a run's files; a saved import refetches the run, progress and scores. */
export function useSurveyFileImport(id: number, kind: 'submissions' | 'design') {
  const client = useQueryClient();
  const preview = useMutation({
    mutationFn: (body: SurveyFileBody): Promise<SubmissionsPreview | DesignPreview> =>
      kind === 'submissions'
        ? call(previewSurveySubmissions, { params: { id }, body })
        : call(previewSurveyDesign, { params: { id }, body }),
    meta: { inlineError: true },
  });
  const commit = useMutation({
    mutationFn: (body: SurveyFileBody): Promise<unknown> =>
      kind === 'submissions'
        ? call(importSurveySubmissions, { params: { id }, body })
        : call(importSurveyDesign, { params: { id }, body }),
    meta: { inlineError: true },
    onSuccess: () => client.invalidateQueries({ queryKey: ['survey-runs'] }),
  });
  return { preview, commit };
}
