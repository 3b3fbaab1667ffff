// The walk over the rendered page: one pass, top down, over the flat tree (into open
// shadow roots, slots and same-origin iframes). Text is gathered into blocks with the
// offsets of every text node it came from, so marks can later be drawn over it.
// The walk is a generator: the caller decides when to pause (the content script yields
// to the page every few milliseconds; the command line runs it to the end).
import type { Link, Role } from '../../heuristics/types';
import { BLOCK_LIMITS } from '../../utils/protocol/limits';
import {
  BLOCK,
  CLONE_TOKENS,
  COMMENT_TOKENS,
  COOKIE_TOKENS,
  isClone,
  isCookieBanner,
  isOnDemand,
  isScreenReaderOnly,
  isUserWritten,
  looksLikeCode,
  ON_DEMAND_TOKENS,
  queryAll,
  SKIP,
  tokensOf,
  ugcEntries,
} from './dom';
import { MARKER_ONLY, markerKey } from './footnotes';
import { type Generated, generatedText } from './generated';
import { blockRole, opensNavigation, sectionRole, TOKEN_ROLES } from './roles';
import {
  attr,
  closestOf,
  firstChildOf,
  hasAttr,
  hasAttrs,
  idOf,
  localNameOf,
  nextSiblingOf,
  nodeTypeOf,
  openShadowRootOf,
  ownerDocumentOf,
  parentElementOf,
  parentNodeOf,
  rootNodeOf,
  styleOf,
  textOf,
  visibleByCheck,
} from './safe-dom';
import { seenCache, segmentSeen } from './visibility';

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

/** One block of text being read, or read in an earlier scan and still valid. */
export interface BlockRecord {
  id: string;
  el: Element;
  doc: Document;
  /** The role the block's place on the page gives it, before footnotes and the hero are worked out. */
  role: Role;
  text: string;
  segments: Segment[];
  refs: RefMarker[];
  links: Link[];
  /** No block nested inside: safe to reuse whole while nothing in it changes. */
  leaf: boolean;
  /** Hidden now but shown on demand (an inactive tab, a slide, a closed accordion). */
  onDemand: boolean;
  /** In small print (<small>, footer): a plain "1." there starts a footnote. */
  small: boolean;
  /** Position in its ordered list, for footnotes written as an <ol>. */
  listIndex?: number;
  /** Image alt text: not drawn over, no segments. */
  alt?: boolean;
}

interface Building extends BlockRecord {
  /** Where the block stands in the scan's list. */
  slot: number;
  /** The context the block was entered in, and whether the walk was skimming then: enough to read it again alone. */
  from: Ctx;
  skimmed: boolean;
  parts: string[];
  len: number;
  spaced: boolean;
  needBreak: boolean;
  lastParent: Element | null;
}

interface Ctx {
  doc: Document;
  role: Role | null;
  nav: boolean;
  small: boolean;
  onDemand: boolean;
  /** Re-read everything below: an attribute changed above. */
  force: boolean;
  /** Inside <sup> or a note link: a lone number or symbol here is a footnote reference. */
  ref: boolean;
  refTarget?: string;
  /** The link around everything here (a card wrapped in <a>): a link of every block inside. */
  link?: Link;
  rec: Building | null;
  /** Inside an <svg>: only its <text> is read, each a block. */
  svg?: boolean;
}

interface Frame {
  ctx: Ctx;
  /** The block this frame opened, closed when the frame ends. */
  opened: Building | null;
  next: Node | null;
  list: Node[] | null;
  i: number;
  /** Ordered list counter, for <ol> frames. */
  counter?: number;
  /** Words a stylesheet puts after the element (::after), added when the frame ends. */
  after?: string;
}

export interface WalkLimits {
  /** Characters kept per block. */
  blockChars: number;
  /** Blocks per scan. */
  blocks: number;
  /** Characters per scan. */
  chars: number;
  /** Nesting depth followed. */
  depth: number;
}

export const DEFAULT_LIMITS: WalkLimits = { blockChars: BLOCK_LIMITS.text, blocks: 5000, chars: 600_000, depth: 600 };

/** Past the limits, the rest of the page is skimmed for blocks that say what the page is: these roles, this many at most. */
const SKIM_ROLES = new Set<Role>(['hero', 'pricing', 'footnote', 'faq', 'footer']);
/** Headings kept while skimming: section titles, not the titles of a thousand cards. */
const SKIM_HEADINGS = new Set(['h1', 'h2']);
const SKIM_BLOCKS = 600;

export interface WalkOptions {
  /** Whether the document has layout (a browser) or not (happy-dom): without it visibility is read from attributes and inline styles. */
  layout?: boolean;
  /** A closed shadow root, where the browser lets an extension see it. */
  shadowRootOf?: (el: Element) => ShadowRoot | null;
  /** Elements of Sceptic's own (the hover card) that are never read. */
  ignore?: (el: Element) => boolean;
  limits?: Partial<WalkLimits>;
}

const WS = 0;
const KEEP = 1;
const DROP = 2;

function charClass(c: number): number {
  if (c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 0xa0 || c === 0x3000 || c === 0x202f || c === 0x2007) return WS;
  if ((c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff || c === 0xad) return DROP;
  return KEEP;
}

/**
 * A quick test of a class attribute or id before splitting it into words: does it contain any
 * word the scraper cares about? Built from the word lists (dom.ts, roles.ts), so they cannot drift apart.
 */
const INTERESTING = new RegExp(
  [...TOKEN_ROLES.flatMap(([, w]) => [...w]), ...COOKIE_TOKENS, ...COMMENT_TOKENS, ...CLONE_TOKENS, ...ON_DEMAND_TOKENS, 'btn', 'button', 'cta'].join('|'),
  'i',
);

const WORD_END = /[\p{L}\p{N}]$/u;
const NONE: string[] = [];
const WORD_START = /^[\p{L}\p{N}]/u;

function hasLayout(doc: Document): boolean {
  const view = doc.defaultView as (Window & { happyDOM?: unknown }) | null;
  return !!view && !('happyDOM' in view) && typeof (doc.documentElement as HTMLElement | null)?.checkVisibility === 'function';
}

function inlineHidden(el: Element): boolean {
  const style = styleOf(el);
  if (!style) return false;
  return style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse' || style.contentVisibility === 'hidden';
}

/** How a leaf block was read: to read it again alone when only its own content changes. */
interface LeafFrom {
  ctx: Ctx;
  skim: boolean;
  /** Its characters were counted before the walk began to skim (they move where skimming begins). */
  beforeSkim: boolean;
}

/** A leaf block read again alone: where it stands in the records, what it was, what it is now. */
export interface PatchedRecord {
  at: number;
  old: BlockRecord;
  fresh: BlockRecord;
}

const NO_DIRT = new Set<Node>();

export class Walker {
  readonly layout: boolean;
  /** What this scan learnt of the layout once, for the visibility of every block (content/visibility.ts). */
  #seen = seenCache();
  /** Words the page's stylesheets put on elements (content/generated.ts), found once per scan. */
  #generated = new Map<Element, Generated>();
  /** A frame's document was just entered: pause before reading it. */
  #frameEntered = false;
  /** Entries whose authors are linked rel="ugc": visitors' text, found once per scan. */
  #ugc = new Set<Element>();
  readonly limits: WalkLimits;
  /** Reusable leaf blocks from earlier scans. */
  readonly #cache = new WeakMap<Element, BlockRecord>();
  /** How each reusable leaf block was read. */
  readonly #from = new WeakMap<Element, LeafFrom>();
  /**
   * Leaf blocks whose own content changed since the last scan, to be read again alone; null when
   * something else changed (or nothing was read yet) and the next scan must walk the page.
   */
  #patch: Set<Element> | null = null;
  /** Why the last full walk began to skim ('blocks' or 'chars'), if it did, and the characters counted then. */
  #truncatedBy: 'blocks' | 'chars' | null = null;
  #charsAtSkim = 0;
  /** Records by element, for the last scan's records. */
  #index: Map<Element, number> | null = null;
  /** Block ids by element, stable for the life of the element. */
  readonly #ids = new WeakMap<Element, string>();
  #nextId = 0;
  /** Elements whose attributes changed: everything below is read again. */
  #dirtyRoots = new Set<Node>();
  readonly #controlled = new Map<Document | ShadowRoot, Set<string>>();
  readonly #displays = new Map<Element, string>();

  // Per scan.
  records: BlockRecord[] = [];
  chars = 0;
  truncated = false;
  #skim = false;
  /** Shadow roots and documents of iframes met on the way, for the caller to observe. */
  roots = new Set<Document | ShadowRoot>();
  frames = new Set<HTMLIFrameElement>();
  /** Blocks left out of the last scan because their opacity hid them: looked at again when a fade ends. */
  faded = new Set<Element>();
  nodes = 0;
  reused = 0;
  /** What the last scan read again alone, when it did not walk the page (null when it did). */
  patched: PatchedRecord[] | null = null;

  readonly #doc: Document;
  readonly #options: WalkOptions;

  constructor(doc: Document, options: WalkOptions = {}) {
    this.#doc = doc;
    this.#options = options;
    this.layout = options.layout ?? hasLayout(doc);
    this.limits = { ...DEFAULT_LIMITS, ...options.limits };
  }

  idOf(el: Element, prefix = 'b'): string {
    let id = this.#ids.get(el);
    if (!id) {
      id = `${prefix}${this.#nextId++}`;
      this.#ids.set(el, id);
    }
    return id;
  }

  /**
   * Forget what changed, from a batch of mutation records. Changes inside leaf blocks (their text,
   * their inline elements) are remembered by block, so that the next scan reads those alone.
   */
  invalidate(records: Iterable<MutationRecord>): void {
    for (const r of records) {
      if (r.type === 'attributes') {
        const el = r.target as Element;
        // Classes on <html> and <body> flip with every scroll and theme change; they rarely hide copy.
        if (el === ownerDocumentOf(el).documentElement || el === ownerDocumentOf(el).body) continue;
        // A style change matters when it shows or hides something.
        if (r.attributeName === 'style' && !/display|visibility|opacity/.test(`${r.oldValue ?? ''} ${attr(el, 'style') ?? ''}`)) continue;
        this.#dirtyRoots.add(el);
      }
      const leaf = this.#forgetLeaf(r.target);
      if (leaf) this.#patch?.add(leaf);
      else this.#patch = null;
    }
  }

  /** Forget the block holding this node (its text will be read again). */
  forget(node: Node): void {
    this.#forgetLeaf(node);
    this.#patch = null;
  }

  /** Forget the leaf block holding this node; that block's element, or null when the node is in no remembered leaf. */
  #forgetLeaf(node: Node): Element | null {
    let el: Node | null = nodeTypeOf(node) === 1 ? node : parentNodeOf(node);
    for (let steps = 0; el && steps < 64; steps++) {
      if (nodeTypeOf(el) === 1) {
        const e = el as Element;
        if (this.#cache.has(e)) {
          this.#cache.delete(e);
          return e;
        }
        if (BLOCK.has(localNameOf(e))) return null;
      } else if (nodeTypeOf(el) === 11) {
        el = (el as ShadowRoot).host;
        continue;
      }
      el = parentNodeOf(el);
    }
    return null;
  }

  /** Forget everything: the next scan reads the page afresh. */
  forgetAll(): void {
    this.#dirtyRoots.add(this.#doc);
    this.#patch = null;
  }

  #controlledIds(el: Element): Set<string> {
    const root = rootNodeOf(el) as Document | ShadowRoot;
    let set = this.#controlled.get(root);
    if (!set) {
      set = new Set();
      let n = 0;
      for (const c of queryAll(root, '[aria-controls]')) {
        for (const id of (attr(c, 'aria-controls') ?? '').split(/\s+/)) if (id) set.add(id);
        if (++n > 500) break;
      }
      this.#controlled.set(root, set);
    }
    return set;
  }

  #visible(el: Element): boolean {
    try {
      if (visibleByCheck(el, { visibilityProperty: true, opacityProperty: false } as CheckVisibilityOptions)) return true;
      // display: contents has no box of its own, yet its children show.
      return this.#display(el) === 'contents';
    } catch {
      return true;
    }
  }

  #display(el: Element): string {
    let d = this.#displays.get(el);
    if (d === undefined) {
      try {
        d = ownerDocumentOf(el).defaultView?.getComputedStyle(el).display || 'inline';
        // A flex or grid item is a block whatever its own display says (CSS Display 3, "blockification"):
        // browsers report it so; a document without layout (the command line) is told here.
        const up = parentElementOf(el);
        if (
          !this.layout &&
          d.startsWith('inline') &&
          up &&
          /(?:^|-)(?:flex|grid)$/.test(this.#displays.get(up) ?? ownerDocumentOf(el).defaultView?.getComputedStyle(up).display ?? '')
        )
          d = 'block';
      } catch {
        d = 'inline';
      }
      this.#displays.set(el, d);
    }
    return d;
  }

  #newRecord(el: Element, ctx: Ctx, role: Role, slot: number, from: Ctx): Building {
    return {
      slot,
      from,
      skimmed: this.#skim,
      id: this.idOf(el),
      el,
      doc: ctx.doc,
      role,
      text: '',
      segments: [],
      refs: [],
      links: ctx.link ? [ctx.link] : [],
      leaf: true,
      onDemand: ctx.onDemand,
      small: ctx.small,
      parts: [],
      len: 0,
      spaced: true,
      needBreak: false,
      lastParent: null,
    };
  }

  #append(rec: Building, node: Text | null, data: string, parent: Element | null): void {
    if (rec.len >= this.limits.blockChars) return;
    if (rec.needBreak && rec.len > 0) this.#breakLine(rec);
    rec.needBreak = false;
    const n = Math.min(data.length, (this.limits.blockChars - rec.len) * 2 + 64);
    // Words in neighbouring elements that the page shows apart ("Write faster" + "with AI" in two
    // block-styled spans with no space between them in the markup) get a space.
    if (node && parent && !rec.spaced && rec.lastParent && rec.lastParent !== parent && WORD_START.test(data)) {
      const last = rec.parts[rec.parts.length - 1] ?? '';
      if (WORD_END.test(last) && this.#apart(rec.lastParent, parent, rec.el)) this.#push(rec, null, 0, ' ');
    }
    let run = -1;
    for (let i = 0; i < n; i++) {
      const k = charClass(data.charCodeAt(i));
      if (k === KEEP) {
        if (run < 0) run = i;
        continue;
      }
      if (run >= 0) {
        this.#push(rec, node, run, data.slice(run, i));
        run = -1;
      }
      if (k === WS && !rec.spaced) {
        this.#push(rec, node, i, ' ');
        rec.spaced = true;
      }
    }
    if (run >= 0) this.#push(rec, node, run, data.slice(run, n));
    if (node) rec.lastParent = parent;
  }

  /**
   * Elements that are not block by their tag but stand as boxes of their own: custom elements
   * displayed as blocks, and links styled as buttons ("Start free trial" beside "Book a demo").
   */
  #ownBox(el: Element, name: string, tokens: string[]): boolean {
    if (name === 'a') {
      if (this.layout) return this.#display(el) !== 'inline';
      return tokens.some((t) => t === 'btn' || t === 'button' || t === 'cta');
    }
    return this.layout && name.includes('-') && !this.#display(el).startsWith('inline');
  }

  /**
   * Whether a box that is not inline stands between two text nodes' parents: the elements between
   * them are those up from each to their closest common ancestor (which itself does not count).
   */
  #apart(a: Element, b: Element, stop: Element): boolean {
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
      if (!this.#display(e).startsWith('inline')) return true;
    }
    for (const e of up) {
      if (e === common) break;
      if (!this.#display(e).startsWith('inline')) return true;
    }
    return false;
  }

  #push(rec: Building, node: Text | null, offset: number, str: string): void {
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
  #trimEnd(rec: Building): void {
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

  #breakLine(rec: Building): void {
    if (rec.len === 0) return;
    this.#trimEnd(rec);
    this.#push(rec, null, 0, '\n');
  }

  #finish(rec: Building): BlockRecord | null {
    this.#trimEnd(rec);
    let text = rec.parts.join('');
    if (text.length > this.limits.blockChars) {
      // A wall of text: keep the first part, and only the segments inside it.
      text = text.slice(0, this.limits.blockChars);
      rec.segments = rec.segments.filter((s) => s.start < text.length);
      const last = rec.segments[rec.segments.length - 1];
      if (last && last.start + last.length > text.length) last.length = text.length - last.start;
    }
    if (text.trim().length < 2) return null;
    // Words no reader can see are not the page's to claim or to prove with (content/visibility.ts);
    // a block shown on demand (a closed tab, accordion or <details>) is read as it will show.
    if (this.layout && !rec.onDemand && rec.segments.length) {
      let seen: boolean | 'faded' = false;
      for (const s of rec.segments.slice(0, 3)) {
        const v = segmentSeen(s, this.#seen);
        if (v === true) {
          seen = true;
          break;
        }
        if (v === 'faded') seen = v;
      }
      if (seen !== true) {
        if (closestOf(rec.el, 'details:not([open])')) rec.onDemand = true;
        else {
          // Faded out now, perhaps about to fade in: read again once it has (content/session.ts).
          if (seen === 'faded' && this.faded.size < 500) this.faded.add(rec.el);
          return null;
        }
      }
    }
    const out: BlockRecord = {
      id: rec.id,
      el: rec.el,
      doc: rec.doc,
      role: rec.role,
      text,
      segments: rec.segments,
      refs: rec.refs,
      links: rec.links,
      leaf: rec.leaf,
      onDemand: rec.onDemand,
      small: rec.small,
      ...(rec.listIndex !== undefined ? { listIndex: rec.listIndex } : {}),
    };
    return out;
  }

  /**
   * Read the page (reusing unchanged blocks of earlier scans); pauses (yields) every few hundred
   * nodes. When only leaf blocks' own content changed since the last scan, those blocks are read
   * again alone (see `patched`); `full` walks the page whatever changed.
   */
  *scan(full = false): Generator<void, BlockRecord[]> {
    this.#seen = seenCache();
    if (this.layout) this.#generated = generatedText(this.#doc);
    this.#ugc = ugcEntries(this.#doc);
    const patch = this.#patch;
    this.#patch = null;
    if (!full && patch && this.records.length) {
      const records = yield* this.#patchScan(patch);
      if (records) {
        this.#patch = new Set();
        return records;
      }
    }
    this.patched = null;
    this.#index = null;
    this.#truncatedBy = null;
    this.#charsAtSkim = 0;
    this.records = [];
    this.chars = 0;
    this.truncated = false;
    this.#skim = false;
    this.nodes = 0;
    this.reused = 0;
    this.roots = new Set([this.#doc]);
    this.frames = new Set();
    this.faded = new Set();
    this.#displays.clear();
    this.#controlled.clear();
    const dirty = this.#dirtyRoots;
    this.#dirtyRoots = new Set();
    const forceAll = dirty.has(this.#doc);
    const body = this.#doc.body;
    if (!body) return this.records;
    const slots: Array<BlockRecord | null> = [];
    const stack: Frame[] = [];
    const root: Ctx = { doc: this.#doc, role: null, nav: false, small: false, onDemand: false, force: forceAll, ref: false, rec: null };
    this.#enter(body, root, stack, slots, dirty);
    yield* this.#drain(stack, slots, dirty, true);
    this.records = slots.filter((r): r is BlockRecord => r !== null);
    this.#patch = new Set();
    return this.records;
  }

  /**
   * Walk what the stack holds to its end. `limited`: the page's limits apply (a whole walk);
   * otherwise a single block is being read again.
   */
  *#drain(stack: Frame[], slots: Array<BlockRecord | null>, dirty: Set<Node>, limited: boolean): Generator<void, void> {
    let stop = false;
    while (stack.length) {
      const f = stack[stack.length - 1] as Frame;
      let child: Node | null = null;
      if (stop) child = null;
      else if (f.list) child = f.list[f.i++] ?? null;
      else {
        child = f.next;
        if (child) f.next = nextSiblingOf(child);
      }
      if (!child) {
        stack.pop();
        if (f.after && f.ctx.rec) this.#append(f.ctx.rec, null, f.after, null);
        if (f.opened) {
          const done = this.#finish(f.opened);
          slots[f.opened.slot] = done;
          if (done) {
            if (done.leaf) {
              this.#cache.set(done.el, done);
              this.#from.set(done.el, { ctx: f.opened.from, skim: f.opened.skimmed, beforeSkim: !this.#skim });
            }
            if (limited) this.chars += done.text.length;
          } else this.#cache.delete(f.opened.el);
          const parent = stack[stack.length - 1]?.ctx.rec;
          if (parent) parent.needBreak = true;
        }
        continue;
      }
      if ((++this.nodes & 63) === 0 || this.#frameEntered) {
        // A frame's document is laid out the first time it is asked anything: a pause before each.
        this.#frameEntered = false;
        yield;
      }
      if (nodeTypeOf(child) === 3) {
        this.#text(child as Text, f.ctx);
      } else if (nodeTypeOf(child) === 1) {
        if (stack.length >= this.limits.depth) continue;
        if (limited && !this.#skim && (slots.length >= this.limits.blocks || this.chars >= this.limits.chars)) {
          // Too much for one page: from here on keep only headings, pricing, footnotes and FAQ.
          this.truncated = true;
          this.#skim = true;
          this.#truncatedBy = this.chars >= this.limits.chars ? 'chars' : 'blocks';
          this.#charsAtSkim = this.chars;
        }
        if (limited && this.#skim && slots.length >= this.limits.blocks + SKIM_BLOCKS) {
          stop = true;
          continue;
        }
        this.#enter(child as Element, f.ctx, stack, slots, dirty, f);
      }
    }
  }

  /**
   * Read again, alone, the leaf blocks whose own content changed, and put them in place of what
   * they were; the rest of the last scan stands. Null when that cannot give what a whole walk
   * would (a block that gained a block inside, an image, or so many characters that the page's
   * limits fall elsewhere): the caller then walks the page.
   */
  *#patchScan(patch: Set<Element>): Generator<void, BlockRecord[] | null> {
    if (this.#truncatedBy === 'chars') return null;
    const records = this.records;
    if (!this.#index) {
      this.#index = new Map();
      for (let i = 0; i < records.length; i++) {
        const r = records[i] as BlockRecord;
        if (!r.alt) this.#index.set(r.el, i);
      }
    }
    this.#displays.clear();
    this.#controlled.clear();
    const changes: PatchedRecord[] = [];
    let delta = 0;
    let deltaBeforeSkim = 0;
    let nodes = 0;
    const skim = this.#skim;
    for (const leaf of patch) {
      const at = this.#index.get(leaf);
      const from = this.#from.get(leaf);
      // A link styled as a block lends its link to the block around it: that block must be read again too.
      if (at === undefined || !from || !leaf.isConnected || localNameOf(leaf) === 'a') return null;
      const old = records[at] as BlockRecord;
      const next = records[at + 1];
      if (next?.alt && leaf.contains(next.el)) return null;
      const slots: Array<BlockRecord | null> = [];
      const stack: Frame[] = [];
      this.#skim = from.skim;
      const counted = this.nodes;
      this.#enter(leaf, from.ctx, stack, slots, NO_DIRT);
      yield* this.#drain(stack, slots, NO_DIRT, false);
      this.#skim = skim;
      nodes += this.nodes - counted;
      const fresh = slots[0];
      if (slots.length !== 1 || !fresh || !fresh.leaf || fresh.el !== leaf) return null;
      if (old.listIndex !== undefined) fresh.listIndex = old.listIndex;
      delta += fresh.text.length - old.text.length;
      if (from.beforeSkim) deltaBeforeSkim += fresh.text.length - old.text.length;
      this.#from.set(leaf, from);
      changes.push({ at, old, fresh });
    }
    if (!this.truncated && this.chars + delta >= this.limits.chars) return null;
    if (this.#truncatedBy === 'blocks' && this.#charsAtSkim + deltaBeforeSkim >= this.limits.chars) return null;
    const out = records.slice();
    for (const c of changes) out[c.at] = c.fresh;
    this.records = out;
    this.chars += delta;
    this.#charsAtSkim += deltaBeforeSkim;
    // Attribute changes inside the blocks read again are taken care of.
    this.#dirtyRoots = new Set();
    this.nodes = nodes;
    this.reused = out.length - changes.length;
    this.patched = changes;
    return out;
  }

  #text(node: Text, ctx: Ctx): void {
    const rec = ctx.rec;
    if (!rec) return;
    const data = node.data;
    if (!data) return;
    if (ctx.ref) {
      const mark = data.trim();
      if (mark && MARKER_ONLY.test(mark)) {
        const last = rec.parts[rec.parts.length - 1] ?? '';
        // A bare number in <sup> right after a digit is an exponent (10⁶), not a reference.
        const exponent = !ctx.refTarget && /^\d+$/.test(mark) && /\d$/.test(last);
        if (!exponent) {
          rec.refs.push({
            marker: mark,
            key: markerKey(mark),
            at: rec.spaced ? Math.max(0, rec.len - 1) : rec.len,
            ...(ctx.refTarget ? { target: ctx.refTarget } : {}),
            from: parentElementOf(node) ?? rec.el,
          });
          return;
        }
      }
    }
    this.#append(rec, node, data, parentElementOf(node));
  }

  #enter(el: Element, pctx: Ctx, stack: Frame[], slots: Array<BlockRecord | null>, dirty: Set<Node>, parentFrame?: Frame): void {
    if (this.#options.ignore?.(el)) return;
    const name = localNameOf(el);
    if (SKIP.has(name)) return;
    const rec = pctx.rec;
    if (name === 'br') {
      if (rec) this.#breakLine(rec);
      return;
    }
    if (name === 'wbr') return;
    if (name === 'img') {
      this.#altText(el, pctx, slots);
      return;
    }
    if (name === 'input') {
      const type = (attr(el, 'type') ?? '').toLowerCase();
      const value = attr(el, 'value');
      if (rec && value && (type === 'submit' || type === 'button') && !hasAttr(el, 'hidden')) this.#append(rec, null, ` ${value} `, null);
      return;
    }
    if (name === 'pre' && looksLikeCode(el)) return;
    if (name === 'svg') {
      // A drawing's words are its <text> elements (not its <title> or <desc>, which do not show).
      if (pctx.svg) return;
      const texts = queryAll(el, 'text');
      if (texts.length && texts.length < 200) stack.push({ ctx: { ...pctx, svg: true }, opened: null, next: null, list: texts, i: 0 });
      return;
    }
    // Most elements of a page carry no attribute at all: one question instead of a dozen.
    const attrs = hasAttrs(el);
    const cls = attrs ? attr(el, 'class') : null;
    const id = attrs ? idOf(el) : '';
    const aria = attrs ? attr(el, 'role') : null;
    const tokens = (cls && INTERESTING.test(cls)) || (id && INTERESTING.test(id)) ? tokensOf(el) : NONE;
    let onDemand = pctx.onDemand;
    // What the reader sees decides, whatever the markup says: aria-hidden and inert hide nothing
    // from the eye, and a class name (sr-only, d-none, clone) is only a name until a stylesheet
    // acts on it, which the layout then shows. Without layout (the command line) the hidden
    // attribute and those class names are all there is to go by.
    const ariaHidden = attrs && attr(el, 'aria-hidden') === 'true';
    const hiddenAttr = attrs && hasAttr(el, 'hidden');
    if (ariaHidden && isOnDemand(el, tokens, this.#controlledIds(el))) onDemand = true;
    else if (!this.layout && hiddenAttr) {
      if (isClone(el, tokens)) return;
      if (isOnDemand(el, tokens, this.#controlledIds(el))) onDemand = true;
      else return;
    }
    // Visitors' comments are not the vendor's to claim or to prove with.
    if ((attrs && isUserWritten(el, tokens)) || (this.#ugc.size !== 0 && this.#ugc.has(el))) return;
    if (tokens.length) {
      if (isCookieBanner(el, tokens)) return;
      if (!this.layout && isClone(el, tokens)) return;
    } else if (name === 'dialog' || aria === 'dialog' || aria === 'alertdialog' || name === 'aside') {
      if (isCookieBanner(el, tokens)) return;
    }
    if (!this.layout && cls && isScreenReaderOnly(el)) return;
    const isBlock = BLOCK.has(name) || (name === 'text' && pctx.svg === true) || this.#ownBox(el, name, tokens);
    if (!onDemand) {
      // Asking the browser whether an element shows costs microseconds. Pages hide things through
      // attributes (a class, an id, a style, hidden) or the browser's own rules (a closed <dialog>);
      // a block with no attribute at all shows when its parent does, bar rules that pick it out by
      // its place alone (a submenu under "nav li"), which then read as shown.
      const check = this.layout ? (attrs && (isBlock || cls !== null || hiddenAttr || hasAttr(el, 'style'))) || name === 'dialog' : attrs;
      const hidden = check && (this.layout ? !this.#visible(el) : inlineHidden(el));
      if (hidden) {
        if (isOnDemand(el, tokens, this.#controlledIds(el))) onDemand = true;
        else return;
      }
    } else if (attrs && inlineHidden(el) && !isOnDemand(el, tokens, this.#controlledIds(el))) return;

    // Context for what is inside.
    let ctx = pctx;
    const change = (patch: Partial<Ctx>) => {
      ctx = ctx === pctx ? { ...pctx, ...patch } : Object.assign(ctx, patch);
    };
    if (ctx.doc !== ownerDocumentOf(el)) change({ doc: ownerDocumentOf(el) });
    if (onDemand !== pctx.onDemand) change({ onDemand });
    if (!pctx.force && dirty.has(el)) change({ force: true });
    const section = sectionRole(el, name, tokens, aria);
    if (section && section !== pctx.role) change({ role: section });
    if (opensNavigation(name, aria)) change({ nav: true });
    if (name === 'small' && !pctx.small) change({ small: true });
    if (name === 'sup') change({ ref: true });
    if (name === 'a') {
      const href = attr(el, 'href') ?? '';
      if (href.startsWith('#') && href.length > 1) {
        const noteLike = pctx.ref || attr(el, 'role') === 'doc-noteref' || /^#(?:fn|footnote|note|ref|cite)/i.test(href);
        if (noteLike) change({ ref: true, refTarget: decodeURIComponent(href.slice(1)) });
      } else if (href && !/^\s*javascript:/i.test(href)) {
        const resolved = (el as HTMLAnchorElement).href || href;
        const link = { href: resolved.slice(0, BLOCK_LIMITS.href), text: (textOf(el) ?? '').replace(/\s+/gu, ' ').trim().slice(0, BLOCK_LIMITS.linkText) };
        if (rec && rec.links.length < 10) rec.links.push(link);
        change({ link });
      }
    }

    const frame: Frame = { ctx, opened: null, next: null, list: null, i: 0 };
    if (isBlock && name !== 'iframe') {
      const role = blockRole(name, ctx.role, ctx.nav, aria);
      if (this.#skim && !SKIM_ROLES.has(role) && !(role === 'heading' && SKIM_HEADINGS.has(name))) {
        // Skimming: this block's own text is left out; blocks inside it may still count.
        change({ rec: null });
        frame.ctx = ctx;
        frame.next = firstChildOf(el);
        stack.push(frame);
        return;
      }
      const cached = this.#cache.get(el);
      // An item of an ordered list is reused only at the place it had: its number is part of it.
      const listIndex = name === 'li' && parentFrame?.counter !== undefined ? parentFrame.counter + 1 : undefined;
      if (cached?.leaf && !ctx.force && cached.role === role && cached.onDemand === ctx.onDemand && cached.doc === ctx.doc && cached.listIndex === listIndex) {
        if (rec) {
          rec.leaf = false;
          rec.needBreak = true;
        }
        if (listIndex !== undefined && parentFrame) parentFrame.counter = listIndex;
        slots.push(cached);
        this.chars += cached.text.length;
        this.#from.set(el, { ctx: pctx, skim: this.#skim, beforeSkim: !this.#skim });
        this.reused++;
        return;
      }
      if (rec) rec.leaf = false;
      const building = this.#newRecord(el, ctx, role, slots.length, pctx);
      if (listIndex !== undefined && parentFrame) building.listIndex = parentFrame.counter = listIndex;
      slots.push(building);
      frame.opened = building;
      change({ rec: building, ref: false });
      delete ctx.refTarget;
      frame.ctx = ctx;
    }
    if (name === 'ol') {
      const start = Number(attr(el, 'start'));
      frame.counter = Number.isInteger(start) && start > 0 ? start - 1 : 0;
    }

    const gen = this.#generated.size ? this.#generated.get(el) : undefined;
    if (gen) {
      if (gen.before && ctx.rec) this.#append(ctx.rec, null, gen.before, null);
      if (gen.after) frame.after = gen.after;
    }

    // Children in rendering order: a shadow root's, a slot's assigned nodes, an iframe's document.
    if (name === 'iframe') {
      let inner: Document | null = null;
      try {
        inner = (el as HTMLIFrameElement).contentDocument;
      } catch {
        inner = null; // cross-origin
      }
      this.frames.add(el as HTMLIFrameElement);
      if (!inner?.body) return;
      this.roots.add(inner);
      this.#frameEntered = true;
      const innerCtx: Ctx = { ...ctx, doc: inner, rec: null, force: ctx.force || dirty.has(inner) };
      if (rec) rec.leaf = false;
      const f: Frame = { ctx: innerCtx, opened: null, next: null, list: [inner.body], i: 0 };
      stack.push(f);
      return;
    }
    let shadow: ShadowRoot | null = null;
    try {
      shadow = openShadowRootOf(el) ?? this.#options.shadowRootOf?.(el) ?? null;
    } catch {
      shadow = null;
    }
    if (shadow) {
      this.roots.add(shadow);
      if (dirty.has(shadow)) change({ force: true });
      frame.ctx = ctx;
      frame.next = firstChildOf(shadow);
      if (ctx.rec) ctx.rec.leaf = false;
    } else if (name === 'slot') {
      const assigned = (el as HTMLSlotElement).assignedNodes?.({ flatten: true }) ?? [];
      if (assigned.length) frame.list = assigned;
      else frame.next = firstChildOf(el);
    } else frame.next = firstChildOf(el);
    stack.push(frame);
  }

  #altText(img: Element, ctx: Ctx, slots: Array<BlockRecord | null>): void {
    const alt = (attr(img, 'alt') ?? '').replace(/\s+/gu, ' ').trim();
    // Short alts are labels ("Logo"); file names are not text.
    if (alt.length < 16 || !alt.includes(' ') || /\.(?:png|jpe?g|gif|webp|svg)$/i.test(alt)) return;
    if (attr(img, 'aria-hidden') === 'true' || hasAttr(img, 'hidden')) return;
    if (!ctx.onDemand && (this.layout ? !this.#visible(img) : inlineHidden(img))) return;
    const text = alt.slice(0, 500);
    slots.push({
      id: this.idOf(img, 'img'),
      el: img,
      doc: ctx.doc,
      role: 'alt',
      text,
      segments: [],
      refs: [],
      links: [],
      leaf: true,
      onDemand: ctx.onDemand,
      small: false,
      alt: true,
    });
    this.chars += text.length;
  }
}
