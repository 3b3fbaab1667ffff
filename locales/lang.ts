// Which interface language to speak, without the string tables: the content script runs in
// every page and needs only this (its hover card carries its own few words).
import { BASE_LANG, LANGS, type Lang } from '../heuristics/types';

/** The interface speaks the engine's languages. */
export type UiLang = Lang;

/** Each language's BCP 47 tag, for the `lang` attribute of what Sceptic writes and for its numbers. */
export const LANG_TAG: Record<UiLang, string> = { en: 'en', zh: 'zh-CN' };

/** The language setting: one of the languages, or 'auto' to follow the browser's. */
export const LANGUAGES = ['auto', ...LANGS] as const;
export type LanguageSetting = (typeof LANGUAGES)[number];

/** The interface language for a setting: 'auto' follows the browser's own language, English when Sceptic does not speak it. */
export function resolveLang(setting: LanguageSetting, browserLanguage: string | undefined): UiLang {
  if (setting !== 'auto') return setting;
  return LANGS.find((l) => new RegExp(`^${l}\\b`, 'i').test(browserLanguage ?? '')) ?? BASE_LANG;
}
