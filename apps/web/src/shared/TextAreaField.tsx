import type { FormRule } from 'antd';
import { Form, Input } from 'antd';
import type { ReactNode } from 'react';

// A form's multi-line text field: its label, rules (see textRules) and test id on the text area.
export function TextAreaField(props: {
  name: string;
  label: ReactNode;
  rules: FormRule[];
  testId: string;
  rows?: number;
  // Grows with the text between these many rows, instead of a fixed height.
  grow?: [number, number];
  placeholder?: string;
  extra?: ReactNode;
}) {
  return (
    <Form.Item name={props.name} label={props.label} rules={props.rules} extra={props.extra}>
      <Input.TextArea
        rows={props.grow ? undefined : props.rows}
        autoSize={props.grow ? { minRows: props.grow[0], maxRows: props.grow[1] } : undefined}
        placeholder={props.placeholder}
        data-testid={props.testId}
      />
    </Form.Item>
  );
}
