import { LockOutlined, SafetyCertificateOutlined, UserOutlined } from '@ant-design/icons';
import type { OidcConfigView, OidcFailure } from '@app/contracts';
import { Alert, Button, Card, Divider, Form, Input, Spin, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';

import { ApiError } from '@web/api/client';
import { authApi } from '@web/api/endpoints';
import { AREAS } from '@web/app/areas';
import { areaOfCapacity, rememberedCapacity } from '@web/auth/capacity';
import { LanguageSwitch } from '@web/app/LanguageSwitch';
import { useAuth } from '@web/auth/auth-context';
import type { Translate } from '@web/i18n/i18n-context';
import { useI18n } from '@web/i18n/i18n-context';
import { describeError } from '@web/shared/errors';

interface LoginForm {
  username: string;
  password: string;
}

// Wrong password, locked account and rate limit each get their own plain sentence.
function loginErrorText(t: Translate, err: unknown): string {
  if (err instanceof ApiError) {
    if (err.code === 'ACCOUNT_LOCKED') {
      return t('login.locked');
    }
    if (err.code === 'TOO_MANY_REQUESTS') {
      return t('login.tooMany');
    }
    if (err.status === 401 || err.code === 'VALIDATION_FAILED') {
      return t('login.wrongCredentials');
    }
  }
  return describeError(t, err);
}

// A refused OIDC sign-in comes back as /login?oidc_error=<code>.
const OIDC_FAILURE_TEXT: Record<OidcFailure, true> = {
  OIDC_DISABLED: true,
  OIDC_UNAVAILABLE: true,
  OIDC_PROVIDER_ERROR: true,
  OIDC_STATE_INVALID: true,
  OIDC_CODE_REJECTED: true,
  OIDC_TOKEN_INVALID: true,
  OIDC_TOKEN_EXPIRED: true,
  OIDC_AUDIENCE_MISMATCH: true,
  OIDC_NONCE_MISMATCH: true,
  OIDC_UNLINKED: true,
  OIDC_ACCOUNT_DISABLED: true,
};

function oidcErrorText(t: Translate, search: string): string | null {
  const code = new URLSearchParams(search).get('oidc_error');
  if (!code) {
    return null;
  }
  return code in OIDC_FAILURE_TEXT ? t(`login.oidcError.${code as OidcFailure}`) : t('login.failed');
}

export function LoginPage() {
  const { t } = useI18n();
  const { user, login, capacity } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [error, setError] = useState<string | null>(() => oidcErrorText(t, location.search));
  const [submitting, setSubmitting] = useState(false);
  const [oidc, setOidc] = useState<OidcConfigView | null>(null);
  // A finished OIDC sign-in comes back as /login#oidc=<handoff>, exchanged once for the session.
  const handoff = /^#oidc=([A-Za-z0-9_-]+)$/.exec(location.hash)?.[1] ?? null;

  useEffect(() => {
    authApi.oidcConfig().then(setOidc, () => setOidc(null));
  }, []);

  const exchanged = useRef(false);

  useEffect(() => {
    // Once: the handoff works a single time (React's strict mode runs effects twice).
    if (!handoff || exchanged.current) {
      return;
    }
    exchanged.current = true;
    window.history.replaceState(null, '', '/login');
    authApi.oidcSession(handoff).then(
      // A fresh page load, so that the session is read as after any login.
      (pair) => window.location.replace(AREAS[areaOfCapacity(rememberedCapacity(pair.user))].path),
      () => {
        setError(t('login.oidcError.session'));
        void navigate('/login', { replace: true });
      },
    );
  }, [handoff, navigate, t]);

  if (user) {
    return <Navigate to={AREAS[areaOfCapacity(capacity)].path} replace />;
  }
  if (handoff) {
    return (
      <div style={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
        <Spin size="large" />
        <Typography.Text data-testid="oidc-signing-in" style={{ marginLeft: 16 }}>
          {t('login.oidcSigningIn')}
        </Typography.Text>
      </div>
    );
  }

  const onFinish = async (values: LoginForm) => {
    setSubmitting(true);
    setError(null);
    try {
      const who = await login(values.username.trim(), values.password);
      // Back to the page that sent the person here, if it lies in their own area; else their home.
      // The home of the capacity the person last acted in (remembered per person), or their first.
      const home = AREAS[areaOfCapacity(rememberedCapacity(who))].path;
      const from = (location.state as { from?: string } | null)?.from;
      void navigate(from && (from === home || from.startsWith(`${home}/`)) ? from : home, { replace: true });
    } catch (err) {
      setError(loginErrorText(t, err));
      setSubmitting(false);
    }
  };

  return (
    <div
      style={{
        minHeight: '100vh',
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        justifyContent: 'center',
        padding: 16,
        background: 'linear-gradient(180deg, #fbe9e7 0%, #f5f5f5 60%)',
      }}
    >
      <div style={{ position: 'absolute', top: 12, right: 16 }}>
        <LanguageSwitch />
      </div>
      <Card style={{ width: '100%', maxWidth: 420 }}>
        <Typography.Title level={3} style={{ textAlign: 'center', color: '#b71c1c', margin: '8px 0 4px' }}>
          {t('app.org')}
        </Typography.Title>
        <Typography.Title level={5} style={{ textAlign: 'center', marginTop: 0 }}>
          {t('app.product')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
          {t('login.title')}
        </Typography.Paragraph>
        {oidc?.enabled && oidc.startUrl ? (
          <>
            <Button
              data-testid="login-oidc"
              href={oidc.startUrl}
              icon={<SafetyCertificateOutlined />}
              block
              size="large"
              style={{ marginBottom: 8 }}
            >
              {t('login.oidc', { name: oidc.displayName ?? '' })}
            </Button>
            <Divider plain style={{ fontSize: 12 }}>
              {t('login.oidcOr')}
            </Divider>
          </>
        ) : null}
        {error ? (
          <Alert data-testid="login-error" type="error" showIcon title={error} style={{ marginBottom: 16 }} />
        ) : null}
        <Form<LoginForm> layout="vertical" onFinish={(v) => void onFinish(v)} requiredMark={false}>
          <Form.Item
            name="username"
            label={t('login.username')}
            rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
          >
            <Input
              data-testid="login-username"
              prefix={<UserOutlined />}
              autoComplete="username"
              autoFocus
              size="large"
            />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('login.password')}
            rules={[{ required: true, message: t('login.passwordRequired') }]}
          >
            <Input.Password
              data-testid="login-password"
              prefix={<LockOutlined />}
              autoComplete="current-password"
              size="large"
            />
          </Form.Item>
          <Button data-testid="login-submit" type="primary" htmlType="submit" block size="large" loading={submitting}>
            {t('login.submit')}
          </Button>
        </Form>
      </Card>
      <Typography.Text type="secondary" style={{ marginTop: 16, fontSize: 12, textAlign: 'center' }}>
        {t('login.footer')}
      </Typography.Text>
    </div>
  );
}
