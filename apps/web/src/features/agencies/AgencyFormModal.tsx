import { useState } from 'react';
import type { FormEvent } from 'react';
import { Button, Group, Modal, Select, Stack, Switch, Text, TextInput } from '@mantine/core';
import { MutationErrorAlert } from '../../components/MutationErrorAlert.tsx';
import { useT } from '../../i18n/index.ts';
import { useCurrentUser } from '../auth/CurrentUser.tsx';
import { UnitSelect } from '../units/UnitSelect.tsx';
import type { Agency } from './api.ts';
import { useCreateAgency, useUpdateAgency } from './api.ts';
import { AGENCY_KINDS, KIND_LABEL_KEYS, isAgencyKind } from './kinds.ts';

interface FormProps {
  /** null creates a new agency. */
  agency: Agency | null;
  onClose: () => void;
  onReload: () => void;
}

function AgencyForm({ agency, onClose, onReload }: FormProps) {
  const t = useT();
  const me = useCurrentUser();
  const create = useCreateAgency();
  const update = useUpdateAgency();
  const [unitId, setUnitId] = useState<number | null>(agency?.unitId ?? me.unit.id);
  const [name, setName] = useState(agency?.name ?? '');
  const [shortName, setShortName] = useState(agency?.shortName ?? '');
  const [kind, setKind] = useState<Agency['kind']>(agency?.kind ?? 'so');
  const [active, setActive] = useState(agency?.active ?? true);
  const [missingUnit, setMissingUnit] = useState(false);
  const mutation = agency ? update : create;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (agency) {
      update.mutate(
        { id: agency.id, body: { version: agency.version, name, shortName, kind, active } },
        { onSuccess: onClose },
      );
      return;
    }
    if (unitId === null) {
      setMissingUnit(true);
      return;
    }
    create.mutate({ unitId, name, shortName, kind }, { onSuccess: onClose });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <MutationErrorAlert error={mutation.error} onReload={onReload} />
        {agency ? (
          <Text size="sm" c="dimmed">
            {t('agencies.unitOf', { unit: agency.unitName })}
          </Text>
        ) : (
          <UnitSelect
            label={t('agencies.unit')}
            required
            value={unitId}
            onChange={setUnitId}
            initial={[me.unit]}
            error={missingUnit && unitId === null ? t('common.required') : undefined}
          />
        )}
        <TextInput
          label={t('agencies.name')}
          required
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          data-autofocus
        />
        <TextInput
          label={t('agencies.shortName')}
          value={shortName}
          onChange={(e) => setShortName(e.currentTarget.value)}
        />
        <Select
          label={t('agencies.kind')}
          required
          allowDeselect={false}
          value={kind}
          onChange={(value) => {
            if (value && isAgencyKind(value)) setKind(value);
          }}
          data={AGENCY_KINDS.map((value) => ({ value, label: t(KIND_LABEL_KEYS[value]) }))}
        />
        {agency && (
          <Switch
            label={t('agencies.active')}
            checked={active}
            onChange={(e) => setActive(e.currentTarget.checked)}
          />
        )}
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {agency ? t('common.save') : t('agencies.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

interface Props {
  opened: boolean;
  agency: Agency | null;
  onClose: () => void;
  onReload: () => void;
}

export function AgencyFormModal({ opened, agency, onClose, onReload }: Props) {
  const t = useT();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={agency ? t('agencies.editTitle') : t('agencies.createTitle')}
      size="lg"
    >
      {opened && (
        <AgencyForm
          key={agency ? `${agency.id}:${agency.version}` : 'new'}
          agency={agency}
          onClose={onClose}
          onReload={onReload}
        />
      )}
    </Modal>
  );
}
