import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';

import { ApiError } from '../../api/client';
import { AREAS, areaOf } from '../../app/areas';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { useAuth } from '../../auth/auth-context';
import type { Translate } from '../../i18n/i18n-context';
import { useI18n } from '../../i18n/i18n-context';
import { describeError } from '../../shared/errors';

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

export function LoginPage() {
  const { t } = useI18n();
  const { user, login } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  if (user) {
    return <Navigate to={AREAS[areaOf(user.roles)].path} replace />;
  }

  const onFinish = async (values: LoginForm) => {
    setSubmitting(true);
    setError(null);
    try {
      const who = await login(values.username.trim(), values.password);
      // Back to the page that sent the person here, if it lies in their own area; else their home.
      const home = AREAS[areaOf(who.roles)].path;
      const from = (location.state as { from?: string } | null)?.from;
      navigate(from && (from === home || from.startsWith(`${home}/`)) ? from : home, { replace: true });
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
