import { useState } from 'react';
import type { FormEvent } from 'react';
import { Button, Group, Modal, Select, Stack, Switch, Text, TextInput } from '@mantine/core';
import type { Role } from '@papi/domain';
import { MutationErrorAlert } from '../../components/MutationErrorAlert.tsx';
import { useLang, useT } from '../../i18n/index.ts';
import { AgencySelect } from '../agencies/AgencySelect.tsx';
import { useCurrentUser } from '../auth/CurrentUser.tsx';
import type { User } from './api.ts';
import { useUpdateUser } from './api.ts';
import { isRole, roleOptions } from './roles.ts';

interface Props {
  user: User;
  onClose: () => void;
  /** Refetches the list; the parent remounts this form when the version changes. */
  onReload: () => void;
}

function EditUserForm({ user, onClose, onReload }: Props) {
  const t = useT();
  const lang = useLang();
  const me = useCurrentUser();
  const update = useUpdateUser();
  const [fullName, setFullName] = useState(user.fullName);
  const [email, setEmail] = useState(user.email);
  const [role, setRole] = useState<Role>(user.role);
  const [agencyId, setAgencyId] = useState<number | null>(user.agencyId);
  const [active, setActive] = useState(user.active);
  const isSelf = user.id === me.id;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate(
      {
        id: user.id,
        body: { version: user.version, fullName, email, role, agencyId, active },
      },
      { onSuccess: onClose },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <MutationErrorAlert error={update.error} onReload={onReload} />
        <Text size="sm" c="dimmed">
          {t('users.editContext', { username: user.username, unit: user.unitName })}
        </Text>
        <TextInput
          label={t('users.fullName')}
          required
          value={fullName}
          onChange={(e) => setFullName(e.currentTarget.value)}
        />
        <TextInput
          label={t('users.email')}
          type="email"
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
        />
        <Select
          label={t('users.role')}
          required
          allowDeselect={false}
          disabled={isSelf}
          value={role}
          onChange={(value) => {
            if (isRole(value)) setRole(value);
          }}
          data={roleOptions(me.role, lang, user.role)}
        />
        <AgencySelect unitId={user.unitId} value={agencyId} onChange={setAgencyId} />
        <Switch
          label={t('users.active')}
          disabled={isSelf}
          checked={active}
          onChange={(e) => setActive(e.currentTarget.checked)}
        />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={update.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function EditUserModal({
  user,
  onClose,
  onReload,
}: Omit<Props, 'user'> & { user: User | null }) {
  const t = useT();
  return (
    <Modal opened={user !== null} onClose={onClose} title={t('users.editTitle')} size="lg">
      {user && (
        <EditUserForm
          key={`${user.id}:${user.version}`}
          user={user}
          onClose={onClose}
          onReload={onReload}
        />
      )}
    </Modal>
  );
}
