import { Alert, Button, Result } from 'antd';
import type { ReactNode } from 'react';

import { ApiError } from '@web/api/client';
import { useI18n } from '@web/i18n/i18n-context';
import { describeError, errorDetail } from './errors';
import { PageLoading } from './PageLoading';

// The loading state lives in its own small file (the login page's bundle needs it without Result and Alert).
export { PageLoading };

// A page that could not load: 404 and 403 read as such, anything else offers a retry.
export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  const status = error instanceof ApiError ? error.status : 0;
  const resultStatus = status === 404 ? '404' : status === 403 ? '403' : 'error';
  return (
    <Result
      data-testid="load-error"
      status={resultStatus}
      title={status === 404 || status === 403 ? describeError(t, error) : t('common.loadFailed')}
      subTitle={status === 404 || status === 403 ? undefined : describeError(t, error)}
      extra={
        onRetry && status !== 404 && status !== 403 ? (
          <Button type="primary" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}

export function ErrorAlert({ error }: { error: unknown }) {
  const { t } = useI18n();
  return (
    <Alert
      data-testid="error-alert"
      type="error"
      showIcon
      title={describeError(t, error)}
      description={errorDetail(error)}
    />
  );
}

// A request's error above the form that sent it; nothing while there is none.
export function FormError({ error }: { error: unknown }) {
  return error ? (
    <div style={{ marginBottom: 12 }}>
      <ErrorAlert error={error} />
    </div>
  ) : null;
}

// A page before its data is there: loading, or the error with a retry; under the page's back link.
export function PageStatus({
  state,
  back,
}: {
  state: { loading: boolean; data: unknown; error: unknown; reload: () => void };
  back: ReactNode;
}) {
  return (
    <>
      {back}
      {state.loading && !state.data ? <PageLoading /> : <LoadError error={state.error} onRetry={state.reload} />}
    </>
  );
}
