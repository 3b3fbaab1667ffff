// Footnote markers (*, †, ¹, [1], <sup>1</sup>) and the footnotes they point to.

/** A marker standing on its own, as the whole text of a <sup> or a note link. */
export const MARKER_ONLY = /^(?:\[\d{1,3}\]|\(\d{1,3}\)|\d{1,3}|[*†‡§¶#]{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}|[a-z])$/u;

/** A footnote's own text starts with its marker: "* Based on…", "¹ Source:", "[2] Smith et al." */
export const DEFINITION_START = /^\s*(\[\d{1,3}\]|[*†‡§¶]{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})\s*/u;
/** The same with a plain number ("1. Survey of…"), trusted only inside footnote sections and small print. */
export const NUMBERED_START = /^\s*(\d{1,3})[.)]?\s+(?=\S)/u;

/** Further footnotes inside the same paragraph: "* Based on X. † Compared with Y." */
const INNER_DEFINITION = /(?:[.。!?！？]\s*|\n\s*)([*†‡§¶]{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}|\[\d{1,3}\])\s*(?=\S)/gu;

/** A marker inside running text, right after a word, a number or punctuation: "80%*", "time†", "faster¹", "cited [2]". */
const INLINE_MARKER =
  /(?:(?<=[\p{L}\p{N}%)\].,;:!?。，！？”"'’])|(?<=[\p{L}\p{N}.,;:)])\s(?=\[))(\[\d{1,3}\]|[*†‡§¶]{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})(?![\p{L}\p{N}*†‡§¶¹²³⁴⁵⁶⁷⁸⁹⁰])/gu;

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** The key a marker and its footnote share: ¹, [1], (1), 1. and <sup>1</sup> are all "1". */
export function markerKey(marker: string): string {
  const m = marker.trim().replace(/^[[(]|[\]).]$/gu, '');
  let out = '';
  for (const ch of m) {
    const i = SUPERSCRIPT.indexOf(ch);
    out += i >= 0 ? String(i) : ch;
  }
  return out.replace(/^0+(?=\d)/, '');
}

export interface Definition {
  key: string;
  marker: string;
  /** The footnote's text without its marker. */
  text: string;
  /** Offset of the footnote's text in its block. */
  start: number;
  end: number;
}

/** The footnotes a block defines, each from its marker to the next marker or the end. */
export function definitionsIn(text: string, numbered: boolean): Definition[] {
  const first = DEFINITION_START.exec(text) ?? (numbered ? NUMBERED_START.exec(text) : null);
  if (!first?.[1]) return [];
  const starts: Array<{ marker: string; at: number; body: number }> = [{ marker: first[1], at: first.index, body: first.index + first[0].length }];
  INNER_DEFINITION.lastIndex = 0;
  for (const m of text.matchAll(INNER_DEFINITION)) {
    const marker = m[1];
    if (!marker) continue;
    const at = (m.index ?? 0) + m[0].indexOf(marker);
    if (at <= first.index) continue;
    starts.push({ marker, at, body: (m.index ?? 0) + m[0].length });
  }
  return starts.map((s, i) => {
    const end = i + 1 < starts.length ? (starts[i + 1]?.at ?? text.length) : text.length;
    return { key: markerKey(s.marker), marker: s.marker, text: text.slice(s.body, end).trim(), start: s.body, end };
  });
}

export interface InlineMarker {
  marker: string;
  key: string;
  at: number;
}

/** A character every inline marker holds: most blocks have none, and need no slower look. */
const MARKER_CHAR = /[[*†‡§¶¹²³⁴⁵⁶⁷⁸⁹⁰]/u;

/** Markers written into the text itself ("80%*", "faster¹"), with their offsets. Definitions at the start are not references. */
export function inlineMarkers(text: string, skipUntil = 0): InlineMarker[] {
  const out: InlineMarker[] = [];
  if (!MARKER_CHAR.test(text)) return out;
  INLINE_MARKER.lastIndex = 0;
  for (const m of text.matchAll(INLINE_MARKER)) {
    const marker = m[1];
    if (!marker) continue;
    const at = (m.index ?? 0) + m[0].indexOf(marker);
    if (at < skipUntil) continue;
    out.push({ marker, key: markerKey(marker), at });
    if (out.length >= 20) break;
  }
  return out;
}
