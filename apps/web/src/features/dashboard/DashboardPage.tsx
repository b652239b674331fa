import { Anchor, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { ROLE_LABELS } from '@papi/domain';
import { Link } from 'react-router';
import { formatNumber } from '../../i18n/format.ts';
import { useLang, useT } from '../../i18n/index.ts';
import { useAgencies } from '../agencies/api.ts';
import { canReadUsers, useCurrentUser } from '../auth/CurrentUser.tsx';
import { useUnits } from '../units/api.ts';
import { useUsers } from '../users/api.ts';
import { WorkSummary } from '../work/WorkSummary.tsx';

interface StatCardProps {
  label: string;
  value: number | undefined;
  loading: boolean;
  to: string | null;
  linkLabel: string;
}

function StatCard({ label, value, loading, to, linkLabel }: StatCardProps) {
  const lang = useLang();
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-label={label}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      {loading ? (
        <Skeleton h={36} w={80} mt={6} />
      ) : (
        <Text fz={32} fw={700} lh={1.3}>
          {value === undefined ? '—' : formatNumber(value, lang)}
        </Text>
      )}
      {to && (
        <Anchor component={Link} to={to} size="sm">
          {linkLabel}
        </Anchor>
      )}
    </Paper>
  );
}

export function DashboardPage() {
  const t = useT();
  const lang = useLang();
  const me = useCurrentUser();
  const mayReadUsers = canReadUsers(me.role);
  const mayAdminister = me.role === 'admin' || me.role === 'coordinator';

  const units = useUnits({ parentId: me.unit.id, limit: 500 });
  const agencies = useAgencies({ pageSize: 1 });
  const users = useUsers({ pageSize: 1 }, mayReadUsers);

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
      <WorkSummary />
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }}>
        <StatCard
          label={t('dashboard.units')}
          value={units.data?.items.length}
          loading={units.isPending}
          to="/units"
          linkLabel={t('dashboard.viewUnits')}
        />
        <StatCard
          label={t('dashboard.agencies')}
          value={agencies.data?.total}
          loading={agencies.isPending}
          to={mayAdminister ? '/admin?tab=agencies' : null}
          linkLabel={t('dashboard.manage')}
        />
        {mayReadUsers && (
          <StatCard
            label={t('dashboard.users')}
            value={users.data?.total}
            loading={users.isPending}
            to={mayAdminister ? '/admin?tab=users' : null}
            linkLabel={t('dashboard.manage')}
          />
        )}
      </SimpleGrid>
    </Stack>
  );
}
