import { Button, Space, Typography } from 'antd';
import type { ReactNode } from 'react';

// One button of a page's action bar: the console's wording and test id for a command the server allows.
export interface ActionButton<A extends string> {
  action: A;
  label: string;
  testId: string;
  kind?: 'primary' | 'danger';
  icon?: ReactNode;
}

// The commands a person may give on this matter now, or a line saying there are none.
export function ActionBar<A extends string>(props: {
  buttons: readonly ActionButton<A>[];
  onAction: (action: A) => void;
  testId: string;
  none: { text: string; testId?: string };
  // On a phone: large buttons, at least 44 px each way (a finger, not a mouse pointer).
  large?: boolean;
}) {
  return (
    <div data-testid={props.testId}>
      {props.buttons.length === 0 ? (
        <Typography.Text type="secondary" data-testid={props.none.testId}>
          {props.none.text}
        </Typography.Text>
      ) : (
        <Space wrap>
          {props.buttons.map((b) => (
            <Button
              key={b.action}
              type={b.kind === 'primary' ? 'primary' : 'default'}
              danger={b.kind === 'danger'}
              icon={b.icon}
              onClick={() => props.onAction(b.action)}
              size={props.large ? 'large' : undefined}
              style={props.large ? { minHeight: 44, minWidth: 44 } : undefined}
              data-testid={b.testId}
            >
              {b.label}
            </Button>
          ))}
        </Space>
      )}
    </div>
  );
}
