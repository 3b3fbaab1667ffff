// Sentences and language. Intl.Segmenter finds sentence ends in English, Chinese and text
// that mixes them ("一键生成PPT，效率提升10x！"); line breaks and the separators page copy
// uses instead of full stops (" · ", " | ") also end a sentence; abbreviations ("vs.", "Dr.",
// "e.g.") do not. Offsets always point into the text that was cut.
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

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * Chinese when Han characters are at least as many as Latin words:
 * "一键生成PPT，效率提升10x" is Chinese, "Built for 中国 teams" is English.
 */
export function detectLang(text: string): Lang {
  if (!HAN.test(text)) return 'en';
  let han = 0;
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) han++;
    const letter: boolean = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || ((c === 39 || c === 0x2019) && inWord);
    if (letter && !inWord) words++;
    inWord = letter;
  }
  return han >= words ? 'zh' : 'en';
}

let segmenter: Intl.Segmenter | null | undefined;
function sentenceSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    // One segmenter serves both languages: ICU's sentence rules are the same for en and zh.
    segmenter = typeof Intl !== 'undefined' && typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('en', { granularity: 'sentence' }) : null;
  }
  return segmenter;
}

/** Where a sentence ends when Intl.Segmenter is not there: after . ! ? 。！？ and what closes them. */
const FALLBACK_END = /[.!?。！？]+["'”’」』)）]*\s*|[。！？]/g;

/**
 * Intl.Segmenter takes time that grows faster than the text (V8 re-reads the text for each
 * sentence), so long runs are handed over in chunks of about CHUNK characters, cut where a
 * sentence plainly ends (a stop and a space, or a Chinese stop), or else at a space.
 */
const CHUNK = 1000;
const STOPS = new Set([...'.!?。！？']);

function chunkEnd(line: string, from: number): number {
  const limit = from + CHUNK;
  if (limit >= line.length) return line.length;
  let space = -1;
  for (let i = limit; i > from + CHUNK / 2; i--) {
    const c = line[i - 1] as string;
    if ('。！？'.includes(c)) return i;
    if (STOPS.has(c) && (line[i] === ' ' || line[i] === '\u00a0')) return i + 1;
    if (space < 0 && (c === ' ' || c === '\u00a0')) space = i;
  }
  return space > 0 ? space : limit;
}

/** Characters that never end a sentence for Intl.Segmenter (checked against it by a unit test): most of what copy is made of. */
function neverEnds(c: number): boolean {
  if (c < 0x7f) return c >= 0x20 ? c !== 0x2e && c !== 0x21 && c !== 0x3f : c === 0x09;
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0xa0 && c <= 0x24f) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x2010 && c <= 0x2023) ||
    c === 0x3001 ||
    (c >= 0x3008 && c <= 0x3011) ||
    c === 0xff0c ||
    c === 0xff08 ||
    c === 0xff09 ||
    c === 0xff1a ||
    c === 0xff1b
  );
}

const STOP_CODES = new Set([0x2e, 0x21, 0x3f, 0x3002, 0xff01, 0xff1f]);
const CLOSE_CODES = new Set([0x22, 0x27, 0x201d, 0x2019, 0x300d, 0x300f, 0x29, 0xff09]);

/**
 * Whether Intl.Segmenter would leave a line whole: nothing in it can end a sentence but a run
 * of stops at its end (with closing quotes and spaces after them). Most lines of page copy are
 * such, and need no segmenter at all.
 */
export function oneSentence(line: string): boolean {
  const n = line.length;
  let i = 0;
  while (i < n && neverEnds(line.charCodeAt(i))) i++;
  if (i === n) return true;
  if (!STOP_CODES.has(line.charCodeAt(i))) return false;
  while (i < n && (STOP_CODES.has(line.charCodeAt(i)) || CLOSE_CODES.has(line.charCodeAt(i)))) i++;
  while (i < n && (line.charCodeAt(i) === 0x20 || line.charCodeAt(i) === 0xa0 || line.charCodeAt(i) === 0x09)) i++;
  return i === n;
}

function* rawSentences(line: string): Generator<[number, number]> {
  const seg = sentenceSegmenter();
  if (seg && line.length <= CHUNK && oneSentence(line)) {
    yield [0, line.length];
    return;
  }
  if (seg) {
    for (let from = 0; from < line.length; ) {
      const to = chunkEnd(line, from);
      const chunk = from === 0 && to === line.length ? line : line.slice(from, to);
      for (const s of seg.segment(chunk)) yield [from + s.index, from + s.index + s.segment.length];
      from = to;
    }
    return;
  }
  let from = 0;
  FALLBACK_END.lastIndex = 0;
  for (let m = FALLBACK_END.exec(line); m; m = FALLBACK_END.exec(line)) {
    const end = m.index + m[0].length;
    if (end > from) yield [from, end];
    from = end;
    if (m[0].length === 0) FALLBACK_END.lastIndex++;
  }
  if (from < line.length) yield [from, line.length];
}

/** Abbreviations after which a full stop does not end the sentence. */
const ALWAYS_JOIN = /(?:^|[\s(])(?:Mr|Mrs|Ms|Mx|Dr|Prof|St|vs|e\.g|i\.e|cf|Fig|Figs|No|Nos|approx|ca|viz)\.\s*$/i;
/** Abbreviations that may also end a sentence: joined only when what follows reads as its continuation. */
const MAYBE_JOIN = /(?:^|[\s(])(?:etc|al|Inc|Ltd|Co|Corp|Sr|Jr|U\.S|U\.K|[A-Z])\.\s*$/;
const NEXT_CONTINUES = /^\s*[a-z0-9(,;]/;
/** A footnote marker right after a full stop belongs to the sentence before it ("by 60%.¹", "by 60%.[1]"). */
const MARKER_HEAD = /^(?:[*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰]+|\[\d{1,3}\]|\d{1,3}\])/;
const ENDS_SPACE = /\s$/;
const INITIAL = /^\s*[A-Z]\.\s*$/;
/** How much of the sentence before a cut the abbreviation checks look at. */
const TAIL = 16;
/** Separators that stand in for a full stop in headings, titles and badges: " · ", " | ", "｜". */
const SEPARATOR_SIGN = /[·•|｜]/g;
const CLAUSE_BREAK = /[，,；;：:、\s]/;
const SPACE = /\s/;

/** Cut an over-long run at clause breaks so each piece stays under MAX_SENTENCE. */
function* pieces(from: number, to: number, text: string): Generator<[number, number]> {
  let start = from;
  while (to - start > MAX_SENTENCE) {
    let cut = start + MAX_SENTENCE;
    for (let i = cut; i > start + MAX_SENTENCE / 2; i--) {
      if (CLAUSE_BREAK.test(text[i] ?? '')) {
        cut = i + 1;
        break;
      }
    }
    yield [start, cut];
    start = cut;
  }
  yield [start, to];
}

/**
 * Split a block into sentences, keeping offsets into the block. Each sentence carries its
 * own language, so a Chinese page with an English tagline gets both right.
 */
export function segment(text: string, _lang?: Lang): Sentence[] {
  const out: Sentence[] = [];
  // 1. Lines and separators give the runs that Intl.Segmenter then cuts into sentences.
  const runs: Array<[number, number]> = [];
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      let from = lineStart;
      const line = text.slice(lineStart, i);
      SEPARATOR_SIGN.lastIndex = 0;
      for (let m = SEPARATOR_SIGN.exec(line); m; m = SEPARATOR_SIGN.exec(line)) {
        const at = m.index;
        // "·", "•" and "|" separate only with a space on both sides; "｜" always does.
        if (m[0] !== '｜' && !(SPACE.test(line[at - 1] ?? '') && SPACE.test(line[at + 1] ?? ''))) continue;
        let a = at;
        while (a > 0 && SPACE.test(line[a - 1] as string)) a--;
        let b = at + 1;
        while (b < line.length && SPACE.test(line[b] as string)) b++;
        if (lineStart + a >= from) runs.push([from, lineStart + a]);
        from = lineStart + b;
        SEPARATOR_SIGN.lastIndex = b;
      }
      runs.push([from, i]);
      lineStart = i + 1;
    }
  }
  for (const [runStart, runEnd] of runs) {
    if (runEnd <= runStart) continue;
    const run = text.slice(runStart, runEnd);
    // 2. Sentences, with abbreviations joined back to what follows them.
    const cuts: Array<[number, number]> = [];
    // Whether the last cut is nothing but initials ("J. K."), so far.
    let initials = false;
    for (let [a, b] of rawSentences(run)) {
      const last = cuts[cuts.length - 1];
      // Only the end of the sentence before matters: look at its last few characters.
      let before = last ? run.slice(Math.max(last[0], last[1] - TAIL), last[1]) : '';
      if (last && !ENDS_SPACE.test(before)) {
        const m = MARKER_HEAD.exec(run.slice(a, Math.min(b, a + 8)));
        if (m && (m[0][0] === '[' || m[0].endsWith(']') === before.endsWith('['))) {
          last[1] = a += m[0].length;
          before = run.slice(Math.max(last[0], last[1] - TAIL), last[1]);
          if (a >= b) continue;
        }
      }
      const piece = b - a <= TAIL ? run.slice(a, b) : '';
      const isInitial = INITIAL.test(piece);
      if (last && (initials || ALWAYS_JOIN.test(before) || (MAYBE_JOIN.test(before) && NEXT_CONTINUES.test(run.slice(a, Math.min(b, a + 4)))))) {
        last[1] = b;
        initials = initials && isInitial;
      } else {
        cuts.push([a, b]);
        initials = isInitial;
      }
    }
    // 3. Over-long sentences cut at clause breaks, then trimmed.
    for (const [a, b] of cuts) {
      for (const [p, q] of pieces(runStart + a, runStart + b, text)) {
        let from = p;
        let to = q;
        while (from < to && SPACE.test(text[from] ?? '')) from++;
        while (to > from && SPACE.test(text[to - 1] ?? '')) to--;
        if (to > from) {
          const t = text.slice(from, to);
          out.push({ text: t, start: from, end: to, lang: detectLang(t) });
        }
      }
    }
  }
  return out;
}
