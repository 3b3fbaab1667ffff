// Nothing leaves the browser. Every request made anywhere in the browser context is recorded
// (the service worker's included, which Playwright reports for Chromium contexts) through a
// full session with Sceptic: pages scanned, marks hovered, the popup, exports, the report, the
// comparison, the options and the welcome page. The only requests allowed are the test pages'
// own loads and Sceptic's own packaged files. Positive controls prove that the recorder sees a
// request made from the service worker and from a page, before and after the scenario.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ConsoleMessage, Page, Request } from '@playwright/test';
import { cardBox, hoverText, tell } from './content-helpers';
import { type Ext, expect, test } from './harness';
import { inContentScript } from './trust-helpers';
import { claimItems, downloadOf, extensionPage, openAllClaims, resetStorage } from './ui-helpers';

test.afterEach(async ({ ext }) => resetStorage(ext));

interface Seen {
  url: string;
  type: string;
  fromWorker: boolean;
  frame: string;
}

const EXAMPLES = ['slidecraft', 'weeklypilot', 'evidence-based', 'brokerage-research', 'news-article', 'zhoubao-zh'];
/** Page loads the test itself asks for: documents and the stylesheet the fixtures share. */
const PAGE_LOAD_TYPES = new Set(['document', 'stylesheet', 'image', 'font']);

function frameOf(r: Request): string {
  try {
    return r.frame().url();
  } catch {
    return '';
  }
}

async function scanned(ext: Ext, page: Page, path: string) {
  await page.goto(ext.url(path));
  const state = await ext.settled(page);
  if (state.status !== 'ready') throw new Error(`${path}: ${state.status}`);
  return state;
}

test('a full session makes no request beyond the test pages’ own loads, and the recorder would have seen one', async ({ page, ext, server }) => {
  test.setTimeout(180_000);
  const { context, sw, extensionId } = ext.loaded;
  const seen: Seen[] = [];
  context.on('request', (r) => seen.push({ url: r.url(), type: r.resourceType(), fromWorker: !!r.serviceWorker(), frame: frameOf(r) }));
  // The server's side of it: every request that reached the test server, whoever made it.
  const arrived: string[] = [];
  const onArrival = (req: IncomingMessage, _res: ServerResponse) => arrived.push(req.url ?? '');
  const http = server.server;
  http.on('request', onArrival);
  const consoleProblems: string[] = [];
  const watchConsole = (p: Page) =>
    p.on('console', (m: ConsoleMessage) => {
      if (/Content Security Policy|Refused to|eval/i.test(m.text())) consoleProblems.push(`${p.url()}: ${m.text()}`);
    });

  try {
    // ── Positive controls, before: the worker and a page each make one request the recorder must see.
    const control = (n: string) => ext.url(`fixtures/network-control-${n}`);
    await sw.evaluate(
      (u) =>
        fetch(u).then(
          () => undefined,
          () => undefined,
        ),
      control('worker-before'),
    );
    await sw.evaluate(() =>
      fetch('http://sceptic-control.invalid/worker').then(
        () => undefined,
        () => undefined,
      ),
    );
    await page.goto(ext.url('fixtures/news.html'));
    await page.evaluate(
      (u) =>
        fetch(u).then(
          () => undefined,
          () => undefined,
        ),
      control('page-before'),
    );
    // …and Sceptic's content script, in its own isolated world.
    await inContentScript(page, extensionId, `fetch(${JSON.stringify(control('content-script'))}).then(() => 0, () => 0)`);
    await expect
      .poll(() => seen.filter((s) => s.url.includes('network-control-')).map((s) => [s.url, s.fromWorker]))
      .toEqual([
        [control('worker-before'), true],
        [control('page-before'), false],
        [control('content-script'), false],
      ]);
    await expect.poll(() => seen.some((s) => s.url === 'http://sceptic-control.invalid/worker' && s.fromWorker)).toBe(true);
    expect(arrived).toContain('/fixtures/network-control-worker-before');

    // ── The scenario.
    const states = [];
    for (const name of EXAMPLES) states.push(await scanned(ext, page, `examples/${name}.html`));
    const slidecraft = await scanned(ext, page, 'examples/slidecraft.html');
    // In the page: a hover card and "show on page".
    await hoverText(page, 'Saves ');
    await expect.poll(() => cardBox(page)).not.toBeNull();
    const first = slidecraft.report.claims[0];
    if (first) await tell(ext, page, { type: 'ui/show-claim', claimId: first.id });

    // The popup: filters, marks, copy, both exports, the comparison.
    const popup = await ext.popup(page);
    watchConsole(popup);
    await expect(await openAllClaims(popup)).toHaveCount(slidecraft.report.claims.length);
    await popup.getByTestId('marks').uncheck();
    await popup.getByTestId('marks').check();
    await popup.getByRole('button', { name: /Copy/ }).first().click();
    await downloadOf(popup, popup.getByTestId('export-markdown'));
    await downloadOf(popup, popup.getByTestId('export-json'));
    await popup.getByTestId('add-to-comparison').click();
    await expect(popup.getByTestId('status')).toHaveText(/^Added to the comparison/);

    // The full report, with its exports and a save.
    const [report] = await Promise.all([context.waitForEvent('page'), popup.getByRole('button', { name: 'Full report' }).click()]);
    watchConsole(report);
    await report.waitForLoadState();
    await expect(claimItems(report)).toHaveCount(slidecraft.report.claims.length);
    await downloadOf(report, report.getByTestId('export-markdown'));
    await downloadOf(report, report.getByTestId('export-json'));
    await report.close();
    await popup.close();

    // Two more pages in the comparison; the comparison page and its exports.
    for (const name of ['weeklypilot', 'zhoubao-zh']) {
      await scanned(ext, page, `examples/${name}.html`);
      const p = await ext.popup(page);
      watchConsole(p);
      await p.getByTestId('add-to-comparison').click();
      await expect(p.getByTestId('status')).toHaveText(/^(Added to the comparison|Updated this page)/);
      await p.close();
    }
    const compare = await extensionPage(ext, 'compare.html', { width: 1280 });
    watchConsole(compare);
    await expect(compare.getByTestId('compared-page')).toHaveCount(3);
    await downloadOf(compare, compare.getByTestId('export-csv'));
    await downloadOf(compare, compare.getByTestId('export-markdown'));
    await compare.close();

    // Options: every kind of change, each of which reaches the open page.
    const options = await extensionPage(ext, 'options.html');
    watchConsole(options);
    await options.getByTestId('sensitivity-strict').check();
    await options.getByTestId('rubric-R6').uncheck();
    await options.getByTestId('marks-default').uncheck();
    await options.getByTestId('language').selectOption('zh');
    await options.getByTestId('site-input').fill('example.com');
    await options.getByTestId('site-add').click();
    await expect(options.getByTestId('sites')).toContainText('example.com');
    await options.getByTestId('scan-manual').check();
    await options.close();
    const welcome = await extensionPage(ext, 'welcome.html');
    watchConsole(welcome);
    await expect(welcome.getByTestId('sample-result').locator('.claim').first()).toBeVisible();
    await welcome.close();
    // A page read by hand, with the interface in Chinese.
    await page.goto(ext.url('examples/evidence-based.html'));
    const manual = await ext.popup(page);
    await expect(claimItems(manual).first()).toBeVisible({ timeout: 20_000 });
    await manual.close();

    // ── Positive controls, after: the recorder is still listening.
    await sw.evaluate(
      (u) =>
        fetch(u).then(
          () => undefined,
          () => undefined,
        ),
      control('worker-after'),
    );
    await expect.poll(() => seen.some((s) => s.url === control('worker-after') && s.fromWorker)).toBe(true);
    await page.waitForTimeout(1000);

    // ── What was recorded, apart from the controls.
    const recorded = seen.filter((s) => !s.url.includes('network-control-') && !s.url.startsWith('http://sceptic-control.invalid/'));
    const own = `chrome-extension://${extensionId}/`;
    const allowed = (s: Seen) =>
      // Sceptic's own packaged files, loaded by its pages.
      (s.url.startsWith(own) && !s.fromWorker) ||
      // A test page loading itself (and its stylesheet), in a tab.
      (!s.fromWorker && PAGE_LOAD_TYPES.has(s.type) && s.url.startsWith(`${ext.origin}/`) && !/[?#]/.test(s.url));
    const outside = recorded.filter((s) => !allowed(s));
    expect(outside, JSON.stringify(outside, null, 1)).toEqual([]);
    // Something was recorded: the pages the test opened, and Sceptic's own pages.
    expect(recorded.filter((s) => s.type === 'document' && s.url.startsWith(ext.origin)).length).toBeGreaterThanOrEqual(EXAMPLES.length);
    expect(recorded.some((s) => s.url.startsWith(`${own}popup.html`))).toBe(true);
    // And the server saw only page loads: no query strings, nothing it does not serve.
    // (The browser itself asks for /favicon.ico, outside any page or extension.)
    const unexpected = arrived.filter(
      (u) => !u.includes('network-control-') && u !== '/favicon.ico' && (!/^\/(examples|fixtures)\/[\w.-]+\.(html|css)$/.test(u) || /[?#]/.test(u)),
    );
    expect(unexpected).toEqual([]);
    expect(consoleProblems).toEqual([]);
    expect(states).toHaveLength(EXAMPLES.length);
    test.info().annotations.push({ type: 'measured', description: `${recorded.length} requests recorded, ${outside.length} outside the allowed page loads` });
  } finally {
    http.off('request', onArrival);
  }
});
