import type { ReactNode } from 'react';
import { lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router-dom';

import { AdminUsersPage } from '../features/admin/AdminUsersPage';
import { LoginPage } from '../features/auth/LoginPage';
import { BriefingPage } from '../features/briefings/BriefingPage';
import { BriefingsPage } from '../features/briefings/BriefingsPage';
import { OfficeCampaignPage } from '../features/campaign/OfficeCampaignPage';
import { UnitSummaryPage } from '../features/campaign/UnitSummaryPage';
import { OfficeFilingsPage } from '../features/filings/OfficeFilingsPage';
import { UnitFilingsPage } from '../features/filings/UnitFilingsPage';
import { ConveneMeetingsPage } from '../features/meetings/ConveneMeetingsPage';
import { InboxPage } from '../features/notifications/InboxPage';
import { CalendarAdminPage } from '../features/office/CalendarAdminPage';
import { MeetingPage } from '../features/office/MeetingPage';
import { MeetingsPage } from '../features/office/MeetingsPage';
import { NewMatterPage } from '../features/office/NewMatterPage';
import { OfficeHome } from '../features/office/OfficeHome';
import { OfficeMatterPage } from '../features/office/OfficeMatterPage';
import { OfficeTopicsPage } from '../features/topics/OfficeTopicsPage';
import { UnitTopicsPage } from '../features/topics/UnitTopicsPage';
import { UnitMatterPage } from '../features/unit/UnitMatterPage';
import { UnitWorkbench } from '../features/unit/UnitWorkbench';
import { PageLoading } from '../shared/states';
import { AppLayout } from './AppLayout';
import { HomeRedirect, NotFound, RequireArea, RequireAuth } from './guards';

// The leadership pages carry ECharts: loaded only when someone opens them, so other users never download it.
const LeadershipHome = lazy(() =>
  import('../features/leadership/LeadershipHome').then((m) => ({ default: m.LeadershipHome })),
);
const LeadershipMatterPage = lazy(() =>
  import('../features/leadership/LeadershipMatterPage').then((m) => ({ default: m.LeadershipMatterPage })),
);
const later = (page: ReactNode) => <Suspense fallback={<PageLoading />}>{page}</Suspense>;

// Every route of the console, in one place. Each area's pages sit under its RequireArea, which admits only the
// area's roles (src/app/areas.ts); its navigation entries live in areas.ts as well.
export const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage /> },
  {
    path: '/',
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <HomeRedirect /> },
      {
        path: 'unit',
        element: <RequireArea area="unit" />,
        children: [
          { index: true, element: <UnitWorkbench /> },
          { path: 'matters/:id', element: <UnitMatterPage /> },
          { path: 'inbox', element: <InboxPage matterPath={(id) => `/unit/matters/${id}`} /> },
          { path: 'topics', element: <UnitTopicsPage /> },
          { path: 'filings', element: <UnitFilingsPage /> },
          { path: 'summary', element: <UnitSummaryPage /> },
          { path: 'briefings', element: <BriefingsPage /> },
          { path: 'briefings/:id', element: <BriefingPage /> },
        ],
      },
      {
        // The office console (src/features/office): dispatch, supervision, verification.
        path: 'office',
        element: <RequireArea area="office" />,
        children: [
          { index: true, element: <OfficeHome /> },
          { path: 'matters/new', element: <NewMatterPage /> },
          { path: 'matters/:id', element: <OfficeMatterPage /> },
          { path: 'meetings', element: <MeetingsPage /> },
          { path: 'meetings/:id', element: <MeetingPage /> },
          { path: 'inbox', element: <InboxPage matterPath={(id) => `/office/matters/${id}`} /> },
          { path: 'calendar', element: <CalendarAdminPage /> },
          { path: 'topics', element: <OfficeTopicsPage /> },
          { path: 'filings', element: <OfficeFilingsPage /> },
          { path: 'campaign', element: <OfficeCampaignPage /> },
          { path: 'briefings', element: <BriefingsPage /> },
          { path: 'briefings/:id', element: <BriefingPage /> },
        ],
      },
      {
        // The leadership dashboard (src/features/leadership): progress at a glance, read-only matter pages with 批示.
        path: 'leadership',
        element: <RequireArea area="leadership" />,
        children: [
          { index: true, element: later(<LeadershipHome />) },
          { path: 'matters/:id', element: later(<LeadershipMatterPage />) },
          { path: 'meetings', element: <ConveneMeetingsPage /> },
          { path: 'briefings', element: <BriefingsPage /> },
          { path: 'briefings/:id', element: <BriefingPage /> },
        ],
      },
      {
        path: 'admin',
        element: <RequireArea area="admin" />,
        children: [{ index: true, element: <AdminUsersPage /> }],
      },
      { path: '*', element: <NotFound /> },
    ],
  },
];
