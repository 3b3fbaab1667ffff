// A matcher for many regular-expression fragments at once, fast enough to run on every
// sentence of every page. One big alternation costs time in proportion to the number of
// fragments at every position of the text; instead, each fragment is indexed by the first
// two characters it can start with (worked out from its source when the set is built), and
// at each position only the fragments that can start there are tried, anchored (sticky).
// The result is what the alternation would give: leftmost matches, the earlier fragment
// winning a tie, no overlaps.

interface Item {
  atom: Atom;
  min: number;
  max: number;
}
type Atom =
  | { t: 'chars'; chars: string[] | null; nonWord?: true }
  | { t: 'group'; alts: Item[][] }
  | { t: 'zero'; boundary?: true }
  | { t: 'ahead'; alts: Item[][] };

const DIGITS = '0123456789'.split('');
const MAX_CHARS = 40;

/** A tiny parser for the regular-expression syntax the lexicons use. */
function parse(src: string): Item[][] {
  let i = 0;
  function alternation(): Item[][] {
    const alts: Item[][] = [sequence()];
    while (src[i] === '|') {
      i++;
      alts.push(sequence());
    }
    return alts;
  }
  function sequence(): Item[] {
    const items: Item[] = [];
    while (i < src.length && src[i] !== '|' && src[i] !== ')') {
      const atom = atomAt();
      let min = 1;
      let max = 1;
      const q = src[i];
      if (q === '?') {
        min = 0;
        i++;
      } else if (q === '*') {
        min = 0;
        max = Number.POSITIVE_INFINITY;
        i++;
      } else if (q === '+') {
        max = Number.POSITIVE_INFINITY;
        i++;
      } else if (q === '{') {
        const m = /^\{(\d*)(,?)(\d*)\}/.exec(src.slice(i));
        if (m) {
          min = m[1] ? Number(m[1]) : 0;
          max = m[2] ? (m[3] ? Number(m[3]) : Number.POSITIVE_INFINITY) : min;
          i += m[0].length;
        }
      }
      if (src[i] === '?' && q !== undefined && '?*+}'.includes(src[i - 1] ?? '')) i++; // lazy quantifier
      items.push({ atom, min, max });
    }
    return items;
  }
  function atomAt(): Atom {
    const c = src[i++] ?? '';
    if (c === '(') {
      let zero = false;
      let ahead = false;
      if (src[i] === '?') {
        const kind = src.slice(i, i + 3);
        if (kind.startsWith('?:')) i += 2;
        else if (kind === '?<=' || kind === '?<!') {
          i += 3;
          zero = true;
        } else if (kind.startsWith('?=')) {
          i += 2;
          ahead = true;
        } else if (kind.startsWith('?!')) {
          i += 2;
          zero = true;
        } else if (kind.startsWith('?<')) {
          i = src.indexOf('>', i) + 1; // named group
        }
      }
      const alts = alternation();
      i++; // ')'
      // What a positive lookahead asks for must be in the text too: its words can gate the fragment.
      return zero ? { t: 'zero' } : ahead ? { t: 'ahead', alts } : { t: 'group', alts };
    }
    if (c === '[') {
      let negated = false;
      if (src[i] === '^') {
        negated = true;
        i++;
      }
      const chars: string[] = [];
      let unknown = false;
      let first = true;
      while (i < src.length && (src[i] !== ']' || first)) {
        first = false;
        let a = src[i++] ?? '';
        if (a === '\\') {
          const e = src[i++] ?? '';
          if (e === 'd') chars.push(...DIGITS);
          else if ('wWsSDpP'.includes(e)) unknown = true;
          else if (e === 'u') {
            a = String.fromCharCode(Number.parseInt(src.slice(i, i + 4), 16));
            i += 4;
          } else a = e;
          if ('dwWsSDpP'.includes(e)) continue;
        }
        if (src[i] === '-' && src[i + 1] !== ']' && i + 1 < src.length) {
          i++;
          let b = src[i++] ?? '';
          if (b === '\\' && src[i] === 'u') {
            b = String.fromCharCode(Number.parseInt(src.slice(i + 1, i + 5), 16));
            i += 5;
          } else if (b === '\\') b = src[i++] ?? '';
          const from = a.charCodeAt(0);
          const to = b.charCodeAt(0);
          if (to - from > MAX_CHARS) unknown = true;
          else for (let k = from; k <= to; k++) chars.push(String.fromCharCode(k));
        } else chars.push(a);
      }
      i++; // ']'
      if (negated || unknown) return { t: 'chars', chars: null };
      // [Aa] is one letter to the index, which looks at lower-cased text.
      const folded = [...new Set(chars.map((ch) => ch.toLowerCase()))];
      return { t: 'chars', chars: folded, ...(folded.every((ch) => !isWordChar(ch.charCodeAt(0))) ? { nonWord: true as const } : {}) };
    }
    if (c === '\\') {
      const e = src[i++] ?? '';
      if (e === 'b') return { t: 'zero', boundary: true };
      if (e === 'B') return { t: 'zero' };
      if (e === 'd') return { t: 'chars', chars: DIGITS };
      if (e === 's' || e === 'W') return { t: 'chars', chars: null, nonWord: true };
      if ('wSD'.includes(e)) return { t: 'chars', chars: null };
      if (e === 'p' || e === 'P') {
        i = src.indexOf('}', i) + 1;
        return { t: 'chars', chars: null };
      }
      if (e === 'u') {
        const ch = String.fromCharCode(Number.parseInt(src.slice(i, i + 4), 16));
        i += 4;
        return { t: 'chars', chars: [ch] };
      }
      return { t: 'chars', chars: [e] };
    }
    if (c === '^') return { t: 'zero', boundary: true };
    if (c === '$') return { t: 'zero' };
    if (c === '.') return { t: 'chars', chars: null };
    return { t: 'chars', chars: [c] };
  }
  return alternation();
}

/**
 * Literal strings of which every match contains at least one (["replac"], ["harness", "leverage", …]),
 * or null when there is no such set worth checking (then the fragment is always tried).
 */
function anchors(alts: Item[][], safe: boolean): string[] | null {
  let out: string[] | null = null;
  for (const alt of alts) {
    const a = seqAnchors(alt, safe);
    if (!a) return null;
    out = out ? out.concat(a) : a;
  }
  return out;
}

let GRAM = 3;
/** English scanners look for anchors only where a word starts: an anchor from the middle of a word would never be seen. */
let WORD_STARTS = true;
/** Words so common that an anchor made of one gates almost nothing. */
const COMMON = new Set(['the', 'your', 'you', 'our', 'with', 'for', 'and', 'from', 'that', 'this', 'are', 'all', 'more', 'not', 'can', 'will', 'get']);

function score(set: string[]): number {
  let min = Number.POSITIVE_INFINITY;
  let common = false;
  for (const x of set) {
    const t = x.trim();
    min = Math.min(min, t.length);
    if (COMMON.has(t)) common = true;
  }
  if (min < GRAM) return -1;
  // Beyond a few characters a longer anchor gates no better, and a smaller set is cheaper to check.
  // An anchor set with a common word is chosen only when nothing else gates the fragment.
  return (common ? 500 : Math.min(min, GRAM + 3) * 1000) - set.length;
}

function isWordString(ch: string): boolean {
  return isWordChar(ch.charCodeAt(0));
}

/** True when every match of the item ends with a character that is not a letter or digit. */
function endsNonWord(it: Item): boolean {
  const a = it.atom;
  if (a.t === 'chars') return !!a.nonWord || (!!a.chars && a.chars.every((ch) => !isWordString(ch)));
  if (a.t === 'group') {
    return a.alts.every((alt) => {
      const last = alt[alt.length - 1];
      return !!last && last.min >= 1 && endsNonWord(last);
    });
  }
  return false;
}

/**
 * The best anchor set of a sequence. `safe` says whether the sequence starts where a word
 * starts; a literal run counts only when it starts at such a place (or anywhere, for Chinese).
 */
/** The strings a group can match when each of its alternatives is plain letters ("(?:个|款|家)"), else null. */
function literalAlts(alts: Item[][]): string[] | null {
  const out: string[] = [];
  for (const alt of alts) {
    let lit = '';
    for (const it of alt) {
      const a = it.atom;
      if (a.t !== 'chars' || a.chars?.length !== 1 || it.min !== 1 || it.max !== 1) return null;
      lit += a.chars[0];
    }
    out.push(lit);
  }
  return out;
}

/** The strings none of whose proper prefixes is also in the list. */
function prefixFree(list: string[]): string[] {
  const sorted = [...new Set(list)].sort();
  const out: string[] = [];
  for (const x of sorted) if (!out.length || !x.startsWith(out[out.length - 1] as string)) out.push(x);
  return out;
}

/** Past this many strings a literal product is not worth indexing. */
const MAX_PRODUCT = 64;

/**
 * The best anchor set of a sequence. `safe` says whether the sequence starts where a word
 * starts; a literal run counts only when it starts at such a place (or anywhere, for Chinese).
 * Runs of letters and groups of plain alternatives multiply out: "首(?:个|款|家)" is anchored
 * by "首个", "首款" and "首家" rather than by "首" alone.
 */
function seqAnchors(items: Item[], safe: boolean): string[] | null {
  let best: string[] | null = null;
  let lits: string[] = [];
  let litsSafe = false;
  const consider = (set: string[] | null) => {
    if (set && (!best || score(set) > score(best))) best = set;
  };
  const considerLits = () => {
    if (!lits.length) return;
    if (litsSafe || !WORD_STARTS) return consider(lits);
    // From the middle of a word: only what follows its first space or sign is seen.
    const tails: string[] = [];
    for (const lit of lits) {
      let k = 0;
      while (k < lit.length && isWordString(lit[k] as string)) k++;
      if (k >= lit.length) return;
      tails.push(lit.slice(k + 1));
    }
    consider(tails);
  };
  const flush = () => {
    considerLits();
    lits = [];
  };
  const extend = (parts: string[]) => {
    if (!lits.length) {
      lits = parts;
      litsSafe = safe || parts.every((x) => x !== '' && !isWordString(x[0] as string));
      return;
    }
    // The shorter prefix may be the better anchor: weigh it before multiplying.
    if (parts.length > 1) considerLits();
    const next: string[] = [];
    for (const x of lits) for (const y of parts) next.push(x + y);
    lits = next;
  };
  for (const it of items) {
    const a = it.atom;
    if (a.t === 'zero') {
      if (a.boundary) safe = true;
      continue;
    }
    if (a.t === 'ahead') {
      flush();
      consider(anchors(a.alts, safe));
      continue;
    }
    if (it.min >= 1 && a.t === 'chars' && a.chars?.length === 1) {
      const ch = a.chars[0] as string;
      extend([ch]);
      if (it.max !== 1) {
        flush();
        lits = [ch];
        litsSafe = !isWordString(ch);
      }
      safe = !isWordString(ch);
      continue;
    }
    const literal = a.t === 'group' && it.max === 1 ? literalAlts(a.alts) : null;
    if (literal && lits.length && lits.length * (literal.length + (it.min === 0 ? 1 : 0)) <= MAX_PRODUCT) {
      extend(it.min === 0 ? [...literal, ''] : literal);
      safe = it.min === 0 ? safe && endsNonWord(it) : endsNonWord(it);
      continue;
    }
    flush();
    if (literal && it.min >= 1 && !literal.includes('')) {
      // A group of plain alternatives starts a new product.
      lits = literal;
      litsSafe = safe || literal.every((x) => !isWordString(x[0] as string));
    } else if (it.min >= 1 && a.t === 'group') consider(anchors(a.alts, safe));
    // After an optional item the position is a word start only if it is one either way.
    safe = it.min === 0 ? safe && endsNonWord(it) : endsNonWord(it);
  }
  flush();
  const chosen = best as string[] | null;
  return chosen && score(chosen) > 0 ? chosen : null;
}

export interface Found<T> {
  id: T;
  span: [number, number];
}

export interface MatcherOptions {
  /** Case-insensitive. */
  ignoreCase: boolean;
  /** Match only between word boundaries: (?<![A-Za-z0-9]) … (?![A-Za-z]). */
  bounded: boolean;
}

export interface Matcher<T> {
  /** Non-overlapping matches, leftmost first; at one position the earlier fragment wins. */
  all(text: string): Array<Found<T>>;
}

interface Fragment {
  re: RegExp;
  /** Index of the fragment's table in its scanner. */
  table: number;
  /** Position of the fragment in its table: the earlier wins a tie. */
  order: number;
  id: unknown;
}

/**
 * A scanner holds several tables of fragments (say, claim cues and evidence) for one kind of
 * text, and reads each text once to find which fragments can match it: one pass over the text
 * looks up its character n-grams in an index of the fragments' anchors. The tables then only
 * run the fragments whose anchors the text holds. The pass is remembered for the last text, so
 * the tables of one scanner share it.
 */
export class Scanner {
  private readonly fragments: Fragment[] = [];
  /** Fragments by the first characters of their anchors: parallel lists of fragment and anchor. */
  private readonly gate = new Map<number, GateList>();
  private readonly always: number[] = [];
  /** For fragments with only short anchors ("#1", "™"): one of these must be in the text. */
  private readonly needs = new Map<number, string[]>();
  /** The short anchors of `needs`, by their first character, looked for in the same pass as the gate. */
  private readonly needGate = new Map<number, GateList>();
  /** Short anchors of two characters or more, by their first two. */
  private readonly needGate2 = new Map<number, GateList>();
  /** Anchors of LONG characters or more, by their first LONG: a more specific list to check. */
  private readonly gateLong = new Map<number, GateList>();
  private lastText: string | null = null;
  private lastOpen: number[] = [];
  private open = new Uint8Array(0);
  /**
   * Which lists an anchor starting with two given characters can be in, by a hash of the two:
   * 1 the two-character list, 2 the gram list, 4 the long list. Most places in a text start no
   * anchor at all, and one look here tells so before any list is looked up.
   */
  private readonly starts = new Uint8Array(1 << 16);

  /**
   * @param wordStarts English: anchors are looked for where a word or sign starts, in 3-character
   *   pieces. Chinese (false): at every character, in 2-character pieces.
   */
  constructor(private readonly wordStarts: boolean) {}

  private get gram(): number {
    return this.wordStarts ? 3 : 2;
  }

  add<T>(table: Array<[T, readonly string[]]>, options: MatcherOptions): Matcher<T> {
    const flags = `g${options.ignoreCase ? 'i' : ''}`;
    const tableIndex = this.fragments.length === 0 ? 0 : (this.fragments[this.fragments.length - 1] as Fragment).table + 1;
    const mine: number[] = [];
    let order = 0;
    GRAM = this.gram;
    WORD_STARTS = this.wordStarts;
    for (const [id, parts] of table) {
      for (const fragment of parts) {
        const source = options.bounded ? `(?<![A-Za-z0-9])(?:${fragment})(?![A-Za-z])` : fragment;
        const index = this.fragments.length;
        this.fragments.push({ re: new RegExp(source, flags), table: tableIndex, order: order++, id });
        mine.push(index);
        let set: string[] | null = null;
        try {
          set = anchors(parse(fragment), options.bounded);
        } catch {
          set = null;
        }
        // Anchors are looked for where a word or sign starts, so they are kept without their spaces.
        // Anchors a shorter anchor of the same fragment already covers add nothing.
        const trimmed = set && prefixFree(set.map((a) => a.trim().toLowerCase()));
        if (!trimmed || trimmed.some((a) => a.length < this.gram)) {
          const needs = shortAnchors(fragment, options.bounded, this.wordStarts);
          if (needs) {
            this.needs.set(index, needs);
            for (const n of needs) this.index(index, n);
          } else this.always.push(index);
          continue;
        }
        for (const anchor of trimmed) this.index(index, anchor);
      }
    }
    this.open = new Uint8Array(this.fragments.length);
    return { all: (text: string) => this.run(text, tableIndex) as Array<Found<T>> };
  }

  /**
   * Index an anchor of a fragment under its first characters: as many as it has, up to LONG, so
   * that the list looked at for a place in the text holds only anchors that can start there.
   */
  private index(fragment: number, anchor: string): void {
    if (anchor.length < 2) {
      addTo(this.needGate, anchor.charCodeAt(0), fragment, anchor);
      return;
    }
    let list = 1;
    if (anchor.length >= LONG) {
      addTo(this.gateLong, longKey(anchor, 0, this.gram), fragment, anchor);
      list = 4;
    } else if (anchor.length >= this.gram) {
      addTo(this.gate, keyAt(anchor, 0, this.gram), fragment, anchor);
      list = 2;
    } else addTo(this.needGate2, keyAt(anchor, 0, 2), fragment, anchor);
    const h = pairHash(anchor, 0);
    this.starts[h] = (this.starts[h] as number) | list;
  }

  /** Open the fragments of a list whose anchors start at p. */
  private check(list: GateList, low: string, p: number, open: Uint8Array, out: number[]): void {
    const { ids, anchors } = list;
    for (let k = 0; k < ids.length; k++) {
      const i = ids[k] as number;
      if (open[i] === 0 && low.startsWith(anchors[k] as string, p)) {
        open[i] = 1;
        out.push(i);
      }
    }
  }

  /** The fragments (of every table) whose anchors the text holds, worked out once per text. */
  private candidates(text: string): number[] {
    if (text === this.lastText) return this.lastOpen;
    const low = text.toLowerCase();
    const open = this.open;
    open.fill(0);
    const out: number[] = [];
    for (const i of this.always) out.push(i);
    if (low.length !== text.length) {
      for (let i = 0; i < this.fragments.length; i++) if (!this.always.includes(i)) out.push(i);
    } else {
      const gram = this.gram;
      const words = this.wordStarts;
      const { needGate, needGate2, gate, gateLong, starts } = this;
      const n = low.length;
      let inWord = false;
      for (let p = 0; p < n; p++) {
        const c = low.charCodeAt(p);
        const word = isWordChar(c);
        const skip = c === 32 || (words && word && inWord);
        inWord = word;
        if (skip) continue;
        if (needGate.size) {
          const one = needGate.get(c);
          if (one !== undefined) this.check(one, low, p, open, out);
        }
        if (p + 1 >= n) continue;
        const lists = starts[pairHash(low, p)] as number;
        if (lists === 0) continue;
        if (lists & 1) {
          const two = needGate2.get(keyAt(low, p, 2));
          if (two !== undefined) this.check(two, low, p, open, out);
        }
        if (p + gram > n) continue;
        if (lists & 2) {
          const list = gate.get(keyAt(low, p, gram));
          if (list !== undefined) this.check(list, low, p, open, out);
        }
        if (p + LONG > n || !(lists & 4)) continue;
        const long = gateLong.get(longKey(low, p, gram));
        if (long !== undefined) this.check(long, low, p, open, out);
      }
    }
    this.lastText = text;
    this.lastOpen = out;
    return out;
  }

  private run(text: string, table: number): Array<Found<unknown>> {
    const hits: Array<{ id: unknown; start: number; end: number; order: number }> = [];
    for (const i of this.candidates(text)) {
      const f = this.fragments[i] as Fragment;
      if (f.table !== table) continue;
      const re = f.re;
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        if (m[0].length > 0) hits.push({ id: f.id, start: m.index, end: m.index + m[0].length, order: f.order });
        // Look again after the match (a fragment's own matches never overlap).
        re.lastIndex = m.index + Math.max(1, m[0].length);
      }
    }
    if (hits.length > 1) hits.sort((a, b) => a.start - b.start || a.order - b.order);
    const out: Array<Found<unknown>> = [];
    let until = -1;
    for (const h of hits) {
      if (h.start < until) continue;
      out.push({ id: h.id, span: [h.start, h.end] });
      until = h.end;
    }
    return out;
  }
}

interface GateList {
  ids: number[];
  anchors: string[];
}

/** A 16-bit hash of the two characters at p. */
function pairHash(s: string, p: number): number {
  return (Math.imul(s.charCodeAt(p), 0x9e3779b1) ^ s.charCodeAt(p + 1)) & 0xffff;
}

function addTo(gate: Map<number, GateList>, key: number, index: number, anchor: string): void {
  let list = gate.get(key);
  if (!list) {
    list = { ids: [], anchors: [] };
    gate.set(key, list);
  }
  list.ids.push(index);
  list.anchors.push(anchor);
}

/** English text: anchors at word starts. */
export const LATIN_SCANNER = new Scanner(true);
/** Chinese text: anchors at every character. */
export const HAN_SCANNER = new Scanner(false);

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Anchors this long or longer are indexed by their first LONG characters. */
const LONG = 5;

/** A number for the first LONG characters at p: the n-gram key mixed with the characters after it (a collision only costs a check). */
function longKey(s: string, p: number, n: number): number {
  let key = keyAt(s, p, n);
  for (let k = n; k < LONG; k++) key = (Math.imul(key, 31) + (s.charCodeAt(p + k) & 0xffff)) & 0x3fffffff;
  return key;
}

/** A number for the n characters at p (n = 2 or 3), for map lookups without slicing strings. */
function keyAt(s: string, p: number, n: number): number {
  // Small integers keep the map fast; a collision only costs a startsWith check.
  if (n === 3) return ((s.charCodeAt(p) & 0x3ff) << 20) | ((s.charCodeAt(p + 1) & 0x3ff) << 10) | (s.charCodeAt(p + 2) & 0x3ff);
  return ((s.charCodeAt(p) & 0x7fff) << 16) | s.charCodeAt(p + 1);
}

/** Anchors of any length (lower case), for fragments too short to index ("#1", "★", "™"). */
function shortAnchors(fragment: string, safe: boolean, wordStarts: boolean): string[] | null {
  const saved = GRAM;
  const savedStarts = WORD_STARTS;
  GRAM = 1;
  WORD_STARTS = wordStarts;
  try {
    const set = anchors(parse(fragment), safe);
    const out = set?.map((a) => a.trim().toLowerCase());
    return out && !out.includes('') ? out : null;
  } catch {
    return null;
  } finally {
    GRAM = saved;
    WORD_STARTS = savedStarts;
  }
}
