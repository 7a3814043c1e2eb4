import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import { useEffect, useMemo } from 'react';
import { RouterProvider, createBrowserRouter } from 'react-router-dom';

import { AuthProvider } from '@web/auth/AuthProvider';
import { I18nProvider } from '@web/i18n/I18nProvider';
import { useI18n } from '@web/i18n/i18n-context';
import { routes } from './routes';

const router = createBrowserRouter(routes);

const theme = {
  token: { colorPrimary: '#1d4ed8', borderRadius: 6 },
};

function Localized() {
  const { lang } = useI18n();
  useEffect(() => {
    dayjs.locale(lang === 'zh' ? 'zh-cn' : 'en');
  }, [lang]);
  const locale = useMemo(() => (lang === 'zh' ? zhCN : enUS), [lang]);
  return (
    <ConfigProvider locale={locale} theme={theme} button={{ autoInsertSpace: false }}>
      <AntApp>
        <AuthProvider>
          <RouterProvider router={router} />
        </AuthProvider>
      </AntApp>
    </ConfigProvider>
  );
}

export function App() {
  return (
    <I18nProvider>
      <Localized />
    </I18nProvider>
  );
}
