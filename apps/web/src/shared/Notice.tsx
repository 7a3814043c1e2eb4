import type { AlertProps } from 'antd';
import { Alert } from 'antd';

// An alert with its icon, set off from what follows it by `gap` pixels.
export function Notice({ gap = 12, ...alert }: Omit<AlertProps, 'showIcon' | 'style'> & { gap?: number }) {
  return <Alert showIcon style={{ marginBottom: gap }} {...alert} />;
}
