import { Alert, Button, Center, Loader, Stack } from '@mantine/core';
import { useMe } from '../features/auth/api.ts';
import { ChangePasswordPage } from '../features/auth/ChangePasswordPage.tsx';
import { CurrentUserProvider } from '../features/auth/CurrentUser.tsx';
import { LoginPage } from '../features/auth/LoginPage.tsx';
import { useT } from '../i18n/index.ts';
import { AppRoutes } from './AppRoutes.tsx';

/**
 * Decides what the user may see: login, the forced password change, or the app.
 * Login is shown in place of whatever URL was requested, so the deep link survives sign-in.
 */
export function AuthGate() {
  const t = useT();
  const me = useMe();

  if (me.isPending) {
    return (
      <Center h="100vh">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  if (me.isError) {
    return (
      <Center h="100vh" p="md">
        <Stack maw={420}>
          <Alert color="red" role="alert" title={t('error.title')}>
            {me.error.message}
          </Alert>
          <Button onClick={() => void me.refetch()}>{t('common.retry')}</Button>
        </Stack>
      </Center>
    );
  }
  if (!me.data) return <LoginPage />;
  if (me.data.mustChangePassword) return <ChangePasswordPage me={me.data} />;
  return (
    <CurrentUserProvider value={me.data}>
      <AppRoutes />
    </CurrentUserProvider>
  );
}
