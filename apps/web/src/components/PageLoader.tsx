import { Center, Loader } from '@mantine/core';
import { useT } from '../i18n/index.ts';

/** Shown while a lazily loaded page's code arrives; `fullScreen` before the app shell exists. */
export function PageLoader({ fullScreen = false }: { fullScreen?: boolean }) {
  const t = useT();
  return (
    <Center h={fullScreen ? '100vh' : undefined} py={fullScreen ? undefined : 'xl'}>
      <Loader aria-label={t('common.loading')} />
    </Center>
  );
}
