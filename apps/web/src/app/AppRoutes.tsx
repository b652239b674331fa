import { Route, Routes } from 'react-router';
import { AdminPage } from '../features/admin/AdminPage.tsx';
import { canAdminister, useCurrentUser } from '../features/auth/CurrentUser.tsx';
import { DashboardPage } from '../features/dashboard/DashboardPage.tsx';
import { UnitsPage } from '../features/units/UnitsPage.tsx';
import { ModulePlaceholder } from '../components/ModulePlaceholder.tsx';
import { NotFoundPage } from '../components/NotFoundPage.tsx';
import { AppLayout } from './AppLayout.tsx';

export function AppRoutes() {
  const me = useCurrentUser();
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<DashboardPage />} />
        <Route path="indices" element={<ModulePlaceholder titleKey="nav.indices" />} />
        <Route path="plans" element={<ModulePlaceholder titleKey="nav.plans" />} />
        <Route path="tasks" element={<ModulePlaceholder titleKey="nav.tasks" />} />
        <Route path="reports" element={<ModulePlaceholder titleKey="nav.reports" />} />
        <Route path="units" element={<UnitsPage />} />
        {canAdminister(me.role) && <Route path="admin" element={<AdminPage />} />}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
