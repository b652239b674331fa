import { Suspense } from 'react';
import { AppShell, Burger, Button, Group, NavLink, Stack, Text, Title } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { ROLE_LABELS } from '@papi/domain';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { useLogout } from '../features/auth/api.ts';
import { useCurrentUser } from '../features/auth/CurrentUser.tsx';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { PageLoader } from '../components/PageLoader.tsx';
import { useLang, useT } from '../i18n/index.ts';
import { NAV_ITEMS } from './navigation.ts';
import { NotificationBell } from '../features/notifications/NotificationBell.tsx';
import classes from './AppLayout.module.css';

function isActive(pathname: string, to: string): boolean {
  return to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`);
}

function UserSummary() {
  const me = useCurrentUser();
  const lang = useLang();
  return (
    <div>
      <Text size="sm" fw={600} lh={1.2}>
        {me.fullName}
      </Text>
      <Text size="xs" c="dimmed" lh={1.3}>
        {ROLE_LABELS[me.role][lang]} · {me.unit.fullName}
      </Text>
    </div>
  );
}

function LogoutButton() {
  const t = useT();
  const navigate = useNavigate();
  const logout = useLogout();
  return (
    <Button
      variant="default"
      size="xs"
      loading={logout.isPending}
      onClick={() => logout.mutate(undefined, { onSettled: () => void navigate('/') })}
    >
      {t('auth.logout')}
    </Button>
  );
}

export function AppLayout() {
  const t = useT();
  const me = useCurrentUser();
  const { pathname } = useLocation();
  const [opened, { toggle, close }] = useDisclosure(false);
  // Rendered in exactly one place (header or menu) so each control exists once in the DOM.
  const wide = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });
  const items = NAV_ITEMS.filter((item) => !item.visible || item.visible(me.role));

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <a href="#main" className={classes.skipLink}>
        {t('nav.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? t('nav.closeMenu') : t('nav.openMenu')}
              aria-expanded={opened}
              aria-controls="main-navigation"
            />
            <Title order={1} size="h4" c="red.8">
              {t('app.name')}
            </Title>
          </Group>
          {/* The bell stays in the header at every width: it is how reminders are noticed. */}
          {!wide && <NotificationBell />}
          {wide && (
            <Group gap="md" wrap="nowrap">
              <NotificationBell />
              <UserSummary />
              <LanguageSwitch />
              <LogoutButton />
            </Group>
          )}
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm" id="main-navigation">
        <nav aria-label={t('nav.label')}>
          {items.map((item) => {
            const active = isActive(pathname, item.to);
            return (
              <NavLink
                key={item.to}
                component={Link}
                to={item.to}
                label={t(item.labelKey)}
                active={active}
                aria-current={active ? 'page' : undefined}
                onClick={close}
              />
            );
          })}
        </nav>
        {!wide && (
          <Stack gap="sm" mt="auto" pt="md">
            <UserSummary />
            <LanguageSwitch />
            <LogoutButton />
          </Stack>
        )}
      </AppShell.Navbar>

      <AppShell.Main id="main" tabIndex={-1}>
        <Suspense fallback={<PageLoader />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
