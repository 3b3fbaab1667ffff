// Text as a reader reads it, before it is judged. A page can spell its words so that they look
// the same to a reader and differ to a matcher: an invisible separator inside a word
// ("guaran\u2063teed"), letters of another script that look like Latin ones (Cyrillic "о" in
// "100% аccurate"), styled letters (mathematical bold, ligatures). Each is undone here, with a
// map back to the page's own offsets so that marks still land on the page's words, and counted:
// a block that needed it is itself worth telling the user about.
import { CONFUSABLE_FROM, CONFUSABLE_TO } from './confusables';

/**
 * Characters that show nothing: zero-width spaces and joiners, word joiner and invisible
 * operators, direction marks and controls, variation selectors, the byte-order mark, Hangul and
 * Mongolian fillers, tag characters. The soft hyphen is among them, but a soft hyphen is also how
 * publishing systems hyphenate long words, so removing one is not counted as a disguise.
 */
// biome-ignore lint/complexity/useRegexLiterals: a literal of these combining characters reads as a misleading class
const INVISIBLE = new RegExp(
  '[\\u034F\\u00AD\\u061C\\u115F\\u1160\\u17B4\\u17B5\\u180B-\\u180F\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u206F\\u3164\\uFE00-\\uFE0F\\uFEFF\\uFFA0\\u{E0000}-\\u{E007F}]',
  'u',
);
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, 'gu');

let table: Map<string, string> | undefined;
function confusables(): Map<string, string> {
  if (table) return table;
  table = new Map();
  const from = [...CONFUSABLE_FROM];
  for (let i = 0; i < from.length; i++) table.set(from[i] as string, CONFUSABLE_TO[i] as string);
  return table;
}

/** Anything that may need undoing: a quick test that passes most text by untouched. */
const SUSPECT = new RegExp(
  `${INVISIBLE.source}|[\\u0130-\\u024F\\u0370-\\u058F\\u13A0-\\u13FF\\uA4D0-\\uA4FF\\u2C80-\\u2CFF\\u10D0-\\u10FF\\uFB00-\\uFB06\\uFF21-\\uFF3A\\uFF41-\\uFF5A\\u{1D400}-\\u{1D7FF}]`,
  'u',
);

const LETTER = /[\p{L}\p{M}\p{Nd}]/u;
const ASCII_ALNUM = /[A-Za-z0-9]/;
/** Full-width letters and digits are how CJK text sets Latin ones: undone, but never a disguise. */
const FULL_WIDTH = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/u;
const LIGATURE = /[\uFB00-\uFB06]/u;

export interface Unmasked {
  text: string;
  /** For each offset of `text` (and its end), the offset in the page's text. Absent when nothing changed. */
  back?: number[];
  /** How many characters were spelt to look like something they are not. */
  disguised: number;
  /** The first word that was, as it reads. */
  word?: string;
}

/** The words of a text, with where each starts: runs of letters, digits and invisible characters between them. */
function words(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let start = -1;
  let i = 0;
  for (const ch of text) {
    const inWord = LETTER.test(ch) || (start >= 0 && INVISIBLE.test(ch));
    if (inWord && start < 0) start = i;
    else if (!inWord && start >= 0) {
      out.push({ start, end: i });
      start = -1;
    }
    i += ch.length;
  }
  if (start >= 0) out.push({ start, end: text.length });
  return out;
}

/** The text as a reader reads it. Cheap for text with nothing to undo: one regular expression test. */
export function unmask(text: string): Unmasked {
  if (!SUSPECT.test(text)) return { text, disguised: 0 };
  const map = confusables();
  // Is the text Latin on the whole? Then a word made wholly of look-alikes is a Latin word too.
  let latin = 0;
  let other = 0;
  for (const ch of text.replace(INVISIBLE_ALL, '')) {
    if (ASCII_ALNUM.test(ch) || map.has(ch)) latin++;
    else if (LETTER.test(ch)) other++;
  }
  // Russian or Greek text has look-alikes too, among more letters that have none.
  const latinText = latin > other * 2;
  let out = '';
  const back: number[] = [];
  let disguised = 0;
  let word: string | undefined;
  let at = 0;
  const keep = (s: string, from: number) => {
    for (let k = 0; k < s.length; k++) back.push(from);
    out += s;
  };
  for (const w of [...words(text), { start: text.length, end: text.length }]) {
    // What stands between words is kept as it is, bar invisible characters.
    for (let i = at; i < w.start; ) {
      const ch = String.fromCodePoint(text.codePointAt(i) ?? 0);
      if (!INVISIBLE.test(ch)) keep(ch, i);
      i += ch.length;
    }
    if (w.start === w.end) break;
    const raw = text.slice(w.start, w.end);
    const chars = [...raw];
    const visible = chars.filter((c) => !INVISIBLE.test(c));
    // A word with Latin letters in it, or (in Latin text) a word of three or more look-alikes: a
    // lone Greek letter in English text ("the α level") is a symbol, not a disguise.
    const latinWord = visible.some((c) => ASCII_ALNUM.test(c)) || (latinText && visible.length >= 3 && visible.every((c) => map.has(c) || ASCII_ALNUM.test(c)));
    let tricks = 0;
    let fixed = '';
    let i = w.start;
    for (const ch of chars) {
      if (INVISIBLE.test(ch)) {
        // Inside a word, between two letters: a separator the reader never sees.
        if (ch !== '\u00AD' && i > w.start && i + ch.length < w.end) tricks++;
      } else if (LIGATURE.test(ch)) {
        const plain = ch.normalize('NFKC');
        for (let k = 0; k < plain.length; k++) back.push(i);
        out += plain;
        fixed += plain;
      } else if (latinWord && map.has(ch)) {
        const plain = map.get(ch) as string;
        if (!FULL_WIDTH.test(ch)) tricks++;
        keep(plain, i);
        fixed += plain;
      } else {
        keep(ch, i);
        fixed += ch;
      }
      i += ch.length;
    }
    if (tricks && !word) word = fixed;
    disguised += tricks;
    at = w.end;
  }
  back.push(text.length);
  if (out === text) return { text, disguised: 0 };
  return { text: out, back, disguised, ...(word ? { word } : {}) };
}

/** The blocks whose text needed unmasking (heuristics/pipeline.ts wellFormed), each with what was undone and the page's own text. */
export const UNMASKED = new WeakMap<object, Unmasked & { raw: string }>();

/** A span of the unmasked text as a span of the page's text. */
export function spanBack(u: Unmasked, start: number, end: number): [number, number] {
  if (!u.back) return [start, end];
  const s = u.back[start] ?? 0;
  return [s, Math.max(s, u.back[end] ?? s)];
}
