import { useState } from 'react';
import {
  Button,
  Group,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { Pager } from '../../components/Pager.tsx';
import { useT } from '../../i18n/index.ts';
import { useAgencies } from './api.ts';
import { AgencyFormModal } from './AgencyFormModal.tsx';
import { KIND_LABEL_KEYS } from './kinds.ts';

const PAGE_SIZE = 100;

export function AgenciesTab() {
  const t = useT();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [includeInactive, setIncludeInactive] = useState(false);
  const [page, setPage] = useState(1);
  const agencies = useAgencies({
    q: q || undefined,
    includeInactive: includeInactive ? 'true' : undefined,
    page,
    pageSize: PAGE_SIZE,
  });
  // 'new' opens an empty form; a number edits that agency as currently listed.
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const items = agencies.data?.items ?? [];
  const editingAgency =
    typeof editing === 'number' ? (items.find((a) => a.id === editing) ?? null) : null;

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <Group align="flex-end">
          <TextInput
            label={t('agencies.search')}
            type="search"
            value={search}
            onChange={(e) => {
              setSearch(e.currentTarget.value);
              setPage(1);
            }}
            w={{ base: '100%', sm: 320 }}
          />
          <Switch
            label={t('agencies.includeInactive')}
            checked={includeInactive}
            onChange={(e) => {
              setIncludeInactive(e.currentTarget.checked);
              setPage(1);
            }}
            mb={8}
          />
        </Group>
        <Button onClick={() => setEditing('new')}>{t('agencies.create')}</Button>
      </Group>
      <Table.ScrollContainer minWidth={720}>
        <Table striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('agencies.name')}</Table.Th>
              <Table.Th>{t('agencies.shortName')}</Table.Th>
              <Table.Th>{t('agencies.kind')}</Table.Th>
              <Table.Th>{t('agencies.unit')}</Table.Th>
              <Table.Th>{t('users.status')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((agency) => (
              <Table.Tr key={agency.id}>
                <Table.Td>{agency.name}</Table.Td>
                <Table.Td>{agency.shortName || '—'}</Table.Td>
                <Table.Td>{t(KIND_LABEL_KEYS[agency.kind])}</Table.Td>
                <Table.Td>{agency.unitName}</Table.Td>
                <Table.Td>
                  <Text
                    size="sm"
                    c={agency.active ? 'green.9' : 'dimmed'}
                    style={{ whiteSpace: 'nowrap' }}
                  >
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
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {agencies.data && items.length === 0 && (
        <Text c="dimmed" size="sm">
          {t('common.noData')}
        </Text>
      )}
      <Pager
        page={page}
        pageSize={PAGE_SIZE}
        total={agencies.data?.total ?? 0}
        onChange={setPage}
      />
      <AgencyFormModal
        opened={editing === 'new' || editingAgency !== null}
        agency={editingAgency}
        onClose={() => setEditing(null)}
        onReload={() => void agencies.refetch()}
      />
    </Stack>
  );
}
