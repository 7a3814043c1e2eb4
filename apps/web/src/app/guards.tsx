import type { ReactNode } from 'react';
import { lazy, Suspense } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router-dom';

import { useAuth } from '@web/auth/auth-context';
import { areaOfCapacity } from '@web/auth/capacity';
import type { AreaId } from './areas';
import { AREAS, mayEnter } from './areas';

const Refusal = lazy(() => import('./Refusal').then((m) => ({ default: m.Refusal })));
const SwitchToArea = lazy(() => import('./Refusal').then((m) => ({ default: m.SwitchToArea })));
const refusal = (status: '403' | '404') => (
  <Suspense fallback={null}>
    <Refusal status={status} />
  </Suspense>
);

export function RequireAuth({ children }: { children: ReactNode }) {
  const { user } = useAuth();
  const location = useLocation();
  if (!user) {
    return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  }
  return <>{children}</>;
}

// An area's pages open only for the roles of the capacity the person acts in; anyone else is told so and offered
// the way home, and a person who holds the area's capacity is offered the switch to it.
export function RequireArea({ area }: { area: AreaId }) {
  const { user, capacity, capacities } = useAuth();
  const other = capacities.find((c) => areaOfCapacity(c) === area);
  if (user && other && !mayEnter(area, capacity?.roles ?? [])) {
    return (
      <Suspense fallback={null}>
        <SwitchToArea area={area} />
      </Suspense>
    );
  }
  if (!user || !mayEnter(area, user.roles)) {
    return refusal('403');
  }
  return <Outlet />;
}

export function HomeRedirect() {
  const { user, capacity } = useAuth();
  return <Navigate to={user ? AREAS[areaOfCapacity(capacity)].path : '/login'} replace />;
}

export function NotFound() {
  return refusal('404');
}
