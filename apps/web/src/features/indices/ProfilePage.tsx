import { Alert, Anchor, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/client.ts';
import { useT } from '../../i18n/index.ts';
import { useLineage, useProfile } from './api.ts';
import { DimensionTable, SubDimensionTable } from './DimensionTable.tsx';
import { NextGroupPanel, WeakestPanel } from './GapPanels.tsx';
import { LineageSection } from './LineageSection.tsx';
import { ProfileCharts } from './ProfileCharts.tsx';
import { ProfileHeader } from './ProfileHeader.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { useCurrentUser } from '../auth/CurrentUser.tsx';
import { ReportButtons } from './ReportButtons.tsx';
import { editionFor, useElementLabels, useIndexSelection } from './selection.ts';
import { TargetsPanel } from './targets/TargetsPanel.tsx';

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={title}>
      <Stack gap="sm">
        <Title order={3}>{title}</Title>
        {children}
      </Stack>
    </Paper>
  );
}

export function ProfilePage() {
  const t = useT();
  const unitId = Number(useParams().unitId);
  // What moved names the province's tasks: offered on the reader's own province only.
  const me = useCurrentUser();
  const ownProvince = me.province?.id ?? me.unit.id;
  const { summary, code, year, years, update } = useIndexSelection();
  const profile = useProfile(code, unitId, year);
  const lineage = useLineage(code, Number.isInteger(unitId) ? unitId : null);
  // An old province merged into a new one: show the new one's composition too.
  const successorId = lineage.data?.successor?.id ?? null;
  const successor = useLineage(code, successorId);
  const edition = editionFor(summary, year);
  const labels = useElementLabels(edition);
  const composition =
    lineage.data && lineage.data.predecessors.length > 0
      ? lineage.data
      : successor.data && successor.data.predecessors.length > 1
        ? successor.data
        : null;
  const noResults = isApiError(profile.error) && profile.error.status === 404;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Anchor component={Link} to={`/indices?index=${code}${year ? `&year=${year}` : ''}`}>
          ← {t('indices.backToRanking')}
        </Anchor>
        <Group gap="sm" align="flex-end">
          {profile.data && ownProvince === unitId && (
            <Anchor
              component={Link}
              to={`/indices/impact/${unitId}?year=${profile.data.year}`}
              size="sm"
              mb={6}
            >
              {t('impact.title')}
            </Anchor>
          )}
          {profile.data && (
            <ReportButtons
              indexCode={code}
              unitId={unitId}
              year={profile.data.year}
              unitName={profile.data.unit.name}
            />
          )}
          <Select
            label={t('indices.year')}
            data={[...years].reverse().map(String)}
            value={year === null ? null : String(year)}
            allowDeselect={false}
            onChange={(value) => update({ year: value })}
            w={120}
          />
        </Group>
      </Group>
      {profile.data ? (
        <>
          <ProfileHeader profile={profile.data} />
          {lineage.data?.successor && lineage.data.successor.id !== unitId && (
            <Text size="sm" c="dimmed">
              {t('indices.lineage.nowPartOf', { name: lineage.data.successor.fullName })}
            </Text>
          )}
          <Section title={t('indices.profile.dimensions')}>
            <DimensionTable profile={profile.data} label={labels.long} />
          </Section>
          {/* The weaknesses sit beside the radar (4th cell); the gap table needs the full width. */}
          <ProfileCharts profile={profile.data} label={labels.short}>
            <Section title={t('indices.profile.weakest')}>
              <WeakestPanel profile={profile.data} label={labels.short} />
            </Section>
          </ProfileCharts>
          <Section title={t('indices.profile.nextGroup')}>
            <NextGroupPanel profile={profile.data} label={labels.short} edition={edition} />
          </Section>
          <Section title={t('indices.profile.subDimensions')}>
            <SubDimensionTable profile={profile.data} label={labels.short} />
          </Section>
        </>
      ) : noResults ? (
        <Stack gap="xs">
          <Title order={2}>{lineage.data?.unit.fullName ?? ''}</Title>
          <Alert color="blue" variant="light">
            {t('indices.profile.noOwnResults', { year: year ?? '' })}
          </Alert>
        </Stack>
      ) : (
        <QueryState error={profile.error} retry={() => void profile.refetch()} />
      )}
      <TargetsPanel indexCode={code} unitId={unitId} year={year} />
      {composition && <LineageSection lineage={composition} indexCode={code} />}
    </Stack>
  );
}
