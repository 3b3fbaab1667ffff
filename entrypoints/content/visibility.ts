// Whether a reader can see a block's words, asked of the layout rather than of class names or
// attributes: a page that wants evidence counted must show it. Text with no box, or only boxes
// of no size, outside the page, in a box of a pixel or two (the screen-reader-only pattern), in
// letters under 2 px, hidden by visibility or content-visibility, or coloured as its background
// is not seen. Text at opacity 0 is not seen now, but pages fade their copy in as it scrolls into
// view: it is told apart ('faded'), so that the reader looks again when it has faded in.

import { flatParent } from './dom';
import { ownerDocumentOf, parentElementOf, visibleByCheck } from './safe-dom';
import type { Segment } from './walk';

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
