import { useState } from 'react';
import {
  Alert,
  Anchor,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { todayIso } from '../../api/clock.ts';
import { DateInputField } from '../../components/DateInputField.tsx';
import { MutationErrorAlert } from '../../components/MutationErrorAlert.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { useT } from '../../i18n/index.ts';
import { useCurrentUser } from '../auth/CurrentUser.tsx';
import { useUnits, type Unit } from '../units/api.ts';
import { useInstruments } from './api.ts';
import { useCreateRun, useInstrument } from './runApi.ts';
import { DEFAULT_TARGET, StrataEditor, type StratumRow } from './StrataEditor.tsx';

const stratumOf = (u: Unit, key: number): StratumRow => ({
  key,
  code: u.code,
  name: u.name,
  unitId: u.id,
  target: DEFAULT_TARGET,
  population: '',
});

/** "Tạo đợt khảo sát": the strata start as every commune/ward of the user's unit. */
export function NewRunPage() {
  const me = useCurrentUser();
  const units = useUnits({ parentId: me.unit.id, limit: 500 });
  if (!units.data) return <QueryState error={units.error} retry={() => void units.refetch()} />;
  return (
    <NewRunForm initial={units.data.items.map((u, i) => stratumOf(u, i + 1))} key={me.unit.id} />
  );
}

function NewRunForm({ initial }: { initial: StratumRow[] }) {
  const t = useT();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const instruments = useInstruments();
  const create = useCreateRun();
  const [instrumentId, setInstrumentId] = useState<string | null>(null);
  const instrument = useInstrument(instrumentId ? Number(instrumentId) : null);
  const [versionId, setVersionId] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [startsOn, setStartsOn] = useState<string | null>(todayIso());
  const [endsOn, setEndsOn] = useState<string | null>(null);
  const [status, setStatus] = useState<'draft' | 'open'>('draft');
  const [strata, setStrata] = useState<StratumRow[]>(initial);
  const [missing, setMissing] = useState<string | null>(null);

  const published = (instruments.data?.items ?? []).filter((i) => i.latestVersion !== null);
  const versions = instrument.data?.versions ?? [];
  const chosenVersion = versionId ?? (versions[0] ? String(versions[0].id) : null);

  const submit = () => {
    const blank = strata.find((s) => !s.code.trim() || !s.name.trim() || s.target === '');
    if (!chosenVersion || !name.trim() || !startsOn || !endsOn)
      return setMissing(t('surveys.new.required'));
    if (strata.length === 0) return setMissing(t('surveys.new.noStrata'));
    if (blank) return setMissing(t('surveys.new.blankStratum', { n: strata.indexOf(blank) + 1 }));
    setMissing(null);
    create.mutate(
      {
        unitId: me.unit.id,
        instrumentVersionId: Number(chosenVersion),
        name: name.trim(),
        startsOn,
        endsOn,
        status,
        strata: strata.map((s) => ({
          code: s.code.trim(),
          name: s.name.trim(),
          unitId: s.unitId,
          target: Number(s.target),
          population: s.population === '' ? null : Number(s.population),
          quotas: [],
        })),
      },
      { onSuccess: (run) => void navigate(`/surveys/runs/${run.id}`) },
    );
  };

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/surveys" size="sm">
        ← {t('surveys.title')}
      </Anchor>
      <Title order={2}>{t('surveys.new.title')}</Title>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack gap="md">
          <Paper withBorder p="md" radius="md">
            <Stack gap="sm">
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <Select
                  label={t('surveys.instrument')}
                  required
                  data={published.map((i) => ({ value: String(i.id), label: i.titleVi }))}
                  value={instrumentId}
                  onChange={(v) => {
                    setInstrumentId(v);
                    setVersionId(null);
                  }}
                  placeholder={t('surveys.new.chooseInstrument')}
                  nothingFoundMessage={t('surveys.new.noPublished')}
                />
                <Select
                  label={t('surveys.version')}
                  required
                  data={versions.map((v) => ({
                    value: String(v.id),
                    label: t('surveys.versionN', { n: v.version }),
                  }))}
                  value={chosenVersion}
                  onChange={setVersionId}
                  disabled={!instrumentId}
                  allowDeselect={false}
                />
              </SimpleGrid>
              <TextInput
                label={t('surveys.new.name')}
                required
                value={name}
                maxLength={300}
                placeholder={t('surveys.new.namePlaceholder')}
                onChange={(e) => setName(e.currentTarget.value)}
              />
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <DateInputField
                  label={t('surveys.new.startsOn')}
                  required
                  value={startsOn}
                  onChange={setStartsOn}
                />
                <DateInputField
                  label={t('surveys.new.endsOn')}
                  required
                  value={endsOn}
                  onChange={setEndsOn}
                />
                <Stack gap={4}>
                  <Text size="sm" fw={500}>
                    {t('surveys.status')}
                  </Text>
                  <SegmentedControl
                    value={status}
                    onChange={(v) => setStatus(v === 'open' ? 'open' : 'draft')}
                    data={[
                      { value: 'draft', label: t('surveys.status.draft') },
                      { value: 'open', label: t('surveys.status.open') },
                    ]}
                  />
                </Stack>
              </SimpleGrid>
            </Stack>
          </Paper>
          <Stack gap="xs">
            <Title order={3}>{t('surveys.new.strata')}</Title>
            <Text size="sm" c="dimmed" maw={820}>
              {t('surveys.new.strataHelp', { unit: me.unit.name })}
            </Text>
            <StrataEditor rows={strata} onChange={setStrata} />
          </Stack>
          {missing && (
            <Alert color="red" role="alert">
              {missing}
            </Alert>
          )}
          <MutationErrorAlert error={create.error} />
          <Group justify="flex-end">
            <Button variant="default" component={Link} to="/surveys">
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('surveys.new.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
