import { Alert, Text } from '@mantine/core';
import { formatDateTime } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/index.ts';
import type { PlanDetail } from '../api.ts';

/** The leader's reason for returning the draft, on the plan until it is submitted again. */
export function ReturnedNotice({ returned }: { returned: NonNullable<PlanDetail['returned']> }) {
  const t = useT();
  return (
    <Alert color="orange" variant="light" mt="sm" title={t('plans.returned.title')} role="status">
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {returned.reason}
      </Text>
      {(returned.by || returned.at) && (
        <Text size="xs" c="dimmed" mt={4}>
          {t('plans.returned.by', {
            by: returned.by ?? '',
            at: returned.at ? formatDateTime(returned.at) : '',
          })}
        </Text>
      )}
    </Alert>
  );
}
