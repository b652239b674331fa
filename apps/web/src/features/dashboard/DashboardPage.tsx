import { Anchor, Grid, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { ROLE_LABELS } from '@papi/domain';
import { Link } from 'react-router';
import { formatNumber } from '../../i18n/format.ts';
import { useLang, useT } from '../../i18n/index.ts';
import type { MessageKey } from '../../i18n/index.ts';
import { useInstallation } from '../auth/api.ts';
import { canMonitor, useCurrentUser } from '../auth/CurrentUser.tsx';
import { WorkSummary } from '../work/WorkSummary.tsx';
import { useDashboard, type Dashboard } from './api.ts';
import { ImpactCard } from './ImpactCard.tsx';
import { IndexPositionCard } from './IndexPositionCard.tsx';
import { OverdueCard } from './OverdueCard.tsx';
import { RateCard } from './RateCard.tsx';

function Figure({
  label,
  value,
  to,
  link,
}: {
  label: string;
  value: number;
  to: string;
  link: string;
}) {
  const lang = useLang();
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={label}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={28} fw={700} lh={1.3} c={value > 0 ? 'orange.8' : undefined}>
        {formatNumber(value, lang)}
      </Text>
      <Anchor component={Link} to={to} size="sm">
        {link}
      </Anchor>
    </Paper>
  );
}

const ACTIONS: { key: keyof Dashboard['actions']; label: MessageKey; to: string }[] = [
  { key: 'reportsToReview', label: 'home.actions.reportsToReview', to: '/reports' },
  { key: 'ownReports', label: 'home.actions.ownReports', to: '/tasks' },
  { key: 'plansReturned', label: 'home.actions.plansReturned', to: '/tasks' },
];

/**
 * Home per role. A leader: the province's index position, plans waiting for their
 * signature, overdue work by agency and by commune, the reporting rate of the period due
 * now. A coordinator (or admin): the same and what they must act on. An officer: their work.
 */
export function DashboardPage() {
  const t = useT();
  const lang = useLang();
  const me = useCurrentUser();
  const installation = useInstallation();
  const dashboard = useDashboard();
  const oversees = canMonitor(me.role);
  const scope = installation.data?.scopeUnit;
  // A ward officer's home shows their province's standing; a national installation's
  // admin sees the installation's province when it has one.
  const provinceId = me.province?.id ?? (scope?.level === 'province' ? scope.id : null);
  const d = dashboard.data;

  return (
    <Stack gap="lg">
      <div>
        <Title order={2}>{t('dashboard.greeting', { name: me.fullName })}</Title>
        <Text c="dimmed" mt={4}>
          {t('dashboard.context', { role: ROLE_LABELS[me.role][lang], unit: me.unit.fullName })}
        </Text>
        {me.agency && (
          <Text c="dimmed" size="sm">
            {t('dashboard.agency', { agency: me.agency.name })}
          </Text>
        )}
      </div>
      {oversees && d && (
        <SimpleGrid cols={{ base: 2, md: me.role === 'leader' ? 2 : 4 }}>
          <Figure
            label={t('home.plansToIssue')}
            value={d.plansToIssue}
            to="/tasks"
            link={t('home.plansToIssue.open')}
          />
          {me.role !== 'leader' &&
            ACTIONS.map((a) => (
              <Figure
                key={a.key}
                label={t(a.label)}
                value={d.actions[a.key]}
                to={a.to}
                link={t('work.openAll')}
              />
            ))}
          {me.role === 'leader' && (
            <Figure
              label={t('home.actions.reportsToReview')}
              value={d.actions.reportsToReview}
              to="/reports"
              link={t('work.openAll')}
            />
          )}
        </SimpleGrid>
      )}
      {oversees ? (
        <Grid gap="md">
          <Grid.Col span={{ base: 12, lg: 7 }}>
            <Stack gap="md">
              {d && <OverdueCard data={d} unitName={me.unit.name} />}
              <RateCard unitId={me.unit.id} />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 5 }}>
            <Stack gap="md">
              {provinceId !== null && <IndexPositionCard provinceId={provinceId} />}
              {provinceId !== null && (me.role === 'leader' || me.role === 'coordinator') && (
                <ImpactCard provinceId={provinceId} />
              )}
            </Stack>
          </Grid.Col>
        </Grid>
      ) : null}
      <WorkSummary />
    </Stack>
  );
}
