import { useState } from 'react';
import { Button, Table, Text } from '@mantine/core';
import { ConfirmModal } from '../../components/ConfirmModal.tsx';
import { ListPage } from '../../components/ListPage.tsx';
import { formatDate, formatDateTime } from '../../i18n/format.ts';
import { useT } from '../../i18n/index.ts';
import { useCurrentUser } from '../auth/CurrentUser.tsx';
import { useDelegations, useRevokeDelegation, type Delegation } from './api.ts';
import { DelegateModal } from './DelegateModal.tsx';

const STATUS_COLOR = { active: 'green.9', expired: 'dimmed', revoked: 'dimmed' } as const;

/** Who may draft the unit's plans and report besides its coordinators (issue §3). */
export function DelegationsTab() {
  const t = useT();
  const me = useCurrentUser();
  const delegations = useDelegations();
  const revoke = useRevokeDelegation();
  const [granting, setGranting] = useState(false);
  const [revoking, setRevoking] = useState<Delegation | null>(null);
  const items = delegations.data?.items ?? [];

  const rights = (d: Delegation) =>
    [d.plans ? t('delegations.plans') : '', d.reports ? t('delegations.reports') : '']
      .filter(Boolean)
      .join('; ');

  const row = (d: Delegation) => (
    <>
      <Table.Td>
        {d.user.fullName}
        <Text size="xs" c="dimmed">
          {d.user.username}
        </Text>
      </Table.Td>
      <Table.Td>{d.user.agencyName ?? '—'}</Table.Td>
      <Table.Td>{rights(d)}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        {d.endsOn ? formatDate(d.endsOn) : t('delegations.untilRevoked')}
      </Table.Td>
      <Table.Td>
        <Text size="sm" c={STATUS_COLOR[d.status]} style={{ whiteSpace: 'nowrap' }}>
          {t(`delegations.status.${d.status}`)}
        </Text>
        {d.revokedAt && (
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {formatDateTime(d.revokedAt)} · {d.revokedBy}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        {d.grantedBy}
        <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {formatDateTime(d.grantedAt)}
        </Text>
      </Table.Td>
      <Table.Td>
        {d.status === 'active' && (
          <Button
            size="compact-sm"
            variant="subtle"
            color="red"
            onClick={() => setRevoking(d)}
            aria-label={t('delegations.revokeNamed', { username: d.user.username })}
          >
            {t('delegations.revoke')}
          </Button>
        )}
      </Table.Td>
    </>
  );

  return (
    <>
      <ListPage
        query={delegations}
        items={items}
        rowKey={(d) => d.id}
        row={row}
        minWidth={900}
        emptyText={t('delegations.none')}
        filters={
          <Text size="sm" c="dimmed" maw={640}>
            {t('delegations.explain', { unit: me.unit.fullName })}
          </Text>
        }
        actions={<Button onClick={() => setGranting(true)}>{t('delegations.grant')}</Button>}
        columns={[
          { label: t('delegations.officer') },
          { label: t('users.agency') },
          { label: t('delegations.rights') },
          { label: t('delegations.endsOn') },
          { label: t('users.status') },
          { label: t('delegations.grantedBy') },
          { label: t('common.actions'), hidden: true },
        ]}
      />
      <DelegateModal opened={granting} onClose={() => setGranting(false)} />
      <ConfirmModal
        opened={revoking !== null}
        title={t('delegations.revoke')}
        message={t('delegations.revokeConfirm', { name: revoking?.user.fullName ?? '' })}
        confirmLabel={t('delegations.revoke')}
        loading={revoke.isPending}
        onConfirm={() => {
          if (revoking) revoke.mutate(revoking.id, { onSettled: () => setRevoking(null) });
        }}
        onClose={() => setRevoking(null)}
      />
    </>
  );
}
