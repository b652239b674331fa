import { lazy, Suspense, useMemo } from 'react';
import {
  Alert,
  Badge,
  Group,
  Loader,
  Paper,
  Progress,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { CardTable } from '../../components/CardTable.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { formatNumber } from '../../i18n/format.ts';
import { useLang, useT } from '../../i18n/index.ts';
import { useUnit, useUnits } from '../units/api.ts';
import { useRunProgress, type RunProgress as Progress_ } from './api.ts';
import { BANDS, bandOf as bandColor, share } from './progressBands.ts';

const ProgressChart = lazy(() =>
  import('./ProgressChart.tsx').then((m) => ({ default: m.ProgressChart })),
);
const ProgressMap = lazy(() =>
  import('./ProgressMap.tsx').then((m) => ({ default: m.ProgressMap })),
);

type Stratum = Progress_['strata'][number];

/**
 * The commune map of a run over a current (post-2025) province whose strata are its
 * communes and wards; nothing for other runs (a commune's run, service points only).
 */
function CommuneMapSection({ unitId, strata }: { unitId: number; strata: Stratum[] }) {
  const unit = useUnit(unitId);
  const province = unit.data?.level === 'province' && unit.data.validTo === null ? unit.data : null;
  const hasCommunes = strata.some((s) => s.unitId !== null);
  const children = useUnits({ parentId: unitId, limit: 500 }, province !== null && hasCommunes);
  const codeOfUnit = useMemo(
    () => new Map((children.data?.items ?? []).map((u) => [u.id, u.code])),
    [children.data],
  );
  if (!province || !hasCommunes || !children.data) return null;
  if (!strata.some((s) => s.unitId !== null && codeOfUnit.has(s.unitId))) return null;
  return (
    <Paper withBorder p="xs" radius="md">
      <Suspense fallback={<Loader size="sm" />}>
        <ProgressMap provinceCode={province.code} codeOfUnit={codeOfUnit} strata={strata} />
      </Suspense>
    </Paper>
  );
}

function QuotaBadges({ s }: { s: Stratum }) {
  const lang = useLang();
  if (s.quotas.length === 0) return <Text size="sm">—</Text>;
  return (
    <Group gap={4}>
      {s.quotas.map((q) => (
        <Badge
          key={`${q.question}=${q.value}`}
          variant="light"
          color={q.count >= q.target ? 'teal' : 'gray'}
          title={q.label}
          tt="none"
        >
          {q.label.split(': ').at(-1)} {formatNumber(q.count, lang)}/{formatNumber(q.target, lang)}
        </Badge>
      ))}
    </Group>
  );
}

/**
 * Responses per stratum against targets and quotas, by day, as numbers, a commune map (a
 * province's run) and tiles (every stratum, service points included: the list form).
 */
export function RunProgress({ runId, unitId }: { runId: number; unitId: number }) {
  const t = useT();
  const lang = useLang();
  const progress = useRunProgress(runId);
  if (!progress.data)
    return <QueryState error={progress.error} retry={() => void progress.refetch()} />;
  const p = progress.data;
  const total = share(p.responses, p.target);
  return (
    <Stack gap="md" data-testid="survey-progress">
      {p.equalWeights && (
        <Alert color="yellow" title={t('surveys.equalWeightsTitle')}>
          {t('surveys.progress.missingPopulation', {
            names: p.strata
              .filter((s) => s.population === null)
              .map((s) => s.name)
              .join(', '),
          })}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <Paper withBorder p="sm" radius="md">
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {t('surveys.progress.collected')}
          </Text>
          <Text fz={26} fw={700} lh={1.2}>
            {formatNumber(p.responses, lang)} / {formatNumber(p.target, lang)}
          </Text>
          <Progress value={Math.min(total, 100)} color={bandColor(total)} mt={6} />
        </Paper>
        <Paper withBorder p="sm" radius="md">
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {t('surveys.progress.strataDone')}
          </Text>
          <Text fz={26} fw={700} lh={1.2}>
            {p.strata.filter((s) => s.responses >= s.target).length} / {p.strata.length}
          </Text>
        </Paper>
        <Paper withBorder p="sm" radius="md">
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {t('surveys.progress.days')}
          </Text>
          <Text fz={26} fw={700} lh={1.2}>
            {p.days.length}
          </Text>
        </Paper>
      </SimpleGrid>
      <Paper withBorder p="sm" radius="md">
        <Suspense fallback={<Loader size="sm" />}>
          <ProgressChart progress={p} />
        </Suspense>
      </Paper>
      <Title order={4}>{t('surveys.progress.map')}</Title>
      <CommuneMapSection unitId={unitId} strata={p.strata} />
      <SimpleGrid cols={{ base: 2, xs: 3, md: 6 }} spacing={6} data-testid="progress-tiles">
        {p.strata.map((s) => {
          const pct = share(s.responses, s.target);
          return (
            <Paper
              key={s.code}
              p={8}
              radius="sm"
              bg={`${bandColor(pct)}.1`}
              style={{ borderLeft: `4px solid var(--mantine-color-${bandColor(pct)}-6)` }}
            >
              <Text size="sm" fw={600} lineClamp={1} title={s.name}>
                {s.name}
              </Text>
              <Text size="xs">
                {formatNumber(s.responses, lang)}/{formatNumber(s.target, lang)} · {pct}%
              </Text>
            </Paper>
          );
        })}
      </SimpleGrid>
      <Group gap="md">
        {BANDS.map((c) => (
          <Group key={c} gap={4}>
            <span
              style={{
                width: 12,
                height: 12,
                borderRadius: 2,
                background: `var(--mantine-color-${c}-6)`,
              }}
            />
            <Text size="xs">{t(`surveys.progress.band.${c}`)}</Text>
          </Group>
        ))}
      </Group>
      <CardTable minWidth={720} striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('surveys.progress.stratum')}</Table.Th>
            <Table.Th ta="right">{t('surveys.responses')}</Table.Th>
            <Table.Th w={160}>{t('surveys.progress.done')}</Table.Th>
            <Table.Th ta="right">{t('surveys.progress.population')}</Table.Th>
            <Table.Th>{t('surveys.progress.quotas')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {p.strata.map((s) => {
            const pct = share(s.responses, s.target);
            return (
              <Table.Tr key={s.code}>
                <Table.Td>
                  {s.name}{' '}
                  <Text span size="xs" c="dimmed">
                    ({s.code})
                  </Text>
                </Table.Td>
                <Table.Td ta="right">
                  {formatNumber(s.responses, lang)} / {formatNumber(s.target, lang)}
                </Table.Td>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <Progress value={Math.min(pct, 100)} color={bandColor(pct)} w={90} />
                    <Text size="xs">{pct}%</Text>
                  </Group>
                </Table.Td>
                <Table.Td ta="right">
                  {s.population === null ? (
                    <Text size="sm" c="orange.8">
                      {t('surveys.progress.noPopulation')}
                    </Text>
                  ) : (
                    formatNumber(s.population, lang)
                  )}
                </Table.Td>
                <Table.Td>
                  <QuotaBadges s={s} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </CardTable>
    </Stack>
  );
}
