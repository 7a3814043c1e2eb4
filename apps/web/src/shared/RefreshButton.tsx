import { ReloadOutlined } from '@ant-design/icons';
import type { ButtonProps } from 'antd';
import { Button } from 'antd';

import { useI18n } from '@web/i18n/i18n-context';

// The ⟳ button that loads a page's data again, named "refresh" for screen readers whether or not it shows the word.
export function RefreshButton(props: Omit<ButtonProps, 'icon'> & { 'data-testid': string }) {
  const { t } = useI18n();
  return <Button icon={<ReloadOutlined />} aria-label={t('common.refresh')} {...props} />;
}
