import { lazy, Suspense, useEffect, useState } from 'react';
import { useNotifications } from '@mantine/notifications';

const NotificationsHost = lazy(() => import('./NotificationsHost.tsx'));

/**
 * Toasts are queued in Mantine's store from the first screen on, but the component that shows
 * them (with its transitions and styles) is fetched only when there is a first one to show.
 */
export function LazyNotifications() {
  const pending = useNotifications().notifications.length > 0;
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    if (pending) setWanted(true);
  }, [pending]);
  if (!wanted) return null;
  return (
    <Suspense fallback={null}>
      <NotificationsHost />
    </Suspense>
  );
}
