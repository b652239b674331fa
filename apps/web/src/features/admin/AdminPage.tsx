import { Stack, Tabs, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { useT } from '../../i18n/index.ts';
import { AgenciesTab } from '../agencies/AgenciesTab.tsx';
import { AuditTab } from '../audit/AuditTab.tsx';
import { canDelegate, canReadAudit, useCurrentUser } from '../auth/CurrentUser.tsx';
import { UsersTab } from '../users/UsersTab.tsx';
import { DelegationsTab } from '../delegations/DelegationsTab.tsx';
import { useInstallation } from '../auth/api.ts';
import { InUseSinceField } from './InUseSinceField.tsx';
import { PublicPageCard } from './PublicPageCard.tsx';

const TABS = ['users', 'agencies', 'delegations', 'audit'] as const;
type Tab = (typeof TABS)[number];

function isTab(value: string | null): value is Tab {
  return value !== null && (TABS as readonly string[]).includes(value);
}

export function AdminPage() {
  const t = useT();
  const me = useCurrentUser();
  const installation = useInstallation();
  const [params, setParams] = useSearchParams();
  const showAudit = canReadAudit(me.role);
  const showDelegations = canDelegate(me.role);
  const requested = params.get('tab');
  const shown = (t: Tab) =>
    (t !== 'audit' || showAudit) && (t !== 'delegations' || showDelegations);
  // The tab lives in the URL so a reload or a shared link opens the same tab.
  const tab: Tab = isTab(requested) && shown(requested) ? requested : 'users';

  return (
    <Stack gap="md">
      <Title order={2}>{t('admin.title')}</Title>
      {me.role === 'admin' && <InUseSinceField />}
      {/* Set by the installation's top unit only (policy public.configure). */}
      {canDelegate(me.role) && me.unit.id === installation.data?.scopeUnit.id && <PublicPageCard />}
      <Tabs
        value={tab}
        keepMounted={false}
        onChange={(value) => {
          if (isTab(value)) setParams({ tab: value }, { replace: true });
        }}
      >
        <Tabs.List>
          <Tabs.Tab value="users">{t('admin.users')}</Tabs.Tab>
          <Tabs.Tab value="agencies">{t('admin.agencies')}</Tabs.Tab>
          {showDelegations && <Tabs.Tab value="delegations">{t('admin.delegations')}</Tabs.Tab>}
          {showAudit && <Tabs.Tab value="audit">{t('admin.audit')}</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="users" pt="md">
          <UsersTab />
        </Tabs.Panel>
        <Tabs.Panel value="agencies" pt="md">
          <AgenciesTab />
        </Tabs.Panel>
        {showDelegations && (
          <Tabs.Panel value="delegations" pt="md">
            <DelegationsTab />
          </Tabs.Panel>
        )}
        {showAudit && (
          <Tabs.Panel value="audit" pt="md">
            <AuditTab />
          </Tabs.Panel>
        )}
      </Tabs>
    </Stack>
  );
}
