import { useState } from 'react';
import type { FormEvent } from 'react';
import { Button, Checkbox, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { MutationErrorAlert } from '../../components/MutationErrorAlert.tsx';
import { DateInputField } from '../../components/DateInputField.tsx';
import { todayIso } from '../../api/clock.ts';
import { useT } from '../../i18n/index.ts';
import { useCurrentUser } from '../auth/CurrentUser.tsx';
import { useUsers } from '../users/api.ts';
import { useCreateDelegation } from './api.ts';

interface Props {
  opened: boolean;
  onClose: () => void;
}

function DelegateForm({ onClose }: { onClose: () => void }) {
  const t = useT();
  const me = useCurrentUser();
  // Only officers of the coordinator's own unit can be named (the server checks it too).
  const users = useUsers({ unitId: me.unit.id, pageSize: 200, page: 1 });
  const create = useCreateDelegation();
  const [userId, setUserId] = useState<string | null>(null);
  const [plans, setPlans] = useState(true);
  const [reports, setReports] = useState(false);
  const [endsOn, setEndsOn] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);

  const officers = (users.data?.items ?? []).filter(
    (u) => u.role === 'officer' && u.active && u.unitId === me.unit.id,
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (userId === null || (!plans && !reports)) {
      setMissing(true);
      return;
    }
    create.mutate({ userId: Number(userId), plans, reports, endsOn }, { onSuccess: onClose });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <MutationErrorAlert error={create.error} />
        <Text size="sm" c="dimmed">
          {t('delegations.intro', { unit: me.unit.fullName })}
        </Text>
        <Select
          label={t('delegations.officer')}
          required
          searchable
          value={userId}
          onChange={setUserId}
          data={officers.map((u) => ({
            value: String(u.id),
            label: `${u.fullName} (${u.username})${u.agencyName ? ` · ${u.agencyName}` : ''}`,
          }))}
          nothingFoundMessage={t('delegations.noOfficer')}
          error={missing && userId === null ? t('common.required') : undefined}
          data-autofocus
        />
        <Checkbox
          label={t('delegations.plans')}
          checked={plans}
          onChange={(e) => setPlans(e.currentTarget.checked)}
        />
        <Checkbox
          label={t('delegations.reports')}
          checked={reports}
          onChange={(e) => setReports(e.currentTarget.checked)}
          error={missing && !plans && !reports ? t('delegations.pickRight') : undefined}
        />
        <DateInputField
          label={t('delegations.endsOn')}
          description={t('delegations.endsOnHint')}
          value={endsOn}
          onChange={setEndsOn}
          minDate={todayIso()}
        />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('delegations.grant')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function DelegateModal({ opened, onClose }: Props) {
  const t = useT();
  return (
    <Modal opened={opened} onClose={onClose} title={t('delegations.grantTitle')} size="lg">
      {opened && <DelegateForm onClose={onClose} />}
    </Modal>
  );
}
