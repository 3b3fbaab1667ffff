// The cheap first look at a page, before any full read: title, meta tags, structured
// data, headings, the texts of buttons and links, the first short paragraphs and list items,
// and a pricing section if there is one.
// A few selector queries, no walk. The engine's productPageEvidence decides from these
// whether the page sells something and so deserves a full read.
import type { TextBlock } from '../../heuristics/types';
import { clean, queryAll } from './dom';
import { headBlocks } from './meta';
import { CURRENCY, headingRole, PRICING_SECTIONS } from './roles';
import { attr, childrenOf, closestOf, localNameOf, openShadowRootOf, querySel, querySelAll, textOf } from './safe-dom';

const MAX_HEADINGS = 80;
const MAX_ACTIONS = 150;
const MAX_TEXTS = 24;
/** Table cells looked at for a price (roles.ts, CURRENCY). */
const MAX_CELLS = 60;

function hiddenCheaply(el: Element): boolean {
  return !!closestOf(el, '[hidden], [aria-hidden="true"], template, noscript, [inert]');
}

/** An element's text as rendered: a slot shows the light DOM assigned to it. */
function renderedText(el: Element): string {
  const own = textOf(el) ?? '';
  if (own.trim() || !openShadowRootOf(el)) {
    const slot = own.trim() ? null : querySel(el, 'slot');
    if (!slot) return own;
    return ((slot as HTMLSlotElement).assignedNodes?.({ flatten: true }) ?? []).map((n) => textOf(n) ?? '').join('');
  }
  const root = openShadowRootOf(el);
  return root ? (textOf(root) ?? '') : '';
}

/** Roots worth probing: the document and shadow roots (closed ones too, where allowed) of the page's top-level components. */
function probeRoots(doc: Document, shadowRootOf?: (el: Element) => ShadowRoot | null): Array<Document | ShadowRoot> {
  const roots: Array<Document | ShadowRoot> = [doc];
  const body = doc.body;
  if (!body) return roots;
  let n = 0;
  for (const child of childrenOf(body)) {
    const candidates = [child, ...[...childrenOf(child)].slice(0, 20)];
    for (const c of candidates) {
      let root: ShadowRoot | null = null;
      try {
        root = openShadowRootOf(c) ?? shadowRootOf?.(c) ?? null;
      } catch {
        root = null;
      }
      if (root) roots.push(root);
      if (++n > 200) return roots;
    }
  }
  return roots;
}

export interface Probe {
  blocks: TextBlock[];
  /** The page has hardly anything on it yet (a single-page app still rendering). */
  thin: boolean;
}

/**
 * Visit the elements a selector finds in each root, walked as a live list and left as soon as `visit`
 * says so: a huge page's thousands of paragraphs are never copied into an array.
 */
function eachLive(roots: Array<Document | ShadowRoot>, selector: string, visit: (el: Element) => boolean): void {
  for (const root of roots) {
    let list: NodeListOf<Element>;
    try {
      list = querySelAll(root, selector);
    } catch {
      continue;
    }
    for (const el of list) if (!visit(el)) return;
  }
}

/** The blocks of the cheap first look. */
export function probe(doc: Document, shadowRootOf?: (el: Element) => ShadowRoot | null): Probe {
  const blocks = headBlocks(doc);
  let headings = 0;
  let actions = 0;
  const seen = new Set<string>();
  const roots = probeRoots(doc, shadowRootOf);
  for (const root of roots) {
    for (const h of queryAll(root, 'h1, h2, h3, [role="heading"]')) {
      if (headings >= MAX_HEADINGS) break;
      if (hiddenCheaply(h)) continue;
      const text = clean(textOf(h), 300);
      if (text.length < 2 || seen.has(text)) continue;
      seen.add(text);
      blocks.push({ id: `probe-h${headings++}`, text, role: headingRole(localNameOf(h)) });
    }
    for (const a of queryAll(root, 'a[href], button, [role="button"], input[type="submit"], input[type="button"]')) {
      if (actions >= MAX_ACTIONS) break;
      const text = clean(localNameOf(a) === 'input' ? attr(a, 'value') : renderedText(a), 80);
      if (text.length < 2 || seen.has(text) || hiddenCheaply(a)) continue;
      seen.add(text);
      blocks.push({ id: `probe-a${actions++}`, text, role: 'body' });
    }
  }
  // A few short paragraphs and list items: what the page is about (software or not) and its prices, in the page's own words.
  let texts = 0;
  eachLive(roots, 'p, li', (el) => {
    if (texts >= MAX_TEXTS) return false;
    const text = clean(textOf(el), 300);
    if (text.length < 4 || seen.has(text) || hiddenCheaply(el)) return true;
    seen.add(text);
    blocks.push({ id: `probe-t${texts++}`, text, role: 'body' });
    return true;
  });
  // Prices in a table of plans: the cells of the first table rows that show a currency.
  let cells = 0;
  let priced = 0;
  eachLive(roots, 'td, th', (el) => {
    if (cells++ >= MAX_CELLS || priced >= 3) return false;
    const text = clean(textOf(el), 300);
    if (!CURRENCY.test(text) || seen.has(text) || hiddenCheaply(el)) return true;
    seen.add(text);
    blocks.push({ id: `probe-c${priced++}`, text, role: 'body' });
    return true;
  });
  let pricing = 0;
  for (const root of roots) {
    for (const el of queryAll(root, PRICING_SECTIONS)) {
      if (pricing >= 2 || hiddenCheaply(el)) continue;
      const text = clean(textOf(el), 1500);
      if (text) blocks.push({ id: `probe-p${pricing++}`, text, role: 'pricing' });
    }
  }
  return { blocks, thin: headings === 0 && actions < 3 };
}
