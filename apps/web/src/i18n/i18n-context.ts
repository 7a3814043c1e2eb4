import { createContext, useContext } from 'react';

import type { MessageKey } from './zh';

export type Lang = 'zh' | 'en';
export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export interface I18n {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: Translate;
}

export const I18nContext = createContext<I18n | null>(null);

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) {
    throw new Error('useI18n outside I18nProvider');
  }
  return ctx;
}
