import { useQuery } from '@tanstack/react-query';
import {
  getSurveyRun,
  getSurveyRunScores,
  listSurveyInstruments,
  listSurveyRuns,
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
