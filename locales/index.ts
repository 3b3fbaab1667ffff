// The interface's languages. Every string the user reads lives in one file per language
// (en.ts, zh.ts) under the same keys (a unit test fails when one is missing), and the way each
// language writes dates, lists and punctuation is in the tables below. Page text and the
// engine's notes and questions are shown as given.
import { en, type MessageKey } from './en';
import { LANG_TAG, type UiLang } from './lang';
import { zh } from './zh';

export { LANG_TAG, resolveLang, type UiLang } from './lang';
export type { MessageKey };

export const MESSAGES: Record<UiLang, Record<MessageKey, string>> = { en, zh };

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * A translator for one language. A `count` parameter picks the `_one` form of a key in
 * English when it exists. Numbers are formatted for the language.
 */
export function translator(lang: UiLang): Translate {
  const table = MESSAGES[lang];
  const number = new Intl.NumberFormat(LANG_TAG[lang]);
  return (key, params) => {
    let k = key;
    if (params && params.count === 1) {
      const one = `${key}_one` as MessageKey;
      if (one in table) k = one;
    }
    const template = table[k] ?? MESSAGES.en[k] ?? key;
    if (!params) return template;
    return template.replace(PLACEHOLDER, (whole, name: string) => {
      const v = params[name];
      if (v === undefined) return whole;
      return typeof v === 'number' ? number.format(v) : v;
    });
  };
}

/** The placeholders a message uses, for the tests that keep the two languages in step. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '').sort();
}

/** How each language writes a date: its locale (British English: "2 Jan 2025"), and what stands between a date and a time. */
const DATES: Record<UiLang, { locale: string; beforeTime: string }> = {
  en: { locale: 'en-GB', beforeTime: ', ' },
  zh: { locale: 'zh-CN', beforeTime: ' ' },
};

/** Dates as each language writes them, in the reader's own time zone. */
export function formatDate(lang: UiLang, at: number, withTime = true, withZone = false): string {
  const { locale, beforeTime } = DATES[lang];
  if (!withTime) return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(at);
  if (!withZone) return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
  // An export is read elsewhere and later: its time says its zone ("2 Jan 2025, 10:00 UTC").
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(at);
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZoneName: 'short' }).format(at);
  return `${date}${beforeTime}${time}`;
}

export interface Punctuation {
  colon: string;
  comma: string;
  semicolon: string;
  open: string;
  close: string;
  stop: string;
  /** Between the items of a list: "a, b, c" or "a、b、c". */
  list: string;
}

const PUNCTUATION: Record<UiLang, Punctuation> = {
  en: { colon: ': ', comma: ', ', semicolon: '; ', open: ' (', close: ')', stop: '. ', list: ', ' },
  zh: { colon: '：', comma: '，', semicolon: '；', open: '（', close: '）', stop: '。', list: '、' },
};

/** The punctuation between Sceptic's own words: full-width in Chinese ("来源：", "（R2，严重）"). */
export function punct(lang: UiLang): Punctuation {
  return PUNCTUATION[lang];
}

/** A list as each language writes it: "a, b, c" or "a、b、c". */
export function joinList(lang: UiLang, items: string[]): string {
  return items.join(PUNCTUATION[lang].list);
}
