// From a document to the engine's TextBlocks: visible text only, grouped into blocks,
// each with its role on the page, its links and the footnotes its markers point to.
// Takes a Document so it runs in the content script, under happy-dom in tests and in
// the command line alike.
import type { Link, Note, Role, TextBlock } from '../../heuristics/types';

/** Where a block's text came from, so marks can be drawn over it later. */
export interface BlockSource {
  element: Element | null;
  /** Text nodes in order, with the offset each starts at in the block's text. */
  nodes: Text[];
  starts: number[];
}

export interface Scrape {
  blocks: TextBlock[];
  sources: Map<string, BlockSource>;
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'CODE', 'PRE', 'TEXTAREA', 'SELECT', 'OPTION', 'HEAD']);
const BLOCK = new Set([
  'P',
  'LI',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'TD',
  'TH',
  'DT',
  'DD',
  'FIGCAPTION',
  'CAPTION',
  'SUMMARY',
  'DIV',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'MAIN',
  'ASIDE',
  'NAV',
  'FORM',
  'BUTTON',
  'FIGURE',
  'UL',
  'OL',
  'DL',
  'TABLE',
  'TR',
  'BODY',
  'DETAILS',
  'LABEL',
  'CITE',
  'ADDRESS',
  'HGROUP',
  'LEGEND',
  'FIELDSET',
]);
const COOKIE = /cookie|consent|gdpr-banner|cc-banner|onetrust/i;

/** Blocks longer than this are cut: nobody's claim is ten thousand characters long. */
export const MAX_BLOCK_CHARS = 20_000;

function hiddenByAttributes(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || el.getAttribute('inert') !== null) return true;
  const id = `${el.id} ${el.getAttribute('class') ?? ''}`;
  return id.length > 1 && COOKIE.test(id) && el.getAttribute('role') !== 'main';
}

function isHidden(el: Element, cache: Map<Element, boolean>): boolean {
  const known = cache.get(el);
  if (known !== undefined) return known;
  let hidden = hiddenByAttributes(el);
  if (!hidden) {
    const view = el.ownerDocument.defaultView;
    if (typeof (el as HTMLElement).checkVisibility === 'function' && view && 'CSS' in view) {
      hidden = !(el as HTMLElement).checkVisibility({ visibilityProperty: true, opacityProperty: false } as CheckVisibilityOptions);
    } else {
      const style = (el as HTMLElement).style;
      hidden = style?.display === 'none' || style?.visibility === 'hidden';
    }
  }
  if (!hidden && el.parentElement) hidden = isHidden(el.parentElement, cache);
  cache.set(el, hidden);
  return hidden;
}

function blockOf(node: Node): Element | null {
  let el = node.parentElement;
  while (el && !BLOCK.has(el.tagName)) el = el.parentElement;
  return el;
}

const ROLE_TESTS: Array<[Role, string]> = [
  ['footnote', '.footnotes, #footnotes, [role="doc-endnotes"], [class*="footnote"], [id^="fn"]'],
  ['testimonial', 'blockquote, [class*="testimonial"], [id*="testimonial"], [class*="review"], [class*="quote"]'],
  ['pricing', '#pricing, [class*="pricing"], [id*="pricing"], [class*="price"], [class*="plan"]'],
  ['faq', '#faq, [id*="faq"], [class*="faq"], details'],
  ['footer', 'footer, [role="contentinfo"]'],
];

export function roleOf(el: Element | null): Role {
  if (!el) return 'body';
  const tag = el.tagName;
  if (tag === 'H1') return 'hero';
  for (const [role, selector] of ROLE_TESTS) if (el.closest(selector)) return role;
  if (/^H[2-6]$/.test(tag)) return 'heading';
  if (el.closest('.hero, [class*="hero"], header:not(nav header), [role="banner"]') && !el.closest('nav')) return 'hero';
  if (tag === 'LI' || el.closest('#features, [class*="feature"], [id*="feature"]')) return 'feature';
  return 'body';
}

function linksOf(el: Element | null): Link[] {
  if (!el) return [];
  const out: Link[] = [];
  for (const a of el.querySelectorAll('a[href]')) {
    const href = a.getAttribute('href') ?? '';
    if (href.startsWith('#') || href.startsWith('javascript:')) continue;
    out.push({ href: href.slice(0, 500), text: (a.textContent ?? '').trim().slice(0, 200) });
    if (out.length >= 10) break;
  }
  return out;
}

const MARKER_START = /^\s*([*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰]+|\[\d{1,2}\]|\d{1,2}[.)])\s*/u;

/** Footnotes written as "* Based on…", "¹ Source…", "[1] …" anywhere near the bottom of the page. */
function collectFootnotes(doc: Document): Map<string, string> {
  const notes = new Map<string, string>();
  const candidates = doc.querySelectorAll(
    'footer p, footer li, small, .footnotes li, #footnotes li, [role="doc-endnotes"] li, [class*="footnote"], [id^="fn"]',
  );
  for (const el of candidates) {
    const text = (el.textContent ?? '').trim();
    const m = MARKER_START.exec(text);
    if (m?.[1]) notes.set(m[1].replace(/[.)]$/, ''), text.slice(0, 600));
    else if (el.id && /^fn/i.test(el.id)) notes.set(`#${el.id}`, text.slice(0, 600));
  }
  return notes;
}

/** Extra sources: title, meta description, og: tags and JSON-LD products. */
function headBlocks(doc: Document): TextBlock[] {
  const out: TextBlock[] = [];
  const title = doc.title?.trim();
  if (title) out.push({ id: 'title', text: title.slice(0, 500), role: 'title' });
  const metas: Array<[string, string]> = [
    ['meta-description', 'meta[name="description"]'],
    ['og-title', 'meta[property="og:title"]'],
    ['og-description', 'meta[property="og:description"]'],
  ];
  for (const [id, sel] of metas) {
    const content = doc.querySelector(sel)?.getAttribute('content')?.trim();
    if (content) out.push({ id, text: content.slice(0, 1000), role: 'meta' });
  }
  doc.querySelectorAll('script[type="application/ld+json"]').forEach((s, i) => {
    const raw = (s.textContent ?? '').slice(0, 50_000);
    if (/SoftwareApplication|Product|WebApplication|Offer/.test(raw)) out.push({ id: `ld-${i}`, text: raw.slice(0, 2000), role: 'structured' });
  });
  return out;
}

/**
 * Read the visible text of a document into blocks. Block ids are positional
 * (b0, b1, …) and stable for an unchanged page.
 */
export function scrape(doc: Document): Scrape {
  const blocks: TextBlock[] = headBlocks(doc);
  const sources = new Map<string, BlockSource>();
  const body = doc.body;
  if (!body) return { blocks, sources };
  const footnotes = collectFootnotes(doc);
  const hidden = new Map<Element, boolean>();
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  let current: { el: Element | null; text: string; nodes: Text[]; starts: number[]; notes: Note[] } | null = null;
  let n = 0;

  const flush = () => {
    if (!current) return;
    const text = current.text.replace(/[ \t\r\f\v\u00a0]+/gu, ' ');
    if (text.trim().length > 1) {
      const id = `b${n++}`;
      const block: TextBlock = { id, text, role: roleOf(current.el) };
      const links = linksOf(current.el);
      if (links.length) block.links = links;
      if (current.notes.length) block.notes = current.notes;
      blocks.push(block);
      sources.set(id, { element: current.el, nodes: current.nodes, starts: current.starts });
    }
    current = null;
  };

  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    const parent = text.parentElement;
    if (!parent || SKIP.has(parent.tagName) || parent.closest('script, style, noscript, template, svg')) continue;
    const value = text.data;
    if (!value.trim()) {
      if (current && value.length) {
        current.nodes.push(text);
        current.starts.push(current.text.length);
        current.text += ' ';
      }
      continue;
    }
    if (isHidden(parent, hidden)) continue;
    const el = blockOf(text);
    if (!current || current.el !== el) {
      flush();
      current = { el, text: '', nodes: [], starts: [], notes: [] };
    }
    if (current.text.length >= MAX_BLOCK_CHARS) continue;
    // A footnote reference like <sup><a href="#fn1">1</a></sup> becomes a note, not text.
    const ref = parent.closest('sup, a[href^="#"]');
    const href = ref?.tagName === 'A' ? ref.getAttribute('href') : ref?.querySelector('a[href^="#"]')?.getAttribute('href');
    if (ref && href && /^\s*[\d*†‡§]{1,3}\s*$/u.test(value)) {
      const target = footnotes.get(href) ?? doc.getElementById(href.slice(1))?.textContent?.trim();
      if (target) {
        current.notes.push({ marker: value.trim(), text: target.slice(0, 600), at: current.text.length });
        continue;
      }
    }
    current.nodes.push(text);
    current.starts.push(current.text.length);
    current.text += value;
    for (const [marker, note] of footnotes) {
      if (!marker.startsWith('#') && value.includes(marker) && !MARKER_START.test(value)) current.notes.push({ marker, text: note });
    }
  }
  flush();
  // Image alt text, when it says something.
  for (const img of body.querySelectorAll('img[alt]')) {
    const alt = img.getAttribute('alt')?.trim() ?? '';
    if (alt.length > 20 && !isHidden(img, hidden)) blocks.push({ id: `alt${n++}`, text: alt.slice(0, 500), role: 'alt' });
  }
  return { blocks, sources };
}
