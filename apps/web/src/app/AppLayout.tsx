import { BellOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Badge, Button, Grid, Layout, Menu, Space, Tooltip, Typography } from 'antd';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';

import { useAuth, useUser } from '@web/auth/auth-context';
import { areaOfCapacity } from '@web/auth/capacity';
import { useUnreadCount } from '@web/features/notifications/unread';
import { useI18n } from '@web/i18n/i18n-context';
import type { NavEntry } from './areas';
import { AREAS, primaryRole } from './areas';
import { CapacitySwitch } from './CapacitySwitch';
import { LanguageSwitch } from './LanguageSwitch';

function selectedNav(nav: readonly NavEntry[], pathname: string): string[] {
  // The longest entry that matches wins, so /unit/inbox lights 消息通知 and /unit/matters/x lights 我的待办.
  const hits = nav.filter((n) =>
    n.end ? pathname === n.path : pathname === n.path || pathname.startsWith(`${n.path}/`),
  );
  const best = hits.sort((a, b) => b.path.length - a.path.length)[0];
  return best ? [best.path] : [];
}

export function AppLayout() {
  const { t } = useI18n();
  const user = useUser();
  const { logout, capacity } = useAuth();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const screens = Grid.useBreakpoint();
  const narrow = !screens.md;
  // The area of the capacity the person acts in (a person holding several switches in the header).
  const area = AREAS[areaOfCapacity(capacity)];
  const long = area.nav.length > 5;
  // A long navigation (the office has eight pages) leaves no room for the full title, the person's name or the
  // logout label below 1600 px, and no room beside the header at all below 1200 px: there it gets its own row,
  // as on a phone, so that no page hides behind the menu's "…".
  const tight = narrow || (!screens.xxl && long);
  const navBelow = narrow || (!screens.xl && long);
  const unread = useUnreadCount(Boolean(area.inboxPath));
  const role = primaryRole(capacity?.roles ?? user.roles);

  // On a phone every entry stays in sight: the links wrap onto a second line instead of folding into "…".
  const menu = narrow ? (
    <nav
      data-testid="nav-links"
      style={{ display: 'flex', flexWrap: 'wrap', gap: '2px 4px', padding: '6px 0' }}
      aria-label={t('app.title')}
    >
      {area.nav.map((n) => {
        const on = selectedNav(area.nav, pathname).includes(n.path);
        return (
          <Link
            key={n.path}
            to={n.path}
            aria-current={on ? 'page' : undefined}
            style={{
              padding: '4px 8px',
              borderRadius: 6,
              whiteSpace: 'nowrap',
              color: on ? '#1d4ed8' : 'rgba(0,0,0,0.85)',
              background: on ? '#e6f0ff' : 'transparent',
              fontWeight: on ? 600 : undefined,
            }}
          >
            {t(n.label)}
          </Link>
        );
      })}
    </nav>
  ) : (
    <Menu
      mode="horizontal"
      selectedKeys={selectedNav(area.nav, pathname)}
      items={area.nav.map((n) => ({ key: n.path, label: <Link to={n.path}>{t(n.label)}</Link> }))}
      style={{ borderBottom: 'none', flex: navBelow ? undefined : 1, minWidth: 0, background: 'transparent' }}
    />
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          background: '#fff',
          borderBottom: '1px solid #f0f0f0',
          padding: narrow ? '0 12px' : '0 24px',
          display: 'flex',
          alignItems: 'center',
          gap: 16,
          position: 'sticky',
          top: 0,
          zIndex: 10,
        }}
      >
        <Link to={area.path} style={{ flexShrink: 0 }} data-testid="product-name">
          <Typography.Text strong style={{ fontSize: narrow ? 16 : 17, color: '#b71c1c' }}>
            {tight ? t('app.shortTitle') : t('app.title')}
          </Typography.Text>
        </Link>
        {navBelow ? <div style={{ flex: 1 }} /> : menu}
        <Space size={narrow ? 8 : 12} style={{ flexShrink: 0 }}>
          {area.inboxPath ? (
            <Tooltip title={t('app.inbox')}>
              <Link to={area.inboxPath} data-testid="header-inbox">
                <Badge count={unread} size="small" data-testid="header-unread">
                  <BellOutlined style={{ fontSize: 18, color: 'rgba(0,0,0,0.65)' }} />
                </Badge>
              </Link>
            </Tooltip>
          ) : null}
          <CapacitySwitch />
          <LanguageSwitch compact={narrow} />
          <span data-testid="header-user" style={{ whiteSpace: 'nowrap' }} title={user.displayName}>
            <UserOutlined />{' '}
            {tight && !navBelow ? null : narrow ? null : (
              <>
                <Typography.Text>{user.displayName}</Typography.Text>
                {role ? <Typography.Text type="secondary"> · {t(`role.${role}`)}</Typography.Text> : null}
              </>
            )}
          </span>
          <Tooltip title={t('app.logout')}>
            <Button
              data-testid="logout-button"
              icon={<LogoutOutlined />}
              type="text"
              aria-label={t('app.logout')}
              onClick={() => {
                void logout().finally(() => void navigate('/login', { replace: true }));
              }}
            >
              {tight ? null : t('app.logout')}
            </Button>
          </Tooltip>
        </Space>
      </Layout.Header>
      {navBelow && area.nav.length > 1 ? (
        <div style={{ background: '#fff', borderBottom: '1px solid #f0f0f0', padding: narrow ? '0 8px' : '0 12px' }}>
          {menu}
        </div>
      ) : null}
      {narrow ? (
        <div style={{ background: '#fafafa', padding: '6px 12px 0', fontSize: 12, color: 'rgba(0,0,0,0.55)' }}>
          {user.displayName}
          {role ? ` · ${t(`role.${role}`)}` : ''}
        </div>
      ) : null}
      <Layout.Content style={{ padding: narrow ? 12 : 24, maxWidth: 1200, width: '100%', margin: '0 auto' }}>
        <Outlet />
      </Layout.Content>
    </Layout>
  );
}
