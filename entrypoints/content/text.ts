// A block's text, assembled as the walk (walk.ts) meets its text nodes: white space folded as
// the page shows it, invisible characters dropped, a space between words that neighbouring boxes
// show apart, a line break between blocks, footnote references (<sup>1</sup>, <a href="#fn1">)
// kept out of the text and remembered, and the offsets of every text node it came from, so that
// marks can later be drawn over it.
import { MARKER_ONLY, markerKey } from './footnotes';
import { parentElementOf } from './safe-dom';

/** A stretch of a block's text that maps one to one onto a stretch of a text node. */
export interface Segment {
  node: Text;
  /** Offset in the text node. */
  offset: number;
  /** Offset in the block's text. */
  start: number;
  length: number;
}

/** A footnote reference written as <sup>1</sup> or <a href="#fn1">: kept out of the text, remembered here. */
export interface RefMarker {
  marker: string;
  key: string;
  at: number;
  /** The id the reference links to, for <a href="#fn1">. */
  target?: string;
  /** The element holding the reference, to resolve the target in its own tree. */
  from: Element;
}

/** A block's text while it is being read. */
export interface TextBuild {
  /** The block's element. */
  el: Element;
  segments: Segment[];
  refs: RefMarker[];
  parts: string[];
  len: number;
  spaced: boolean;
  needBreak: boolean;
  lastParent: Element | null;
}

/** What assembling a block's text needs from the walk: its length limit, and how the page displays an element. */
export interface TextContext {
  /** Characters kept per block. */
  max: number;
  display: (el: Element) => string;
}

const WS = 0;
const KEEP = 1;
const DROP = 2;

function charClass(c: number): number {
  if (c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 0xa0 || c === 0x3000 || c === 0x202f || c === 0x2007) return WS;
  if ((c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff || c === 0xad) return DROP;
  return KEEP;
}

const WORD_END = /[\p{L}\p{N}]$/u;
const WORD_START = /^[\p{L}\p{N}]/u;

/** Add words to a block: from a text node (its segments remembered), or the page's own words of no node (a button's value, ::before). */
export function appendText(rec: TextBuild, node: Text | null, data: string, parent: Element | null, tc: TextContext): void {
  if (rec.len >= tc.max) return;
  if (rec.needBreak && rec.len > 0) breakLine(rec);
  rec.needBreak = false;
  const n = Math.min(data.length, (tc.max - rec.len) * 2 + 64);
  // Words in neighbouring elements that the page shows apart ("Write faster" + "with AI" in two
  // block-styled spans with no space between them in the markup) get a space.
  if (node && parent && !rec.spaced && rec.lastParent && rec.lastParent !== parent && WORD_START.test(data)) {
    const last = rec.parts[rec.parts.length - 1] ?? '';
    if (WORD_END.test(last) && apart(rec.lastParent, parent, rec.el, tc.display)) push(rec, null, 0, ' ');
  }
  let run = -1;
  for (let i = 0; i < n; i++) {
    const k = charClass(data.charCodeAt(i));
    if (k === KEEP) {
      if (run < 0) run = i;
      continue;
    }
    if (run >= 0) {
      push(rec, node, run, data.slice(run, i));
      run = -1;
    }
    if (k === WS && !rec.spaced) {
      push(rec, node, i, ' ');
      rec.spaced = true;
    }
  }
  if (run >= 0) push(rec, node, run, data.slice(run, n));
  if (node) rec.lastParent = parent;
}

/**
 * A text node's words, added to its block; inside <sup> or a note link (`at.ref`), a lone number
 * or symbol is a footnote reference instead, to `at.refTarget` when the link names one.
 */
export function readTextNode(rec: TextBuild, node: Text, at: { ref: boolean; refTarget?: string }, tc: TextContext): void {
  const data = node.data;
  if (!data) return;
  if (at.ref) {
    const refTarget = at.refTarget;
    const mark = data.trim();
    if (mark && MARKER_ONLY.test(mark)) {
      const last = rec.parts[rec.parts.length - 1] ?? '';
      // A bare number in <sup> right after a digit is an exponent (10⁶), not a reference.
      const exponent = !refTarget && /^\d+$/.test(mark) && /\d$/.test(last);
      if (!exponent) {
        rec.refs.push({
          marker: mark,
          key: markerKey(mark),
          at: rec.spaced ? Math.max(0, rec.len - 1) : rec.len,
          ...(refTarget ? { target: refTarget } : {}),
          from: parentElementOf(node) ?? rec.el,
        });
        return;
      }
    }
  }
  appendText(rec, node, data, parentElementOf(node), tc);
}

/**
 * Whether a box that is not inline stands between two text nodes' parents: the elements between
 * them are those up from each to their closest common ancestor (which itself does not count).
 */
function apart(a: Element, b: Element, stop: Element, display: (el: Element) => string): boolean {
  const up: Element[] = [];
  for (let e: Element | null = a, i = 0; e && i < 12; e = parentElementOf(e), i++) {
    up.push(e);
    if (e === stop) break;
  }
  let common: Element | null = null;
  for (let e: Element | null = b, i = 0; e && i < 12; e = parentElementOf(e), i++) {
    if (up.includes(e)) {
      common = e;
      break;
    }
    if (!display(e).startsWith('inline')) return true;
  }
  for (const e of up) {
    if (e === common) break;
    if (!display(e).startsWith('inline')) return true;
  }
  return false;
}

function push(rec: TextBuild, node: Text | null, offset: number, str: string): void {
  if (node) {
    const seg = rec.segments[rec.segments.length - 1];
    if (seg && seg.node === node && seg.offset + seg.length === offset && seg.start + seg.length === rec.len) seg.length += str.length;
    else rec.segments.push({ node, offset, start: rec.len, length: str.length });
  }
  rec.parts.push(str);
  rec.len += str.length;
  rec.spaced = str === ' ' || str === '\n';
}

/** Drop a trailing space (it maps to the end of a segment when it came from a node). */
function trimEnd(rec: TextBuild): void {
  const last = rec.parts[rec.parts.length - 1];
  if (last === undefined || !rec.spaced || rec.len === 0) return;
  if (last === ' ' || last === '\n') rec.parts.pop();
  else return;
  rec.len -= 1;
  const seg = rec.segments[rec.segments.length - 1];
  if (seg && seg.start + seg.length > rec.len) {
    seg.length -= 1;
    if (seg.length <= 0) rec.segments.pop();
  }
}

/** A line break (<br>, the end of a block inside this one). */
export function breakLine(rec: TextBuild): void {
  if (rec.len === 0) return;
  trimEnd(rec);
  push(rec, null, 0, '\n');
}

/** The block's text, done: at most `max` characters (and only the segments inside them); null when it says nothing. */
export function finishText(rec: TextBuild, max: number): string | null {
  trimEnd(rec);
  let text = rec.parts.join('');
  if (text.length > max) {
    // A wall of text: keep the first part, and only the segments inside it.
    text = text.slice(0, max);
    rec.segments = rec.segments.filter((s) => s.start < text.length);
    const last = rec.segments[rec.segments.length - 1];
    if (last && last.start + last.length > text.length) last.length = text.length - last.start;
  }
  return text.trim().length < 2 ? null : text;
}
