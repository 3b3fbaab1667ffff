// The interface language for a page: from the settings ('auto' follows the browser), kept in
// step as the setting changes, with <html lang> set so that CJK text gets the right fonts.
import { type ComponentChildren, createContext } from 'preact';
import { useContext, useEffect, useMemo } from 'preact/hooks';
import { LANG_TAG, resolveLang, type Translate, translator, type UiLang } from '../locales/index';
import type { Settings } from '../utils/storage';

export interface I18nValue {
  lang: UiLang;
  t: Translate;
}

const I18nContext = createContext<I18nValue>({ lang: 'en', t: translator('en') });

export function useI18n(): I18nValue {
  return useContext(I18nContext);
}

export function I18nProvider({ settings, children }: { settings: Pick<Settings, 'language'>; children: ComponentChildren }) {
  const lang = resolveLang(settings.language, navigator.language);
  const value = useMemo(() => ({ lang, t: translator(lang) }), [lang]);
  useEffect(() => {
    document.documentElement.lang = LANG_TAG[lang];
  }, [lang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** Set the document's title in the interface language. */
export function useTitle(title: string): void {
  useEffect(() => {
    document.title = title;
  }, [title]);
}
