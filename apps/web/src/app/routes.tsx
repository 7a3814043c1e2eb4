import type { RouteObject } from 'react-router-dom';

import { AdminUsersPage } from '../features/admin/AdminUsersPage';
import { LoginPage } from '../features/auth/LoginPage';
import { LeadershipHome } from '../features/leadership/LeadershipHome';
import { InboxPage } from '../features/notifications/InboxPage';
import { OfficeHome } from '../features/office/OfficeHome';
import { UnitMatterPage } from '../features/unit/UnitMatterPage';
import { UnitWorkbench } from '../features/unit/UnitWorkbench';
import { AppLayout } from './AppLayout';
import { HomeRedirect, NotFound, RequireArea, RequireAuth } from './guards';

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
        ],
      },
      {
        // The office console (src/features/office): dispatch, supervision, verification.
        path: 'office',
        element: <RequireArea area="office" />,
        children: [{ index: true, element: <OfficeHome /> }],
      },
      {
        // The leadership dashboard (src/features/leadership).
        path: 'leadership',
        element: <RequireArea area="leadership" />,
        children: [{ index: true, element: <LeadershipHome /> }],
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
