import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { changePassword, getInstallation, getMe, login, logout } from './routes.ts';
import type { RequestOf, ResponseOf } from '@papi/contracts';
import { call, isApiError, setCsrfToken } from '../../api/client.ts';

export type Me = ResponseOf<typeof getMe>;

export const meKey = ['me'] as const;

/** The logged-in user, or null when there is no session (401 is an answer here, not an error). */
async function fetchMe(): Promise<Me | null> {
  try {
    const me = await call(getMe);
    setCsrfToken(me.csrfToken);
    return me;
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

// main.tsx starts this query before the first render, in parallel with the language chunk.
export const meQuery = { queryKey: meKey, queryFn: fetchMe, staleTime: Infinity, retry: false };

export function useMe() {
  return useQuery(meQuery);
}

export function useInstallation() {
  return useQuery({
    queryKey: ['installation'],
    queryFn: () => call(getInstallation),
    staleTime: Infinity,
    meta: { silent: true },
  });
}

export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: RequestOf<typeof login>['body']) => call(login, { body }),
    meta: { inlineError: true },
    onSuccess: (me) => {
      setCsrfToken(me.csrfToken);
      // Nothing cached from a previous user may leak into this session.
      client.removeQueries({
        predicate: (q) => q.queryKey[0] !== meKey[0] && q.queryKey[0] !== 'installation',
      });
      client.setQueryData(meKey, me);
    },
  });
}

export function useChangePassword() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: RequestOf<typeof changePassword>['body']) => call(changePassword, { body }),
    meta: { inlineError: true },
    onSuccess: (me) => {
      setCsrfToken(me.csrfToken);
      client.setQueryData(meKey, me);
    },
  });
}

export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => call(logout),
    onSettled: () => {
      // Even if the request failed the user asked to leave: forget everything locally.
      setCsrfToken(null);
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== 'installation' });
      client.setQueryData(meKey, null);
    },
  });
}
