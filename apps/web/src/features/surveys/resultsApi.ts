import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  deleteSurveyAnswers,
  getSurveyRetention,
  getSurveyRunComparison,
  listSurveySuggestions,
  setSurveyRetention,
} from '@papi/contracts/paths';
import type { ResponseOf } from '@papi/contracts';
import { call } from '../../api/client.ts';

export type Comparison = ResponseOf<typeof getSurveyRunComparison>;
export type CompareRow = NonNullable<Comparison['strata']>['rows'][number];
export type Retention = ResponseOf<typeof getSurveyRetention>;
export type SurveySuggestion = ResponseOf<typeof listSurveySuggestions>['items'][number];

export function useComparison(id: number, a: string | null, b: string | null) {
  return useQuery({
    queryKey: ['survey-runs', id, 'comparison', a, b],
    queryFn: () =>
      call(getSurveyRunComparison, {
        params: { id },
        query: a && b ? { a, b } : {},
      }),
  });
}

export function useRetention(id: number) {
  return useQuery({
    queryKey: ['survey-runs', id, 'retention'],
    queryFn: () => call(getSurveyRetention, { params: { id } }),
  });
}

export function useSetRetention(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { version: number; keepUntil: string | null; note: string }) =>
      call(setSurveyRetention, { params: { id }, body }),
    meta: { inlineError: true },
    onSuccess: () => client.invalidateQueries({ queryKey: ['survey-runs', id] }),
  });
}

export function useDeleteAnswers(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (version: number) =>
      call(deleteSurveyAnswers, { params: { id }, body: { version } }),
    meta: { inlineError: true },
    onSuccess: () => client.invalidateQueries({ queryKey: ['survey-runs', id] }),
  });
}

/** The weakest sub-dimensions of a unit from its latest survey (none: an empty list). */
export function useSurveySuggestions(unitId: number | null | undefined) {
  return useQuery({
    queryKey: ['survey-suggestions', unitId],
    queryFn: () => call(listSurveySuggestions, { query: { unitId: unitId! } }),
    enabled: !!unitId,
  });
}
