import { useState } from 'react';
import {
  Alert,
  Button,
  Group,
  List,
  Modal,
  NumberInput,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { MutationErrorAlert } from '../../../components/MutationErrorAlert.tsx';
import { useT } from '../../../i18n/index.ts';
import type { PlanDetail } from '../api.ts';
import { useObligeAll, useObligeAllPreview, type ObligeLevel } from './api.ts';

interface Props {
  plan: PlanDetail;
  /** Every commune and ward below the unit, or every sở/ban/ngành of the unit. */
  level: ObligeLevel;
  version: () => number;
  /** The form has unsaved changes: saving them first keeps both. */
  disabled: boolean;
  onSaved: (plan: PlanDetail) => void;
}

const KEYS = {
  commune: {
    button: 'plans.obligeAll.button',
    title: 'plans.obligeAll.title',
    count: 'plans.obligeAll.count',
    none: 'plans.obligeAll.none',
    confirm: 'plans.obligeAll.confirm',
  },
  department: {
    button: 'plans.obligeAll.deptButton',
    title: 'plans.obligeAll.deptTitle',
    count: 'plans.obligeAll.deptCount',
    none: 'plans.obligeAll.deptNone',
    confirm: 'plans.obligeAll.deptConfirm',
  },
} as const;

/**
 * "Giao tất cả xã, phường" / "Giao tất cả sở, ban, ngành": one obligation naming every
 * current commune and ward below the plan's unit, or every department of it, confirmed
 * after seeing how many it adds.
 */
export function ObligeAllButton({ plan, level, version, disabled, onSaved }: Props) {
  const t = useT();
  const keys = KEYS[level];
  const [open, setOpen] = useState(false);
  const preview = useObligeAllPreview(plan.id, plan.unit.id, level, open);
  const oblige = useObligeAll(plan.id);
  const [addressees, setAddressees] = useState<string | null>(null);
  const [days, setDays] = useState(30);
  const p = preview.data;
  const close = () => {
    setOpen(false);
    oblige.reset();
  };
  return (
    <>
      <Group gap="xs">
        <Button size="xs" variant="light" disabled={disabled} onClick={() => setOpen(true)}>
          {t(keys.button)}
        </Button>
        {disabled && (
          <Text size="xs" c="dimmed">
            {t('plans.obligeAll.saveFirst')}
          </Text>
        )}
      </Group>
      <Modal opened={open} onClose={close} title={t(keys.title)}>
        {!p ? (
          <Text size="sm">{t('common.loading')}</Text>
        ) : (
          <Stack gap="sm">
            <Text size="sm" data-testid="oblige-all-count">
              {t(keys.count, { n: p.count, unit: plan.unit.fullName })}
            </Text>
            {p.alreadyObliged > 0 && (
              <Text size="xs" c="dimmed">
                {t('plans.obligeAll.already', { n: p.alreadyObliged })}
              </Text>
            )}
            {p.sample.length > 0 && (
              <List size="xs" c="dimmed">
                {p.sample.map((name) => (
                  <List.Item key={name}>{name}</List.Item>
                ))}
                {p.count > p.sample.length && (
                  <List.Item>
                    {t('plans.obligeAll.more', { n: p.count - p.sample.length })}
                  </List.Item>
                )}
              </List>
            )}
            {p.count === 0 ? (
              <Alert color="gray" p="xs">
                {t(keys.none)}
              </Alert>
            ) : (
              <>
                <TextInput
                  label={t('plans.body.addressees')}
                  value={addressees ?? p.addressees}
                  onChange={(e) => setAddressees(e.currentTarget.value)}
                />
                <NumberInput
                  label={t('plans.obligeAll.days')}
                  min={1}
                  max={3650}
                  w={220}
                  value={days}
                  onChange={(d) => typeof d === 'number' && setDays(d)}
                />
              </>
            )}
            <MutationErrorAlert error={oblige.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button
                disabled={p.count === 0 || !(addressees ?? p.addressees).trim()}
                loading={oblige.isPending}
                onClick={() =>
                  oblige.mutate(
                    {
                      unitId: plan.unit.id,
                      level,
                      version: version(),
                      addressees: (addressees ?? p.addressees).trim(),
                      deadline: { kind: 'relative', days, after: 'issuance' },
                    },
                    {
                      onSuccess: (r) => {
                        onSaved(r.plan);
                        close();
                      },
                    },
                  )
                }
              >
                {t(keys.confirm, { n: p.count })}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  );
}
