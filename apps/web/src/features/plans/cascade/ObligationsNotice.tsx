import { Alert, Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatDate } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/index.ts';
import { useCurrentUser } from '../../auth/CurrentUser.tsx';
import { useObligations } from './api.ts';

/** On the plan list: the unit's open obligations, nearest due first, with a link to the inbox. */
export function ObligationsNotice() {
  const t = useT();
  const me = useCurrentUser();
  const open = useObligations({ unitId: me.unit.id, open: 'true', pageSize: 5 });
  const items = open.data?.items ?? [];
  if (items.length === 0) return null;
  const next = [...items]
    .filter((o) => o.due)
    .sort((a, b) => (a.due ?? '').localeCompare(b.due ?? ''))[0];
  return (
    <Alert color={items.some((o) => o.compliance === 'overdue') ? 'red' : 'blue'} variant="light">
      <Text size="sm">
        {t('plans.obligations.notice', { n: open.data?.total ?? items.length })}
        {next?.due ? ` ${t('plans.obligations.nextDue', { date: formatDate(next.due) })}` : ''}{' '}
        <Anchor component={Link} to="/plans/obligations" size="sm" fw={600}>
          {t('plans.obligations.open')}
        </Anchor>
      </Text>
    </Alert>
  );
}
