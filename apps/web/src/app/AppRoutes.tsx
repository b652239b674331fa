// The styles of every Mantine component the app shows (not Mantine's full stylesheet), before
// any page's own CSS module; main.tsx already loaded the login's.
import './mantine-styles.ts';
import { lazy, useEffect, useRef } from 'react';
import { BrowserRouter, Route, Routes, useLocation, useNavigate } from 'react-router';
import { canAdminister, canMonitor, useCurrentUser } from '../features/auth/CurrentUser.tsx';
import { NotFoundPage } from '../components/NotFoundPage.tsx';
import { AppLayout } from './AppLayout.tsx';

import { DashboardPage } from '../features/dashboard/DashboardPage.tsx';

// Each page is its own chunk, fetched the first time it is opened; AppLayout shows a loader
// in the content area meanwhile. The dashboard, where sign-in lands, comes with this chunk
// instead of one round trip later; the not-found page is too small to split.
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
const ImpactPage = lazy(() =>
  import('../features/indices/impact/ImpactPage.tsx').then((m) => ({ default: m.ImpactPage })),
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
const MyWorkPage = lazy(() =>
  import('../features/work/MyWorkPage.tsx').then((m) => ({ default: m.MyWorkPage })),
);
const TaskPage = lazy(() =>
  import('../features/work/TaskPage.tsx').then((m) => ({ default: m.TaskPage })),
);
const ReportsPage = lazy(() =>
  import('../features/reports/ReportsPage.tsx').then((m) => ({ default: m.ReportsPage })),
);
const ReportPage = lazy(() =>
  import('../features/reports/ReportPage.tsx').then((m) => ({ default: m.ReportPage })),
);
const RegimesPage = lazy(() =>
  import('../features/regimes/RegimesPage.tsx').then((m) => ({ default: m.RegimesPage })),
);
const MonitoringPage = lazy(() =>
  import('../features/monitoring/MonitoringPage.tsx').then((m) => ({ default: m.MonitoringPage })),
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
const EmulationPage = lazy(() =>
  import('../features/emulation/EmulationPage.tsx').then((m) => ({ default: m.EmulationPage })),
);
const ProgrammesPage = lazy(() =>
  import('../features/programmes/ProgrammesPage.tsx').then((m) => ({
    default: m.ProgrammesPage,
  })),
);
const ProgrammePage = lazy(() =>
  import('../features/programmes/ProgrammePage.tsx').then((m) => ({ default: m.ProgrammePage })),
);
const ReviewReportPage = lazy(() =>
  import('../features/programmes/ReviewReportPage.tsx').then((m) => ({
    default: m.ReviewReportPage,
  })),
);
const SurveysPage = lazy(() =>
  import('../features/surveys/SurveysPage.tsx').then((m) => ({ default: m.SurveysPage })),
);
const FieldEntryPage = lazy(() =>
  import('../features/surveys/field/FieldEntryPage.tsx').then((m) => ({
    default: m.FieldEntryPage,
  })),
);
const SurveyRunPage = lazy(() =>
  import('../features/surveys/SurveyRunPage.tsx').then((m) => ({ default: m.SurveyRunPage })),
);
const NewRunPage = lazy(() =>
  import('../features/surveys/NewRunPage.tsx').then((m) => ({ default: m.NewRunPage })),
);
const InstrumentEditorPage = lazy(() =>
  import('../features/surveys/editor/InstrumentEditorPage.tsx').then((m) => ({
    default: m.InstrumentEditorPage,
  })),
);
const FeedbackPage = lazy(() =>
  import('../features/feedback/FeedbackPage.tsx').then((m) => ({ default: m.FeedbackPage })),
);
const FeedbackDetailPage = lazy(() =>
  import('../features/feedback/FeedbackDetailPage.tsx').then((m) => ({
    default: m.FeedbackDetailPage,
  })),
);
const AdminPage = lazy(() =>
  import('../features/admin/AdminPage.tsx').then((m) => ({ default: m.AdminPage })),
);

/** Officers start their day in "Việc của tôi": once per sign-in, "/" opens it. */
function useOfficerLanding(isOfficer: boolean) {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const landed = useRef(false);
  useEffect(() => {
    if (landed.current) return;
    landed.current = true;
    if (isOfficer && pathname === '/') void navigate('/tasks', { replace: true });
  }, [isOfficer, pathname, navigate]);
}

function Pages() {
  const me = useCurrentUser();
  useOfficerLanding(me.role === 'officer');
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<DashboardPage />} />
        <Route path="indices" element={<IndicesPage />} />
        <Route path="indices/profile/:unitId" element={<ProfilePage />} />
        <Route path="indices/impact/:unitId" element={<ImpactPage />} />
        {canAdminister(me.role) && <Route path="indices/import" element={<ImportPage />} />}
        <Route path="plans" element={<PlansPage />} />
        <Route path="plans/obligations" element={<ObligationsPage />} />
        <Route path="plans/library" element={<LibraryPage />} />
        {canAdminister(me.role) && <Route path="plans/rules" element={<PlanRulesPage />} />}
        <Route path="plans/:id" element={<PlanDetailPage />} />
        <Route path="tasks" element={<MyWorkPage />} />
        <Route path="tasks/:id" element={<TaskPage />} />
        <Route path="reports" element={<ReportsPage />} />
        {canAdminister(me.role) && <Route path="reports/regimes" element={<RegimesPage />} />}
        <Route path="reports/:id" element={<ReportPage />} />
        {canMonitor(me.role) && <Route path="monitoring" element={<MonitoringPage />} />}
        <Route path="programmes" element={<ProgrammesPage />} />
        <Route path="programmes/:id" element={<ProgrammePage />} />
        <Route path="programme-reviews/:id" element={<ReviewReportPage />} />
        <Route path="surveys" element={<SurveysPage />} />
        <Route path="emulation" element={<EmulationPage />} />
        {canAdminister(me.role) && <Route path="surveys/runs/new" element={<NewRunPage />} />}
        <Route path="surveys/runs/:id" element={<SurveyRunPage />} />
        {canAdminister(me.role) && (
          <Route path="surveys/instruments/:id/edit" element={<InstrumentEditorPage />} />
        )}
        {me.role !== 'viewer' && <Route path="surveys/field" element={<FieldEntryPage />} />}
        <Route path="feedback" element={<FeedbackPage />} />
        <Route path="feedback/:id" element={<FeedbackDetailPage />} />
        <Route path="units" element={<UnitsPage />} />
        <Route path="notifications" element={<NotificationsPage />} />
        <Route path="notifications/settings" element={<NotificationPreferencesPage />} />
        {canAdminister(me.role) && <Route path="admin" element={<AdminPage />} />}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

/** The signed-in app; the router comes with it, the login screen has no use for one. */
export function AppRoutes() {
  return (
    <BrowserRouter>
      <Pages />
    </BrowserRouter>
  );
}
