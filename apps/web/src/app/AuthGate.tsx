import { lazy, Suspense } from 'react';
import { Alert, Button, Center, Stack } from '@mantine/core';
import { PageLoader } from '../components/PageLoader.tsx';
import { useMe } from '../features/auth/api.ts';
import { CurrentUserProvider } from '../features/auth/CurrentUser.tsx';
import { LoginPage } from '../features/auth/LoginPage.tsx';
import { loadMessages, useT } from '../i18n/index.ts';

// Signed-out visitors only download the login screen and its words; the shell, the pages
// and the rest of the catalog come after sign-in, fetched side by side.
const AppRoutes = lazy(() =>
  Promise.all([import('./AppRoutes.tsx'), loadMessages('app')]).then(([m]) => ({
    default: m.AppRoutes,
  })),
);
const ChangePasswordPage = lazy(() =>
  Promise.all([import('../features/auth/ChangePasswordPage.tsx'), loadMessages('app')]).then(
    ([m]) => ({ default: m.ChangePasswordPage }),
  ),
);

/**
 * Decides what the user may see: login, the forced password change, or the app.
 * Login is shown in place of whatever URL was requested, so the deep link survives sign-in.
 */
export function AuthGate() {
  const t = useT();
  const me = useMe();

  if (me.isPending) return <PageLoader fullScreen />;
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
  return (
    <Suspense fallback={<PageLoader fullScreen />}>
      {me.data.mustChangePassword ? (
        <ChangePasswordPage me={me.data} />
      ) : (
        <CurrentUserProvider value={me.data}>
          <AppRoutes />
        </CurrentUserProvider>
      )}
    </Suspense>
  );
}
