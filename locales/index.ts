// The interface's two languages. Every string the user reads lives in en.ts and zh.ts
// under the same keys (a unit test fails when one is missing). Page text and the
// engine's notes and questions are shown as given.
import { en, type MessageKey } from './en';
import type { UiLang } from './lang';
import { zh } from './zh';

export { resolveLang, type UiLang } from './lang';
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
  const number = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en');
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

/** Dates as each language writes them, in the reader's own time zone. */
export function formatDate(lang: UiLang, at: number, withTime = true, withZone = false): string {
  const locale = lang === 'zh' ? 'zh-CN' : 'en-GB';
  if (!withTime) return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(at);
  if (!withZone) return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
  // An export is read elsewhere and later: its time says its zone ("2 Jan 2025, 10:00 UTC").
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(at);
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZoneName: 'short' }).format(at);
  return `${date}${lang === 'zh' ? ' ' : ', '}${time}`;
}

/** The punctuation between Sceptic's own words: full-width in Chinese ("来源：", "（R2，严重）"). */
export function punct(lang: UiLang): { colon: string; comma: string; semicolon: string; open: string; close: string; stop: string } {
  return lang === 'zh'
    ? { colon: '：', comma: '，', semicolon: '；', open: '（', close: '）', stop: '。' }
    : { colon: ': ', comma: ', ', semicolon: '; ', open: ' (', close: ')', stop: '. ' };
}

/** A list as each language writes it: "a, b, c" or "a、b、c". */
export function joinList(lang: UiLang, items: string[]): string {
  return items.join(lang === 'zh' ? '、' : ', ');
}
