import { useState } from 'react';
import { Button, Switch, Table, Text } from '@mantine/core';
import { ListPage, useListParams } from '../../components/ListPage.tsx';
import { useT } from '../../i18n/index.ts';
import { useAgencies, type Agency } from './api.ts';
import { AgencyFormModal } from './AgencyFormModal.tsx';
import { KIND_LABEL_KEYS } from './kinds.ts';

const PAGE_SIZE = 100;

export function AgenciesTab() {
  const t = useT();
  const list = useListParams();
  const [includeInactive, setIncludeInactive] = useState(false);
  const agencies = useAgencies({
    q: list.q,
    includeInactive: includeInactive ? 'true' : undefined,
    page: list.page,
    pageSize: PAGE_SIZE,
  });
  // 'new' opens an empty form; a number edits that agency as currently listed.
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const items = agencies.data?.items ?? [];
  const editingAgency =
    typeof editing === 'number' ? (items.find((a) => a.id === editing) ?? null) : null;

  const row = (agency: Agency) => (
    <>
      <Table.Td>{agency.name}</Table.Td>
      <Table.Td>{agency.shortName || '—'}</Table.Td>
      <Table.Td>{t(KIND_LABEL_KEYS[agency.kind])}</Table.Td>
      <Table.Td>{agency.unitName}</Table.Td>
      <Table.Td>
        <Text size="sm" c={agency.active ? 'green.9' : 'dimmed'} style={{ whiteSpace: 'nowrap' }}>
          {agency.active ? t('common.active') : t('common.inactive')}
        </Text>
      </Table.Td>
      <Table.Td>
        <Button
          size="compact-sm"
          variant="light"
          onClick={() => setEditing(agency.id)}
          aria-label={t('agencies.editNamed', { name: agency.name })}
        >
          {t('common.edit')}
        </Button>
      </Table.Td>
    </>
  );

  return (
    <>
      <ListPage
        query={agencies}
        items={items}
        rowKey={(a) => a.id}
        row={row}
        minWidth={720}
        columns={[
          { label: t('agencies.name') },
          { label: t('agencies.shortName') },
          { label: t('agencies.kind') },
          { label: t('agencies.unit') },
          { label: t('users.status') },
          { label: t('common.actions'), hidden: true },
        ]}
        search={{ label: t('agencies.search'), params: list }}
        filters={
          <Switch
            label={t('agencies.includeInactive')}
            checked={includeInactive}
            onChange={(e) => list.resetting(setIncludeInactive)(e.currentTarget.checked)}
            mb={8}
          />
        }
        actions={<Button onClick={() => setEditing('new')}>{t('agencies.create')}</Button>}
        paging={{ total: agencies.data?.total ?? 0, pageSize: PAGE_SIZE, params: list }}
      />
      <AgencyFormModal
        opened={editing === 'new' || editingAgency !== null}
        agency={editingAgency}
        onClose={() => setEditing(null)}
        onReload={() => void agencies.refetch()}
      />
    </>
  );
}
