import type { ReactNode } from 'react';
import { useCallback, useEffect, useMemo, useState } from 'react';

import { en } from './en';
import type { Lang, Translate } from './i18n-context';
import { I18nContext } from './i18n-context';
import type { MessageKey } from './zh';
import { zh } from './zh';

const LANG_KEY = 'wuhua-jc.lang';
const dictionaries: Record<Lang, Record<MessageKey, string>> = { zh, en };

function initialLang(): Lang {
  return localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'zh';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);

  const setLang = useCallback((next: Lang) => {
    localStorage.setItem(LANG_KEY, next);
    setLangState(next);
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = dictionaries[lang]['app.title'];
  }, [lang]);

  const t = useCallback<Translate>(
    (key, vars) => {
      const text = dictionaries[lang][key];
      return vars ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m)) : text;
    },
    [lang],
  );

  const value = useMemo(() => ({ lang, setLang, t }), [lang, setLang, t]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
