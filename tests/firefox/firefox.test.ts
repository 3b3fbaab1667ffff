// The Firefox build in a real Firefox (ESR 140 or newer), installed as a temporary add-on: it
// reads the example pages, judges them in its background page, paints the toolbar badge, marks
// the claims in the page and explains them on hover, as the Chromium end-to-end tests prove for Chrome.
// Run with `npm run test:firefox` (it needs Firefox: FIREFOX_PATH, or firefox-esr / firefox).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanHtml } from '../../cli/node-scan';
import { buildExtension, outDir, ROOT } from '../../scripts/lib/build';
import { Firefox, findFirefox, firefoxVersion, MIN_FIREFOX } from '../../scripts/lib/firefox';
import { type Served, serve } from '../../scripts/lib/serve';

const ADDON_ID = 'sceptic@sceptic.dev';
const binary = findFirefox();
const version = binary ? firefoxVersion(binary) : undefined;
const usable = !!binary && (version ?? 0) >= MIN_FIREFOX;

let firefox: Firefox;
let server: Served;
let tab: string;
let installed = '';

type Badge = { text: string; title: string; colour: number[] };

/** Open an example page (or a path such as "fixtures/news-paywall.html") and wait until Sceptic has settled on it (a grade, no grade, or not a product page). */
async function open(name: string): Promise<{ url: string; badge: Badge }> {
  const url = name.includes('/') ? `${server.origin}/${name}` : `${server.origin}/examples/${name}.html`;
  await firefox.navigate(tab, url);
  const deadline = Date.now() + 30_000;
  for (;;) {
    const badge = await firefox.badge(ADDON_ID, url);
    // Settled: a grade (or "–") with the title that sums up this page's claims (the text and the title are set one
    // after the other, and a tab that showed this page before still shows its old badge until the new read begins).
    if (badge && ((/^[A-F–]$/.test(badge.text) && /\d+ claims?/.test(badge.title)) || /not a product page/.test(badge.title))) return { url, badge };
    if (Date.now() > deadline) throw new Error(`Sceptic never settled on ${name}: ${JSON.stringify(badge)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** The text of every claim Sceptic marked in the page, by highlight (one per verdict). */
async function marks(): Promise<Record<string, string[]>> {
  const json = await firefox.evaluate<string>(
    tab,
    `JSON.stringify(Object.fromEntries([...CSS.highlights].filter(([n]) => n.startsWith('sceptic-')).map(([n, h]) => [n, [...h].map((r) => r.toString().replace(/\\s+/g, ' ').trim())])))`,
  );
  return JSON.parse(json) as Record<string, string[]>;
}

/** Marks arrive just after the badge (the page draws them when the background answers). */
async function marksOnceDrawn(): Promise<Record<string, string[]>> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const m = await marks();
    if (Object.values(m).some((list) => list.length) || Date.now() > deadline) return m;
    await new Promise((r) => setTimeout(r, 200));
  }
}

type Card = { box: { x: number; y: number; width: number; height: number }; text: string };

/**
 * Sceptic's hover card in the tab as it is shown, or null when none is: its box and its text. The
 * card's host is a <div> with a closed shadow root, in the closed shadow root Sceptic gives an
 * element near the claim (a <slot>, then the host) or else right under <html>; no page script can
 * reach either root, so they are read with the system principal (`openOrClosedShadowRoot`).
 */
async function card(): Promise<Card | null> {
  const json = await firefox.evaluateSystem<string>(
    tab,
    `(() => {
      const closedDiv = (n) => n.localName === 'div' && n.openOrClosedShadowRoot?.mode === 'closed';
      const hosts = [...document.documentElement.children].filter(closedDiv);
      for (const el of document.querySelectorAll('*')) {
        const root = el.openOrClosedShadowRoot;
        if (root?.mode !== 'closed') continue;
        const [first, ...rest] = root.children;
        if (first?.localName === 'slot' && rest.length > 0 && rest.every(closedDiv)) hosts.push(...rest);
      }
      const texts = (n, out) => {
        if (n.nodeType === 3) out.push(n.data);
        for (const c of n.childNodes) texts(c, out);
        return out;
      };
      for (const host of hosts) {
        const r = host.getBoundingClientRect();
        if (r.width > 0 && r.height > 0)
          return JSON.stringify({ box: { x: r.x, y: r.y, width: r.width, height: r.height }, text: texts(host.openOrClosedShadowRoot, []).join(' ').replace(/\\s+/g, ' ').trim() });
      }
      return 'null';
    })()`,
  );
  return JSON.parse(json) as Card | null;
}

/** Wait until the hover card is shown (or, with `shown` false, hidden); the card then, or null. */
async function cardOnce(shown: boolean): Promise<Card | null> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const c = await card();
    if (!!c === shown) return c;
    if (Date.now() > deadline) throw new Error(`the hover card was never ${shown ? 'shown' : 'hidden'}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The middle of the first few characters of a text shown in the page, in viewport pixels (a marked claim has no element of its own: it is a range of text). */
async function pointAt(text: string): Promise<{ x: number; y: number }> {
  const json = await firefox.evaluate<string>(
    tab,
    `(() => {
      const needle = ${JSON.stringify(text)};
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = n.data.indexOf(needle);
        if (i < 0) continue;
        const range = document.createRange();
        range.setStart(n, i);
        range.setEnd(n, Math.min(n.data.length, i + Math.max(1, Math.min(needle.length, 6))));
        const r = range.getBoundingClientRect();
        if (r.width > 0 && r.height > 0) return JSON.stringify({ x: r.x + r.width / 2, y: r.y + r.height / 2 });
      }
      return 'null';
    })()`,
  );
  const at = JSON.parse(json) as { x: number; y: number } | null;
  if (!at) throw new Error(`${text} is not shown on the page`);
  return at;
}

describe.skipIf(!usable)(`Sceptic in ${binary ? `Firefox ${version ?? '?'}` : 'Firefox (none found)'}`, () => {
  beforeAll(async () => {
    const dir =
      process.env.SCEPTIC_SKIP_BUILD === '1' && existsSync(resolve(outDir(), 'firefox-mv3', 'manifest.json'))
        ? resolve(outDir(), 'firefox-mv3')
        : buildExtension('firefox');
    server = await serve({ '/examples/': resolve(ROOT, 'examples'), '/fixtures/': resolve(ROOT, 'tests/fixtures') });
    firefox = await Firefox.launch(binary as string);
    tab = await firefox.firstTab();
    installed = await firefox.install(dir);
  });

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it('installs as a temporary add-on under its own id', () => {
    expect(installed).toBe(ADDON_ID);
  });

  it('grades the slide-deck page low, in red, and marks its headline claim as unsupported', async () => {
    const { badge } = await open('slidecraft');
    expect(['D', 'F']).toContain(badge.text);
    expect(badge.title).toMatch(/^Sceptic: \d+ claims?, .*grade [DF]$/);
    // Red (F) or orange (D): far more red than green.
    expect((badge.colour[0] ?? 0) - (badge.colour[1] ?? 0)).toBeGreaterThan(60);
    const m = await marksOnceDrawn();
    expect(m['sceptic-unsupported']?.some((t) => t.includes('Saves 80% of your PPT work'))).toBe(true);
    expect(m['sceptic-supported'] ?? []).toEqual([]);
  });

  it('explains a marked claim on hover in a card the page cannot see, and hides it when the mouse leaves', async () => {
    const { url } = await open('slidecraft');
    expect((await marksOnceDrawn())['sceptic-unsupported']).toContain('Saves 80% of your PPT work.');
    const claim = scanHtml(readFileSync(resolve(ROOT, 'examples/slidecraft.html'), 'utf8'), url).report.claims.find((c) =>
      c.text.includes('Saves 80% of your PPT work'),
    );
    expect(claim?.verdict).toBe('unsupported');
    // What the page's own scripts see: its elements, and a MutationObserver of its own from before the hover.
    const tree = () => firefox.evaluate<string>(tab, `[...document.querySelectorAll('*')].map((e) => e.localName + (e.shadowRoot ? '+root' : '')).join(' ')`);
    const treeBefore = await tree();
    const records = () => firefox.evaluate<number>(tab, 'window.__records');
    await firefox.evaluate(
      tab,
      `(window.__records = 0, new MutationObserver((list) => { window.__records += list.length; }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true }), 0)`,
    );
    // The real mouse, from beside the headline onto its first word.
    const at = await pointAt('Saves ');
    await firefox.moveMouse(tab, at.x - 30, at.y + 40);
    await firefox.moveMouse(tab, at.x, at.y, 4);
    const shown = await cardOnce(true);
    expect(shown?.text).toContain(`Unsupported ${Math.round(claim?.score ?? -1)}/100 Sceptic`);
    expect(shown?.text).toContain(`Ask the vendor: ${claim?.flags[0]?.question}`);
    expect((await marks())['sceptic-hover']).toEqual(['Saves 80% of your PPT work.']);
    const viewport = JSON.parse(await firefox.evaluate<string>(tab, 'JSON.stringify({ width: innerWidth, height: innerHeight })')) as {
      width: number;
      height: number;
    };
    const box = shown?.box ?? { x: -1, y: -1, width: 0, height: 0 };
    expect(box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width && box.y + box.height <= viewport.height).toBe(true);
    // None of it reaches the page: no node, no record, no shadow root it can open, none of the card's words.
    expect(await records()).toBe(0);
    expect(await tree()).toBe(treeBefore);
    expect(treeBefore).not.toContain('+root');
    expect(await firefox.evaluate<boolean>(tab, `document.documentElement.textContent.includes('Ask the vendor')`)).toBe(false);
    // Away from the mark, the card goes.
    await firefox.moveMouse(tab, 2, viewport.height - 2, 3);
    await cardOnce(false);
    expect((await marks())['sceptic-hover'] ?? []).toEqual([]);
    expect(await records()).toBe(0);
    // And the observer was listening all along: a change of the page's own is recorded.
    await firefox.evaluate(tab, `(document.body.toggleAttribute('data-seen'), document.body.toggleAttribute('data-seen'), 0)`);
    expect(await records()).toBeGreaterThan(0);
  });

  it('opens the popup for that tab with the same grade and every claim, each with a question for the vendor', async () => {
    const { url, badge } = await open('slidecraft');
    const claims = Number(/(\d+) claims?/.exec(badge.title)?.[1]);
    const popup = await firefox.openExtensionTab(ADDON_ID, 'popup.html?tab={tab}', url);
    try {
      const deadline = Date.now() + 15_000;
      let seen = { grade: '', items: 0, questions: 0, headline: false };
      while (Date.now() < deadline) {
        seen = JSON.parse(
          await firefox.evaluate<string>(
            popup,
            // "Show all", then every row opened to its card, as a reader who reads them all would.
            `(() => { const more = document.querySelector('[data-testid=show-all][aria-expanded=false]'); if (more) more.click(); for (const h of document.querySelectorAll('.row__head[aria-expanded=false]')) h.click(); return JSON.stringify({ grade: document.querySelector('[data-testid=grade]')?.textContent?.trim() ?? '', items: document.querySelectorAll('[data-testid=claims] li[data-claim-id]').length, questions: document.querySelectorAll('.flag__question').length, headline: (document.body?.textContent ?? '').includes('Saves 80% of your PPT work') }); })()`,
          ),
        );
        if (seen.items === claims && seen.questions > 0) break;
        await new Promise((r) => setTimeout(r, 200));
      }
      expect(seen.grade).toBe(badge.text);
      expect(seen.items).toBe(claims);
      expect(seen.questions).toBeGreaterThan(0);
      expect(seen.headline).toBe(true);
    } finally {
      await firefox.closeTab(popup);
    }
  });

  it('grades the well-substantiated page high, in green, and marks claims as supported', async () => {
    const { badge } = await open('evidence-based');
    expect(['A', 'B']).toContain(badge.text);
    expect((badge.colour[1] ?? 0) - (badge.colour[0] ?? 0)).toBeGreaterThan(40);
    const m = await marksOnceDrawn();
    expect(m['sceptic-supported']?.length ?? 0).toBeGreaterThan(0);
  });

  it('leaves the news article without a grade and without marks', async () => {
    const { badge } = await open('news-article');
    expect(badge.text).toBe('');
    expect(badge.title).toMatch(/not a product page/);
    // The slide-deck page's marks were drawn in the same tab a moment ago; none may be left here.
    await new Promise((r) => setTimeout(r, 1000));
    expect(Object.values(await marks()).flat()).toEqual([]);
  });

  it('leaves news and blog pages with a newsletter, a membership fee or a paywall without a grade', async () => {
    for (const name of ['news-newsletter', 'blog-plan-headline', 'news-paywall']) {
      const { badge } = await open(`fixtures/${name}.html`);
      expect(badge.text, name).toBe('');
      expect(badge.title, name).toMatch(/not a product page/);
    }
  });

  it('tells pages apart: a careful vendor A or B, a factual page never failed, one repeated claim, bare hype D or F', async () => {
    expect(['A', 'B']).toContain((await open('fixtures/careful-vendor.html')).badge.text);
    expect(['D', 'F']).not.toContain((await open('fixtures/vendor-factual.html')).badge.text);
    const repeated = await open('fixtures/repeated-claim.html');
    expect(['D', 'F']).toContain(repeated.badge.text);
    // The headline said in the title, meta, hero and a stat tile is one claim of the badge's count.
    const count = Number(/(\d+) claims/.exec(repeated.badge.title)?.[1]);
    const html = readFileSync(resolve(ROOT, 'tests/fixtures/repeated-claim.html'), 'utf8');
    expect(count).toBe(scanHtml(html, repeated.url).report.claims.length);
    expect(['D', 'F']).toContain((await open('fixtures/bare-hype.html')).badge.text);
  });

  it('grades the Chinese page and marks its one-click claim', async () => {
    const { badge } = await open('zhoubao-zh');
    expect(badge.text).toMatch(/^[A-F]$/);
    const m = await marksOnceDrawn();
    expect(
      Object.values(m)
        .flat()
        .some((t) => t.includes('一键生成周报')),
    ).toBe(true);
  });

  it('reads copy a reader sees however the markup dresses it: the dressed page has the plain one’s claims', async () => {
    /** The quotes of every claim the popup lists for the tab now showing `url`, once there are `least`. */
    const quotes = async (url: string, least: number): Promise<string[]> => {
      const popup = await firefox.openExtensionTab(ADDON_ID, 'popup.html?tab={tab}', url);
      try {
        const deadline = Date.now() + 20_000;
        let seen: string[] = [];
        while (Date.now() < deadline) {
          await firefox.evaluate<string>(popup, `(document.querySelector('[data-testid=show-all][aria-expanded=false]')?.click(), '')`);
          await new Promise((r) => setTimeout(r, 300));
          seen = JSON.parse(
            await firefox.evaluate<string>(
              popup,
              `JSON.stringify([...document.querySelectorAll('[data-testid=claims] li[data-claim-id] .row__quote')].map((q) => q.textContent.replace(/^[“"]|[”"]$/g, '').trim()))`,
            ),
          ) as string[];
          if (seen.length >= least) break;
          await firefox.evaluate<string>(popup, '(location.reload(), "")');
          await new Promise((r) => setTimeout(r, 500));
        }
        return seen;
      } finally {
        await firefox.closeTab(popup);
      }
    };
    const plain = await open('fixtures/visible-hype.html');
    const want = await quotes(plain.url, 14);
    expect(want.length).toBeGreaterThanOrEqual(14);
    const dressed = await open('fixtures/hidden-hype.html');
    // The copy that fades in is read once it has: the popup is asked until it lists as many.
    const got = await quotes(dressed.url, want.length);
    expect(got.sort()).toEqual(want.sort());
    expect(['D', 'F']).toContain((await firefox.badge(ADDON_ID, dressed.url))?.text);
    expect(['D', 'F']).toContain(plain.badge.text);
  });

  it('leaves the page’s DOM exactly as the page wrote it', async () => {
    await open('weeklypilot');
    expect(Object.values(await marksOnceDrawn()).flat().length).toBeGreaterThan(0);
    // The example pages run no script of their own: the live document must equal a fresh parse of the file.
    const same = await firefox.evaluate<boolean>(
      tab,
      `fetch(location.href).then((r) => r.text()).then((html) => new DOMParser().parseFromString(html, 'text/html').documentElement.outerHTML === document.documentElement.outerHTML)`,
    );
    expect(same).toBe(true);
  });
});
