import { lazy, Suspense, useState } from 'react';
import { useNotifications } from '@mantine/notifications';

const NotificationsHost = lazy(() => import('./NotificationsHost.tsx'));

/**
 * Toasts are queued in Mantine's store from the first screen on, but the component that shows
 * them (with its transitions and styles) is fetched only when there is a first one to show.
 */
export function LazyNotifications() {
  const pending = useNotifications().notifications.length > 0;
  // Latched: once fetched, the host stays mounted to animate toasts out and later ones in.
  const [wanted, setWanted] = useState(false);
  if (pending && !wanted) setWanted(true);
  if (!wanted) return null;
  return (
    <Suspense fallback={null}>
      <NotificationsHost />
    </Suspense>
  );
}
