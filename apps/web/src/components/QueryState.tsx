import { Alert, Button } from '@mantine/core';
import { PageLoader } from './PageLoader.tsx';
import { useT } from '../i18n/index.ts';

/** Loader or error (with retry) for a query that has no data yet. */
export function QueryState({ error, retry }: { error: Error | null; retry: () => void }) {
  const t = useT();
  if (!error) return <PageLoader />;
  return (
    <Alert color="red" title={t('error.title')} role="alert">
      {error.message}
      <Button size="xs" variant="light" ml="sm" onClick={retry}>
        {t('common.retry')}
      </Button>
    </Alert>
  );
}
