// The features the gate weighs for one sentence: word unigrams and bigrams (Latin script,
// lower-cased, digits folded to "0"), Han character unigrams, bigrams and trigrams, the
// claim grammar's slots, the lexicon's cues and kinds, the figures the quantity reader
// found, and a few shape features (question, length, quotation). Pure and deterministic:
// the same text always gives the same features in the same order.
import type { ClaimReading } from '../claims';
import type { Quantity } from '../quantities';
import type { Lang } from '../types';
import type { Slot } from './slots';

const TOKEN = /[a-z]+(?:['’][a-z]+)?|\d+(?:[.,]\d+)*|[%$€£¥#+×]|[\u3400-\u9fff\uf900-\ufaff]+/g;
const HAN_RUN = /^[\u3400-\u9fff\uf900-\ufaff]/;

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

/** The sentence's features as strings; repeats are kept once. */
export function features({ text, lang, slots, reading, quantities }: FeatureInput): string[] {
  const out = new Set<string>();
  out.add(`lang:${lang}`);
  out.add(`len:${lengthBucket(text.length)}`);
  const lower = text.toLowerCase();
  let prev = '^';
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(lower); m; m = TOKEN.exec(lower)) {
    const tok = m[0];
    if (HAN_RUN.test(tok)) {
      for (let i = 0; i < tok.length; i++) {
        out.add(`c:${tok[i]}`);
        if (i + 1 < tok.length) out.add(`c:${tok.slice(i, i + 2)}`);
        if (i + 2 < tok.length) out.add(`c:${tok.slice(i, i + 3)}`);
      }
      out.add(`c:^${tok[0]}`);
      prev = '^';
      continue;
    }
    const w = /^\d/.test(tok) ? '0' : tok.replace('’', "'");
    out.add(`w:${w}`);
    out.add(`b:${prev} ${w}`);
    prev = w;
  }
  out.add(`b:${prev} $`);
  for (const s of slots) out.add(`slot:${s.id}${s.kind ? `.${s.kind}` : ''}`);
  if (slots.some((s) => s.kind) && slots.some((s) => !s.kind)) out.add('slot:mixed');
  for (const c of reading.cues) out.add(`cue:${c.id}`);
  for (const k of reading.kinds) out.add(`kind:${k.kind}`);
  for (const k of reading.numeric) out.add(`num:${k}`);
  if (reading.kinds.length === 0) out.add('kind:none');
  if (reading.testimonial) out.add('shape:testimonial');
  if (reading.figure) out.add(`figure:${reading.figure.kind}`);
  for (const q of quantities) out.add(`q:${q.unit}${q.bound ? `.${q.bound}` : ''}`);
  if (/[?？]\s*["'”’」』)]*\s*$/.test(text)) out.add('shape:question');
  if (/[!！]/.test(text)) out.add('shape:exclaim');
  if (/^["“「『]/.test(text.trim())) out.add('shape:quote');
  if (!/[.!?。！？…]\s*$/.test(text.trim())) out.add('shape:fragment');
  return [...out];
}
