import { lazy, Suspense } from 'react';
import { Anchor, Button, Group, Paper, Select, Stack, Tabs, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { PageLoader } from '../../components/PageLoader.tsx';
import { useLang, useT } from '../../i18n/index.ts';
import { canAdminister, useCurrentUser } from '../auth/CurrentUser.tsx';
import type { Ranking } from './api.ts';
import { useRanking } from './api.ts';
import { QueryState } from '../../components/QueryState.tsx';
import { RankingTab } from './RankingTab.tsx';
import { editionFor, useIndexSelection } from './selection.ts';

// The map pulls the province shapes (≈0.8 MB): fetched only when its tab opens.
const MapTab = lazy(() => import('./MapTab.tsx').then((m) => ({ default: m.MapTab })));
const CompareTab = lazy(() => import('./CompareTab.tsx').then((m) => ({ default: m.CompareTab })));
const ScatterTab = lazy(() => import('./ScatterTab.tsx').then((m) => ({ default: m.ScatterTab })));

const TABS = ['ranking', 'map', 'compare', 'correlation'] as const;
type Tab = (typeof TABS)[number];
const isTab = (v: string | null): v is Tab => v !== null && (TABS as readonly string[]).includes(v);

/** The old (pre-2025) province to open for the user's own province: same name first. */
function ownProvinceRow(ranking: Ranking | undefined, unitId: number, unitName: string) {
  const rows = ranking?.rows.filter(
    (r) => r.currentProvince?.id === unitId || r.unit.id === unitId,
  );
  return rows?.find((r) => r.unit.name === unitName) ?? rows?.[0];
}

export function IndicesPage() {
  const t = useT();
  const lang = useLang();
  const me = useCurrentUser();
  const selection = useIndexSelection();
  const { summary, code, year, years, params, update } = selection;
  const ranking = useRanking(code, year);
  const edition = editionFor(summary, year);
  const requested = params.get('tab');
  const tab: Tab = isTab(requested) ? requested : 'ranking';
  const province = me.province ?? me.unit;
  const own = ownProvinceRow(ranking.data, province.id, province.name);
  const profileId = own?.unit.id ?? me.province?.id ?? null;

  const content =
    !ranking.data || year === null ? (
      <QueryState error={ranking.error} retry={() => void ranking.refetch()} />
    ) : (
      <Suspense fallback={<PageLoader />}>
        {tab === 'ranking' && (
          <RankingTab ranking={ranking.data} edition={edition} indexCode={code} />
        )}
        {tab === 'map' && <MapTab ranking={ranking.data} edition={edition} indexCode={code} />}
        {tab === 'compare' && (
          <CompareTab ranking={ranking.data} edition={edition} indexCode={code} />
        )}
        {tab === 'correlation' && (
          <ScatterTab ranking={ranking.data} edition={edition} indexCode={code} />
        )}
      </Suspense>
    );

  if (!summary)
    return (
      <QueryState error={selection.query.error} retry={() => void selection.query.refetch()} />
    );

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" gap="sm">
        <div>
          <Title order={2}>{t('indices.title')}</Title>
          <Text c="dimmed" size="sm">
            {lang === 'vi' ? summary.framework.nameVi : summary.framework.nameEn}
          </Text>
        </div>
        <Group gap="md" align="center">
          {profileId !== null && (
            <Anchor
              component={Link}
              to={`/indices/profile/${profileId}?index=${code}&year=${year ?? ''}`}
              fw={600}
            >
              {t('indices.ownProfile', { name: own?.unit.name ?? province.name })}
            </Anchor>
          )}
          {canAdminister(me.role) && (
            <Button component={Link} to={`/indices/import?index=${code}`} variant="light">
              {t('indices.import.title')}
            </Button>
          )}
        </Group>
      </Group>
      <Paper withBorder p="sm" radius="md">
        <Group gap="sm" align="flex-end">
          <Select
            label={t('indices.index')}
            data={selection.items.map((i) => ({
              value: i.framework.code,
              label: i.framework.code,
            }))}
            value={code}
            allowDeselect={false}
            onChange={(value) => update({ index: value, year: null })}
            w={140}
          />
          <Select
            label={t('indices.year')}
            data={[...years].reverse().map(String)}
            value={year === null ? null : String(year)}
            allowDeselect={false}
            onChange={(value) => update({ year: value })}
            w={120}
          />
          {ranking.data && (
            <Text size="sm" c="dimmed" pb={6}>
              {t('indices.assessedOf', {
                assessed: ranking.data.assessed,
                surveyed: ranking.data.surveyed,
              })}
            </Text>
          )}
        </Group>
      </Paper>
      <Tabs
        value={tab}
        keepMounted={false}
        onChange={(value) => {
          if (isTab(value)) update({ tab: value === 'ranking' ? null : value });
        }}
      >
        <Tabs.List>
          <Tabs.Tab value="ranking">{t('indices.tab.ranking')}</Tabs.Tab>
          <Tabs.Tab value="map">{t('indices.tab.map')}</Tabs.Tab>
          <Tabs.Tab value="compare">{t('indices.tab.compare')}</Tabs.Tab>
          <Tabs.Tab value="correlation">{t('indices.tab.correlation')}</Tabs.Tab>
        </Tabs.List>
        {TABS.map((value) => (
          <Tabs.Panel key={value} value={value} pt="md">
            {value === tab && content}
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
