import { Typography } from 'antd';
import type { ReactNode } from 'react';

// A page's title (test id page-title) with its one-line subtitle beside it, wrapping under it on a narrow screen;
// `children` (a year choice, a refresh button) follow on the same line.
export function PageHeader(props: { title: ReactNode; subtitle: ReactNode; children?: ReactNode }) {
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', gap: '4px 16px' }}>
      <Typography.Title level={3} style={{ margin: 0 }} data-testid="page-title">
        {props.title}
      </Typography.Title>
      <Typography.Text type="secondary" style={{ flex: 1, minWidth: 200 }}>
        {props.subtitle}
      </Typography.Text>
      {props.children}
    </div>
  );
}
