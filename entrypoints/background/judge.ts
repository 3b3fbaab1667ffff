// The engine as the background runs it: pages judged per tab, each tab with an analyser that
// keeps the judgement of every block (heuristics/incremental.ts) and the last reading of its
// page, so that a page that changes in one place is sent, judged and answered in that place
// only (content/patch). Pure: no browser API, so it is tested in Node.
import { type Analyser, createAnalyser } from '../../heuristics/incremental';
import { analyse, productPageEvidence } from '../../heuristics/index';
import type { Claim, PageReport, TextBlock } from '../../heuristics/types';
import { type MarkedClaim, markedClaims } from '../../utils/protocol';
import type { Judge, Patch, Patched, Reading } from './router';

/** What the judge did for one reading or patch, for a performance measure. */
export interface JudgeMeasure {
  tabId: number;
  mode: 'full' | 'update' | 'patch';
  blocks: number;
  judged: number;
  reused: number;
  /** Claims the page was told of (a patch's answer). */
  sent: number;
  /** Milliseconds the judging took (with the options' clock). */
  ms: number;
}

export interface JudgeOptions {
  /** Tabs whose pages are kept; the least recently judged is forgotten first. */
  maxTabs?: number;
  measure?: (m: JudgeMeasure) => void;
  /** A clock for the measures (performance.now in the browser); none, no timing. */
  now?: () => number;
}

interface Kept {
  analyser: Analyser;
  /** The copy of the page's frames of other origins (content/frame), by frame id, each block marked as a frame's. */
  frames?: Map<number, TextBlock[]>;
  /** The page's blocks joined with its frames', for the last page blocks asked for (the same array each time, until a frame's copy changes). */
  joined?: { base: TextBlock[]; all: TextBlock[] };
  /** The page's last reading, to judge it again when a frame's copy arrives. */
  page?: { url: string; title: string; blocks: TextBlock[]; options: Reading['options'] };
  /** The last reading that patches may build on. */
  reading?: {
    seq: number;
    blocks: TextBlock[];
    report: PageReport;
    /** The claims the page holds now, by id: worked out when the first patch needs them. */
    sent?: Map<string, MarkedClaim>;
  };
}

/** Frames of other origins kept per tab, and blocks per frame. */
const MAX_FRAMES = 20;

/** A page's blocks with its frames' copy after them. */
function withFrames(k: Kept, blocks: TextBlock[]): TextBlock[] {
  if (!k.frames?.size) return blocks;
  if (k.joined?.base === blocks) return k.joined.all;
  const all = blocks.concat(...k.frames.values());
  k.joined = { base: blocks, all };
  return all;
}

export interface PageJudge extends Judge {
  patch(tabId: number, patch: Patch): Patched | null;
  frame(tabId: number, frameId: number, blocks: TextBlock[]): { url: string; title: string; report: PageReport } | null;
  prepare(tabId: number, reading: Reading, more: () => boolean): boolean;
  /** Forget a tab (it navigated or closed). */
  forget(tabId: number): void;
  /** Tabs kept now. */
  readonly size: number;
}

/**
 * What the page needs of each claim, worked out once per claim: a claim of a block that was not
 * judged again shares its flags with the last report's, and so finds its projection here.
 */
const projected = new WeakMap<object, { places: string; marks: MarkedClaim[] }>();

/** Where a claim stands: its own place and the places it repeats at. */
function placesOf(c: Claim): string {
  let key = `${c.id}|${c.blockId}|${c.span[0]}|${c.span[1]}`;
  for (const a of c.also ?? []) key += `|${a.blockId}:${a.span[0]}-${a.span[1]}`;
  return key;
}

/** A claim's marks: one at each place it stands. */
function projection(c: Claim): MarkedClaim[] | null {
  const places = placesOf(c);
  const known = projected.get(c.flags);
  if (known && known.places === places) return known.marks;
  const fresh = markedClaims([c]);
  if (fresh) projected.set(c.flags, { places, marks: fresh });
  return fresh;
}

/** The page's claims as it holds them, one mark per place, by id; null if one cannot be sent. */
function projections(claims: Claim[]): Map<string, MarkedClaim> | null {
  const out = new Map<string, MarkedClaim>();
  for (const c of claims) {
    const marks = projection(c);
    if (!marks) return null;
    for (const m of marks) out.set(m.id, m);
  }
  return out;
}

export function createJudge(options: JudgeOptions = {}): PageJudge {
  const maxTabs = options.maxTabs ?? 6;
  const clock = options.now ?? (() => 0);
  const tabs = new Map<number, Kept>();
  /** Readings judged ahead in slices (prepare), with the time that took. */
  const prepared = new WeakMap<Reading, number>();

  /** A tab's memory, now the most recently used; a fresh reading starts it anew. */
  function keptFor(tabId: number, fresh: boolean): Kept {
    let k = tabs.get(tabId);
    tabs.delete(tabId);
    if (!k) k = { analyser: createAnalyser() };
    else if (fresh) {
      k.analyser.clear();
      delete k.reading;
    }
    tabs.set(tabId, k);
    for (const old of tabs.keys()) {
      if (tabs.size <= maxTabs) break;
      tabs.delete(old);
    }
    return k;
  }

  return {
    isProduct: (_tabId, blocks) => productPageEvidence(blocks).isProduct,

    prepare(tabId: number, reading: Reading, more: () => boolean): boolean {
      if (reading.probe) return true;
      const started = clock();
      let k = tabs.get(tabId);
      if (!k || !prepared.has(reading)) k = keptFor(tabId, reading.fresh === true);
      const done = k.analyser.prepare(withFrames(k, reading.blocks), reading.options, more);
      prepared.set(reading, (prepared.get(reading) ?? 0) + clock() - started);
      return done;
    },

    analyse(tabId: number, reading: Reading): PageReport {
      // The first look at a page that is not a product page: judged once, nothing kept.
      if (reading.probe) return analyse(reading.blocks, reading.options);
      const ahead = prepared.get(reading);
      const started = clock() - (ahead ?? 0);
      // A reading judged ahead in slices has had its fresh start already.
      const k = keptFor(tabId, reading.fresh === true && ahead === undefined);
      const report = k.analyser.analyse(withFrames(k, reading.blocks), reading.options);
      k.page = { url: reading.url, title: reading.title, blocks: reading.blocks, options: reading.options };
      if (reading.seq !== undefined) k.reading = { seq: reading.seq, blocks: reading.blocks, report };
      else delete k.reading;
      const { blocks, judged, reused } = k.analyser.stats;
      options.measure?.({ tabId, mode: reading.fresh ? 'full' : 'update', blocks, judged, reused, sent: report.claims.length, ms: clock() - started });
      return report;
    },

    patch(tabId: number, patch: Patch): Patched | null {
      const k = tabs.get(tabId);
      const last = k?.reading;
      if (!k || !last || last.seq !== patch.base || last.blocks.length !== patch.count) return null;
      const started = clock();
      const blocks = last.blocks.slice();
      for (const c of patch.changes) {
        if (c.at >= blocks.length) return null;
        blocks[c.at] = c.block;
      }
      keptFor(tabId, false);
      const report = k.analyser.analyse(withFrames(k, blocks), patch.options);
      k.page = { url: patch.url, title: patch.title, blocks, options: patch.options };
      const before = last.sent ?? projections(last.report.claims) ?? new Map<string, MarkedClaim>();
      const after = projections(report.claims);
      if (!after) {
        delete k.reading;
        return null;
      }
      const changed: MarkedClaim[] = [];
      for (const [id, c] of after) {
        const had = before.get(id);
        // The same projection, or one written the same: the page holds it already.
        if (had !== c && (!had || JSON.stringify(had) !== JSON.stringify(c))) changed.push(c);
      }
      const removed: string[] = [];
      for (const id of before.keys()) if (!after.has(id)) removed.push(id);
      k.reading = { seq: patch.seq, blocks, report, sent: after };
      const { judged, reused } = k.analyser.stats;
      options.measure?.({ tabId, mode: 'patch', blocks: blocks.length, judged, reused, sent: changed.length + removed.length, ms: clock() - started });
      return { report, update: { isProductPage: report.isProductPage, changed, removed, count: after.size } };
    },

    frame(tabId: number, frameId: number, blocks: TextBlock[]) {
      const k = keptFor(tabId, false);
      k.frames ??= new Map();
      if (!k.frames.has(frameId) && k.frames.size >= MAX_FRAMES) return null;
      k.frames.set(
        frameId,
        blocks.map((b) => ({ ...b, id: `frame${frameId}:${b.id}`.slice(0, 200), frame: true })),
      );
      delete k.joined;
      const page = k.page;
      if (!page) return null;
      const report = k.analyser.analyse(withFrames(k, page.blocks), page.options);
      if (k.reading) k.reading.report = report;
      return { url: page.url, title: page.title, report };
    },

    forget(tabId: number): void {
      tabs.delete(tabId);
    },

    get size() {
      return tabs.size;
    },
  };
}
