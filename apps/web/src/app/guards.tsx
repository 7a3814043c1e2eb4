import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { Link, Navigate, Outlet, useLocation } from 'react-router-dom';

import { useAuth } from '../auth/auth-context';
import { useI18n } from '../i18n/i18n-context';
import type { AreaId } from './areas';
import { AREAS, areaOf, mayEnter } from './areas';

export function RequireAuth({ children }: { children: ReactNode }) {
  const { user } = useAuth();
  const location = useLocation();
  if (!user) {
    return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  }
  return <>{children}</>;
}

// An area's pages open only for its roles; anyone else is told so and offered the way home.
export function RequireArea({ area }: { area: AreaId }) {
  const { user } = useAuth();
  const { t } = useI18n();
  if (!user || !mayEnter(area, user.roles)) {
    return (
      <Result
        status="403"
        title={t('common.forbidden')}
        extra={
          <Link to="/">
            <Button type="primary">{t('common.backHome')}</Button>
          </Link>
        }
      />
    );
  }
  return <Outlet />;
}

export function HomeRedirect() {
  const { user } = useAuth();
  return <Navigate to={user ? AREAS[areaOf(user.roles)].path : '/login'} replace />;
}

export function NotFound() {
  const { t } = useI18n();
  return (
    <Result
      status="404"
      title={t('common.notFound')}
      extra={
        <Link to="/">
          <Button type="primary">{t('common.backHome')}</Button>
        </Link>
      }
    />
  );
}
