import { useState } from 'react';
import type { FormEvent } from 'react';
import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import type { Role } from '@papi/domain';
import { MutationErrorAlert } from '../../components/MutationErrorAlert.tsx';
import { useLang, useT } from '../../i18n/index.ts';
import { AgencySelect } from '../agencies/AgencySelect.tsx';
import { useCurrentUser } from '../auth/CurrentUser.tsx';
import { UnitSelect } from '../units/UnitSelect.tsx';
import { useCreateUser } from './api.ts';
import { isRole, roleOptions } from './roles.ts';

interface Props {
  opened: boolean;
  onClose: () => void;
  onCreated: (username: string, temporaryPassword: string) => void;
}

function CreateUserForm({ onClose, onCreated }: Omit<Props, 'opened'>) {
  const t = useT();
  const lang = useLang();
  const me = useCurrentUser();
  const create = useCreateUser();
  const [username, setUsername] = useState('');
  const [fullName, setFullName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role | null>(null);
  const [unitId, setUnitId] = useState<number | null>(me.unit.id);
  const [agencyId, setAgencyId] = useState<number | null>(null);
  const [missing, setMissing] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!role || unitId === null) {
      setMissing(true);
      return;
    }
    create.mutate(
      { username, fullName, email, role, unitId, agencyId },
      { onSuccess: (result) => onCreated(result.user.username, result.temporaryPassword) },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <MutationErrorAlert error={create.error} />
        <TextInput
          label={t('users.username')}
          description={t('users.usernameHint')}
          required
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          value={username}
          onChange={(e) => setUsername(e.currentTarget.value)}
          data-autofocus
        />
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
          value={role}
          onChange={(value) => setRole(isRole(value) ? value : null)}
          data={roleOptions(me.role, lang)}
          error={missing && !role ? t('common.required') : undefined}
        />
        <UnitSelect
          label={t('users.unit')}
          required
          value={unitId}
          onChange={(id) => {
            setUnitId(id);
            setAgencyId(null);
          }}
          initial={[me.unit]}
          error={missing && unitId === null ? t('common.required') : undefined}
        />
        <AgencySelect unitId={unitId} value={agencyId} onChange={setAgencyId} />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('users.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function CreateUserModal({ opened, onClose, onCreated }: Props) {
  const t = useT();
  return (
    <Modal opened={opened} onClose={onClose} title={t('users.createTitle')} size="lg">
      {/* Mounted only while open, so every opening starts with an empty form. */}
      {opened && <CreateUserForm onClose={onClose} onCreated={onCreated} />}
    </Modal>
  );
}
