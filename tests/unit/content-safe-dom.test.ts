// The reader's DOM reads go to the prototypes, never to what a node's own properties say: a
// form's named fields (or anything a page sets on a node) cannot redirect them.
import { describe, expect, it } from 'vitest';
import {
  attr,
  childrenOf,
  firstChildOf,
  hasAttr,
  idOf,
  localNameOf,
  nextSiblingOf,
  nodeTypeOf,
  parentElementOf,
  querySel,
  textOf,
} from '../../entrypoints/content/safe-dom';
import { page } from './scrape-helpers';

/** Shadow a node's built-ins with own properties, as a form's named fields do. */
function clobber(el: Element, names: string[]): void {
  const decoy = el.ownerDocument.createElement('input');
  for (const n of names) Object.defineProperty(el, n, { value: decoy, configurable: true });
}

describe('reads a page cannot redirect', () => {
  it('gives a clobbered form its real name, type, children, attributes and text', () => {
    const doc = page('<form id="f" class="hero"><h1>Doubles your revenue</h1><p>In 30 days.</p></form>');
    const form = doc.getElementById('f') as Element;
    clobber(form, ['localName', 'nodeType', 'firstChild', 'parentElement', 'children', 'textContent', 'getAttribute', 'hasAttribute', 'querySelector']);
    // What the page did: the built-ins now answer with its decoy, or throw.
    expect((form as unknown as { localName: unknown }).localName).not.toBe('form');
    expect(() => form.getAttribute('class')).toThrow();
    // What Sceptic reads.
    expect(localNameOf(form)).toBe('form');
    expect(nodeTypeOf(form)).toBe(1);
    expect(firstChildOf(form) && localNameOf(firstChildOf(form) as Element)).toBe('h1');
    expect(nextSiblingOf(firstChildOf(form) as Element) && localNameOf(nextSiblingOf(firstChildOf(form) as Element) as Element)).toBe('p');
    expect(parentElementOf(form) && localNameOf(parentElementOf(form) as Element)).toBe('body');
    expect(childrenOf(form)).toHaveLength(2);
    expect(textOf(form)).toBe('Doubles your revenueIn 30 days.');
    expect(attr(form, 'class')).toBe('hero');
    expect(hasAttr(form, 'class')).toBe(true);
    expect(querySel(form, 'p')?.textContent).toBe('In 30 days.');
  });

  it('gives a form whose field is named "id" its own id', () => {
    // (happy-dom's id getter reads through getAttribute, so the two are shadowed one at a time here.)
    const doc = page('<form id="f"><p>x</p></form>');
    const form = doc.getElementById('f') as Element;
    clobber(form, ['id']);
    expect(idOf(form)).toBe('f');
  });

  it('reads ordinary nodes as they are', () => {
    const doc = page('<main><p data-x="1">Hello</p></main>');
    const p = doc.querySelector('p') as Element;
    expect(localNameOf(p)).toBe('p');
    expect(attr(p, 'data-x')).toBe('1');
    expect(attr(p, 'data-y')).toBeNull();
    expect(nodeTypeOf(firstChildOf(p) as Node)).toBe(3);
    expect(textOf(p)).toBe('Hello');
  });
});
