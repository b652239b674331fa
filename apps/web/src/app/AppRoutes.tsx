import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { canAdminister, useCurrentUser } from '../features/auth/CurrentUser.tsx';
import { ModulePlaceholder } from '../components/ModulePlaceholder.tsx';
import { NotFoundPage } from '../components/NotFoundPage.tsx';
import { AppLayout } from './AppLayout.tsx';

// Each page is its own chunk, fetched the first time it is opened; AppLayout shows a loader
// in the content area meanwhile. The placeholder and not-found pages are too small to split.
const DashboardPage = lazy(() =>
  import('../features/dashboard/DashboardPage.tsx').then((m) => ({ default: m.DashboardPage })),
);
const UnitsPage = lazy(() =>
  import('../features/units/UnitsPage.tsx').then((m) => ({ default: m.UnitsPage })),
);
// ECharts (≈0.5 MB) lives only in these chunks, never in the first bundle.
const IndicesPage = lazy(() =>
  import('../features/indices/IndicesPage.tsx').then((m) => ({ default: m.IndicesPage })),
);
const ProfilePage = lazy(() =>
  import('../features/indices/ProfilePage.tsx').then((m) => ({ default: m.ProfilePage })),
);
const ImportPage = lazy(() =>
  import('../features/indices/import/ImportPage.tsx').then((m) => ({ default: m.ImportPage })),
);
const PlansPage = lazy(() =>
  import('../features/plans/PlansPage.tsx').then((m) => ({ default: m.PlansPage })),
);
const PlanDetailPage = lazy(() =>
  import('../features/plans/PlanDetailPage.tsx').then((m) => ({ default: m.PlanDetailPage })),
);
const NotificationsPage = lazy(() =>
  import('../features/notifications/NotificationsPage.tsx').then((m) => ({
    default: m.NotificationsPage,
  })),
);
const NotificationPreferencesPage = lazy(() =>
  import('../features/notifications/PreferencesPage.tsx').then((m) => ({
    default: m.PreferencesPage,
  })),
);
const ObligationsPage = lazy(() =>
  import('../features/plans/cascade/ObligationsPage.tsx').then((m) => ({
    default: m.ObligationsPage,
  })),
);
const LibraryPage = lazy(() =>
  import('../features/plans/library/LibraryPage.tsx').then((m) => ({ default: m.LibraryPage })),
);
const PlanRulesPage = lazy(() =>
  import('../features/plans/rules/PlanRulesPage.tsx').then((m) => ({ default: m.PlanRulesPage })),
);
const AdminPage = lazy(() =>
  import('../features/admin/AdminPage.tsx').then((m) => ({ default: m.AdminPage })),
);

export function AppRoutes() {
  const me = useCurrentUser();
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<DashboardPage />} />
        <Route path="indices" element={<IndicesPage />} />
        <Route path="indices/profile/:unitId" element={<ProfilePage />} />
        {canAdminister(me.role) && <Route path="indices/import" element={<ImportPage />} />}
        <Route path="plans" element={<PlansPage />} />
        <Route path="plans/obligations" element={<ObligationsPage />} />
        <Route path="plans/library" element={<LibraryPage />} />
        {canAdminister(me.role) && <Route path="plans/rules" element={<PlanRulesPage />} />}
        <Route path="plans/:id" element={<PlanDetailPage />} />
        <Route path="tasks" element={<ModulePlaceholder titleKey="nav.tasks" />} />
        <Route path="reports" element={<ModulePlaceholder titleKey="nav.reports" />} />
        <Route path="units" element={<UnitsPage />} />
        <Route path="notifications" element={<NotificationsPage />} />
        <Route path="notifications/settings" element={<NotificationPreferencesPage />} />
        {canAdminister(me.role) && <Route path="admin" element={<AdminPage />} />}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
