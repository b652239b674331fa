import { useState } from 'react';
import { Button, Group, Table, Text } from '@mantine/core';
import { ROLE_LABELS } from '@papi/domain';
import { ConfirmModal } from '../../components/ConfirmModal.tsx';
import { ListPage, useListParams } from '../../components/ListPage.tsx';
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
  const list = useListParams();
  const users = useUsers({ q: list.q, page: list.page, pageSize: PAGE_SIZE });
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

  const row = (user: User) => (
    <>
      <Table.Td>{user.username}</Table.Td>
      <Table.Td>{user.fullName}</Table.Td>
      <Table.Td>{ROLE_LABELS[user.role][lang]}</Table.Td>
      <Table.Td>{user.unitName}</Table.Td>
      <Table.Td>{user.agencyName ?? '—'}</Table.Td>
      <Table.Td>
        <Text size="sm" c={user.active ? 'green.9' : 'dimmed'} style={{ whiteSpace: 'nowrap' }}>
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
    </>
  );

  return (
    <>
      <ListPage
        query={users}
        items={items}
        rowKey={(u) => u.id}
        row={row}
        minWidth={980}
        columns={[
          { label: t('users.username') },
          { label: t('users.fullName') },
          { label: t('users.role') },
          { label: t('users.unit') },
          { label: t('users.agency') },
          { label: t('users.status') },
          { label: t('users.lastLogin') },
          { label: t('common.actions'), hidden: true },
        ]}
        search={{ label: t('users.search'), params: list }}
        actions={<Button onClick={() => setCreating(true)}>{t('users.create')}</Button>}
        paging={{ total: users.data?.total ?? 0, pageSize: PAGE_SIZE, params: list }}
      />

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
    </>
  );
}
