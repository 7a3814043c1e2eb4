import type { ReactNode } from 'react';
import { Notice } from '@web/shared/Notice';

// What the last action did, as the API answered it, until the person closes it.
export function ResultBanner(props: {
  testId: string;
  title: ReactNode;
  description?: ReactNode;
  status?: string;
  onClose: () => void;
}) {
  return (
    <Notice
      type="success"
      closable={{ onClose: props.onClose }}
      data-testid={props.testId}
      data-status={props.status}
      title={props.title}
      description={props.description}
    />
  );
}
