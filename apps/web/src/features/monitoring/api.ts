import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getReportingMonitoring, getTaskMonitoring, listOverdueTasks } from '@papi/contracts/paths';
import type { RequestOf, ResponseOf } from '@papi/contracts';
import { call } from '../../api/client.ts';

export type ReportingQuery = NonNullable<RequestOf<typeof getReportingMonitoring>['query']>;
export type ReportingBoard = ResponseOf<typeof getReportingMonitoring>;
export type TaskBoard = ResponseOf<typeof getTaskMonitoring>;

export function useReportingBoard(query: ReportingQuery | null) {
  return useQuery({
    queryKey: ['monitoring', 'reporting', query],
    queryFn: () => call(getReportingMonitoring, { query: query! }),
    enabled: query !== null,
    placeholderData: keepPreviousData,
  });
}

export function useTaskBoard(query: { unitId?: number; planId?: number; year?: number }) {
  return useQuery({
    queryKey: ['monitoring', 'tasks', query],
    queryFn: () => call(getTaskMonitoring, { query }),
    placeholderData: keepPreviousData,
  });
}

export function useOverdueBoard(query: {
  unitId?: number;
  cutoff?: string;
  page: number;
  pageSize: number;
}) {
  return useQuery({
    queryKey: ['monitoring', 'overdue', query],
    queryFn: () => call(listOverdueTasks, { query }),
    placeholderData: keepPreviousData,
  });
}
