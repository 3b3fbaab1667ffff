// From a document to the engine's TextBlocks: visible text only, gathered into blocks,
// each with its role on the page, the links near it and the footnotes its markers point
// to. Takes a Document, so it runs in the content script, under happy-dom in the unit
// tests and in the command line alike.
import type { Link, Note, Role, TextBlock } from '../../heuristics/types';
import { BLOCK_LIMITS } from '../../utils/protocol/limits';
import { flatParent, linkOf, query, queryAll } from './dom';
import { type Definition, definitionsIn, inlineMarkers } from './footnotes';
import { headBlocks } from './meta';
import { definesAsFootnote, heroRoles, inSmallPrint } from './roles';
import { attr, childCountOf, localNameOf, nextElementSiblingOf, nodeTypeOf, parentElementOf, rootNodeOf, textOf } from './safe-dom';
import { type BlockRecord, type PatchedRecord, type Segment, Walker, type WalkOptions } from './walk';

export { headBlocks } from './meta';
export type { Segment } from './walk';

/** Where a block's text came from, so marks can be drawn over it later. */
export interface BlockSource {
  element: Element;
  doc: Document;
  segments: Segment[];
  /** In an inactive tab, a slide or a closed accordion: present, not visible now. */
  onDemand: boolean;
}

export interface Scrape {
  blocks: TextBlock[];
  sources: Map<string, BlockSource>;
  /** The page had more text than one scan reads; the rest was left out. */
  truncated: boolean;
  stats: { nodes: number; blocks: number; chars: number; reused: number };
  /**
   * When the scan read only the blocks that changed: the positions in `blocks` of those that
   * differ from the last scan's (all others are the last scan's, unchanged). Absent after a whole read.
   */
  changed?: number[];
  /** With `changed`: the ids of the blocks read again, whose text now sits in new places in the page. */
  touched?: string[];
}

const BACKLINK = /[↩↑⤴]\uFE0E?|\^$/gu;

function stripBacklinks(text: string): string {
  return text.replace(BACKLINK, '').trim();
}

interface FoundDefinition extends Definition {
  rec: BlockRecord;
  rank: number;
}

/** How a marker is written: ¹ and 1, [1] and 1 share a key but a page that uses both means different notes. */
function markerStyle(marker: string): string {
  if (/[¹²³⁴⁵⁶⁷⁸⁹⁰]/u.test(marker)) return 'superscript';
  if (marker.startsWith('[')) return 'bracket';
  if (/^\(?\d/.test(marker)) return 'digit';
  return marker;
}

/** The footnote a marker points to: one written the same way first, then the most footnote-like. */
function pick(defs: Map<string, FoundDefinition[]>, key: string, marker: string): FoundDefinition | undefined {
  const style = markerStyle(marker);
  let best: FoundDefinition | undefined;
  let bestScore = -1;
  for (const d of defs.get(key) ?? []) {
    const score = (markerStyle(d.marker) === style ? 10 : 0) + d.rank;
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

/** The record of the block holding an element, or the first block inside it. */
function recordAt(el: Element, byElement: Map<Element, BlockRecord>, recs: BlockRecord[]): BlockRecord | undefined {
  const own = byElement.get(el);
  if (own) return own;
  for (const r of recs) if (el.contains(r.el)) return r;
  let n: Node | null = el;
  for (let i = 0; n && i < 30; i++, n = flatParent(n)) {
    const hit = nodeTypeOf(n) === 1 ? byElement.get(n as Element) : undefined;
    if (hit) return hit;
  }
  return undefined;
}

function noteLinks(rec: BlockRecord): Link[] | undefined {
  const links = rec.links.filter((l) => !l.href.includes('#fnref') && !/^[↩↑^]/u.test(l.text)).slice(0, BLOCK_LIMITS.noteLinks);
  return links.length ? links : undefined;
}

const CARD_CONTENT = 'div, p, h1, h2, h3, h4, h5, h6, li, section, article, ul, ol, table';

/** A small element that is only a link or a line with a link ("Read the study (PDF) →"), not a section or a card. */
function linksOfSmall(el: Element): Element[] {
  if (localNameOf(el) === 'a') return query(el, CARD_CONTENT) ? [] : [el];
  // Cheapest first: a section or a card fails the first or second test, and most other elements
  // (a paragraph, a heading) the third, before any text is gathered.
  if (childCountOf(el) > 3 || query(el, CARD_CONTENT) || !query(el, 'a[href]') || (textOf(el)?.length ?? 0) > 160) return [];
  return queryAll(el, 'a[href]').slice(0, 2);
}

/**
 * Links standing right after a block (the next two elements): "Read the study (PDF)" under a
 * claim. The engine decides which of them point to evidence (studies, PDFs, DOIs, arXiv).
 */
function nearbyLinks(el: Element): Link[] {
  const out: Link[] = [];
  let sib = nextElementSiblingOf(el);
  for (let i = 0; sib && i < 2; i++, sib = nextElementSiblingOf(sib)) {
    for (const a of linksOfSmall(sib)) {
      const href = (a as HTMLAnchorElement).href || attr(a, 'href') || '';
      if (!href || href.startsWith('#') || /^\s*javascript:/i.test(href)) continue;
      const link = linkOf(href, a);
      if (link.text && link.text.length <= 120) out.push(link);
    }
  }
  return out;
}

/** A figure standing alone, as stat cards show them: "80%", "10x", "50,000+", "4.9★", "−31%", "3倍". */
const FIGURE =
  /^[~≈<>+−–-]?\s?[$€£¥￥]?\s?\d[\d.,]*\s?(?:%|x|×|倍|\+|[kKMB]|万|亿|★|\/\s?5|\/\s?10|hrs?|h|min|s|秒|分钟|小时|天|days?|hours?|minutes?)?\s?\+?$/u;

function joined(a: BlockRecord, b: BlockRecord): BlockRecord {
  const shift = a.text.length + 1;
  return {
    ...a,
    text: `${a.text} ${b.text}`,
    role: a.role === 'body' ? b.role : a.role,
    segments: [...a.segments, ...b.segments.map((s) => ({ ...s, start: s.start + shift }))],
    refs: [...a.refs, ...b.refs.map((r) => ({ ...r, at: r.at + shift }))],
    links: [...a.links, ...b.links].slice(0, 10),
  };
}

/**
 * Stat cards split a claim across two elements: a big figure and its label ("80%" over "less time
 * on decks"). Joined, the claim reads as the page shows it: "80% less time on decks". Only next-door
 * siblings are joined: a short line skipped between them must not end up inside the joined range. Also
 * "Time saved" over "40%", when the two are all the card holds.
 */
export function joinFigures(recs: BlockRecord[]): BlockRecord[] {
  const out: BlockRecord[] = [];
  for (let i = 0; i < recs.length; i++) {
    const r = recs[i] as BlockRecord;
    const next = recs[i + 1];
    const parent = parentElementOf(r.el);
    const figure = !r.alt && r.text.length <= 16 && FIGURE.test(r.text);
    if (figure && next && !next.alt && parent && nextElementSiblingOf(r.el) === next.el && next.text.length <= 160 && !FIGURE.test(next.text)) {
      out.push(joined(r, next));
      i++;
      continue;
    }
    const prev = out[out.length - 1];
    if (
      figure &&
      prev &&
      !prev.alt &&
      parent &&
      parentElementOf(prev.el) === parent &&
      childCountOf(parent) === 2 &&
      prev.text.length <= 60 &&
      !FIGURE.test(prev.text)
    ) {
      out[out.length - 1] = joined(prev, r);
      continue;
    }
    out.push(r);
  }
  return out;
}

/** What a whole finish worked out, kept so that a later scan that read a few blocks again can finish only those. */
interface Finished {
  /** The walk's records, and the blocks they make (figures joined to their labels). */
  walked: BlockRecord[];
  recs: BlockRecord[];
  /** Where each of recs stands. */
  at: Map<BlockRecord, number>;
  blocks: TextBlock[];
  sources: Map<string, BlockSource>;
  /** How many blocks come from the document's head (title, meta) before the page's own. */
  head: number;
  byElement: Map<Element, BlockRecord>;
  roles: Map<BlockRecord, Role>;
  defs: Map<string, FoundDefinition[]>;
  defining: Map<BlockRecord, Definition[]>;
  /** Blocks that some block's note link points at: their text may be another block's note. */
  referred: Set<BlockRecord>;
}

/** One block from its record: its role, the notes its markers point to, its links and those right after it. */
function blockOf(r: BlockRecord, f: Pick<Finished, 'recs' | 'byElement' | 'roles' | 'defs' | 'defining' | 'referred'>): TextBlock {
  const role = f.roles.get(r) ?? r.role;
  const block: TextBlock = { id: r.id, text: r.text, role };
  const notes: Note[] = [];
  const seen = new Set<string>();
  const addNote = (marker: string, def: { text: string; rec: BlockRecord }, at: number) => {
    const key = `${marker}@${at}`;
    if (seen.has(key) || def.rec === r || notes.length >= BLOCK_LIMITS.notes) return;
    seen.add(key);
    const text = stripBacklinks(def.text).slice(0, BLOCK_LIMITS.note);
    if (!text) return;
    const links = noteLinks(def.rec);
    notes.push({ marker, text, at, ...(links ? { links } : {}) });
  };
  if (!f.defining.has(r)) {
    for (const ref of r.refs) {
      let target: { text: string; rec: BlockRecord } | undefined;
      if (ref.target) {
        const root = rootNodeOf(ref.from) as Document | ShadowRoot;
        const el = typeof root.getElementById === 'function' ? root.getElementById(ref.target) : null;
        const rec = el ? recordAt(el, f.byElement, f.recs) : undefined;
        if (rec) {
          f.referred.add(rec);
          const own = f.defining.get(rec);
          const d = own?.find((x) => x.key === ref.key) ?? own?.[0];
          target = { text: d ? d.text : rec.text, rec };
        }
      }
      target ??= pick(f.defs, ref.key, ref.marker);
      if (target) addNote(ref.marker, target, ref.at);
    }
    for (const m of inlineMarkers(r.text)) {
      const def = pick(f.defs, m.key, m.marker);
      if (def) addNote(m.marker, def, m.at);
    }
  }
  if (notes.length) block.notes = notes.sort((a, b) => (a.at ?? 0) - (b.at ?? 0));
  let links = r.links;
  if (!r.alt && role !== 'footer' && role !== 'footnote' && r.text.length >= 20) {
    const near = nearbyLinks(r.el).filter((l) => !links.some((x) => x.href === l.href));
    if (near.length) links = [...links, ...near];
  }
  if (links.length) block.links = links.slice(0, BLOCK_LIMITS.links);
  return block;
}

/** The footnotes a record defines, as finish reads them. */
function definitionsOf(r: BlockRecord): Definition[] {
  let found = definitionsIn(r.text, inSmallPrint(r));
  if (!found.length && (r.role === 'footnote' || r.role === 'footer') && r.listIndex !== undefined) {
    found = [{ key: String(r.listIndex), marker: String(r.listIndex), text: r.text, start: 0, end: r.text.length }];
  }
  return found;
}

function* finishAll(doc: Document, walked: BlockRecord[]): Generator<void, Finished> {
  const recs = joinFigures(walked);
  yield;
  const byElement = new Map<Element, BlockRecord>();
  for (const r of recs) if (!r.alt) byElement.set(r.el, r);
  const roles = new Map<BlockRecord, Role>();

  // The hero (roles.ts).
  heroRoles(recs, roles);
  yield;

  // Footnotes: blocks that start with a marker, numbered lists in footnote sections.
  const defs = new Map<string, FoundDefinition[]>();
  const defining = new Map<BlockRecord, Definition[]>();
  for (let i = 0; i < recs.length; i++) {
    const r = recs[i] as BlockRecord;
    if (r.alt) continue;
    const found = definitionsOf(r);
    if (!found.length) continue;
    defining.set(r, found);
    const rank = r.role === 'footnote' ? 3 : inSmallPrint(r) ? 2 : 1;
    for (const d of found) {
      const list = defs.get(d.key);
      if (list) list.push({ ...d, rec: r, rank });
      else defs.set(d.key, [{ ...d, rec: r, rank }]);
    }
    if (definesAsFootnote(r.role)) roles.set(r, 'footnote');
    if ((i & 255) === 0) yield;
  }

  const head = headBlocks(doc);
  const f: Finished = {
    walked,
    recs,
    at: new Map(),
    blocks: head,
    sources: new Map(),
    head: head.length,
    byElement,
    roles,
    defs,
    defining,
    referred: new Set(),
  };
  for (let i = 0; i < recs.length; i++) {
    const r = recs[i] as BlockRecord;
    f.at.set(r, i);
    f.blocks.push(blockOf(r, f));
    if (!r.alt) f.sources.set(r.id, { element: r.el, doc: r.doc, segments: r.segments, onDemand: r.onDemand });
    if ((i & 127) === 0) yield;
  }
  return f;
}

/** From the walk's records to TextBlocks: footnotes linked, the hero found, nearby evidence links attached. */
export function* finish(doc: Document, walked: BlockRecord[]): Generator<void, { blocks: TextBlock[]; sources: Map<string, BlockSource> }> {
  const { blocks, sources } = yield* finishAll(doc, walked);
  return { blocks, sources };
}

const isFigure = (r: BlockRecord | undefined) => !!r && !r.alt && r.text.length <= 16 && FIGURE.test(r.text);

/**
 * Finish only what a few blocks read again change, in a copy of the last finish; null when they
 * may change more than themselves (a footnote defined or pointed at, a stat card's figure or
 * label, the hero's heading), and a whole finish is needed.
 */
function finishPatch(last: Finished, patched: PatchedRecord[]): { f: Finished; changed: number[] } | null {
  for (const { at, old, fresh } of patched) {
    if (last.walked[at] !== old || !last.at.has(old) || fresh.role !== old.role) return null;
    if (isFigure(old) || isFigure(fresh) || isFigure(last.walked[at - 1]) || isFigure(last.walked[at + 1])) return null;
    if (last.defining.has(old) || definitionsOf(fresh).length || last.referred.has(old) || localNameOf(old.el) === 'h1') return null;
  }
  const f: Finished = {
    ...last,
    walked: last.walked.slice(),
    recs: last.recs.slice(),
    at: new Map(last.at),
    blocks: last.blocks.slice(),
    roles: new Map(last.roles),
    byElement: new Map(last.byElement),
  };
  const redo = new Set<BlockRecord>();
  for (const { at, old, fresh } of patched) {
    const i = f.at.get(old) as number;
    f.walked[at] = fresh;
    f.recs[i] = fresh;
    f.at.delete(old);
    f.at.set(fresh, i);
    f.byElement.set(fresh.el, fresh);
    const role = f.roles.get(old);
    f.roles.delete(old);
    if (role) f.roles.set(fresh, role);
    f.sources.set(fresh.id, { element: fresh.el, doc: fresh.doc, segments: fresh.segments, onDemand: fresh.onDemand });
    redo.add(fresh);
    // Blocks whose next elements hold this one may show its links as theirs ("Read the study" under a claim).
    for (let a: Element | null = fresh.el, depth = 0; a && depth < 64; a = parentElementOf(a), depth++) {
      for (let s = a.previousElementSibling, k = 0; s && k < 2; s = s.previousElementSibling, k++) {
        const r = f.byElement.get(s);
        if (r) redo.add(r);
      }
    }
  }
  const changed: number[] = [];
  for (const r of redo) {
    const i = f.at.get(r);
    if (i === undefined) continue;
    const at = f.head + i;
    const block = blockOf(r, f);
    if (sameData(block, f.blocks[at])) continue;
    f.blocks[at] = block;
    changed.push(at);
  }
  return { f, changed: changed.sort((a, b) => a - b) };
}

/** A scraper that remembers what it read, so that later scans re-read only what changed. */
export class Scraper {
  readonly walker: Walker;
  #last: Finished | null = null;

  constructor(
    readonly doc: Document,
    options: WalkOptions = {},
  ) {
    this.walker = new Walker(doc, options);
  }

  /**
   * One scan, as a generator that pauses every few hundred nodes. When only a few blocks changed
   * since the last scan, they alone are read and finished again, and `changed` says which blocks
   * differ; `full` reads the whole page whatever changed.
   */
  *run(full = false): Generator<void, Scrape> {
    const w = this.walker;
    const recs = yield* w.scan(full);
    let f: Finished | null = null;
    let patch: Pick<Scrape, 'changed' | 'touched'> = {};
    if (w.patched && this.#last) {
      const done = finishPatch(this.#last, w.patched);
      if (done) {
        f = done.f;
        patch = { changed: done.changed, touched: w.patched.map((p) => p.fresh.id) };
      }
    }
    f ??= yield* finishAll(this.doc, recs);
    this.#last = f;
    const stats = { nodes: w.nodes, blocks: f.blocks.length, chars: w.chars, reused: w.reused };
    return { blocks: f.blocks, sources: f.sources, truncated: w.truncated, stats, ...patch };
  }
}

/** Whether two pieces of JSON-like data are the same, compared in place (no serialising); a key set to undefined counts as absent. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameData(a[i], b[i])) return false;
    return true;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let n = 0;
  for (const k in x) {
    if (x[k] === undefined) continue;
    if (!Object.hasOwn(y, k) || !sameData(x[k], y[k])) return false;
    n++;
  }
  for (const k in y) if (y[k] !== undefined) n--;
  return n === 0;
}

/** Read a document's visible text into blocks, in one go. */
export function scrape(doc: Document, options: WalkOptions = {}): Scrape {
  const run = new Scraper(doc, options).run();
  for (;;) {
    const step = run.next();
    if (step.done) return step.value;
  }
}
