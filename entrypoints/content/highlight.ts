// In-page marks drawn with the CSS Custom Highlight API: ranges are painted without
// touching the page's DOM or layout. Their stylesheet (marks.css) reaches pages through
// the manifest, before the page is built; frames, and pages the script was injected into
// later, get it adopted, never inserted.
import type { Verdict } from '../../heuristics/types';
import type { UiLang } from '../../locales/lang';
import type { MarkedClaim } from '../../utils/protocol';
import { HoverCard } from './hovercard';
import CSS_TEXT from './marks.css?inline';
import type { BlockSource } from './scrape';

export const HIGHLIGHT_NAMES: Record<Verdict, string> = {
  unsupported: 'sceptic-unsupported',
  weak: 'sceptic-weak',
  supported: 'sceptic-supported',
};
const HOVER = 'sceptic-hover';
const FLASH = 'sceptic-flash';

/** The flash colour, to tell whether the manifest's stylesheet reached a document. */
const FLASH_COLOUR = 'rgba(9, 105, 218, 0.5)';

type Win = Window & typeof globalThis;

export function highlightsSupported(win: Window | null): boolean {
  const w = win as Win | null;
  try {
    return !!w && typeof w.CSS !== 'undefined' && 'highlights' in w.CSS && typeof w.Highlight === 'function';
  } catch {
    return false;
  }
}

/** The DOM range of a span of a block's text, or null when its text nodes are gone. */
/**
 * Where some of the page's own words (a price, a stated limit: the text a page signal quotes,
 * always cut from a block's text) stand in the blocks read: the first block holding them whole,
 * or, for a text cut at its length limit, its opening words.
 */
export function findText(blocks: ReadonlyArray<{ id: string; text: string }>, text: string): { blockId: string; start: number; end: number } | null {
  const whole = text.trim();
  for (const want of [whole, whole.slice(0, 60).trim()]) {
    if (want.length < 2) continue;
    for (const b of blocks) {
      const at = b.text.indexOf(want);
      if (at >= 0) return { blockId: b.id, start: at, end: at + want.length };
    }
  }
  return null;
}

export function rangeFor(source: BlockSource, start: number, end: number): Range | null {
  const segs = source.segments;
  if (!segs.length || end <= start) return null;
  // First segment ending after start, last segment starting before end (binary searches: blocks can be long).
  let lo = 0;
  let hi = segs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const s = segs[mid] as (typeof segs)[number];
    if (s.start + s.length <= start) lo = mid + 1;
    else hi = mid;
  }
  const a = segs[lo];
  lo = 0;
  hi = segs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const s = segs[mid] as (typeof segs)[number];
    if (s.start < end) lo = mid;
    else hi = mid - 1;
  }
  const b = segs[lo];
  if (!a || !b || a.start + a.length <= start || b.start >= end) return null;
  if (!a.node.isConnected || !b.node.isConnected) return null;
  const startOffset = a.offset + Math.max(0, start - a.start);
  const endOffset = b.offset + Math.min(b.length, end - b.start);
  try {
    const range = a.node.ownerDocument.createRange();
    range.setStart(a.node, Math.min(a.node.data.length, startOffset));
    range.setEnd(b.node, Math.min(b.node.data.length, endOffset));
    return range.collapsed ? null : range;
  } catch {
    return null; // the page changed the text under us
  }
}

interface Mark {
  claim: MarkedClaim;
  range: Range;
  doc: Document;
  onDemand: boolean;
  /** The text nodes the claim covers, under which #byNode lists it. */
  nodes: Node[];
}

/** Painting in one document: its highlight registry, its stylesheet, its hover card and listeners. */
class Painter {
  readonly win: Win;
  #sheet: CSSStyleSheet | null = null;
  #ownRules: boolean | null = null;
  readonly #own = new Map<string, Highlight>();
  readonly card: HoverCard;
  #listening = false;
  #frame = 0;
  #point: { x: number; y: number } | null = null;
  #hovered: Mark | null = null;
  readonly #abort = new AbortController();

  readonly #marks: Marks;

  constructor(
    readonly doc: Document,
    marks: Marks,
  ) {
    this.#marks = marks;
    this.win = doc.defaultView as Win;
    this.card = new HoverCard(doc, () => marks.lang);
  }

  get supported(): boolean {
    return highlightsSupported(this.win);
  }

  /** Whether the document already has the marks' rules (the manifest injects them into pages at document start). */
  #styled(): boolean {
    if (this.#ownRules === null) {
      try {
        this.#ownRules = this.win.getComputedStyle(this.doc.documentElement, '::highlight(sceptic-flash)').backgroundColor === FLASH_COLOUR;
      } catch {
        this.#ownRules = false;
      }
    }
    return this.#ownRules;
  }

  #ensureSheet(): void {
    // Adopting a stylesheet into a large page restyles all of it: only where the rules are missing.
    if (!this.#sheet && this.#styled()) return;
    try {
      if (this.#sheet && this.doc.adoptedStyleSheets.includes(this.#sheet)) return;
      if (!this.#sheet) {
        this.#sheet = new this.win.CSSStyleSheet();
        this.#sheet.replaceSync(CSS_TEXT);
      }
      this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, this.#sheet];
    } catch {
      // A page that froze adoptedStyleSheets: the marks still exist, they are just not coloured.
    }
  }

  /** Add one range to a highlight, or take one away, without building it anew. */
  change(name: string, range: Range, add: boolean): void {
    if (!this.supported) return;
    const h = this.#own.get(name);
    if (!h) {
      if (add) this.set(name, [range]);
      return;
    }
    try {
      if (add) h.add(range);
      else h.delete(range);
      const registry = this.win.CSS.highlights;
      if (h.size === 0) {
        if (registry.get(name) === h) registry.delete(name);
        this.#own.delete(name);
      } else if (registry.get(name) !== h) registry.set(name, h);
    } catch {
      // The page's registry is unusable; nothing to draw with.
    }
  }

  set(name: string, ranges: Range[], priority = 0): void {
    if (!this.supported) return;
    try {
      const registry = this.win.CSS.highlights;
      if (!ranges.length) {
        if (registry.get(name) === this.#own.get(name)) registry.delete(name);
        this.#own.delete(name);
        return;
      }
      this.#ensureSheet();
      const h = new this.win.Highlight(...ranges);
      h.priority = priority;
      registry.set(name, h);
      this.#own.set(name, h);
    } catch {
      // The page's registry is unusable; nothing to draw with.
    }
  }

  /** Put back what the page removed (a page that clears CSS.highlights or replaces its stylesheets). */
  restore(): boolean {
    if (!this.supported || !this.#own.size) return false;
    let fixed = false;
    try {
      const registry = this.win.CSS.highlights;
      for (const [name, h] of this.#own) {
        if (registry.get(name) !== h) {
          registry.set(name, h);
          fixed = true;
        }
      }
      if (this.#sheet && !this.doc.adoptedStyleSheets.includes(this.#sheet)) {
        this.#ensureSheet();
        fixed = true;
      }
    } catch {
      return false;
    }
    return fixed;
  }

  clear(): void {
    for (const name of [...this.#own.keys()]) this.set(name, []);
    try {
      if (this.#sheet) this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== this.#sheet);
    } catch {
      // ignore
    }
    this.#sheet = null;
    this.card.remove();
    this.listen(false);
  }

  listen(on: boolean): void {
    if (on === this.#listening) return;
    this.#listening = on;
    if (!on) {
      this.hide();
      return;
    }
    const opts = { capture: true, passive: true, signal: this.#abort.signal };
    const guard = (fn: (e: Event) => void) => (e: Event) => {
      if (!this.#listening) return;
      try {
        fn(e);
      } catch {
        // never throw into the page
      }
    };
    this.doc.addEventListener(
      'mousemove',
      guard((e) => this.#move(e as MouseEvent)),
      opts,
    );
    this.doc.addEventListener(
      'scroll',
      guard(() => this.hide()),
      opts,
    );
    this.doc.addEventListener(
      'keydown',
      guard((e) => (e as KeyboardEvent).key === 'Escape' && this.hide()),
      opts,
    );
    this.doc.documentElement.addEventListener(
      'mouseleave',
      guard(() => this.hide()),
      opts,
    );
  }

  dispose(): void {
    this.clear();
    this.#abort.abort();
  }

  #move(e: MouseEvent): void {
    this.#point = { x: e.clientX, y: e.clientY };
    if (this.#frame) return;
    this.#frame = this.win.requestAnimationFrame(() => {
      this.#frame = 0;
      try {
        this.#hitTest();
      } catch {
        this.hide();
      }
    });
  }

  #hitTest(): void {
    const p = this.#point;
    if (!p) return;
    const hit = this.#marks.markAt(this.doc, p.x, p.y);
    if (!hit) {
      this.hide();
      return;
    }
    if (hit !== this.#hovered) {
      this.#hovered = hit;
      this.set(HOVER, [hit.range], 1);
    }
    const rects = hit.range.getClientRects();
    let rect: DOMRect | undefined;
    for (const r of rects) if (p.y >= r.top - 2 && p.y <= r.bottom + 2) rect = r;
    this.card.show(hit.claim, rect ?? hit.range.getBoundingClientRect(), p.x, hit.range.startContainer);
  }

  hide(): void {
    if (this.#hovered) {
      this.#hovered = null;
      this.set(HOVER, []);
    }
    this.card.hide();
  }
}

function caretAt(doc: Document, x: number, y: number, shadowRoots: ShadowRoot[]): { node: Node; offset: number } | null {
  // Chromium 128+ and Firefox; where it is missing, marks inside shadow roots are still found by their boxes.
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }) => { offsetNode: Node; offset: number } | null;
  };
  const p = d.caretPositionFromPoint?.(x, y, { shadowRoots });
  return p ? { node: p.offsetNode, offset: p.offset } : null;
}

function within(range: Range, x: number, y: number): boolean {
  for (const r of range.getClientRects()) {
    if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return true;
  }
  return false;
}

/** The page's marks: one per claim, coloured by verdict, with a hover card and a flash for "show on page". */

/** How long one stretch of painting runs before the page gets its turn. */
const PAINT_SLICE_MS = 8;
export class Marks {
  #marks = new Map<string, Mark>();
  #byNode = new Map<Node, Mark[]>();
  readonly #painters = new Map<Document, Painter>();
  #on = true;
  /** The language the hover cards speak; a change shows in the next card. */
  lang: UiLang = 'en';
  #flashTimer = 0;
  #restores: number[] = [];

  readonly #top: Document;

  constructor(top: Document) {
    this.#top = top;
  }

  get supported(): boolean {
    return highlightsSupported(this.#top.defaultView);
  }

  get enabled(): boolean {
    return this.#on;
  }

  /** Claims with a mark. */
  get count(): number {
    return this.#marks.size;
  }

  #painter(doc: Document): Painter | null {
    let p = this.#painters.get(doc);
    if (!p) {
      if (!doc.defaultView) return null;
      p = new Painter(doc, this);
      this.#painters.set(doc, p);
    }
    return p;
  }

  /** Replace all marks with these claims' ranges. */
  draw(claims: MarkedClaim[], sources: Map<string, BlockSource>): void {
    this.#marks = new Map();
    this.#byNode = new Map();
    for (const claim of claims) this.#add(claim, sources);
    this.#paint();
  }

  /**
   * Bring the marks up to these claims after a few blocks changed: claims that are new or
   * changed, or whose block was read again (`touched`, its text now in other nodes), get their
   * ranges anew; the others keep theirs; claims gone lose theirs. Repaints only if anything changed.
   */
  update(claims: MarkedClaim[], sources: Map<string, BlockSource>, touched: Set<string>): void {
    const keep = new Set<string>();
    const gone: Mark[] = [];
    const added: Mark[] = [];
    for (const claim of claims) {
      keep.add(claim.id);
      const old = this.#marks.get(claim.id);
      if (old && old.claim === claim && !touched.has(claim.blockId)) continue;
      if (old) {
        this.#drop(old);
        gone.push(old);
      }
      const mark = this.#add(claim, sources);
      if (mark) added.push(mark);
    }
    for (const [id, m] of this.#marks) {
      if (keep.has(id)) continue;
      this.#drop(m);
      gone.push(m);
    }
    if (!this.#on || (!gone.length && !added.length)) return;
    // Only the ranges that came and went change in the page's highlights.
    for (const m of gone) this.#painter(m.doc)?.change(HIGHLIGHT_NAMES[m.claim.verdict], m.range, false);
    for (const m of added) this.#painter(m.doc)?.change(HIGHLIGHT_NAMES[m.claim.verdict], m.range, true);
    for (const [doc, p] of this.#painters) {
      let any = false;
      for (const m of this.#marks.values()) {
        if (m.doc !== doc) continue;
        any = true;
        break;
      }
      p.listen(any);
    }
  }

  /** Mark a claim where its block's text stands now, if it still stands. */
  #add(claim: MarkedClaim, sources: Map<string, BlockSource>): Mark | null {
    const source = sources.get(claim.blockId);
    if (!source) return null;
    const range = rangeFor(source, claim.span[0], claim.span[1]);
    if (!range) return null;
    const mark: Mark = { claim, range, doc: source.doc, onDemand: source.onDemand, nodes: [] };
    this.#marks.set(claim.id, mark);
    for (const seg of source.segments) {
      if (seg.start + seg.length <= claim.span[0] || seg.start >= claim.span[1]) continue;
      mark.nodes.push(seg.node);
      const list = this.#byNode.get(seg.node);
      if (list) list.push(mark);
      else this.#byNode.set(seg.node, [mark]);
    }
    return mark;
  }

  #drop(mark: Mark): void {
    this.#marks.delete(mark.claim.id);
    for (const node of mark.nodes) {
      const list = this.#byNode.get(node)?.filter((m) => m !== mark);
      if (list?.length) this.#byNode.set(node, list);
      else this.#byNode.delete(node);
    }
  }

  #paintGen = 0;

  #paint(): void {
    const byDoc = new Map<Document, Map<Verdict, Range[]>>();
    for (const doc of this.#painters.keys()) byDoc.set(doc, new Map());
    for (const m of this.#marks.values()) {
      let groups = byDoc.get(m.doc);
      if (!groups) {
        groups = new Map();
        byDoc.set(m.doc, groups);
      }
      const list = groups.get(m.claim.verdict);
      if (list) list.push(m.range);
      else groups.set(m.claim.verdict, [m.range]);
    }
    // Each document is painted on its own (its highlights, its style sheet); a page of a thousand
    // frames is painted a few documents at a time, the page's own first, so that the page never
    // waits long for Sceptic. A newer paint takes over from one still under way.
    const gen = ++this.#paintGen;
    const jobs = [...byDoc];
    let at = 0;
    const run = () => {
      if (gen !== this.#paintGen) return;
      const until = performance.now() + PAINT_SLICE_MS;
      while (at < jobs.length) {
        const [doc, groups] = jobs[at++] as [Document, Map<Verdict, Range[]>];
        const p = this.#painter(doc);
        if (p) {
          for (const verdict of Object.keys(HIGHLIGHT_NAMES) as Verdict[]) p.set(HIGHLIGHT_NAMES[verdict], this.#on ? (groups.get(verdict) ?? []) : []);
          p.listen(this.#on && groups.size > 0);
        }
        if (at < jobs.length && performance.now() > until) {
          setTimeout(run, 0);
          return;
        }
      }
    };
    run();
  }

  setOn(on: boolean): void {
    this.#on = on;
    this.#paint();
  }

  /** The mark under a point of a document's viewport, if any. */
  markAt(doc: Document, x: number, y: number): Mark | null {
    const shadowRoots: ShadowRoot[] = [];
    const inShadow: Mark[] = [];
    for (const m of this.#marks.values()) {
      if (m.doc !== doc) continue;
      const root = m.range.startContainer.getRootNode();
      if (root !== doc && root.nodeType === 11) {
        inShadow.push(m);
        if (!shadowRoots.includes(root as ShadowRoot)) shadowRoots.push(root as ShadowRoot);
      }
    }
    const caret = caretAt(doc, x, y, shadowRoots);
    if (caret) {
      for (const m of this.#byNode.get(caret.node) ?? []) {
        if (m.range.isPointInRange(caret.node, caret.offset) && within(m.range, x, y)) return m;
      }
    }
    for (const m of inShadow) if (within(m.range, x, y)) return m;
    return null;
  }

  /** Scroll a claim into view and flash it. Claims in a hidden tab or slide flash the control that shows them. */
  show(claimId: string): boolean {
    const m = this.#marks.get(claimId);
    if (!m) return false;
    return this.flash(m.range, m.doc);
  }

  /** Scroll to a range of the page (in `doc`, the page or one of its frames) and flash it. */
  flash(range: Range, doc: Document): boolean {
    let target = range;
    if (!range.getClientRects().length) target = revealer(range) ?? range;
    const start = target.startContainer;
    const el = start.nodeType === 1 ? (start as Element) : start.parentElement;
    const win = doc.defaultView;
    const reduce = !!win?.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    try {
      // In an iframe, bring the frame into view first.
      const frame = win?.frameElement;
      frame?.scrollIntoView({ block: 'center', behavior: 'instant' });
      el?.scrollIntoView({ block: 'center', behavior: reduce ? 'instant' : 'smooth' });
    } catch {
      // a detached node
    }
    const p = this.#painter(doc);
    if (!p) return true;
    for (const painter of this.#painters.values()) painter.set(FLASH, []);
    const topWin = this.#top.defaultView;
    if (topWin) topWin.clearTimeout(this.#flashTimer);
    let n = 0;
    const pulse = () => {
      p.set(FLASH, n % 2 === 0 ? [target] : [], 2);
      if (++n < 6 && topWin) this.#flashTimer = topWin.setTimeout(pulse, n % 2 === 1 ? 450 : 200);
    };
    pulse();
    return true;
  }

  /** Re-apply marks the page took away; gives up after a few tries a minute so a page cannot make us loop. */
  restore(): void {
    if (!this.#on) return;
    const now = Date.now();
    this.#restores = this.#restores.filter((t) => now - t < 60_000);
    if (this.#restores.length >= 10) return;
    for (const p of this.#painters.values()) if (p.restore()) this.#restores.push(now);
  }

  clear(): void {
    this.#marks = new Map();
    this.#byNode = new Map();
    for (const p of this.#painters.values()) p.clear();
  }

  dispose(): void {
    for (const p of this.#painters.values()) p.dispose();
    this.#painters.clear();
    this.#marks = new Map();
    this.#byNode = new Map();
  }

  /** Whether an element belongs to Sceptic (the hover cards), so the scraper and observer ignore it. */
  owns(el: Element): boolean {
    for (const p of this.#painters.values()) if (p.card.host === el) return true;
    return false;
  }
}

/** For a claim that is not rendered now: the tab, summary or slide control that would show it. */
function revealer(range: Range): Range | null {
  const start = range.startContainer;
  const el = start.nodeType === 1 ? (start as Element) : start.parentElement;
  if (!el) return null;
  const doc = el.ownerDocument;
  let control: Element | null = null;
  const panel = el.closest('[role="tabpanel"], [id]');
  if (panel?.id) {
    const root = panel.getRootNode() as Document | ShadowRoot;
    for (const c of root.querySelectorAll('[aria-controls]')) {
      if ((c.getAttribute('aria-controls') ?? '').split(/\s+/).includes(panel.id)) {
        control = c;
        break;
      }
    }
  }
  if (!control) control = el.closest('details')?.querySelector(':scope > summary') ?? null;
  if (!control?.getClientRects().length) return null;
  const r = doc.createRange();
  r.selectNodeContents(control);
  return r;
}
