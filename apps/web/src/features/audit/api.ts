import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { listAudit } from '@papi/contracts/paths';
import type { RequestOf, ResponseOf } from '@papi/contracts';
import { call } from '../../api/client.ts';

export type AuditEntry = ResponseOf<typeof listAudit>['items'][number];
export type AuditQuery = NonNullable<RequestOf<typeof listAudit>['query']>;

export function useAudit(query: AuditQuery) {
  return useQuery({
    queryKey: ['audit', query],
    queryFn: () => call(listAudit, { query }),
    placeholderData: keepPreviousData,
  });
}
