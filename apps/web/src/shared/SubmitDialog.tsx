import { Modal } from 'antd';
import type { ReactNode } from 'react';

import type { DialogFooterProps } from '@web/shared/DialogFooter';
import { DialogFooter } from '@web/shared/DialogFooter';
import { FormError } from '@web/shared/states';

// A dialog that sends one request: its form (or editor) as children, the request's error above it, cancel and
// confirm below; while the request runs it cannot be closed, and a click outside never loses what was typed.
export function SubmitDialog(
  props: Omit<DialogFooterProps, 'onCancel'> & {
    title: ReactNode;
    onClose: () => void;
    error: unknown;
    width?: number;
    children: ReactNode;
    // Wraps the confirm button (a confirmation pop-over); the default footer otherwise.
    footer?: ReactNode;
  },
) {
  const { title, onClose, error, width, children, footer, ...buttons } = props;
  return (
    <Modal
      open
      title={title}
      onCancel={buttons.busy ? undefined : onClose}
      closable={!buttons.busy}
      width={width}
      destroyOnHidden
      mask={{ closable: false }}
      footer={footer ?? <DialogFooter {...buttons} onCancel={onClose} />}
    >
      <FormError error={error} />
      {children}
    </Modal>
  );
}
