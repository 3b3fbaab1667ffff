// After a page changes, the scraper reads again only the blocks whose own content changed and
// finishes only what they affect. Whatever the changes, what it gives must be what a whole
// read of the changed page gives: checked here against a fresh scraper after random edits of
// random pages, with the page's own mutation records driving the incremental scan.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Scrape, Scraper, scrape } from '../../entrypoints/content/scrape';
import { page } from './scrape-helpers';

function run(s: Scraper, full = false): Scrape {
  const gen = s.run(full);
  for (;;) {
    const step = gen.next();
    if (step.done) return step.value;
  }
}

/** What a scan gives that the engine and the marks use: blocks, and where each block's text came from. */
function view(s: Scrape) {
  return {
    blocks: s.blocks,
    sources: [...s.sources].map(([id, src]) => [id, src.element, src.segments.map((g) => [g.node, g.offset, g.start, g.length]), src.onDemand]),
  };
}

const WORDS = ['Saves', '80%', 'of your', 'time', 'Trusted by', '40,000+ teams', 'Export to PDF.', '10x faster', 'with AI', '一键生成', 'guaranteed'];
const word = fc.constantFrom(...WORDS);
const inline = fc.oneof(
  word,
  word.map((w) => `<strong>${w}</strong>`),
  word.map((w) => `<a href="/study.pdf">${w}</a>`),
  fc.constant('<sup>1</sup>'),
  fc.constant('*'),
);
const para = fc.array(inline, { minLength: 1, maxLength: 5 }).map((xs) => xs.join(' '));
const section = fc.oneof(
  fc.array(para, { minLength: 1, maxLength: 4 }).map((ps) => `<section>${ps.map((p) => `<p>${p}</p>`).join('')}</section>`),
  fc.array(para, { minLength: 1, maxLength: 4 }).map((ps) => `<ul class="features">${ps.map((p) => `<li>${p}</li>`).join('')}</ul>`),
  fc.array(para, { minLength: 1, maxLength: 3 }).map((ps) => `<ol>${ps.map((p) => `<li>${p}</li>`).join('')}</ol>`),
  fc.tuple(para, para).map(([a, b]) => `<blockquote><p>“${a}”</p><cite>${b}</cite></blockquote>`),
  fc.tuple(fc.constantFrom('80%', '10x', '3 min'), para).map(([fig, label]) => `<div class="card"><div>${fig}</div><div>${label}</div></div>`),
  fc.tuple(para, para).map(([a, b]) => `<div><p>${a}</p><p><a href="https://doi.org/10.1/x">Read the study</a></p><p>${b}</p></div>`),
  para.map((p) => `<section class="footnotes"><ol><li id="fn1">${p}</li></ol></section>`),
  para.map((p) => `<h2>${p}</h2>`),
);
const html = fc
  .tuple(para, fc.array(section, { minLength: 1, maxLength: 8 }))
  .map(([hero, sections]) => `<!doctype html><html><head><title>T</title></head><body><h1>${hero}</h1><main>${sections.join('')}</main></body></html>`);

/** Inline content to add, built with DOM calls: a word, in bold, as a link, or a footnote marker. */
type Piece = { kind: 'text' | 'strong' | 'a' | 'sup'; word: string };
type Edit =
  | { t: 'text'; pick: number; text: string }
  | { t: 'wrap'; pick: number }
  | { t: 'append'; pick: number; piece: Piece }
  | { t: 'remove'; pick: number };
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ t: fc.constant('text' as const), pick: fc.nat(), text: fc.oneof(word, fc.constantFrom('', '¹ Internal survey of 40 users.', 'Now 5x faster*')) }),
  fc.record({ t: fc.constant('wrap' as const), pick: fc.nat() }),
  fc.record({ t: fc.constant('append' as const), pick: fc.nat(), piece: fc.record({ kind: fc.constantFrom('text', 'strong', 'a', 'sup'), word }) }),
  fc.record({ t: fc.constant('remove' as const), pick: fc.nat() }),
);

/** Apply an edit to the page's text or inline elements (the changes a page makes to its copy). */
function apply(doc: Document, e: Edit): void {
  const texts: Text[] = [];
  const walker = doc.createTreeWalker(doc.body, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
  const t = texts[e.pick % Math.max(1, texts.length)];
  if (!t) return;
  const parent = t.parentElement;
  if (!parent) return;
  if (e.t === 'text') t.data = e.text;
  else if (e.t === 'wrap') {
    const b = doc.createElement('em');
    parent.insertBefore(b, t);
    b.append(t);
  } else if (e.t === 'append') {
    const { kind, word: w } = e.piece;
    if (kind === 'text') parent.append(` ${w}`);
    else {
      const el = doc.createElement(kind);
      if (kind === 'a') el.setAttribute('href', '/study.pdf');
      el.textContent = kind === 'sup' ? '1' : w;
      parent.append(el);
    }
  } else t.remove();
}

describe('incremental scans', () => {
  it('give what a whole read of the changed page gives', () => {
    let patched = 0;
    fc.assert(
      fc.property(html, fc.array(fc.array(edit, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }), (source, rounds) => {
        const doc = page(source);
        const view0 = doc.defaultView as unknown as { MutationObserver: typeof MutationObserver };
        const scraper = new Scraper(doc);
        run(scraper, true);
        const observer = new view0.MutationObserver(() => undefined);
        observer.observe(doc, { subtree: true, childList: true, characterData: true, attributes: true, attributeOldValue: true });
        for (const edits of rounds) {
          for (const e of edits) apply(doc, e);
          scraper.walker.invalidate(observer.takeRecords());
          const got = run(scraper);
          if (got.changed) patched++;
          expect(view(got)).toEqual(view(scrape(doc)));
        }
        observer.disconnect();
      }),
      { numRuns: 150 },
    );
    // The property says nothing if no scan was ever incremental.
    expect(patched).toBeGreaterThan(20);
  });

  it('read only the changed block of an example page, and say which block changed', () => {
    const doc = page(readFileSync(fileURLToPath(new URL('../../examples/slidecraft.html', import.meta.url)), 'utf8'));
    const win = doc.defaultView as unknown as { MutationObserver: typeof MutationObserver };
    const scraper = new Scraper(doc);
    const first = run(scraper, true);
    const observer = new win.MutationObserver(() => undefined);
    observer.observe(doc, { subtree: true, childList: true, characterData: true });
    const p = [...doc.querySelectorAll('main p')].find((x) => (x.textContent ?? '').length > 40) as Element;
    const text = [...p.childNodes].find((n) => n.nodeType === 3) as Text;
    text.data = 'Now 5x faster than any designer.';
    scraper.walker.invalidate(observer.takeRecords());
    const next = run(scraper);
    expect(next.changed?.length).toBe(1);
    const at = next.changed?.[0] as number;
    expect(next.blocks[at]?.text).toContain('Now 5x faster than any designer.');
    expect(next.blocks.filter((b, i) => b !== first.blocks[i]).length).toBe(1);
    expect(next.stats.nodes).toBeLessThan(first.stats.nodes / 10);
    expect(view(next)).toEqual(view(scrape(doc)));
  });

  it('give a block the new text of the link right after it', () => {
    const doc = page(
      '<!doctype html><html><body><main><p>Cuts reporting time by 80% for analysts.</p><p>Read the <a href="/study.pdf">pilot report</a></p></main></body></html>',
    );
    const win = doc.defaultView as unknown as { MutationObserver: typeof MutationObserver };
    const scraper = new Scraper(doc);
    const first = run(scraper, true);
    expect(first.blocks.find((b) => b.text.startsWith('Cuts'))?.links?.[0]?.text).toBe('pilot report');
    const observer = new win.MutationObserver(() => undefined);
    observer.observe(doc, { subtree: true, childList: true, characterData: true });
    ((doc.querySelector('a') as Element).firstChild as Text).data = '2024 randomized trial (PDF)';
    scraper.walker.invalidate(observer.takeRecords());
    const next = run(scraper);
    expect(next.changed?.length).toBe(2);
    expect(next.blocks.find((b) => b.text.startsWith('Cuts'))?.links?.[0]?.text).toBe('2024 randomized trial (PDF)');
    expect(view(next)).toEqual(view(scrape(doc)));
  });

  it("walk the whole page when asked to, or when the page changed beyond its blocks' own content", () => {
    const doc = page('<!doctype html><html><body><main><p>Saves 80% of your time.</p><p>Export to PDF.</p></main></body></html>');
    const win = doc.defaultView as unknown as { MutationObserver: typeof MutationObserver };
    const scraper = new Scraper(doc);
    run(scraper, true);
    const observer = new win.MutationObserver(() => undefined);
    observer.observe(doc, { subtree: true, childList: true, characterData: true, attributes: true });
    const main = doc.querySelector('main') as Element;
    const p = doc.createElement('p');
    p.textContent = 'Trusted by 40,000+ teams.';
    main.append(p);
    scraper.walker.invalidate(observer.takeRecords());
    const after = run(scraper);
    expect(after.changed).toBeUndefined();
    expect(after.blocks.map((b) => b.text)).toContain('Trusted by 40,000+ teams.');
    expect(run(scraper, true).changed).toBeUndefined();
  });
});
