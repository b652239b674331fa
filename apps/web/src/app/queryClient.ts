import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { notifications } from '@mantine/notifications';
import { isApiError } from '../api/client.ts';
import { meKey } from '../features/auth/api.ts';
import { translate } from '../i18n/index.ts';

declare module '@tanstack/react-query' {
  interface Register {
    // Forms that show their own error in an Alert set this to avoid a duplicate notification.
    mutationMeta: { inlineError?: boolean };
    queryMeta: { silent?: boolean };
  }
}

function notify(error: unknown): void {
  notifications.show({
    color: 'red',
    title: translate('error.title'),
    message: error instanceof Error ? error.message : translate('error.unknown'),
  });
}

export function createQueryClient(): QueryClient {
  // Returns true when the error was about the session and has been dealt with here.
  const handleSession = (error: unknown): boolean => {
    if (!isApiError(error)) return false;
    if (error.status === 401) {
      // Session expired or revoked: dropping the user shows the login page.
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== meKey[0] });
      client.setQueryData(meKey, null);
      return true;
    }
    if (error.code === 'PASSWORD_CHANGE_REQUIRED') {
      void client.invalidateQueries({ queryKey: meKey });
      return true;
    }
    return false;
  };

  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (handleSession(error) || query.meta?.silent) return;
        notify(error);
      },
    }),
    mutationCache: new MutationCache({
      onError: (error, _vars, _ctx, mutation) => {
        if (handleSession(error) || mutation.meta?.inlineError) return;
        notify(error);
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // Client errors (4xx) will not fix themselves; only retry network/server failures.
        retry: (count, error) =>
          count < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500),
      },
    },
  });
  return client;
}
