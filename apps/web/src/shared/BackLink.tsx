import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';

// "← back to the list" above a page. The test id sits on the link or on the button, where each page's tests
// already look for it.
export function BackLink(props: { to: string; children: ReactNode; testId?: string; buttonTestId?: string }) {
  return (
    <Link to={props.to} data-testid={props.testId}>
      <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingLeft: 0 }} data-testid={props.buttonTestId}>
        {props.children}
      </Button>
    </Link>
  );
}
