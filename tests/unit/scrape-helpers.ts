// A document on happy-dom, as the command line builds it: no layout, no scripts.
import { Window } from 'happy-dom';
import type { Scrape } from '../../entrypoints/content/scrape';
import type { TextBlock } from '../../heuristics/types';

export function page(html: string, url = 'https://acme.test/product'): Document {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  const doc = window.document as unknown as Document;
  doc.write(html);
  return doc;
}

export function texts(s: Scrape): string[] {
  return s.blocks.map((b) => b.text);
}

/** The block whose text contains this, or a failure that names what there was. */
export function blockWith(s: Scrape, part: string): TextBlock {
  const hit = s.blocks.find((b) => b.text.includes(part));
  if (!hit) throw new Error(`No block contains ${JSON.stringify(part)}; blocks: ${JSON.stringify(texts(s))}`);
  return hit;
}

/** Build an element tree without HTML parsing (shadow roots cannot be written as HTML in happy-dom). */
export function el(doc: Document, tag: string, attrs: Record<string, string> = {}, ...children: Array<Node | string>): HTMLElement {
  const e = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const c of children) e.append(typeof c === 'string' ? doc.createTextNode(c) : c);
  return e;
}
