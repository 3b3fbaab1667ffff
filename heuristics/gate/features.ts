// The features the gate weighs for one sentence: word unigrams and bigrams (Latin script,
// lower-cased, digits folded to "0"), Han character unigrams, bigrams and trigrams, the
// claim grammar's slots, the lexicon's cues and kinds, the figures the quantity reader
// found, and a few shape features (question, length, quotation). Pure and deterministic:
// the same text always gives the same features in the same order.
//
// Each feature has a name ("w:save", "b:save 0", "c:效率", "slot:rank.superlative") and a
// 30-bit FNV-1a hash of that name. The engine works with the hashes alone, computed as it
// reads, without building a string per n-gram; training asks for the names as well, from
// the same walk, so the two can never disagree.
import type { ClaimReading } from '../claims';
import type { Quantity } from '../quantities';
import type { Lang } from '../types';
import type { Slot } from './slots';

const TOKEN = /[a-z]+(?:['’][a-z]+)?|\d+(?:[.,]\d+)*|[%$€£¥#+×]|[\u3400-\u9fff\uf900-\ufaff]+/g;
const QUESTION_END = /[?？]\s*["'”’」』)]*\s*$/;
const EXCLAIM = /[!！]/;
const QUOTE_START = /^["“「『]/;
const SENTENCE_END = /[.!?。！？…]\s*$/;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** Hashes are kept to 30 bits: small integers, which Maps and Sets hold without boxing. */
const SMI = 0x3fffffff;

/** FNV-1a over the UTF-16 code units of a feature's name. */
export function featureHash(name: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), FNV_PRIME);
  return h & SMI;
}

const feed = (h: number, c: number): number => Math.imul(h ^ c, FNV_PRIME);
const feedString = (h: number, s: string): number => {
  let x = h;
  for (let i = 0; i < s.length; i++) x = feed(x, s.charCodeAt(i));
  return x;
};
const W = feedString(FNV_OFFSET, 'w:');
const B = feedString(FNV_OFFSET, 'b:');
const C = feedString(FNV_OFFSET, 'c:');
const C_START = feedString(C, '^');
const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const SPACE = 0x20;
const CARET = 0x5e;
const DOLLAR = 0x24;
const ZERO = 0x30;

function lengthBucket(n: number): string {
  return n < 20 ? 'xs' : n < 50 ? 's' : n < 100 ? 'm' : n < 200 ? 'l' : 'xl';
}

export interface FeatureInput {
  text: string;
  lang: Lang;
  slots: Slot[];
  reading: ClaimReading;
  quantities: Quantity[];
}

/** Called once per distinct feature: its hash, whether it is an n-gram, and its name when names were asked for. */
export type FeatureSink = (hash: number, ngram: boolean, name: string | undefined) => void;

const seen = new Set<number>();

/** Feed a word token's characters as its feature spells it: a number is "0", a curly apostrophe a straight one. */
function feedWord(h: number, lower: string, start: number, end: number): number {
  const c0 = lower.charCodeAt(start);
  if (c0 >= 48 && c0 <= 57) return feed(h, ZERO);
  let x = h;
  for (let i = start; i < end; i++) {
    const c = lower.charCodeAt(i);
    x = feed(x, c === RIGHT_QUOTE ? APOSTROPHE : c);
  }
  return x;
}

function wordName(lower: string, start: number, end: number): string {
  const c0 = lower.charCodeAt(start);
  return c0 >= 48 && c0 <= 57 ? '0' : lower.slice(start, end).replace('’', "'");
}

/** Every distinct feature of the sentence, in a fixed order. */
export function walkFeatures(input: FeatureInput, sink: FeatureSink, names = false): void {
  const { text, lang, slots, reading, quantities } = input;
  seen.clear();
  const fresh = (h: number): boolean => {
    const u = h & SMI;
    if (seen.has(u)) return false;
    seen.add(u);
    return true;
  };
  const str = (name: string) => {
    const h = featureHash(name);
    if (fresh(h)) sink(h, false, name);
  };
  str(`lang:${lang}`);
  str(`len:${lengthBucket(text.length)}`);
  const lower = text.toLowerCase();
  // The previous word, by its offsets in `lower`; -1 for the start of the sentence or after Han text.
  let prevStart = -1;
  let prevEnd = -1;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(lower); m; m = TOKEN.exec(lower)) {
    const start = m.index;
    const end = start + m[0].length;
    const c0 = lower.charCodeAt(start);
    if ((c0 >= 0x3400 && c0 <= 0x9fff) || (c0 >= 0xf900 && c0 <= 0xfaff)) {
      for (let i = start; i < end; i++) {
        const a = lower.charCodeAt(i);
        const ha = feed(C, a);
        if (fresh(ha)) sink(ha & SMI, true, names ? `c:${lower[i]}` : undefined);
        if (i + 1 < end) {
          const ab = feed(feed(C, a), lower.charCodeAt(i + 1));
          if (fresh(ab)) sink(ab & SMI, true, names ? `c:${lower.slice(i, i + 2)}` : undefined);
          if (i + 2 < end) {
            const abc = feed(ab, lower.charCodeAt(i + 2));
            if (fresh(abc)) sink(abc & SMI, true, names ? `c:${lower.slice(i, i + 3)}` : undefined);
          }
        }
      }
      const hs = feed(C_START, c0);
      if (fresh(hs)) sink(hs & SMI, true, names ? `c:^${lower[start]}` : undefined);
      prevStart = -1;
      prevEnd = -1;
      continue;
    }
    const hw = feedWord(W, lower, start, end);
    if (fresh(hw)) sink(hw & SMI, true, names ? `w:${wordName(lower, start, end)}` : undefined);
    const before = prevStart < 0 ? feed(B, CARET) : feedWord(B, lower, prevStart, prevEnd);
    const hb = feedWord(feed(before, SPACE), lower, start, end);
    if (fresh(hb)) sink(hb & SMI, true, names ? `b:${prevStart < 0 ? '^' : wordName(lower, prevStart, prevEnd)} ${wordName(lower, start, end)}` : undefined);
    prevStart = start;
    prevEnd = end;
  }
  {
    const ps = prevStart;
    const pe = prevEnd;
    const before = ps < 0 ? feed(B, CARET) : feedWord(B, lower, ps, pe);
    const he = feed(feed(before, SPACE), DOLLAR);
    if (fresh(he)) sink(he & SMI, true, names ? `b:${ps < 0 ? '^' : wordName(lower, ps, pe)} $` : undefined);
  }
  let kinded = false;
  let excluded = false;
  for (const s of slots) {
    str(`slot:${s.id}${s.kind ? `.${s.kind}` : ''}`);
    if (s.kind) kinded = true;
    else excluded = true;
  }
  if (kinded && excluded) str('slot:mixed');
  for (const c of reading.cues) str(`cue:${c.id}`);
  for (const k of reading.kinds) str(`kind:${k.kind}`);
  for (const k of reading.numeric) str(`num:${k}`);
  if (reading.kinds.length === 0) str('kind:none');
  if (reading.testimonial) str('shape:testimonial');
  if (reading.figure) str(`figure:${reading.figure.kind}`);
  for (const q of quantities) str(`q:${q.unit}${q.bound ? `.${q.bound}` : ''}`);
  if (QUESTION_END.test(text)) str('shape:question');
  if (EXCLAIM.test(text)) str('shape:exclaim');
  const trimmed = text.trim();
  if (QUOTE_START.test(trimmed)) str('shape:quote');
  if (!SENTENCE_END.test(trimmed)) str('shape:fragment');
}

/** The sentence's features by name, for training and for reading what the gate saw. */
export function features(input: FeatureInput): string[] {
  const out: string[] = [];
  walkFeatures(input, (_h, _n, name) => out.push(name as string), true);
  return out;
}
