import { useState } from 'react';
import { Alert, Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useNavigate } from 'react-router';
import { DateInputField } from '../../components/DateInputField.tsx';
import { MutationErrorAlert } from '../../components/MutationErrorAlert.tsx';
import { useT } from '../../i18n/index.ts';
import { useCurrentUser } from '../auth/CurrentUser.tsx';
import { useCreatePlan, usePlanTypes } from './api.ts';
import { typeLabel } from './labels.ts';
import { thisYear } from '../../api/clock.ts';
import { WordImportField } from './WordImportField.tsx';
import type { TPlanWordPreview } from '@papi/contracts';
import { periodOfYear, planYears } from '@papi/domain';
import { PeriodWarning } from './PeriodWarning.tsx';

interface Props {
  opened: boolean;
  onClose: () => void;
}

export function CreatePlanModal({ opened, onClose }: Props) {
  const t = useT();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const create = useCreatePlan();
  const currentYear = thisYear();
  const types = usePlanTypes();
  const [chosenType, setPlanType] = useState<string | null>(null);
  const planType = chosenType ?? types.data?.types[0]?.code ?? null;
  const [year, setYear] = useState<string | null>(String(currentYear));
  const [title, setTitle] = useState('');
  const [from, setFrom] = useState<string | null>(`${currentYear}-01-01`);
  const [to, setTo] = useState<string | null>(`${currentYear}-12-31`);
  const [missing, setMissing] = useState(false);
  const [wordBody, setWordBody] = useState<TPlanWordPreview['body'] | null>(null);

  const close = () => {
    create.reset();
    setMissing(false);
    onClose();
  };

  const submit = () => {
    if (!planType || !year || !title.trim() || !from || !to) {
      setMissing(true);
      return;
    }
    setMissing(false);
    create.mutate(
      {
        unitId: me.unit.id,
        planType,
        year: Number(year),
        title: title.trim(),
        period: { from, to },
        symbol: 'KH-UBND',
        // A plan read from a Word file keeps its own text instead of the template.
        ...(wordBody ? { body: wordBody } : {}),
      },
      {
        onSuccess: (plan) => {
          close();
          setTitle('');
          void navigate(`/plans/${plan.id}`);
        },
      },
    );
  };

  return (
    <Modal opened={opened} onClose={close} title={t('plans.form.title')} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack gap="sm">
          <Select
            label={t('plans.form.type')}
            required
            data={(types.data?.types ?? []).map((type) => ({
              value: type.code,
              label: typeLabel(t, type.code, types.data?.types),
            }))}
            value={planType}
            onChange={setPlanType}
            allowDeselect={false}
          />
          <Select
            label={t('plans.form.year')}
            required
            data={planYears(currentYear).map(String)}
            value={year}
            searchable
            onChange={(v) => {
              setYear(v);
              // The period follows the year chosen; the user narrows it afterwards if needed.
              if (v) {
                const p = periodOfYear(Number(v));
                setFrom(p.from);
                setTo(p.to);
              }
            }}
            allowDeselect={false}
            w={140}
          />
          <TextInput
            label={t('plans.form.planTitle')}
            required
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            maxLength={1000}
          />
          <Group grow>
            <DateInputField label={t('plans.form.from')} required value={from} onChange={setFrom} />
            <DateInputField label={t('plans.form.to')} required value={to} onChange={setTo} />
          </Group>
          {year && from && to && <PeriodWarning year={Number(year)} period={{ from, to }} />}
          <WordImportField
            unitId={me.unit.id}
            onRead={(p) => {
              setWordBody(p?.body ?? null);
              if (p?.title) setTitle(p.title);
            }}
          />
          {!wordBody && (
            <Text size="xs" c="dimmed">
              {t('plans.create.template')}
            </Text>
          )}
          {missing && (
            <Alert color="red" role="alert">
              {t('plans.form.required')}
            </Alert>
          )}
          <MutationErrorAlert error={create.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('plans.form.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
