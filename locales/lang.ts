// Which interface language to speak, without the string tables: the content script runs in
// every page and needs only this (its hover card carries its own few words).
import type { LanguageSetting } from '../utils/storage';

export type UiLang = 'en' | 'zh';

/** The interface language for a setting: 'auto' follows the browser's own language. */
export function resolveLang(setting: LanguageSetting, browserLanguage: string | undefined): UiLang {
  if (setting === 'en' || setting === 'zh') return setting;
  return /^zh\b/i.test(browserLanguage ?? '') ? 'zh' : 'en';
}
