import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getPublicPageSetting, putPublicPageSetting } from '@papi/contracts/paths';
import type { TPublicPageSetting } from '@papi/contracts';
import { call } from '../../api/client.ts';

export function usePublicPageSetting() {
  return useQuery({
    queryKey: ['settings', 'public-page'],
    queryFn: () => call(getPublicPageSetting),
  });
}

export function useSavePublicPageSetting() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: TPublicPageSetting) => call(putPublicPageSetting, { body }),
    meta: { inlineError: true },
    onSuccess: (saved) => client.setQueryData(['settings', 'public-page'], saved),
  });
}
