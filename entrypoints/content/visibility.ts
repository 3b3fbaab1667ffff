// Whether a reader can see a block's words, asked of the layout rather than of class names or
// attributes: a page that wants evidence counted must show it. Text with no box, or only boxes
// of no size, outside the page, in a box of a pixel or two (the screen-reader-only pattern), in
// letters under 2 px, hidden by visibility or content-visibility, or coloured as its background
// is not seen. Text at opacity 0 is not seen now, but pages fade their copy in as it scrolls into
// view: it is told apart ('faded'), so that the reader looks again when it has faded in.
// Before a block's words are read, the walk asks here whether each element shows (Sight): what
// its markup says, then what the layout says, or, with no layout (the command line), the hidden
// attribute, inline styles and class names.

import { flatParent, isClone, isOnDemand, isScreenReaderOnly, queryAll } from './dom';
import { attr, hasAttr, ownerDocumentOf, parentElementOf, rootNodeOf, styleOf, visibleByCheck } from './safe-dom';
import type { Segment } from './text';

export type Rgba = [number, number, number, number];

function rgba(css: string): Rgba {
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?/.exec(css);
  if (!m) return [0, 0, 0, 1];
  const a = m[4] === undefined ? 1 : m[4].endsWith('%') ? Number.parseFloat(m[4]) / 100 : Number(m[4]);
  return [Number(m[1]), Number(m[2]), Number(m[3]), a];
}

function luminance([r, g, b]: Rgba): number {
  const f = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
}

/** The element a box is drawn inside: its parent in the rendered tree (a slot's, a shadow root's host). */
function boxParent(el: Element): Element | null {
  const up = flatParent(el);
  return up && up.nodeType === 1 ? (up as Element) : null;
}

/** The colour behind an element: the first opaque-enough background up its ancestors in the rendered tree, else white. */
function backdrop(el: Element | null, win: Window, cache: Map<Element, Rgba>): Rgba {
  const path: Element[] = [];
  let found: Rgba = [255, 255, 255, 1];
  for (let e = el; e; e = boxParent(e)) {
    const known = cache.get(e);
    if (known) {
      found = known;
      break;
    }
    path.push(e);
    const cs = win.getComputedStyle(e);
    const bg = rgba(cs.backgroundColor);
    // A background image may carry the contrast: such a box counts as unknown, and its text as seen.
    if (cs.backgroundImage !== 'none') {
      found = [-1, -1, -1, 1];
      break;
    }
    if (bg[3] >= 0.5) {
      found = bg;
      break;
    }
  }
  for (const e of path) cache.set(e, found);
  return found;
}

/** What one scan learns once and asks again for every block: the colour behind each element, each document's size. */
export interface SeenCache {
  backgrounds: Map<Element, Rgba>;
  sizes: Map<Document, [number, number]>;
}

export function seenCache(): SeenCache {
  return { backgrounds: new Map(), sizes: new Map() };
}

/** A box of a pixel or two that hides what overflows it, or clips it away: the screen-reader-only pattern. */
function pinhole(style: CSSStyleDeclaration): boolean {
  if (/rect\(\s*0(?:px)?[\s,]+0(?:px)?[\s,]+0(?:px)?[\s,]+0(?:px)?\s*\)/.test(style.clip) || /inset\(\s*50%/.test(style.clipPath)) return true;
  if (style.overflow === 'visible') return false;
  return Number.parseFloat(style.width) <= 2 || Number.parseFloat(style.height) <= 2;
}

/** Whether a reader can see this piece of a block's text where it stands now; 'faded' when only its opacity hides it. */
export function segmentSeen(seg: Segment, cache: SeenCache): boolean | 'faded' {
  const node = seg.node;
  const parent = parentElementOf(node);
  const doc = ownerDocumentOf(node);
  const win = doc.defaultView;
  if (!parent || !win) return true;
  const range = doc.createRange();
  try {
    range.setStart(node, seg.offset);
    range.setEnd(node, Math.min(node.length, seg.offset + seg.length));
  } catch {
    return true;
  }
  let size = cache.sizes.get(doc);
  if (!size) {
    const root = doc.documentElement;
    size = [Math.max(root.scrollWidth, win.innerWidth), Math.max(root.scrollHeight, win.innerHeight)];
    cache.sizes.set(doc, size);
  }
  const [width, height] = size;
  let placed = false;
  for (const r of range.getClientRects()) {
    const left = r.left + win.scrollX;
    const top = r.top + win.scrollY;
    if (r.width >= 1 && r.height >= 1 && left + r.width > 0 && top + r.height > 0 && left < width && top < height) placed = true;
  }
  if (!placed) return false;
  if (!visibleByCheck(parent, { visibilityProperty: true, contentVisibilityAuto: true } as CheckVisibilityOptions)) return false;
  const style = win.getComputedStyle(parent);
  if (Number.parseFloat(style.fontSize) < 2 || pinhole(style)) return false;
  // SVG text is painted with its fill, not its colour.
  const fg = rgba(parent.namespaceURI === 'http://www.w3.org/2000/svg' && style.fill.startsWith('rgb') ? style.fill : style.color);
  if (fg[3] < 0.1) return false;
  const bg = backdrop(parent, win, cache.backgrounds);
  if (bg[0] >= 0) {
    const [a, b] = [luminance(fg), luminance(bg)];
    if ((Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) < 1.2) return false;
  }
  return visibleByCheck(parent, { opacityProperty: true } as CheckVisibilityOptions) ? true : 'faded';
}

/** The first few pieces of a block's text decide whether a reader sees it: true, false, or 'faded' when only opacity hides it. */
export function blockSeen(segments: Segment[], cache: SeenCache): boolean | 'faded' {
  let seen: boolean | 'faded' = false;
  for (const s of segments.slice(0, 3)) {
    const v = segmentSeen(s, cache);
    if (v === true) return true;
    if (v === 'faded') seen = v;
  }
  return seen;
}

/** Whether a document has layout (a browser) or not (happy-dom, the command line). */
export function hasLayout(doc: Document): boolean {
  const view = doc.defaultView as (Window & { happyDOM?: unknown }) | null;
  return !!view && !('happyDOM' in view) && typeof (doc.documentElement as HTMLElement | null)?.checkVisibility === 'function';
}

/** Hidden by the element's own inline style. */
export function inlineHidden(el: Element): boolean {
  const style = styleOf(el);
  if (!style) return false;
  return style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse' || style.contentVisibility === 'hidden';
}

/**
 * Whether the elements of one page show, as the walk asks of each before reading it, with what a
 * scan learns once (each element's display, the ids that a tab or an accordion controls). Each
 * answer (byMarkup, byLayout) is null when the element is hidden for good, else whether it shows
 * only on demand.
 */
export interface Sight {
  /** The document has layout (a browser), or not (the command line). */
  readonly layout: boolean;
  /** What this scan learnt of the layout once, for the visibility of every block. */
  readonly seen: SeenCache;
  readonly displays: Map<Element, string>;
  readonly controlled: Map<Document | ShadowRoot, Set<string>>;
}

/** What a scan asks afresh: each scan starts with a new one. */
export function newSight(layout: boolean): Sight {
  return { layout, seen: seenCache(), displays: new Map(), controlled: new Map() };
}

/** The ids of the elements that a control in this element's tree (a tab, an accordion's button) shows and hides. */
function controlledIds(sight: Sight, el: Element): Set<string> {
  const root = rootNodeOf(el) as Document | ShadowRoot;
  let set = sight.controlled.get(root);
  if (!set) {
    set = new Set();
    let n = 0;
    for (const c of queryAll(root, '[aria-controls]')) {
      for (const id of (attr(c, 'aria-controls') ?? '').split(/\s+/)) if (id) set.add(id);
      if (++n > 500) break;
    }
    sight.controlled.set(root, set);
  }
  return set;
}

/** The display the page gives an element, asked once per scan. */
export function displayOf(sight: Sight, el: Element): string {
  const displays = sight.displays;
  let d = displays.get(el);
  if (d === undefined) {
    try {
      d = ownerDocumentOf(el).defaultView?.getComputedStyle(el).display || 'inline';
      // A flex or grid item is a block whatever its own display says (CSS Display 3, "blockification"):
      // browsers report it so; a document without layout (the command line) is told here.
      const up = parentElementOf(el);
      if (
        !sight.layout &&
        d.startsWith('inline') &&
        up &&
        /(?:^|-)(?:flex|grid)$/.test(displays.get(up) ?? ownerDocumentOf(el).defaultView?.getComputedStyle(up).display ?? '')
      )
        d = 'block';
    } catch {
      d = 'inline';
    }
    displays.set(el, d);
  }
  return d;
}

/**
 * Hidden now: by the layout where there is one (opacity aside, which may be a fade about to end;
 * display: contents has no box of its own, yet its children show), else by the element's inline style.
 */
export function hides(sight: Sight, el: Element): boolean {
  if (!sight.layout) return inlineHidden(el);
  try {
    return !visibleByCheck(el, { visibilityProperty: true, opacityProperty: false } as CheckVisibilityOptions) && displayOf(sight, el) !== 'contents';
  } catch {
    return false;
  }
}

/**
 * What the markup says. What the reader sees decides, whatever the markup says: aria-hidden and
 * inert hide nothing from the eye, and a class name (sr-only, d-none, clone) is only a name until
 * a stylesheet acts on it, which the layout then shows. Without layout (the command line) the
 * hidden attribute and those class names are all there is to go by. `tokens` are the element's
 * class and id words, `cls` its class attribute, `onDemand` its parent's.
 */
export function byMarkup(
  sight: Sight,
  el: Element,
  tokens: string[],
  cls: string | null,
  ariaHidden: boolean,
  hiddenAttr: boolean,
  onDemand: boolean,
): boolean | null {
  const layout = sight.layout;
  if (ariaHidden && isOnDemand(el, tokens, controlledIds(sight, el))) onDemand = true;
  else if (!layout && hiddenAttr) {
    if (isClone(el, tokens)) return null;
    if (isOnDemand(el, tokens, controlledIds(sight, el))) onDemand = true;
    else return null;
  }
  if (!layout && ((tokens.length !== 0 && isClone(el, tokens)) || (cls && isScreenReaderOnly(el)))) return null;
  return onDemand;
}

/**
 * What the layout says, for an element the markup shows. Asking the browser whether an element
 * shows costs microseconds. Pages hide things through attributes (a class, an id, a style,
 * hidden) or the browser's own rules (a closed <dialog>); a block with no attribute at all shows
 * when its parent does, bar rules that pick it out by its place alone (a submenu under "nav li"),
 * which then read as shown. `attrs`: the element has attributes; `block`: it starts a block.
 */
export function byLayout(
  sight: Sight,
  el: Element,
  name: string,
  tokens: string[],
  attrs: boolean,
  cls: string | null,
  hiddenAttr: boolean,
  block: boolean,
  onDemand: boolean,
): boolean | null {
  if (!onDemand) {
    const check = sight.layout ? (attrs && (block || cls !== null || hiddenAttr || hasAttr(el, 'style'))) || name === 'dialog' : attrs;
    if (check && hides(sight, el)) return isOnDemand(el, tokens, controlledIds(sight, el)) ? true : null;
    return false;
  }
  if (attrs && inlineHidden(el) && !isOnDemand(el, tokens, controlledIds(sight, el))) return null;
  return true;
}
