// Analysis that keeps what it judged: a page that changes in one place is judged again in
// that place only. Each block's judgement is a function of the block's own text, role,
// language, links and notes, the attribution it borrows from the lines after it, and the
// options; it is kept under exactly those inputs and reused while they stay the same. The
// page-level work (claims merged across blocks, signals, score, grade) is cheap and done
// afresh every time, so the report always equals analyse(blocks, options).
import { assemble, type BlockReport, borrowedFor, borrowedKey, reportBlock, wellFormed } from './pipeline';
import { blockFact, type FactKey, type FactSource } from './signals';
import type { AnalyseOptions, Link, Note, PageReport, TextBlock } from './types';
import { UNMASKED } from './unmask';

export interface AnalyserStats {
  /** Blocks in the last analysis. */
  blocks: number;
  /** Blocks judged afresh. */
  judged: number;
  /** Blocks whose judgement was reused. */
  reused: number;
}

export interface Analyser {
  /** The same report as analyse(blocks, options), judging only blocks not seen before. */
  analyse(blocks: TextBlock[], options?: AnalyseOptions): PageReport;
  /**
   * Judge ahead, a few blocks at a time, the blocks the next analyse(blocks, options) will need,
   * for as long as `more()` says; true when every block is judged. Called again with the same
   * blocks it goes on where it stopped: a large page judged in slices, with the caller free to do
   * other work between them. The analysis that follows judges nothing twice.
   */
  prepare(blocks: TextBlock[], options: AnalyseOptions, more: () => boolean): boolean;
  /** What the last analysis reused and judged. */
  readonly stats: AnalyserStats;
  /** Judgements kept now. */
  readonly size: number;
  /** Forget every judgement. */
  clear(): void;
}

/** The options that change a block's judgement, as one string. */
function optionsKey(options: AnalyseOptions): string {
  return `${options.sensitivity ?? 'normal'}|${options.disabledRubrics?.join(',') ?? ''}|${options.disabledRules?.join(',') ?? ''}`;
}

function linksKey(links: Link[] | undefined): string {
  if (!links?.length) return '';
  let out = '';
  for (const l of links) out += `${l.href}\u0002${l.text}\u0003`;
  return out;
}

function notesKey(notes: Note[] | undefined): string {
  if (!notes?.length) return '';
  let out = '';
  for (const n of notes) out += `${n.marker}\u0002${n.at ?? ''}\u0002${n.text}\u0002${linksKey(n.links)}\u0004`;
  return out;
}

/**
 * Everything a block's judgement depends on, as one string: equal strings, equal judgements.
 * The text is kept whole rather than hashed, so that two different blocks can never share one.
 */
function blockKey(block: TextBlock, borrowed: string, options: string): string {
  return `${options}\u0001${block.role}\u0001${block.lang ?? ''}\u0001${borrowed}\u0001${linksKey(block.links)}\u0001${notesKey(block.notes)}\u0001${block.text}\u0001${UNMASKED.get(block)?.raw ?? ''}`;
}

/** A block's judgement, and the signal facts read from it so far (by FACT_INDEX; null: read, none). */
interface Entry {
  part: BlockReport;
  facts: Array<string | Link | null | undefined>;
}

const FACT_INDEX: Record<FactKey, number> = {
  price: 0,
  limits: 1,
  privacy: 2,
  model: 3,
  who: 4,
  pain: 5,
  study: 6,
  pressure: 7,
  vulnerable: 8,
  conflict: 9,
  walkBack: 10,
  review: 11,
  disguise: 12,
};

/**
 * An analyser that remembers the judgement of every block of the last analysis (and of nothing
 * older: its memory is bounded by the page it last read). Identical blocks on one page are
 * judged once. A block object handed over again is recognised without reading its text: blocks
 * are values, never to be changed once analysed (a changed block is a new object).
 */
export function createAnalyser(): Analyser {
  let kept = new Map<string, Entry>();
  /** The last analysis's entries, and where in it each kind of fact was first found (its length: nowhere). */
  let lastEntries: Entry[] = [];
  let lastFirst = new Map<FactKey, number>();
  let known = new WeakMap<TextBlock, { key: string; opts: string; borrowed: string }>();
  const stats: AnalyserStats = { blocks: 0, judged: 0, reused: 0 };
  /** Judgements made ahead by prepare() for the next analysis, and where prepare stands. */
  let warm = new Map<string, Entry>();
  let pending: { input: TextBlock[]; blocks: TextBlock[]; opts: string; i: number } | undefined;
  const entryFor = (block: TextBlock, lent: ReturnType<typeof borrowedFor>, options: AnalyseOptions): Entry => ({
    part: reportBlock(block, lent, options),
    facts: new Array(Object.keys(FACT_INDEX).length).fill(undefined),
  });
  const keyOf = (block: TextBlock, borrowed: string, opts: string): string => {
    const seen = known.get(block);
    if (seen && seen.opts === opts && seen.borrowed === borrowed) return seen.key;
    const key = blockKey(block, borrowed, opts);
    known.set(block, { key, opts, borrowed });
    return key;
  };
  return {
    prepare(input: TextBlock[], options: AnalyseOptions, more: () => boolean): boolean {
      const opts = optionsKey(options);
      if (!pending || pending.input !== input || pending.opts !== opts) pending = { input, blocks: wellFormed(input), opts, i: 0 };
      const p = pending;
      for (; p.i < p.blocks.length; p.i++) {
        if ((p.i & 7) === 0 && !more()) return false;
        const block = p.blocks[p.i] as TextBlock;
        const lent = borrowedFor(p.blocks, p.i);
        const key = keyOf(block, borrowedKey(lent), opts);
        if (!warm.has(key) && !kept.has(key)) warm.set(key, entryFor(block, lent, options));
      }
      return true;
    },
    analyse(input: TextBlock[], options: AnalyseOptions = {}): PageReport {
      const blocks = wellFormed(input);
      const opts = optionsKey(options);
      const next = new Map<string, Entry>();
      const entries: Entry[] = [];
      let fresh = 0;
      let reused = 0;
      for (let i = 0; i < blocks.length; i++) {
        const block = blocks[i] as TextBlock;
        const lent = borrowedFor(blocks, i);
        const borrowed = borrowedKey(lent);
        const key = keyOf(block, borrowed, opts);
        let entry = next.get(key);
        if (entry) reused++;
        else {
          entry = kept.get(key);
          if (entry) reused++;
          else {
            // Judged ahead by prepare() counts as judged for this analysis.
            entry = warm.get(key) ?? entryFor(block, lent, options);
            fresh++;
          }
          next.set(key, entry);
        }
        entries.push(entry);
      }
      kept = next;
      warm = new Map();
      pending = undefined;
      stats.blocks = blocks.length;
      stats.judged = fresh;
      stats.reused = reused;
      // Where the blocks are the last analysis's blocks, their facts are too: a fact first found
      // last time is still first unless a changed block before it has one; a fact found nowhere
      // is found, if at all, in a changed block. Only when the block that held it changed are
      // the blocks after it read again.
      const comparable = lastEntries.length === entries.length;
      const changed: number[] = [];
      if (comparable) for (let i = 0; i < entries.length; i++) if (entries[i] !== lastEntries[i]) changed.push(i);
      const before = lastFirst;
      const first = new Map<FactKey, number>();
      const fact = (i: number, key: FactKey) => {
        const e = entries[i] as Entry;
        const k = FACT_INDEX[key];
        let v = e.facts[k];
        if (v === undefined) {
          v = blockFact(blocks[i] as TextBlock, key) ?? null;
          e.facts[k] = v;
        }
        return v ?? undefined;
      };
      const found = (key: FactKey, i: number) => {
        first.set(key, i);
        return i < entries.length ? fact(i, key) : undefined;
      };
      const scan = (key: FactKey, from: number) => {
        for (let i = from; i < entries.length; i++) if (fact(i, key) !== undefined) return found(key, i);
        return found(key, entries.length);
      };
      const facts: FactSource = {
        first(key) {
          const known = before.get(key);
          if (!comparable || known === undefined) return scan(key, 0);
          for (const i of changed) {
            if (i >= known) break;
            if (fact(i, key) !== undefined) return found(key, i);
          }
          if (known === entries.length || entries[known] === lastEntries[known]) return found(key, known);
          return scan(key, known);
        },
      };
      const report = assemble(
        blocks,
        entries.map((e) => e.part),
        facts,
      );
      lastEntries = entries;
      lastFirst = first;
      return report;
    },
    get stats() {
      return { ...stats };
    },
    get size() {
      return kept.size;
    },
    clear() {
      kept = new Map();
      warm = new Map();
      pending = undefined;
      known = new WeakMap();
      lastEntries = [];
      lastFirst = new Map();
    },
  };
}
