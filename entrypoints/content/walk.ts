// The walk over the rendered page: one pass, top down, over the flat tree (into open
// shadow roots, slots and same-origin iframes), and the cache of leaf blocks that lets a later
// scan reuse what did not change, or read again alone the blocks that did. Text is gathered into
// blocks (text.ts) with the offsets of every text node it came from, so marks can later be drawn
// over it; whether an element shows is asked of visibility.ts, its role of roles.ts.
// The walk is a generator: the caller decides when to pause (the content script yields
// to the page every few milliseconds; the command line runs it to the end).
import type { Link, Role } from '../../heuristics/types';
import { BLOCK_LIMITS } from '../../utils/protocol/limits';
import {
  BLOCK,
  CLONE_TOKENS,
  COMMENT_TOKENS,
  COOKIE_TOKENS,
  isCookieBanner,
  isUserWritten,
  linkOf,
  looksLikeCode,
  ON_DEMAND_TOKENS,
  queryAll,
  SKIP,
  tokensOf,
  ugcEntries,
} from './dom';
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
  parentNodeOf,
} from './safe-dom';
import { appendText, breakLine, finishText, type RefMarker, readTextNode, type Segment, type TextBuild, type TextContext } from './text';
import { blockSeen, byLayout, byMarkup, displayOf, hasLayout, hides, newSight, type Sight } from './visibility';

export type { RefMarker, Segment } from './text';

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

interface Building extends BlockRecord, TextBuild {
  /** Where the block stands in the scan's list. */
  slot: number;
  /** The context the block was entered in, and whether the walk was skimming then: enough to read it again alone. */
  from: Ctx;
  skimmed: boolean;
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

/**
 * A quick test of a class attribute or id before splitting it into words: does it contain any
 * word the scraper cares about? Built from the word lists (dom.ts, roles.ts), so they cannot drift apart.
 */
const INTERESTING = new RegExp(
  [...TOKEN_ROLES.flatMap(([, w]) => [...w]), ...COOKIE_TOKENS, ...COMMENT_TOKENS, ...CLONE_TOKENS, ...ON_DEMAND_TOKENS, 'btn', 'button', 'cta'].join('|'),
  'i',
);

const NONE: string[] = [];

/** A frame that walks a list of nodes, or (with none) the children it is given once made. */
function frameOf(ctx: Ctx, list: Node[] | null): Frame {
  return { ctx, opened: null, next: null, list, i: 0 };
}

/** The context `ctx` with `patch` applied: a copy of the parent's `pctx` the first time, then changed in place. */
function changed(ctx: Ctx, pctx: Ctx, patch: Partial<Ctx>): Ctx {
  return ctx === pctx ? { ...pctx, ...patch } : Object.assign(ctx, patch);
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
  /** Whether each element shows, with what this scan learnt of the layout once (content/visibility.ts). */
  #sight: Sight;
  /** What assembling a block's text needs (content/text.ts). */
  readonly #tc: TextContext;
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
    this.#sight = newSight(this.layout);
    this.#tc = { max: this.limits.blockChars, display: (el) => displayOf(this.#sight, el) };
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

  /**
   * Elements that are not block by their tag but stand as boxes of their own: custom elements
   * displayed as blocks, and links styled as buttons ("Start free trial" beside "Book a demo").
   */
  #ownBox(el: Element, name: string, tokens: string[]): boolean {
    if (name === 'a') {
      if (this.layout) return displayOf(this.#sight, el) !== 'inline';
      return tokens.some((t) => t === 'btn' || t === 'button' || t === 'cta');
    }
    return this.layout && name.includes('-') && !displayOf(this.#sight, el).startsWith('inline');
  }

  #finish(rec: Building): BlockRecord | null {
    const text = finishText(rec, this.limits.blockChars);
    if (text === null) return null;
    // Words no reader can see are not the page's to claim or to prove with (content/visibility.ts);
    // a block shown on demand (a closed tab, accordion or <details>) is read as it will show.
    if (this.layout && !rec.onDemand && rec.segments.length) {
      const seen = blockSeen(rec.segments, this.#sight.seen);
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
    // Each element's display, the controlled ids and the layout are learnt afresh.
    this.#sight = newSight(this.layout);
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
        if (f.after && f.ctx.rec) appendText(f.ctx.rec, null, f.after, null, this.#tc);
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
        if (f.ctx.rec) readTextNode(f.ctx.rec, child as Text, f.ctx, this.#tc);
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

  /**
   * Enter an element met on the walk: read it whole if it is one (a line break, an image's alt
   * text, a button's value, a drawing), leave it out if it does not show or is not the vendor's
   * copy, else work out the context for what is inside, open its block if it starts one, and
   * push the frame that walks its children.
   */
  #enter(el: Element, pctx: Ctx, stack: Frame[], slots: Array<BlockRecord | null>, dirty: Set<Node>, parentFrame?: Frame): void {
    if (this.#options.ignore?.(el)) return;
    const name = localNameOf(el);
    if (SKIP.has(name) || this.#readWhole(el, name, pctx, stack, slots)) return;
    // Most elements of a page carry no attribute at all: one question instead of a dozen.
    const attrs = hasAttrs(el);
    const cls = attrs ? attr(el, 'class') : null;
    const id = attrs ? idOf(el) : '';
    const aria = attrs ? attr(el, 'role') : null;
    const tokens = (cls && INTERESTING.test(cls)) || (id && INTERESTING.test(id)) ? tokensOf(el) : NONE;
    const hiddenAttr = attrs && hasAttr(el, 'hidden');
    const sight = this.#sight;
    let onDemand = byMarkup(sight, el, tokens, cls, attrs && attr(el, 'aria-hidden') === 'true', hiddenAttr, pctx.onDemand);
    if (onDemand === null) return;
    // Visitors' comments are not the vendor's to claim or to prove with; nor is a cookie banner.
    if ((attrs && isUserWritten(el, tokens)) || (this.#ugc.size !== 0 && this.#ugc.has(el))) return;
    if (tokens.length || name === 'dialog' || aria === 'dialog' || aria === 'alertdialog' || name === 'aside') {
      if (isCookieBanner(el, tokens)) return;
    }
    const isBlock = BLOCK.has(name) || (name === 'text' && pctx.svg === true) || this.#ownBox(el, name, tokens);
    onDemand = byLayout(sight, el, name, tokens, attrs, cls, hiddenAttr, isBlock, onDemand);
    if (onDemand === null) return;

    const frame = frameOf(this.#context(el, name, pctx, tokens, aria, onDemand, dirty), null);
    if (isBlock && name !== 'iframe' && this.#openBlock(el, name, aria, pctx, frame, stack, slots, parentFrame)) return;
    if (name === 'ol') {
      const start = Number(attr(el, 'start'));
      frame.counter = Number.isInteger(start) && start > 0 ? start - 1 : 0;
    }
    const gen = this.#generated.size ? this.#generated.get(el) : undefined;
    if (gen) {
      if (gen.before && frame.ctx.rec) appendText(frame.ctx.rec, null, gen.before, null, this.#tc);
      if (gen.after) frame.after = gen.after;
    }
    this.#children(el, name, pctx, frame, stack, dirty);
  }

  /** Elements read whole, or never entered: a line break, an image's alt text, a button's value, code, a drawing's words. True when done. */
  #readWhole(el: Element, name: string, pctx: Ctx, stack: Frame[], slots: Array<BlockRecord | null>): boolean {
    const rec = pctx.rec;
    if (name === 'br') {
      if (rec) breakLine(rec);
      return true;
    }
    if (name === 'wbr') return true;
    if (name === 'img') {
      this.#altText(el, pctx, slots);
      return true;
    }
    if (name === 'input') {
      const type = (attr(el, 'type') ?? '').toLowerCase();
      const value = attr(el, 'value');
      if (rec && value && (type === 'submit' || type === 'button') && !hasAttr(el, 'hidden')) appendText(rec, null, ` ${value} `, null, this.#tc);
      return true;
    }
    if (name === 'pre' && looksLikeCode(el)) return true;
    if (name === 'svg') {
      // A drawing's words are its <text> elements (not its <title> or <desc>, which do not show).
      if (pctx.svg) return true;
      const texts = queryAll(el, 'text');
      if (texts.length && texts.length < 200) stack.push(frameOf({ ...pctx, svg: true }, texts));
      return true;
    }
    return false;
  }

  /** The context for what is inside an element: its document, section role, navigation, small print, references and link. */
  #context(el: Element, name: string, pctx: Ctx, tokens: string[], aria: string | null, onDemand: boolean, dirty: Set<Node>): Ctx {
    let ctx = pctx;
    const change = (patch: Partial<Ctx>) => {
      ctx = changed(ctx, pctx, patch);
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
        const link = linkOf(resolved, el);
        const rec = pctx.rec;
        if (rec && rec.links.length < 10) rec.links.push(link);
        change({ link });
      }
    }
    return ctx;
  }

  /**
   * Open the block an element starts: reused whole from the cache when nothing in it changed, left
   * out while skimming unless its role says what the page is. True when the element is done with.
   */
  #openBlock(
    el: Element,
    name: string,
    aria: string | null,
    pctx: Ctx,
    frame: Frame,
    stack: Frame[],
    slots: Array<BlockRecord | null>,
    parentFrame?: Frame,
  ): boolean {
    const ctx = frame.ctx;
    const rec = pctx.rec;
    const role = blockRole(name, ctx.role, ctx.nav, aria);
    if (this.#skim && !SKIM_ROLES.has(role) && !(role === 'heading' && SKIM_HEADINGS.has(name))) {
      // Skimming: this block's own text is left out; blocks inside it may still count.
      frame.ctx = changed(ctx, pctx, { rec: null });
      frame.next = firstChildOf(el);
      stack.push(frame);
      return true;
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
      return true;
    }
    if (rec) rec.leaf = false;
    const building = this.#newRecord(el, ctx, role, slots.length, pctx);
    if (listIndex !== undefined && parentFrame) building.listIndex = parentFrame.counter = listIndex;
    slots.push(building);
    frame.opened = building;
    const inner = changed(ctx, pctx, { rec: building, ref: false });
    delete inner.refTarget;
    frame.ctx = inner;
    return false;
  }

  /** Walk an element's children in rendering order: a shadow root's, a slot's assigned nodes, an iframe's document. */
  #children(el: Element, name: string, pctx: Ctx, frame: Frame, stack: Frame[], dirty: Set<Node>): void {
    const ctx = frame.ctx;
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
      if (pctx.rec) pctx.rec.leaf = false;
      stack.push(frameOf(innerCtx, [inner.body]));
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
      if (dirty.has(shadow)) frame.ctx = changed(ctx, pctx, { force: true });
      frame.next = firstChildOf(shadow);
      if (frame.ctx.rec) frame.ctx.rec.leaf = false;
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
    if (!ctx.onDemand && hides(this.#sight, img)) return;
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
