import { Segmented } from 'antd';

import type { Lang } from '@web/i18n/i18n-context';
import { useI18n } from '@web/i18n/i18n-context';

export function LanguageSwitch({ compact = false }: { compact?: boolean }) {
  const { lang, setLang, t } = useI18n();
  return (
    <Segmented<Lang>
      data-testid="language-switch"
      size="small"
      value={lang}
      onChange={setLang}
      options={[
        { value: 'zh', label: compact ? '中' : t('app.langZh') },
        { value: 'en', label: compact ? 'EN' : t('app.langEn') },
      ]}
    />
  );
}
