import { useState } from 'react';
import { Alert, Badge, Button, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useT } from '../../i18n/index.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { thisYear as currentYear } from '../../api/clock.ts';
import { useCompute, useEmulationYear } from './api.ts';
import { CriteriaPanel } from './CriteriaPanel.tsx';
import { RunView } from './RunView.tsx';

/** Thi đua: a unit's year — criteria, council, computed versions, ranking, lists, decision. */
export function EmulationPage() {
  const t = useT();
  const thisYear = currentYear();
  const [year, setYear] = useState(thisYear);
  const view = useEmulationYear(year);
  const compute = useCompute();
  const [picked, setPicked] = useState<number | null>(null);
  const years = Array.from({ length: 5 }, (_, i) => String(thisYear - i));

  if (!view.data) return <QueryState error={view.error} retry={() => void view.refetch()} />;
  const y = view.data;
  const runId =
    picked !== null && y.runs.some((r) => r.id === picked) ? picked : (y.runs[0]?.id ?? null);
  const run = y.runs.find((r) => r.id === runId);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Title order={2}>
            {t('emulation.title')} · {y.unit.name}
          </Title>
          <Text size="sm" c="dimmed" maw={760}>
            {t('emulation.intro')}
          </Text>
        </div>
        <Select
          label={t('emulation.year')}
          data={years}
          value={String(year)}
          onChange={(v) => v && setYear(Number(v))}
          w={110}
          allowDeselect={false}
        />
      </Group>
      <CriteriaPanel key={`${y.year}-${y.criteriaVersion}`} view={y} />
      <Group gap="sm" wrap="wrap">
        {y.rights.compute && (
          <Button
            onClick={() =>
              compute.mutate({ unitId: y.unit.id, year }, { onSuccess: (r) => setPicked(r.id) })
            }
            loading={compute.isPending}
          >
            {y.runs.length ? t('emulation.recompute') : t('emulation.compute')}
          </Button>
        )}
        {y.runs.length > 1 && (
          <Select
            aria-label={t('emulation.version', { version: '' })}
            data={y.runs.map((r) => ({
              value: String(r.id),
              label: `${t('emulation.version', { version: String(r.version) })} · ${t(`emulation.status.${r.status}`)}`,
            }))}
            value={runId !== null ? String(runId) : null}
            onChange={(v) => v && setPicked(Number(v))}
            w={240}
            allowDeselect={false}
          />
        )}
        {run && (
          <Badge color={run.status === 'approved' ? 'green' : 'gray'} variant="light">
            {t(`emulation.status.${run.status}`)}
          </Badge>
        )}
      </Group>
      {compute.error && <Alert color="red">{compute.error.message}</Alert>}
      {run ? <RunView runId={run.id} view={y} /> : <Text c="dimmed">{t('emulation.noRun')}</Text>}
    </Stack>
  );
}
