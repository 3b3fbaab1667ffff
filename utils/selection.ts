// A selection the reader asked Sceptic to check ("Check with Sceptic" in the page's context menu):
// kept in storage.session under `check:<id>` for the check page to read, the last few only;
// and how its text becomes the blocks the engine reads. Text copied from a PDF or a press
// release breaks lines in the middle of sentences: those lines are joined again.
import type { TextBlock } from '../heuristics/types';

export interface CheckedSelection {
  text: string;
  /** The page it was selected on (empty for text pasted into the check page). */
  url: string;
  title: string;
  at: number;
}

export const CHECK_PREFIX = 'check:';
/** The most of a selection that is checked: a long press release, not a whole book. */
export const MAX_SELECTION = 20_000;
/** Selections kept for their check pages; older ones are forgotten. */
export const MAX_KEPT = 10;
const MAX_BLOCK = 2000;
const MAX_BLOCKS = 400;

export function checkKey(id: string): string {
  return `${CHECK_PREFIX}${id}`;
}

/** An id for a new check: its time, then a random part, so that two checks in one millisecond differ. */
export function newCheckId(now: number, random: () => number = Math.random): string {
  return `${now.toString(36)}-${Math.floor(random() * 36 ** 6)
    .toString(36)
    .padStart(6, '0')}`;
}

const ID = /^[a-z0-9]{1,12}-[a-z0-9]{6}$/;

export function isCheckId(v: unknown): v is string {
  return typeof v === 'string' && ID.test(v);
}

/** A stored selection, or null for anything else (a damaged or forged entry). */
export function parseSelection(raw: unknown): CheckedSelection | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (typeof r.text !== 'string' || typeof r.url !== 'string' || typeof r.title !== 'string' || typeof r.at !== 'number' || !Number.isFinite(r.at)) return null;
  return { text: r.text.slice(0, MAX_SELECTION), url: r.url.slice(0, 4000), title: r.title.slice(0, 500), at: r.at };
}

/** The stored checks beyond the newest MAX_KEPT - 1, to remove before one more is stored. */
export function staleChecks(keys: string[]): string[] {
  const ids = keys.filter((k) => k.startsWith(CHECK_PREFIX) && isCheckId(k.slice(CHECK_PREFIX.length)));
  // Ids start with their time in base 36, of one length for centuries: they sort by age.
  ids.sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
  return ids.slice(0, Math.max(0, ids.length - (MAX_KEPT - 1)));
}

const ENDS_SENTENCE = /[.!?。！？:：;；…"”’）)\]】]$/u;
const BULLET = /^(?:[-*•·▪◦‣–—]|\d{1,3}[.)、])\s*/u;
const STARTS_LOWER = /^[\p{Ll}\d(“"'‘]/u;
const HAN_END = /[\u3400-\u9fff]$/u;
const HAN_START = /^[\u3400-\u9fff]/u;

/**
 * The selection as blocks: one per paragraph or list item. A line that does not end a sentence,
 * followed by one that starts in lower case (or, in Chinese, a full line of Chinese followed by
 * more), is one sentence broken by the layout it was copied from, and is joined back. Bullets
 * start a block of their own.
 */
export function selectionBlocks(text: string): TextBlock[] {
  const lines = text
    .slice(0, MAX_SELECTION)
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/\s+/gu, ' ').trim());
  const paras: string[] = [];
  let cur = '';
  for (const line of lines) {
    if (!line) {
      if (cur) paras.push(cur);
      cur = '';
      continue;
    }
    const item = line.replace(BULLET, '');
    const broken = STARTS_LOWER.test(line) || (cur.length >= 20 && HAN_END.test(cur) && HAN_START.test(line));
    if (cur && !BULLET.test(line) && !ENDS_SENTENCE.test(cur) && broken) {
      // Chinese text breaks with no space between the halves.
      cur = HAN_END.test(cur) && HAN_START.test(item) ? cur + item : `${cur} ${item}`;
      continue;
    }
    if (cur) paras.push(cur);
    cur = item;
  }
  if (cur) paras.push(cur);
  return paras
    .filter((p) => p.length > 0)
    .slice(0, MAX_BLOCKS)
    .map((p, i): TextBlock => ({ id: `s${i}`, text: p.slice(0, MAX_BLOCK), role: 'body' }));
}
