import type { AuthUserView } from '@app/contracts';
import { App } from 'antd';
import type { ReactNode } from 'react';
import { useCallback, useEffect, useMemo, useState } from 'react';

import { setActingAs, setSessionExpiredHandler, tokenStore } from '@web/api/client';
import { authApi } from '@web/api/endpoints';
import { useI18n } from '@web/i18n/i18n-context';
import { AuthContext } from './auth-context';
import { heldCapacities, rememberCapacity, rememberedCapacity } from './capacity';

export function AuthProvider({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  // A reload of the tab keeps the session: the user was stored beside the tokens.
  const [user, setUser] = useState<AuthUserView | null>(() => (tokenStore.access() ? tokenStore.user() : null));
  // The capacity switched to in this page's life (also remembered); else the person's remembered one.
  const [chosen, setChosen] = useState<string | null>(null);

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
    setChosen(null);
    setUser(pair.user);
    return pair.user;
  }, []);

  const logout = useCallback(async () => {
    try {
      await authApi.logout();
    } finally {
      setChosen(null);
      setUser(null);
    }
  }, []);

  const capacities = useMemo(() => (user ? heldCapacities(user) : []), [user]);
  const capacity = useMemo(
    () => (user ? (capacities.find((c) => c.capacity === chosen) ?? rememberedCapacity(user)) : null),
    [user, capacities, chosen],
  );
  // Set while rendering, before the pages' effects send their first requests in this capacity.
  setActingAs(capacity?.capacity ?? null);
  const switchCapacity = useCallback(
    (next: string) => {
      if (user && capacities.some((c) => c.capacity === next)) {
        rememberCapacity(user, next);
        setActingAs(next);
        setChosen(next);
      }
    },
    [user, capacities],
  );

  const value = useMemo(
    () => ({ user, login, logout, capacity, capacities, switchCapacity }),
    [user, login, logout, capacity, capacities, switchCapacity],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
