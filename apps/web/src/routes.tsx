import { Spin } from 'antd';
import { lazy, Suspense } from 'react';
import { createBrowserRouter, Navigate, Outlet } from 'react-router-dom';
import { AppLayout } from './components/AppLayout';
import { SelectedUnitProvider } from './components/selected-unit';
import { ChangePasswordPage } from './features/auth/ChangePasswordPage';
import { LoginPage } from './features/auth/LoginPage';
import { NotFoundPage, RequireAuth, RequirePermission } from './features/auth/RequireAuth';
import { SetupPage } from './features/auth/SetupPage';

// Each section is its own chunk: a phone on a commune's network loads the shell and the page it opens.
const UnitsPage = lazy(() => import('./features/units/UnitsPage').then((m) => ({ default: m.UnitsPage })));
const UnitDetailPage = lazy(() =>
  import('./features/units/UnitDetailPage').then((m) => ({ default: m.UnitDetailPage })),
);
const InstitutionsPage = lazy(() =>
  import('./features/institutions/InstitutionsPage').then((m) => ({ default: m.InstitutionsPage })),
);
const InstitutionFormPage = lazy(() =>
  import('./features/institutions/InstitutionFormPage').then((m) => ({ default: m.InstitutionFormPage })),
);
const ImportPage = lazy(() =>
  import('./features/institutions/ImportPage').then((m) => ({ default: m.ImportPage })),
);
const UsersPage = lazy(() => import('./features/users/UsersPage').then((m) => ({ default: m.UsersPage })));
const AuditPage = lazy(() => import('./features/audit/AuditPage').then((m) => ({ default: m.AuditPage })));
const DataQualityPage = lazy(() =>
  import('./features/data-quality/DataQualityPage').then((m) => ({ default: m.DataQualityPage })),
);
const PlansPage = lazy(() => import('./features/plans/PlansPage').then((m) => ({ default: m.PlansPage })));
const PlanDetailPage = lazy(() =>
  import('./features/plans/PlanDetailPage').then((m) => ({ default: m.PlanDetailPage })),
);
const PlanImportPage = lazy(() =>
  import('./features/plans/PlanImportPage').then((m) => ({ default: m.PlanImportPage })),
);
const ComparePage = lazy(() =>
  import('./features/plans/ComparePage').then((m) => ({ default: m.ComparePage })),
);
const MyTasksPage = lazy(() =>
  import('./features/plans/MyTasksPage').then((m) => ({ default: m.MyTasksPage })),
);
const CalendarPage = lazy(() =>
  import('./features/plans/CalendarPage').then((m) => ({ default: m.CalendarPage })),
);
const ReportsPage = lazy(() =>
  import('./features/reporting/ReportsPage').then((m) => ({ default: m.ReportsPage })),
);
const ValuesImportPage = lazy(() =>
  import('./features/exchange/ValuesImportPage').then((m) => ({ default: m.ValuesImportPage })),
);
const ReportEntryPage = lazy(() =>
  import('./features/reporting/ReportEntryPage').then((m) => ({ default: m.ReportEntryPage })),
);

const AnalyticsPage = lazy(() =>
  import('./features/analytics/AnalyticsPage').then((m) => ({ default: m.AnalyticsPage })),
);
const PublicLayout = lazy(() =>
  import('./features/analytics/PublicLayout').then((m) => ({ default: m.PublicLayout })),
);
const PublicScorecardsPage = lazy(() =>
  import('./features/analytics/PublicScorecardsPage').then((m) => ({ default: m.PublicScorecardsPage })),
);
const PublicScorecardPage = lazy(() =>
  import('./features/analytics/PublicScorecardPage').then((m) => ({ default: m.PublicScorecardPage })),
);

const BoardPage = lazy(() => import('./features/board/BoardPage').then((m) => ({ default: m.BoardPage })));
const FormsPage = lazy(() => import('./features/forms/FormsPage').then((m) => ({ default: m.FormsPage })));

const PublishPage = lazy(() =>
  import('./features/documents/PublishPage').then((m) => ({ default: m.PublishPage })),
);
const PrintPage = lazy(() =>
  import('./features/documents/PrintPage').then((m) => ({ default: m.PrintPage })),
);
const PublishedDetailPage = lazy(() =>
  import('./features/documents/PublishedDetailPage').then((m) => ({ default: m.PublishedDetailPage })),
);

const ActivitiesPage = lazy(() =>
  import('./features/activities/ActivitiesPage').then((m) => ({ default: m.ActivitiesPage })),
);
const ActivityDetailPage = lazy(() =>
  import('./features/activities/ActivityDetailPage').then((m) => ({ default: m.ActivityDetailPage })),
);
const CheckInPage = lazy(() =>
  import('./features/activities/CheckInPage').then((m) => ({ default: m.CheckInPage })),
);

const RecognitionPage = lazy(() =>
  import('./features/recognition/RecognitionPage').then((m) => ({ default: m.RecognitionPage })),
);
const GoodModelsPage = lazy(() =>
  import('./features/good-models/GoodModelsPage').then((m) => ({ default: m.GoodModelsPage })),
);
const GoodModelDetailPage = lazy(() =>
  import('./features/good-models/GoodModelDetailPage').then((m) => ({ default: m.GoodModelDetailPage })),
);
const ArticlesPage = lazy(() =>
  import('./features/articles/ArticlesPage').then((m) => ({ default: m.ArticlesPage })),
);
const ArticleEditorPage = lazy(() =>
  import('./features/articles/ArticleEditorPage').then((m) => ({ default: m.ArticleEditorPage })),
);

/** Every page has a stable URL; list filters live in the query string. */
export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  { path: '/setup', element: <SetupPage /> },
  // Open to anyone, outside the sign-in gate: the scorecards provinces chose to publish.
  {
    element: (
      <Suspense fallback={<Spin size="large" className="page-spinner" />}>
        <PublicLayout />
      </Suspense>
    ),
    children: [
      { path: '/public/scorecards', element: <PublicScorecardsPage /> },
      { path: '/public/scorecards/:unitId', element: <PublicScorecardPage /> },
    ],
  },
  {
    element: (
      <RequireAuth>
        <SelectedUnitProvider>
          <Outlet />
        </SelectedUnitProvider>
      </RequireAuth>
    ),
    children: [
      { path: '/change-password', element: <ChangePasswordPage /> },
      {
        element: <AppLayout />,
        children: [
          { index: true, element: <Navigate to="/units" replace /> },
          { path: '/units', element: <UnitsPage /> },
          { path: '/units/:id', element: <UnitDetailPage /> },
          { path: '/institutions', element: <InstitutionsPage /> },
          { path: '/institutions/import', element: <ImportPage /> },
          { path: '/institutions/new', element: <InstitutionFormPage /> },
          { path: '/institutions/:id', element: <InstitutionFormPage /> },
          { path: '/plans', element: <PlansPage /> },
          { path: '/plans/compare', element: <ComparePage /> },
          {
            path: '/plans/import',
            element: (
              <RequirePermission permission="plan.write">
                <PlanImportPage />
              </RequirePermission>
            ),
          },
          { path: '/plans/:id', element: <PlanDetailPage /> },
          { path: '/tasks/mine', element: <MyTasksPage /> },
          { path: '/calendar', element: <CalendarPage /> },
          { path: '/reports', element: <ReportsPage /> },
          { path: '/reports/forms', element: <FormsPage /> },
          { path: '/reports/board', element: <BoardPage /> },
          { path: '/reports/import', element: <ValuesImportPage /> },
          { path: '/reports/:id', element: <ReportEntryPage /> },
          { path: '/analytics', element: <AnalyticsPage /> },
          { path: '/documents', element: <PublishPage /> },
          { path: '/documents/print', element: <PrintPage /> },
          { path: '/documents/published/:id', element: <PublishedDetailPage /> },
          { path: '/activities', element: <ActivitiesPage /> },
          { path: '/activities/:id', element: <ActivityDetailPage /> },
          {
            path: '/activities/:id/check-in',
            element: (
              <RequirePermission permission="activity.manage">
                <CheckInPage />
              </RequirePermission>
            ),
          },
          { path: '/recognition', element: <RecognitionPage /> },
          { path: '/good-models', element: <GoodModelsPage /> },
          { path: '/good-models/:id', element: <GoodModelDetailPage /> },
          { path: '/articles', element: <ArticlesPage /> },
          { path: '/articles/new', element: <ArticleEditorPage /> },
          { path: '/articles/:id', element: <ArticleEditorPage /> },
          {
            path: '/users',
            element: (
              <RequirePermission permission="user.manage">
                <UsersPage />
              </RequirePermission>
            ),
          },
          {
            path: '/audit',
            element: (
              <RequirePermission permission="audit.read">
                <AuditPage />
              </RequirePermission>
            ),
          },
          {
            path: '/data-quality',
            element: (
              <RequirePermission permission="dataQuality.manage">
                <DataQualityPage />
              </RequirePermission>
            ),
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
