import { useState } from 'react';
import { Grid, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import type { ReporterLevel, SubmissionState } from '@papi/domain';
import { useSearchParams } from 'react-router';
import { formatDate } from '../../i18n/format.ts';
import { useT } from '../../i18n/index.ts';
import { canMonitor, useCurrentUser } from '../auth/CurrentUser.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { ConsolidatedButtons } from '../reports/ConsolidatedButtons.tsx';
import { LEVEL_KEYS } from '../reports/labels.ts';
import {
  initialRegimePeriod,
  RegimePeriodPicker,
  type RegimePeriod,
} from '../reports/RegimePeriodPicker.tsx';
import { useReportingBoard } from './api.ts';
import { OverdueBoard } from './OverdueBoard.tsx';
import { RateCards } from './RateCards.tsx';
import { CommuneRateMap } from './CommuneRateMap.tsx';
import { RateMap } from './RateMap.tsx';
import { RateTable } from './RateTable.tsx';
import { ReportersPanel } from './ReportersPanel.tsx';
import { TaskCharts } from './TaskCharts.tsx';
import { domainText } from '../../i18n/domain-text.ts';

const PAGE_SIZE = 200;

/**
 * `provinceCode`: the viewer's unit is a province (a province installation's staff): its
 * board maps the communes instead of the national map.
 */
function ReportingTab({
  unitId,
  national,
  provinceCode,
}: {
  unitId: number;
  national: boolean;
  provinceCode: string | null;
}) {
  const t = useT();
  const [period, setPeriod] = useState<RegimePeriod>(initialRegimePeriod);
  const [filters, setFilters] = useState({
    state: null as SubmissionState | null,
    level: null as ReporterLevel | null,
    page: 1,
    view: 'tiles' as 'tiles' | 'table',
  });
  const query =
    period.regimeId !== null && period.periodKey !== null
      ? {
          regimeId: period.regimeId,
          periodKey: period.periodKey,
          unitId,
          state: filters.state ?? undefined,
          level: filters.level ?? undefined,
          page: filters.page,
          pageSize: PAGE_SIZE,
        }
      : null;
  const board = useReportingBoard(query);
  const data = board.data;
  // A regime that expects no commune report would draw an all-grey map: none then.
  const communeMap =
    provinceCode !== null && query !== null && data?.byLevel.some((l) => l.level === 'commune')
      ? { provinceCode, query: { regimeId: query.regimeId, periodKey: query.periodKey, unitId } }
      : null;
  const withMap = national || communeMap !== null;
  return (
    <Stack gap="md" mt="sm">
      <RegimePeriodPicker
        value={period}
        onChange={(v) => {
          setPeriod(v);
          setFilters((f) => ({ ...f, page: 1 }));
        }}
      />
      {!data ? (
        <QueryState error={board.error} retry={() => void board.refetch()} />
      ) : (
        <>
          <Text size="sm" c="dimmed">
            {t('monitoring.periodLine', {
              from: formatDate(data.period.window.from),
              to: formatDate(data.period.window.to),
              asOf: formatDate(data.asOf),
            })}
          </Text>
          {period.regimeId !== null && period.periodKey !== null && (
            <ConsolidatedButtons
              regimeId={period.regimeId}
              periodKey={period.periodKey}
              unitId={unitId}
            />
          )}
          <RateCards counts={data.total} />
          <Paper withBorder p="md" radius="md">
            <Title order={3} size="h5" mb="xs">
              {t('monitoring.perLevel')}
            </Title>
            <RateTable
              firstHeader={t('monitoring.level')}
              rows={data.byLevel.map((l) => ({
                key: l.level,
                label: t(LEVEL_KEYS[l.level]),
                counts: l,
              }))}
            />
          </Paper>
          {data.byProvince.length > 1 && (
            <Paper withBorder p="md" radius="md">
              <Title order={3} size="h5" mb="xs">
                {t('monitoring.perProvince')}
              </Title>
              <RateTable
                firstHeader={t('monitoring.province')}
                rows={data.byProvince.map((p) => ({
                  key: String(p.unit.id),
                  label: p.unit.name,
                  counts: p,
                }))}
              />
            </Paper>
          )}
          <Grid gap="md">
            {national ? (
              <Grid.Col span={{ base: 12, lg: 5 }}>
                <RateMap
                  board={data}
                  title={t('monitoring.mapTitle', { period: domainText(data.period.label) })}
                />
              </Grid.Col>
            ) : (
              communeMap && (
                <Grid.Col span={{ base: 12, lg: 5 }}>
                  <CommuneRateMap
                    query={communeMap.query}
                    provinceCode={communeMap.provinceCode}
                    title={t('monitoring.communeMapTitle', {
                      period: domainText(data.period.label),
                    })}
                  />
                </Grid.Col>
              )
            )}
            <Grid.Col span={{ base: 12, lg: withMap ? 7 : 12 }}>
              <Paper withBorder p="md" radius="md">
                <Title order={3} size="h5" mb="xs">
                  {t('monitoring.perUnit')}
                </Title>
                <ReportersPanel
                  reporters={data.reporters}
                  {...filters}
                  pageSize={PAGE_SIZE}
                  onChange={(patch) => setFilters((f) => ({ ...f, ...patch }))}
                />
              </Paper>
            </Grid.Col>
          </Grid>
        </>
      )}
    </Stack>
  );
}

type Tab = 'reporting' | 'tasks' | 'overdue';

export function MonitoringPage() {
  const t = useT();
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const raw = params.get('tab');
  const tab: Tab = raw === 'tasks' || raw === 'overdue' ? raw : 'reporting';
  return (
    <Stack gap="md">
      <div>
        <Title order={2}>{t('monitoring.title')}</Title>
        <Text size="sm" c="dimmed">
          {me.unit.fullName}
        </Text>
      </div>
      <Tabs
        value={tab}
        onChange={(v) => setParams(v && v !== 'reporting' ? { tab: v } : {})}
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value="reporting">{t('monitoring.tab.reporting')}</Tabs.Tab>
          <Tabs.Tab value="tasks">{t('monitoring.tab.tasks')}</Tabs.Tab>
          <Tabs.Tab value="overdue">{t('monitoring.tab.overdue')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="reporting">
          <ReportingTab
            unitId={me.unit.id}
            national={me.unit.level === 'country'}
            provinceCode={me.unit.level === 'province' ? me.unit.code : null}
          />
        </Tabs.Panel>
        <Tabs.Panel value="tasks" pt="sm">
          <TaskCharts unitId={me.unit.id} />
        </Tabs.Panel>
        <Tabs.Panel value="overdue" pt="sm">
          <OverdueBoard unitId={me.unit.id} canRemind={canMonitor(me.role)} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
