import { useState } from 'react';
import { Button, Group, Select, Stack, Tabs, Title } from '@mantine/core';
import { REPORT_STATUSES } from '@papi/domain';
import type { ReportStatus } from '@papi/domain';
import { Link, useSearchParams } from 'react-router';
import { Pager } from '../../components/Pager.tsx';
import { useT } from '../../i18n/index.ts';
import { canAdminister, canMonitor, useCurrentUser } from '../auth/CurrentUser.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { useReports } from './api.ts';
import { ConsolidatedButtons } from './ConsolidatedButtons.tsx';
import { OwedReports } from './OwedReports.tsx';
import { REPORT_STATUS_KEYS } from './labels.ts';
import {
  initialRegimePeriod,
  RegimePeriodPicker,
  type RegimePeriod,
} from './RegimePeriodPicker.tsx';
import { ReportsTable } from './ReportsTable.tsx';

const PAGE_SIZE = 50;

function ReportList({ received }: { received: boolean }) {
  const t = useT();
  const me = useCurrentUser();
  const [filter, setFilter] = useState<RegimePeriod>(initialRegimePeriod);
  // All statuses by default: a report accepted a moment ago stays in view (the list was
  // "submitted" only, so accepting made it vanish).
  const [status, setStatus] = useState<ReportStatus | null>(null);
  const [page, setPage] = useState(1);
  const reports = useReports({
    regimeId: filter.regimeId ?? undefined,
    periodKey: filter.periodKey ?? undefined,
    status: status ?? undefined,
    receivedBy: received ? me.unit.id : undefined,
    page,
    pageSize: PAGE_SIZE,
  });
  return (
    <Stack gap="sm" mt="sm">
      <Group align="flex-end" gap="sm">
        <RegimePeriodPicker
          value={filter}
          allowAllPeriods
          onChange={(v) => {
            setFilter(v);
            setPage(1);
          }}
        />
        <Select
          label={t('report.col.status')}
          placeholder={t('plans.all')}
          clearable
          value={status}
          onChange={(v) => {
            setStatus(v as ReportStatus | null);
            setPage(1);
          }}
          data={REPORT_STATUSES.map((s) => ({ value: s, label: t(REPORT_STATUS_KEYS[s]) }))}
          w={220}
        />
      </Group>
      {received && filter.regimeId !== null && filter.periodKey !== null && (
        <ConsolidatedButtons
          regimeId={filter.regimeId}
          periodKey={filter.periodKey}
          unitId={me.unit.id}
        />
      )}
      {reports.data ? (
        <>
          <ReportsTable items={reports.data.items} />
          <Pager page={page} pageSize={PAGE_SIZE} total={reports.data.total} onChange={setPage} />
        </>
      ) : (
        <QueryState error={reports.error} retry={() => void reports.refetch()} />
      )}
    </Stack>
  );
}

export function ReportsPage() {
  const t = useT();
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  // The receiving level (accept / return) is the same set of roles that monitors below.
  const reviewer = canMonitor(me.role);
  const tab = params.get('tab') === 'received' && reviewer ? 'received' : 'own';
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2}>{t('report.title')}</Title>
        <Group gap="xs">
          {reviewer && (
            <Button component={Link} to="/monitoring" variant="light">
              {t('nav.monitoring')}
            </Button>
          )}
          {canAdminister(me.role) && (
            <Button component={Link} to="/reports/regimes" variant="default">
              {t('regime.title')}
            </Button>
          )}
        </Group>
      </Group>
      <Tabs
        value={tab}
        onChange={(v) => setParams(v === 'received' ? { tab: 'received' } : {})}
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value="own">{t('report.tab.own')}</Tabs.Tab>
          {reviewer && <Tabs.Tab value="received">{t('report.tab.received')}</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="own">
          <Stack gap="sm" mt="sm">
            <OwedReports />
          </Stack>
          <ReportList received={false} />
        </Tabs.Panel>
        {reviewer && (
          <Tabs.Panel value="received">
            <ReportList received />
          </Tabs.Panel>
        )}
      </Tabs>
    </Stack>
  );
}
