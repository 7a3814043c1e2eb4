import { Alert } from 'antd';
import type { ReactNode } from 'react';

// What the last action did, as the API answered it, until the person closes it.
export function ResultBanner(props: {
  testId: string;
  title: ReactNode;
  description?: ReactNode;
  status?: string;
  onClose: () => void;
}) {
  return (
    <Alert
      type="success"
      showIcon
      closable={{ onClose: props.onClose }}
      style={{ marginBottom: 12 }}
      data-testid={props.testId}
      data-status={props.status}
      title={props.title}
      description={props.description}
    />
  );
}
