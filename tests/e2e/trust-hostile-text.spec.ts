// Page text stays text. A page whose claims carry HTML, script, javascript: links, Markdown links
// and images and spreadsheet formulas (tests/fixtures/hostile-text.html) is read, marked, shown in
// the hover card, the popup, the report and the comparison, and exported as Markdown, JSON and
// CSV. Every payload would set window.__pwned and ask the test server for a sentinel address if
// it ever ran; none does, no extension page grows an element or attribute from it, no CSP
// violation is reported, and each export keeps it inert.

import type { ConsoleMessage, Page } from '@playwright/test';
import MarkdownIt from 'markdown-it';
import { cardBox, cardHosts, hoverText } from './content-helpers';
import { type Ext, expect, test } from './harness';
import { claimItems, downloadOf, extensionPage, openAllClaims, resetStorage } from './ui-helpers';

test.afterEach(async ({ ext }) => resetStorage(ext));

const PAYLOADS = {
  img: `<img src=x onerror="window.__pwned='img';fetch('/fixtures/sentinel-img')">`,
  script: `<script>window.__pwned='script';fetch('/fixtures/sentinel-script')</script>`,
  markdown: `[see the proof](javascript:window.__pwned='md-link')`,
  svg: `<svg onload="window.__pwned='svg'"></svg>`,
};

/** What a page of Sceptic's own holds that page text could have smuggled in, and whether anything ran. */
async function audit(page: Page, extensionId: string): Promise<{ pwned: unknown; bad: string[] }> {
  return page.evaluate((id) => {
    const own = `chrome-extension://${id}/`;
    const bad: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      for (const a of el.attributes) {
        if (/^on/i.test(a.name)) bad.push(`${el.localName}[${a.name}]`);
        if (/^(href|src|xlink:href|action|formaction|srcdoc|data)$/i.test(a.name) && /^\s*(javascript|vbscript|data):/i.test(a.value))
          bad.push(`${el.localName}[${a.name}=${a.value.slice(0, 40)}]`);
      }
      if (['iframe', 'object', 'embed', 'frame', 'base', 'form'].includes(el.localName)) bad.push(el.localName);
      if (el.localName === 'script' && !(el as HTMLScriptElement).src.startsWith(own)) bad.push('script');
      if (el.localName === 'img' && !(el as HTMLImageElement).src.startsWith(own)) bad.push(`img[src=${(el as HTMLImageElement).src}]`);
    }
    return { pwned: (window as Window & { __pwned?: unknown }).__pwned, bad };
  }, extensionId);
}

interface CdpNode {
  nodeName: string;
  nodeType: number;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  shadowRootType?: string;
}

/** The hover card's elements and text, read through the DevTools protocol (its shadow root is closed). */
async function cardTree(page: Page): Promise<{ elements: string[]; text: string }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const card = cardHosts(root)[0];
    const elements: string[] = [];
    const texts: string[] = [];
    const walk = (n: CdpNode) => {
      if (n.nodeType === 1)
        elements.push(
          `${n.nodeName.toLowerCase()}${(n.attributes ?? [])
            .filter((_, i) => i % 2 === 0)
            .map((a) => `[${a}]`)
            .join('')}`,
        );
      if (n.nodeType === 3 && n.nodeValue) texts.push(n.nodeValue);
      for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) walk(c);
    };
    if (card) walk(card);
    return { elements, text: texts.join(' ') };
  } finally {
    await cdp.detach();
  }
}

const markdown = new MarkdownIt({ html: true, linkify: true });
markdown.linkify.set({ fuzzyLink: false });

/** Rendered by a real Markdown parser, the hostile lines make no HTML, no image and no link but Sceptic's own (to a rule's source). */
function expectInertMarkdown(md: string): void {
  const lines = md.split('\n').filter((l) => /onerror|onload|__pwned|HYPERLINK/.test(l));
  expect(lines.length).toBeGreaterThan(0);
  for (const line of lines) {
    const walk = (ts: ReturnType<typeof markdown.parse>): ReturnType<typeof markdown.parse> => ts.flatMap((x) => [x, ...walk(x.children ?? [])]);
    const nodes = walk(markdown.parse(line, {}));
    expect(
      nodes.filter((n) => n.type.startsWith('html') || n.type === 'image').map((n) => n.type),
      line,
    ).toEqual([]);
    // Sceptic's own links (the page's address, a rule's source) only; none that the page's text wrote.
    for (const link of nodes.filter((n) => n.type === 'link_open')) {
      expect(String(link.attrGet('href')), line).toMatch(/^https?:\/\//);
      expect(String(link.attrGet('href')), line).not.toMatch(/sentinel|javascript/i);
    }
    const text = nodes
      .filter((n) => n.type === 'text')
      .map((n) => n.content)
      .join('');
    expect(text).toMatch(/onerror|onload|__pwned|HYPERLINK/);
  }
}

/** Parse CSV (RFC 4180: quoted cells, doubled quotes, CRLF rows). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

async function addToComparison(ext: Ext, page: Page): Promise<void> {
  const popup = await ext.popup(page);
  await popup.getByTestId('add-to-comparison').click();
  await expect(popup.getByTestId('status')).toHaveText(/^(Added to the comparison|Updated this page)/);
  await popup.close();
}

test('claims made of HTML, script, Markdown and formulas stay inert text everywhere Sceptic shows or exports them', async ({ page, ext, server }) => {
  test.setTimeout(120_000);
  const { context, extensionId } = ext.loaded;
  const requests: string[] = [];
  const onRequest = (r: { url(): string }) => requests.push(r.url());
  context.on('request', onRequest);
  const arrived: string[] = [];
  const onArrival = (req: { url?: string }) => arrived.push(req.url ?? '');
  server.server.on('request', onArrival);
  const violations: string[] = [];
  const watch = (p: Page) => {
    p.on('console', (m: ConsoleMessage) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(`${p.url()}: ${m.text()}`);
    });
    p.on('pageerror', (e) => violations.push(`${p.url()}: ${e.message}`));
  };
  watch(page);

  try {
    await page.goto(ext.url('fixtures/hostile-text.html'));
    const state = await ext.settled(page);
    if (state.status !== 'ready') throw new Error(state.status);
    const texts = state.report.claims.map((c) => c.text).join('\n');
    // The payloads reached the report as the page's text.
    for (const p of [PAYLOADS.img, PAYLOADS.script, PAYLOADS.svg]) expect(texts).toContain(p);
    expect(texts).toContain('[see the proof](javascript:');
    expect(texts).toContain('=HYPERLINK(');

    // In the page: the hover card (which shows the verdict, the notes and the question, built
    // with textContent) holds no element made of the page's text.
    await hoverText(page, 'Pwnly AI saves');
    await expect.poll(() => cardBox(page)).not.toBeNull();
    const card = await cardTree(page);
    expect(card.text).toContain('Ask the vendor');
    expect(card.elements.filter((e) => /^(img|script|svg|iframe|a|object|embed)\b|\[on/.test(e))).toEqual([]);
    const ticks = await page.evaluate(() => (window as Window & { ticks?: number }).ticks ?? 0);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as Window & { ticks?: number }).ticks ?? 0)).toBeGreaterThan(ticks);
    expect(await page.evaluate(() => (window as Window & { __pwned?: unknown }).__pwned)).toBeUndefined();

    // The popup: every claim listed, the payloads as text, nothing alive.
    const popup = await ext.popup(page);
    watch(popup);
    await expect(await openAllClaims(popup)).toHaveCount(state.report.claims.length);
    const popupText = await popup.locator('body').textContent();
    expect(popupText).toContain(PAYLOADS.img);
    expect(popupText).toContain(PAYLOADS.script);
    expect(await audit(popup, extensionId)).toEqual({ pwned: undefined, bad: [] });
    const md = await downloadOf(popup, popup.getByTestId('export-markdown'));
    expectInertMarkdown(md.text);
    const json = await downloadOf(popup, popup.getByTestId('export-json'));
    const data = JSON.parse(json.text) as { page: { title: string }; report: { claims: Array<{ text: string }> } };
    // JSON is data: the text is there as it was, for a program to handle as text.
    expect(data.report.claims.map((c) => c.text)).toEqual(state.report.claims.map((c) => c.text));

    // The full report.
    const [report] = await Promise.all([context.waitForEvent('page'), popup.getByRole('button', { name: 'Full report' }).click()]);
    watch(report);
    await report.waitForLoadState();
    await expect(claimItems(report)).toHaveCount(state.report.claims.length);
    expect(await report.locator('body').textContent()).toContain(PAYLOADS.img);
    expect(await audit(report, extensionId)).toEqual({ pwned: undefined, bad: [] });
    expectInertMarkdown((await downloadOf(report, report.getByTestId('export-markdown'))).text);
    await report.close();
    await popup.close();

    // The comparison, beside an ordinary page, and its exports.
    await addToComparison(ext, page);
    await page.goto(ext.url('examples/slidecraft.html'));
    await ext.settled(page);
    await addToComparison(ext, page);
    const compare = await extensionPage(ext, 'compare.html', { width: 1280 });
    watch(compare);
    await expect(compare.getByTestId('compared-page')).toHaveCount(2);
    expect(await compare.locator('body').textContent()).toContain('=HYPERLINK(');
    expect(await audit(compare, extensionId)).toEqual({ pwned: undefined, bad: [] });
    const csv = parseCsv((await downloadOf(compare, compare.getByTestId('export-csv'))).text);
    expect(csv).toHaveLength(3);
    const hostileRow = csv.find((r) => r.some((c) => c.includes('HYPERLINK')));
    expect(hostileRow?.[0]).toMatch(/^'=HYPERLINK\(/);
    // No cell a spreadsheet would run as a formula.
    for (const row of csv) for (const cell of row) expect(cell, cell).not.toMatch(/^[\s\u00a0]*[=+\-@\t\r]/);
    expectInertMarkdown((await downloadOf(compare, compare.getByTestId('export-markdown'))).text);
    await compare.close();

    // Nothing ran, anywhere: no sentinel was asked for, no relative `x` image was loaded, no CSP had to step in.
    await page.waitForTimeout(500);
    expect(requests.filter((u) => /sentinel|\/x$/.test(u))).toEqual([]);
    expect(arrived.filter((u) => /sentinel|\/x$/.test(u))).toEqual([]);
    expect(violations).toEqual([]);
  } finally {
    context.off('request', onRequest);
    server.server.off('request', onArrival);
  }
});
