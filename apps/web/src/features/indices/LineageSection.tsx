import { useMemo, useState } from 'react';
import { Alert, Anchor, Group, NumberInput, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { LINEAGE_MIN_COVERAGE, lineageEstimate } from '@papi/domain';
import { Link } from 'react-router';
import { formatDecimal, formatNumber } from '../../i18n/format.ts';
import { useLang, useT } from '../../i18n/index.ts';
import type { Lineage } from './api.ts';
import { EChart } from './charts/EChart.tsx';
import { lineageOption } from './charts/lineageOption.ts';

interface Props {
  lineage: Lineage;
  indexCode: string;
}

const MIN_PERCENT = Math.round(LINEAGE_MIN_COVERAGE * 100);

/** "Hình thành từ": the old provinces' official results and a clearly labelled estimate. */
export function LineageSection({ lineage, indexCode }: Props) {
  const t = useT();
  const lang = useLang();
  const { predecessors } = lineage;
  const [weights, setWeights] = useState<Record<number, number>>({});
  const weightOf = (id: number) => weights[id] ?? 1;
  const years = useMemo(
    () => [...new Set(predecessors.flatMap((p) => p.results.map((r) => r.year)))].sort(),
    [predecessors],
  );
  const estimates = useMemo(
    () =>
      years.map((year) =>
        lineageEstimate(
          predecessors.map((p) => ({
            // Named mid-sentence: "tỉnh Hà Giang", "thành phố Huế".
            key: p.unit.fullName.charAt(0).toLowerCase() + p.unit.fullName.slice(1),
            score: p.results.find((r) => r.year === year)?.total ?? null,
            weight: weights[p.unit.id] ?? 1,
          })),
        ),
      ),
    [years, predecessors, weights],
  );
  const fmt = (v: number | null | undefined) =>
    v === null || v === undefined ? t('indices.notAssessed') : formatDecimal(v, lang);
  const percent = (share: number) => formatNumber(Math.round(share * 100), lang);
  const option = useMemo(
    () =>
      lineageOption(
        predecessors,
        years,
        estimates.map((e) => e.value),
        { estimate: t('indices.lineage.estimate'), marker: t('indices.frameworkChange') },
        (v) => formatDecimal(v, lang),
      ),
    [predecessors, years, estimates, t, lang],
  );

  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Title order={3}>{t('indices.lineage.title', { name: lineage.unit.fullName })}</Title>
        <Group gap="xs">
          {predecessors.map((p) => (
            <Anchor
              key={p.unit.id}
              component={Link}
              to={`/indices/profile/${p.unit.id}?index=${indexCode}`}
            >
              {p.unit.fullName}
            </Anchor>
          ))}
        </Group>
        <Alert color="yellow" variant="light" title={t('indices.lineage.estimate')}>
          {t('indices.lineage.estimateNote')}{' '}
          {t('indices.lineage.coverageRule', { min: MIN_PERCENT })}
        </Alert>
        <Group gap="sm" align="flex-end">
          {predecessors.map((p) => (
            <NumberInput
              key={p.unit.id}
              label={t('indices.lineage.weight', { name: p.unit.name })}
              value={weightOf(p.unit.id)}
              min={0}
              step={0.1}
              decimalScale={3}
              decimalSeparator={lang === 'vi' ? ',' : '.'}
              onChange={(value) =>
                setWeights((prev) => ({
                  ...prev,
                  [p.unit.id]: typeof value === 'number' ? value : 0,
                }))
              }
              w={180}
            />
          ))}
        </Group>
        <Table.ScrollContainer minWidth={480 + predecessors.length * 120}>
          <Table striped verticalSpacing={4} data-testid="lineage-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('indices.year')}</Table.Th>
                {predecessors.map((p) => (
                  <Table.Th key={p.unit.id} ta="right">
                    {t('indices.lineage.official', { name: p.unit.name })}
                  </Table.Th>
                ))}
                <Table.Th ta="right">{t('indices.lineage.coverage')}</Table.Th>
                <Table.Th ta="right">{t('indices.lineage.estimate')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {[...years].reverse().map((year) => {
                const e = estimates[years.indexOf(year)]!;
                return (
                  <Table.Tr key={year}>
                    <Table.Td>{year}</Table.Td>
                    {predecessors.map((p) => {
                      const r = p.results.find((x) => x.year === year);
                      return (
                        <Table.Td key={p.unit.id} ta="right">
                          {r ? fmt(r.total) : '—'}
                          {typeof r?.rank === 'number' && (
                            <Text span size="xs" c="dimmed">
                              {' '}
                              (#{r.rank})
                            </Text>
                          )}
                        </Table.Td>
                      );
                    })}
                    <Table.Td ta="right">
                      {t('indices.lineage.coverageValue', { value: percent(e.coverage) })}
                    </Table.Td>
                    <Table.Td ta="right" maw={320}>
                      {e.value === null ? (
                        <Text size="sm" c="dimmed">
                          {t('indices.lineage.belowCoverage', {
                            value: percent(e.coverage),
                            min: MIN_PERCENT,
                          })}
                        </Text>
                      ) : (
                        <Text size="sm" fs="italic">
                          {formatDecimal(e.value, lang)}
                        </Text>
                      )}
                      {e.missing.length > 0 && e.missing.length < predecessors.length && (
                        <Text size="xs" c="orange.9">
                          {t('indices.lineage.missing', {
                            names: e.missing.join(', '),
                          })}
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <EChart
          option={option}
          title={t('indices.lineage.title', { name: lineage.unit.name })}
          height={340}
        />
        <Text size="xs" c="dimmed">
          {t('indices.trend.note')}
        </Text>
      </Stack>
    </Paper>
  );
}
