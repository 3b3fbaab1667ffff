// The scraper on happy-dom (no layout): what it reads, how it joins text, the roles it gives.
import { describe, expect, it } from 'vitest';
import { Scraper, scrape } from '../../entrypoints/content/scrape';
import { blockWith, el, page, texts } from './scrape-helpers';

describe('visible text only', () => {
  const s = scrape(
    page(`<html><head><title>Acme Notes</title><style>p{color:red}</style></head><body>
      <script>var claim = "Script text 99% faster";</script>
      <noscript>Enable JavaScript for 10x speed</noscript>
      <template><p>Template text 50% better</p></template>
      <p>Visible claim: summaries in 30 seconds.</p>
      <p hidden>Hidden attribute 90% cheaper</p>
      <p aria-hidden="true">Aria hidden 3x faster</p>
      <p style="display: none">Inline display none 70% more</p>
      <div style="visibility:hidden"><p>Visibility hidden 20% gain</p></div>
      <a href="/x">Docs<span class="sr-only"> (opens in a new tab)</span></a>
      <div id="onetrust-banner-sdk"><p>We use cookies to improve your experience.</p></div>
      <div role="dialog" aria-label="Cookie consent"><p>Accept all cookies</p></div>
      <div class="cookie-notice"><p>This site uses cookies.</p></div>
      <pre><code>const speedup = "5x";</code></pre>
      <p inert>Inert text 40% less</p>
    </body></html>`),
  );
  const all = texts(s).join('\n');

  it('reads what a reader sees', () => {
    expect(all).toContain('Visible claim: summaries in 30 seconds.');
    expect(all).toContain('Docs');
  });

  it('reads text that markup hides only from assistive technology or from input: a reader still sees it', () => {
    expect(all).toContain('Aria hidden 3x faster');
    expect(all).toContain('Inert text 40% less');
  });

  it.each([
    'Script text',
    'Enable JavaScript',
    'Template text',
    'Hidden attribute',
    'Inline display none',
    'Visibility hidden',
    'opens in a new tab',
    'cookies',
    'speedup',
  ])('leaves out %s', (hidden) => {
    expect(all).not.toContain(hidden);
  });

  it('keeps the page when aria-hidden wraps all of it (a modal is open)', () => {
    const s2 = scrape(page('<body><div id="app" aria-hidden="true"><main><h1>Write 10x faster with Acme AI</h1></main></div></body>'));
    expect(blockWith(s2, 'Write 10x faster').role).toBe('hero');
  });
});

describe('text split across elements', () => {
  it('puts numbers split across spans back together', () => {
    const s = scrape(page('<p>Cut review time by <span class="n">8</span><span>0</span><span class="u">%</span> for <b>every</b> team.</p>'));
    expect(texts(s)).toContain('Cut review time by 80% for every team.');
  });

  it('collapses the whitespace of source formatting and drops zero-width characters', () => {
    const s = scrape(page('<h2>\n      Save\n      <strong>3x</strong>\n      more   time\n    </h2><p>Up to 9&#8203;9.&#173;9% uptime&nbsp;guaranteed</p>'));
    expect(texts(s)).toContain('Save 3x more time');
    expect(texts(s)).toContain('Up to 99.9% uptime guaranteed');
  });

  it('reads a stat card as one claim: the figure with its label', () => {
    const s = scrape(
      page(`<div class="stats">
        <div class="stat"><div class="num">8<span>0</span>%</div><div class="label">less time on decks</div></div>
        <div class="stat"><p>Tickets closed</p><p>3×</p></div>
        <div class="stat"><div class="num">50,000+</div><div class="num">4.9★</div></div>
      </div>`),
    );
    expect(texts(s)).toEqual(['80% less time on decks', 'Tickets closed 3×', '50,000+', '4.9★']);
    const b = blockWith(s, '80% less');
    const src = s.sources.get(b.id);
    expect(src?.segments.map((g) => [g.node.data.slice(g.offset, g.offset + g.length), g.start])).toEqual([
      ['8', 0],
      ['0', 1],
      ['%', 2],
      ['less time on decks', 4],
    ]);
  });

  it('ends a line at <br> and keeps nested blocks apart', () => {
    const s = scrape(page('<div>Intro text<p>Nested paragraph.</p>tail text</div><p>Line one<br>Line two</p>'));
    expect(texts(s)).toEqual(expect.arrayContaining(['Intro text\ntail text', 'Nested paragraph.', 'Line one\nLine two']));
  });

  it('reads button values and keeps links in their sentence', () => {
    const s = scrape(page('<form><input type="submit" value="Start free trial"></form><p>Read <a href="/guide">our guide</a> to see how.</p>'));
    expect(texts(s)).toEqual(expect.arrayContaining(['Start free trial', 'Read our guide to see how.']));
  });
});

describe('roles', () => {
  const s = scrape(
    page(`<body>
      <header class="site-hero">
        <nav><ul><li><a href="/pricing">Pricing</a></li><li><a href="/docs">Docs</a></li></ul></nav>
        <h1>The AI analyst that never sleeps</h1>
        <p>Answers in seconds, not days.</p>
      </header>
      <section id="features"><h2>Everything you need</h2><ul><li>Reports that write themselves.</li></ul></section>
      <section><h2>What our customers say</h2><div><p>“It changed how our team works.”</p></div></section>
      <blockquote>“Best purchase we made this year.”</blockquote>
      <section><h2>Pricing</h2><div><p>$29 per user per month</p></div></section>
      <section><h2>Frequently asked questions</h2><details><summary>Is my data safe?</summary><p>Your data stays in the EU.</p></details></section>
      <footer><p>© 2025 Acme Inc.</p></footer>
    </body>`),
  );
  it.each([
    ['The AI analyst that never sleeps', 'hero'],
    ['Answers in seconds', 'hero'],
    ['Pricing', 'body'],
    ['Everything you need', 'heading'],
    ['Reports that write themselves', 'feature'],
    ['It changed how our team works', 'testimonial'],
    ['Best purchase we made', 'testimonial'],
    ['$29 per user', 'pricing'],
    ['Is my data safe?', 'faq'],
    ['Your data stays in the EU', 'faq'],
    ['© 2025 Acme', 'footer'],
  ])('%s is %s', (text, role) => {
    expect(blockWith(s, text).role).toBe(role);
  });

  it('joins the title, meta description and og tags as their own blocks', () => {
    const s2 = scrape(
      page(`<html><head><title>Acme AI: reports in seconds</title>
        <meta name="description" content="Acme writes your weekly report.">
        <meta property="og:title" content="Acme AI: reports in seconds">
        <meta property="og:description" content="Trusted by 10,000 teams."></head><body><p>Body text here.</p></body></html>`),
    );
    expect(s2.blocks.slice(0, 3)).toEqual([
      { id: 'title', text: 'Acme AI: reports in seconds', role: 'title' },
      { id: 'meta-description', text: 'Acme writes your weekly report.', role: 'meta' },
      { id: 'og-description', text: 'Trusted by 10,000 teams.', role: 'meta' },
    ]);
  });
});

describe('JSON-LD', () => {
  it('describes products with their ratings and offers, and ignores what is not a product', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'Organization', name: 'Acme' },
        {
          '@type': 'SoftwareApplication',
          name: 'Acme Writer',
          description: 'Drafts replies for support teams',
          aggregateRating: { '@type': 'AggregateRating', ratingValue: '4.8', ratingCount: 1200 },
          offers: [
            { '@type': 'Offer', name: 'Team', price: '29', priceCurrency: 'USD' },
            { '@type': 'Offer', name: 'Free', price: '0' },
          ],
        },
      ],
    };
    const s = scrape(
      page(`<html><head>
        <script type="application/ld+json">${JSON.stringify(ld)}</script>
        <script type="application/ld+json">{ "@type": "Product", broken json</script>
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"Not a product"}</script>
      </head><body><p>Hello there.</p></body></html>`),
    );
    const structured = s.blocks.filter((b) => b.role === 'structured');
    expect(structured).toHaveLength(1);
    expect(structured[0]?.text).toBe(
      '@type: SoftwareApplication. Acme Writer. Drafts replies for support teams. Rated 4.8 out of 5 from 1200 ratings. Price: Team: 29 USD; Free: free.',
    );
  });
});

describe('image alt text', () => {
  it('reads alts that say something, from visible images only', () => {
    const s = scrape(
      page(`<img src="a.png" alt="Dashboard showing 42% fewer support tickets after one month">
        <img src="logo.png" alt="Logo"><img src="b.png" alt="screenshot-final.png">
        <img src="c.png" alt="Hidden chart of 10x growth in revenue" style="display:none">`),
    );
    const alts = s.blocks.filter((b) => b.role === 'alt').map((b) => b.text);
    expect(alts).toEqual(['Dashboard showing 42% fewer support tickets after one month']);
  });
});

describe('content shown on demand', () => {
  const s = scrape(
    page(`<div class="tabs">
        <button role="tab" aria-controls="t1" aria-selected="true">Write</button><button role="tab" aria-controls="t2">Review</button>
        <div role="tabpanel" id="t1"><p>Drafts in 10 seconds.</p></div>
        <div role="tabpanel" id="t2" hidden><p>Reviews contracts 5x faster.</p></div>
      </div>
      <div class="carousel">
        <div class="slide is-active"><p>Loved by 3,000 lawyers.</p></div>
        <div class="slide" aria-hidden="true"><p>Cuts research time by 60%.</p></div>
        <div class="slide slick-cloned" aria-hidden="true"><p>Loved by 3,000 lawyers.</p></div>
      </div>
      <button aria-expanded="false" aria-controls="acc">More</button><div id="acc" style="display:none"><p>Works offline on every plan.</p></div>
      <div style="display:none"><p>A stray hidden div, not a panel.</p></div>`),
  );
  it('reads inactive tabs, slides and collapsed panels', () => {
    expect(texts(s)).toEqual(expect.arrayContaining(['Reviews contracts 5x faster.', 'Cuts research time by 60%.', 'Works offline on every plan.']));
  });
  it('reads a looping carousel’s copies once and hidden content that is no panel not at all', () => {
    expect(texts(s).filter((t) => t === 'Loved by 3,000 lawyers.')).toHaveLength(1);
    expect(texts(s).join('\n')).not.toContain('stray hidden div');
  });
  it('says which blocks are hidden now, so marks know they cannot be seen', () => {
    const id = blockWith(s, 'Reviews contracts').id;
    expect(s.sources.get(id)?.onDemand).toBe(true);
    expect(s.sources.get(blockWith(s, 'Drafts in 10').id)?.onDemand).toBe(false);
  });
});

describe('shadow DOM', () => {
  it('reads open shadow roots in rendering order, with slotted light content', () => {
    const doc = page('<body><p>Before the card.</p><x-card><span>slotted 80% claim</span></x-card><p>After the card.</p></body>');
    const host = doc.querySelector('x-card') as HTMLElement;
    const root = host.attachShadow({ mode: 'open' });
    root.append(
      el(doc, 'h2', {}, 'Shadow heading: 5x output'),
      el(doc, 'p', {}, 'Inside ', el(doc, 'slot'), ' the shadow.'),
      el(doc, 'style', {}, 'p{color:red}'),
    );
    const s = scrape(doc);
    const t = texts(s);
    expect(t).toEqual(['Before the card.', 'Shadow heading: 5x output', 'Inside slotted 80% claim the shadow.', 'After the card.']);
    expect(blockWith(s, 'Shadow heading').role).toBe('heading');
  });

  it('reads closed shadow roots when the browser lets it, and never its own elements', () => {
    const doc = page('<body><x-closed></x-closed><sceptic-card><p>Card text</p></sceptic-card></body>');
    const host = doc.querySelector('x-closed') as HTMLElement;
    const root = host.attachShadow({ mode: 'closed' });
    root.append(el(doc, 'p', {}, 'Closed root claim'));
    const own = doc.querySelector('sceptic-card') as Element;
    const s = scrape(doc, { shadowRootOf: (e) => (e === host ? root : null), ignore: (e) => e === own });
    expect(texts(s)).toEqual(['Closed root claim']);
  });
});

describe('links', () => {
  const s = scrape(
    page(`<section>
        <p>Teams cut review time by 38% in our 2024 study with 212 analysts.</p>
        <a href="/research/review-time-2024.pdf">Read the study (PDF)</a>
      </section>
      <p>Start today at <a href="https://acme.test/signup">acme.test</a> or <a href="javascript:void 0">not this</a>.</p>
      <a href="/case-studies/globex"><div><h3>Globex</h3><p>Globex answered 2x more tickets.</p></div></a>`),
  );
  it('hands over the links in a block, resolved, without script links', () => {
    expect(blockWith(s, 'Start today').links).toEqual([{ href: 'https://acme.test/signup', text: 'acme.test' }]);
  });
  it('adds evidence links that stand right beside a claim', () => {
    expect(blockWith(s, 'cut review time').links).toEqual([{ href: 'https://acme.test/research/review-time-2024.pdf', text: 'Read the study (PDF)' }]);
  });
  it('gives every block of a linked card its link', () => {
    expect(blockWith(s, 'Globex answered').links?.[0]?.href).toBe('https://acme.test/case-studies/globex');
  });
});

describe('limits', () => {
  it('cuts a huge text node to the block limit', () => {
    const doc = page('<p id="p"></p>');
    (doc.getElementById('p') as HTMLElement).append(doc.createTextNode('Fast. '.repeat(200_000)));
    const s = scrape(doc);
    expect(s.blocks[0]?.text.length).toBeLessThanOrEqual(20_000);
    expect(s.blocks[0]?.text.length).toBeGreaterThan(19_000);
  });

  it('survives a very deep DOM', () => {
    const doc = page('<body></body>');
    let parent: HTMLElement = doc.body;
    for (let i = 0; i < 5000; i++) {
      const d = doc.createElement(i % 2 ? 'span' : 'div');
      parent.append(d);
      parent = d;
    }
    parent.append(doc.createTextNode('Deep claim 10x faster'));
    doc.body.prepend(el(doc, 'p', {}, 'Shallow text.'));
    const s = scrape(doc);
    expect(texts(s)).toContain('Shallow text.');
  });

  it('past the block limit keeps only what says what the page is, and says so', () => {
    const doc = page('<body></body>');
    for (let i = 0; i < 300; i++) doc.body.append(el(doc, 'p', {}, `Paragraph number ${i}.`));
    doc.body.append(el(doc, 'section', {}, el(doc, 'h2', {}, 'Pricing'), el(doc, 'p', {}, '$9 per month.')));
    const s = scrape(doc, { limits: { blocks: 50 } });
    expect(s.truncated).toBe(true);
    expect(texts(s)).toContain('Paragraph number 10.');
    expect(texts(s)).not.toContain('Paragraph number 100.');
    expect(blockWith(s, '$9 per month').role).toBe('pricing');
    expect(blockWith(s, 'Pricing').role).toBe('heading');
    expect(s.blocks.length).toBeLessThanOrEqual(53);
  });
});

describe('scanning again', () => {
  it('re-reads only the blocks that changed and keeps block ids', () => {
    const doc = page('<main><p id="a">First claim 2x faster.</p><p id="b">Second claim 50% cheaper.</p><ul id="list"><li>One</li></ul></main>');
    const scraper = new Scraper(doc);
    const run = () => {
      const g = scraper.run();
      for (;;) {
        const step = g.next();
        if (step.done) return step.value;
      }
    };
    const first = run();
    const idA = blockWith(first, 'First claim').id;
    const idB = blockWith(first, 'Second claim').id;

    const again = run();
    expect(again.stats.reused).toBeGreaterThanOrEqual(3);
    expect(texts(again)).toEqual(texts(first));

    const textB = (doc.getElementById('b') as HTMLElement).firstChild as Text;
    textB.data = 'Second claim 70% cheaper.';
    const li = el(doc, 'li', {}, 'Two');
    (doc.getElementById('list') as HTMLElement).append(li);
    scraper.walker.invalidate([
      { type: 'characterData', target: textB } as unknown as MutationRecord,
      { type: 'childList', target: doc.getElementById('list') } as unknown as MutationRecord,
    ]);
    const third = run();
    expect(blockWith(third, 'Second claim').text).toBe('Second claim 70% cheaper.');
    expect(blockWith(third, 'First claim').id).toBe(idA);
    expect(blockWith(third, 'Second claim').id).toBe(idB);
    expect(texts(third)).toContain('Two');
    expect(third.stats.reused).toBeGreaterThanOrEqual(2);
  });

  it('reads an element again when its hidden attribute changes', () => {
    const doc = page('<div id="extra" hidden><p>Hidden extra text.</p></div>');
    const scraper = new Scraper(doc);
    const run = () => {
      const g = scraper.run();
      for (;;) {
        const step = g.next();
        if (step.done) return step.value;
      }
    };
    expect(texts(run())).toEqual([]);
    const panel = doc.getElementById('extra') as HTMLElement;
    panel.removeAttribute('hidden');
    scraper.walker.invalidate([{ type: 'attributes', target: panel, attributeName: 'hidden', oldValue: '' } as unknown as MutationRecord]);
    expect(texts(run())).toEqual(['Hidden extra text.']);
  });
});
