import { useState } from 'react';
import { Button, Group, Stack, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { ROLE_LABELS } from '@papi/domain';
import { ConfirmModal } from '../../components/ConfirmModal.tsx';
import { Pager } from '../../components/Pager.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { useLang, useT } from '../../i18n/index.ts';
import type { User } from './api.ts';
import { useResetPassword, useUsers } from './api.ts';
import { CreateUserModal } from './CreateUserModal.tsx';
import { EditUserModal } from './EditUserModal.tsx';
import { TemporaryPasswordModal } from './TemporaryPasswordModal.tsx';

const PAGE_SIZE = 50;

export function UsersTab() {
  const t = useT();
  const lang = useLang();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [page, setPage] = useState(1);
  const users = useUsers({ q: q || undefined, page, pageSize: PAGE_SIZE });
  const reset = useResetPassword();

  const [creating, setCreating] = useState(false);
  // Ids, not objects: the modal then always sees the freshest version from the list.
  const [editingId, setEditingId] = useState<number | null>(null);
  const [resetting, setResetting] = useState<User | null>(null);
  const [shown, setShown] = useState<{ username: string; password: string } | null>(null);

  const items = users.data?.items ?? [];
  const editing = items.find((u) => u.id === editingId) ?? null;

  const confirmReset = () => {
    if (!resetting) return;
    const { id, username } = resetting;
    reset.mutate(id, {
      onSuccess: (result) => setShown({ username, password: result.temporaryPassword }),
      onSettled: () => setResetting(null),
    });
  };

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <TextInput
          label={t('users.search')}
          type="search"
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            setPage(1);
          }}
          w={{ base: '100%', sm: 320 }}
        />
        <Button onClick={() => setCreating(true)}>{t('users.create')}</Button>
      </Group>
      <Table.ScrollContainer minWidth={980}>
        <Table striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('users.username')}</Table.Th>
              <Table.Th>{t('users.fullName')}</Table.Th>
              <Table.Th>{t('users.role')}</Table.Th>
              <Table.Th>{t('users.unit')}</Table.Th>
              <Table.Th>{t('users.agency')}</Table.Th>
              <Table.Th>{t('users.status')}</Table.Th>
              <Table.Th>{t('users.lastLogin')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((user) => (
              <Table.Tr key={user.id}>
                <Table.Td>{user.username}</Table.Td>
                <Table.Td>{user.fullName}</Table.Td>
                <Table.Td>{ROLE_LABELS[user.role][lang]}</Table.Td>
                <Table.Td>{user.unitName}</Table.Td>
                <Table.Td>{user.agencyName ?? '—'}</Table.Td>
                <Table.Td>
                  <Text
                    size="sm"
                    c={user.active ? 'green.9' : 'dimmed'}
                    style={{ whiteSpace: 'nowrap' }}
                  >
                    {user.active ? t('common.active') : t('common.inactive')}
                  </Text>
                  {user.mustChangePassword && (
                    <Text size="xs" c="orange.9" style={{ whiteSpace: 'nowrap' }}>
                      {t('users.mustChange')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {user.lastLoginAt ? formatDateTime(user.lastLoginAt) : '—'}
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Button
                      size="compact-sm"
                      variant="light"
                      onClick={() => setEditingId(user.id)}
                      aria-label={t('users.editNamed', { username: user.username })}
                    >
                      {t('common.edit')}
                    </Button>
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      onClick={() => setResetting(user)}
                      aria-label={t('users.resetNamed', { username: user.username })}
                    >
                      {t('users.resetPassword')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {users.data && items.length === 0 && (
        <Text c="dimmed" size="sm">
          {t('common.noData')}
        </Text>
      )}
      <Pager page={page} pageSize={PAGE_SIZE} total={users.data?.total ?? 0} onChange={setPage} />

      <CreateUserModal
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={(username, password) => {
          setCreating(false);
          setShown({ username, password });
        }}
      />
      <EditUserModal
        user={editing}
        onClose={() => setEditingId(null)}
        onReload={() => void users.refetch()}
      />
      <ConfirmModal
        opened={resetting !== null}
        title={t('users.resetPassword')}
        message={t('users.resetConfirm', { username: resetting?.username ?? '' })}
        confirmLabel={t('users.resetPassword')}
        loading={reset.isPending}
        onConfirm={confirmReset}
        onClose={() => setResetting(null)}
      />
      <TemporaryPasswordModal shown={shown} onClose={() => setShown(null)} />
    </Stack>
  );
}
