import type { Lang } from './types';

export interface Sentence {
  text: string;
  /** Offsets in the text it was cut from. */
  start: number;
  end: number;
  lang: Lang;
}

/** Sentences longer than this are cut at the nearest clause break: a claim is never this long, a wall of text often is. */
export const MAX_SENTENCE = 400;

const HAN = /\p{Script=Han}/u;
const HAN_G = /\p{Script=Han}/gu;
const LATIN_WORD_G = /[A-Za-z]+(?:['’][A-Za-z]+)*/g;

/**
 * Chinese when Han characters are at least as many as Latin words:
 * "一键生成PPT，效率提升10x" is Chinese, "Built for 中国 teams" is English.
 */
export function detectLang(text: string): Lang {
  if (!HAN.test(text)) return 'en';
  const han = text.match(HAN_G)?.length ?? 0;
  const words = text.match(LATIN_WORD_G)?.length ?? 0;
  return han >= words ? 'zh' : 'en';
}

const segmenters = new Map<string, Intl.Segmenter>();
function sentenceSegmenter(lang: Lang): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang, { granularity: 'sentence' });
    segmenters.set(lang, s);
  }
  return s;
}

const CLAUSE_BREAK = /[，,；;：:、\s]/u;

/** Cut an over-long run at clause breaks so each piece stays under MAX_SENTENCE. */
function* pieces(text: string, start: number): Generator<[number, number]> {
  let from = 0;
  while (text.length - from > MAX_SENTENCE) {
    let cut = from + MAX_SENTENCE;
    for (let i = cut; i > from + MAX_SENTENCE / 2; i--) {
      if (CLAUSE_BREAK.test(text[i] ?? '')) {
        cut = i + 1;
        break;
      }
    }
    yield [start + from, start + cut];
    from = cut;
  }
  yield [start + from, start + text.length];
}

/**
 * Split a block into sentences with Intl.Segmenter, keeping offsets into the block.
 * Line breaks also end a sentence: page copy often has none of its own punctuation.
 */
export function segment(text: string, lang: Lang = detectLang(text)): Sentence[] {
  const out: Sentence[] = [];
  const seg = sentenceSegmenter(lang);
  let lineStart = 0;
  for (const line of text.split('\n')) {
    for (const s of seg.segment(line)) {
      for (const [a, b] of pieces(s.segment, lineStart + s.index)) {
        let from = a;
        let to = b;
        while (from < to && /\s/u.test(text[from] ?? '')) from++;
        while (to > from && /\s/u.test(text[to - 1] ?? '')) to--;
        if (to > from) {
          const t = text.slice(from, to);
          out.push({ text: t, start: from, end: to, lang: detectLang(t) });
        }
      }
    }
    lineStart += line.length + 1;
  }
  return out;
}
