import { Alert, Button, Text } from '@mantine/core';
import { isApiError } from '../../api/client.ts';
import { MutationErrorAlert } from '../../components/MutationErrorAlert.tsx';
import { useT } from '../../i18n/index.ts';

/**
 * A failed save of a draft: a version conflict (409) explains that someone else saved first
 * and offers the latest version (dropping these edits); anything else shows as usual.
 */
export function SaveErrorAlert({ error, onReload }: { error: Error | null; onReload: () => void }) {
  const t = useT();
  if (!(isApiError(error) && error.status === 409)) return <MutationErrorAlert error={error} />;
  return (
    <Alert color="orange" role="alert" title={t('plans.editor.conflictTitle')}>
      <Text size="sm">{t('plans.editor.conflict')}</Text>
      <Button size="xs" mt="sm" color="orange" onClick={onReload}>
        {t('plans.editor.conflictReload')}
      </Button>
    </Alert>
  );
}
