import { Button } from 'antd';
import type { ReactNode } from 'react';

import { useI18n } from '@web/i18n/i18n-context';

export interface DialogFooterProps {
  busy: boolean;
  onCancel: () => void;
  onOk: () => void;
  okText: ReactNode;
  okTestId?: string;
  cancelTestId?: string;
  danger?: boolean;
  okDisabled?: boolean;
  icon?: ReactNode;
}

// Cancel and confirm for a Modal's footer: cancel is off while the request runs, confirm shows it running.
export function DialogFooter(p: DialogFooterProps) {
  const { t } = useI18n();
  return (
    <>
      <Button onClick={p.onCancel} disabled={p.busy} data-testid={p.cancelTestId}>
        {t('common.cancel')}
      </Button>
      <Button
        type="primary"
        danger={p.danger}
        icon={p.icon}
        loading={p.busy}
        disabled={p.okDisabled}
        onClick={p.onOk}
        data-testid={p.okTestId}
      >
        {p.okText}
      </Button>
    </>
  );
}
