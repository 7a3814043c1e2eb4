import type { ComponentType, ReactNode } from 'react';
import { lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router-dom';

import { LoginPage } from '@web/features/auth/LoginPage';
import { PageLoading } from '@web/shared/PageLoading';
import { HomeRedirect, NotFound, RequireArea, RequireAuth } from './guards';

// Every page but the login form is loaded when someone opens it: the login page downloads only what it shows
// (under 300 KB of compressed JavaScript on a phone), and other users never download the leadership's ECharts.
const page = <P extends object>(load: () => Promise<ComponentType<P>>) =>
  lazy(() => load().then((component) => ({ default: component })));
const AppLayout = page(() => import('./AppLayout').then((m) => m.AppLayout));
const AdminUsersPage = page(() => import('@web/features/admin/AdminUsersPage').then((m) => m.AdminUsersPage));
const AssessmentPage = page(() => import('@web/features/assessment/AssessmentPage').then((m) => m.AssessmentPage));
const OfficeRosterPage = page(() => import('@web/features/roster/OfficeRosterPage').then((m) => m.OfficeRosterPage));
const UnitRosterPage = page(() => import('@web/features/roster/UnitRosterPage').then((m) => m.UnitRosterPage));
const UnitAliasesPage = page(() => import('@web/features/office/UnitAliasesPage').then((m) => m.UnitAliasesPage));
const OfficeContestsPage = page(() =>
  import('@web/features/contests/OfficeContestsPage').then((m) => m.OfficeContestsPage),
);
const BriefingPage = page(() => import('@web/features/briefings/BriefingPage').then((m) => m.BriefingPage));
const BriefingsPage = page(() => import('@web/features/briefings/BriefingsPage').then((m) => m.BriefingsPage));
const OfficeCampaignPage = page(() =>
  import('@web/features/campaign/OfficeCampaignPage').then((m) => m.OfficeCampaignPage),
);
const UnitSummaryPage = page(() => import('@web/features/campaign/UnitSummaryPage').then((m) => m.UnitSummaryPage));
const OfficeFilingsPage = page(() =>
  import('@web/features/filings/OfficeFilingsPage').then((m) => m.OfficeFilingsPage),
);
const UnitFilingsPage = page(() => import('@web/features/filings/UnitFilingsPage').then((m) => m.UnitFilingsPage));
const ConveneMeetingsPage = page(() =>
  import('@web/features/meetings/ConveneMeetingsPage').then((m) => m.ConveneMeetingsPage),
);
const InboxPage = page(() => import('@web/features/notifications/InboxPage').then((m) => m.InboxPage));
const CalendarAdminPage = page(() => import('@web/features/office/CalendarAdminPage').then((m) => m.CalendarAdminPage));
const CodePatternPage = page(() => import('@web/features/office/CodePatternPage').then((m) => m.CodePatternPage));
const MeetingPage = page(() => import('@web/features/office/MeetingPage').then((m) => m.MeetingPage));
const MeetingsPage = page(() => import('@web/features/office/MeetingsPage').then((m) => m.MeetingsPage));
const NewMatterPage = page(() => import('@web/features/office/NewMatterPage').then((m) => m.NewMatterPage));
const OfficeHome = page(() => import('@web/features/office/OfficeHome').then((m) => m.OfficeHome));
const OfficeMatterPage = page(() => import('@web/features/office/OfficeMatterPage').then((m) => m.OfficeMatterPage));
const OfficeTopicsPage = page(() => import('@web/features/topics/OfficeTopicsPage').then((m) => m.OfficeTopicsPage));
const UnitTopicsPage = page(() => import('@web/features/topics/UnitTopicsPage').then((m) => m.UnitTopicsPage));
const UnitMatterPage = page(() => import('@web/features/unit/UnitMatterPage').then((m) => m.UnitMatterPage));
const UnitWorkbench = page(() => import('@web/features/unit/UnitWorkbench').then((m) => m.UnitWorkbench));
const LeadershipHome = page(() => import('@web/features/leadership/LeadershipHome').then((m) => m.LeadershipHome));
const LeadershipMatterPage = page(() =>
  import('@web/features/leadership/LeadershipMatterPage').then((m) => m.LeadershipMatterPage),
);
const LeadershipMattersPage = page(() =>
  import('@web/features/leadership/LeadershipMattersPage').then((m) => m.LeadershipMattersPage),
);
const FollowedMattersPage = page(() =>
  import('@web/features/leadership/FollowedMattersPage').then((m) => m.FollowedMattersPage),
);
const later = (element: ReactNode) => <Suspense fallback={<PageLoading />}>{element}</Suspense>;

// Every route of the console, in one place. Each area's pages sit under its RequireArea, which admits only the
// area's roles (src/app/areas.ts); its navigation entries live in areas.ts as well.
export const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage /> },
  {
    path: '/',
    element: <RequireAuth>{later(<AppLayout />)}</RequireAuth>,
    children: [
      { index: true, element: <HomeRedirect /> },
      {
        path: 'unit',
        element: <RequireArea area="unit" />,
        children: [
          { index: true, element: later(<UnitWorkbench />) },
          { path: 'matters/:id', element: later(<UnitMatterPage />) },
          { path: 'inbox', element: later(<InboxPage matterPath={(id) => `/unit/matters/${id}`} />) },
          { path: 'topics', element: later(<UnitTopicsPage />) },
          { path: 'filings', element: later(<UnitFilingsPage />) },
          { path: 'summary', element: later(<UnitSummaryPage />) },
          { path: 'roster', element: later(<UnitRosterPage />) },
          { path: 'briefings', element: later(<BriefingsPage />) },
          { path: 'briefings/:id', element: later(<BriefingPage />) },
        ],
      },
      {
        // The office console (src/features/office): dispatch, supervision, verification.
        path: 'office',
        element: <RequireArea area="office" />,
        children: [
          { index: true, element: later(<OfficeHome />) },
          { path: 'matters/new', element: later(<NewMatterPage />) },
          { path: 'matters/:id', element: later(<OfficeMatterPage />) },
          { path: 'meetings', element: later(<MeetingsPage />) },
          { path: 'meetings/:id', element: later(<MeetingPage />) },
          { path: 'inbox', element: later(<InboxPage matterPath={(id) => `/office/matters/${id}`} />) },
          { path: 'calendar', element: later(<CalendarAdminPage />) },
          { path: 'codes', element: later(<CodePatternPage />) },
          { path: 'units', element: later(<UnitAliasesPage />) },
          { path: 'roster', element: later(<OfficeRosterPage />) },
          { path: 'topics', element: later(<OfficeTopicsPage />) },
          { path: 'filings', element: later(<OfficeFilingsPage />) },
          { path: 'campaign', element: later(<OfficeCampaignPage />) },
          { path: 'assessment', element: later(<AssessmentPage />) },
          { path: 'briefings', element: later(<BriefingsPage />) },
          { path: 'briefings/:id', element: later(<BriefingPage />) },
          { path: 'contests', element: later(<OfficeContestsPage />) },
        ],
      },
      {
        // The leadership dashboard (src/features/leadership): progress at a glance, read-only matter pages with 批示.
        path: 'leadership',
        element: <RequireArea area="leadership" />,
        children: [
          { index: true, element: later(<LeadershipHome />) },
          { path: 'matters', element: later(<LeadershipMattersPage />) },
          { path: 'matters/:id', element: later(<LeadershipMatterPage />) },
          { path: 'inbox', element: later(<InboxPage matterPath={(id) => `/leadership/matters/${id}`} />) },
          { path: 'followed', element: later(<FollowedMattersPage />) },
          { path: 'meetings', element: later(<ConveneMeetingsPage />) },
          { path: 'assessment', element: later(<AssessmentPage />) },
          { path: 'briefings', element: later(<BriefingsPage />) },
          { path: 'briefings/:id', element: later(<BriefingPage />) },
        ],
      },
      {
        path: 'admin',
        element: <RequireArea area="admin" />,
        children: [{ index: true, element: later(<AdminUsersPage />) }],
      },
      { path: '*', element: <NotFound /> },
    ],
  },
];
