import type { AuthUserView } from '@app/contracts';
import { App } from 'antd';
import type { ReactNode } from 'react';
import { useCallback, useEffect, useMemo, useState } from 'react';

import { setSessionExpiredHandler, tokenStore } from '../api/client';
import { authApi } from '../api/endpoints';
import { useI18n } from '../i18n/i18n-context';
import { AuthContext } from './auth-context';

export function AuthProvider({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  // A reload of the tab keeps the session: the user was stored beside the tokens.
  const [user, setUser] = useState<AuthUserView | null>(() => (tokenStore.access() ? tokenStore.user() : null));

  useEffect(() => {
    setSessionExpiredHandler(() => {
      setUser(null);
      void message.warning(t('app.sessionExpired'));
    });
  }, [message, t]);

  // Re-read roles and unit once per page load: an administrator may have changed them.
  useEffect(() => {
    if (tokenStore.access()) {
      authApi.me().then(setUser, () => undefined);
    }
  }, []);

  const login = useCallback(async (username: string, password: string) => {
    const pair = await authApi.login(username, password);
    setUser(pair.user);
    return pair.user;
  }, []);

  const logout = useCallback(async () => {
    try {
      await authApi.logout();
    } finally {
      setUser(null);
    }
  }, []);

  const value = useMemo(() => ({ user, login, logout }), [user, login, logout]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
