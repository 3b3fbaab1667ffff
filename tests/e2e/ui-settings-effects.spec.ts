// Settings that change what the content script does, seen end to end: scanning only when the
// toolbar button is clicked, a site left alone, a rubric question switched off; and the badge
// following a single-page app to its next page.
import { type Ext, expect, test } from './harness';
import { claimItems, extensionPage, openAllClaims, resetStorage, storedSettings } from './ui-helpers';

test.afterEach(async ({ ext }) => resetStorage(ext));

/** What the background holds for a tab: 'none' when it holds nothing. */
async function sessionStatus(ext: Ext, tabId: number): Promise<string> {
  return ext.loaded.sw.evaluate(async (id) => {
    const s = (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] as { status?: string } | undefined;
    return s?.status ?? 'none';
  }, tabId);
}

test('manual mode: nothing is read until the popup is opened', async ({ page, ext }) => {
  const options = await extensionPage(ext, 'options.html');
  await options.getByTestId('scan-manual').check();
  await expect.poll(async () => ((await storedSettings(ext)) as { autoScan?: boolean } | undefined)?.autoScan).toBe(false);
  await options.close();

  await page.goto(ext.url('examples/slidecraft.html'));
  await page.waitForTimeout(2500);
  await page.bringToFront();
  const tabId = await ext.loaded.sw.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? -1);
  expect(await sessionStatus(ext, tabId)).toBe('none');
  expect(await ext.loaded.sw.evaluate(async (id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('');
  expect(Object.keys(await ext.highlights(page))).toEqual([]);

  // The toolbar button opens the popup; the popup asks the page to scan.
  const popup = await ext.loaded.context.newPage();
  await popup.goto(`chrome-extension://${ext.loaded.extensionId}/popup.html?tab=${tabId}`);
  await expect(claimItems(popup).first()).toBeVisible({ timeout: 15_000 });
  await expect.poll(async () => ext.loaded.sw.evaluate(async (id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toMatch(/^[A-F]$/);
  await popup.close();
});

test('a site turned off is not read until it is turned back on', async ({ page, ext }) => {
  const options = await extensionPage(ext, 'options.html');
  await options.getByTestId('site-input').fill('127.0.0.1');
  await options.getByTestId('site-add').click();
  await expect.poll(async () => ((await storedSettings(ext)) as { disabledSites?: string[] } | undefined)?.disabledSites).toEqual(['127.0.0.1']);

  await page.goto(ext.url('examples/slidecraft.html'));
  await page.waitForTimeout(2500);
  await page.bringToFront();
  const tabId = await ext.loaded.sw.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? -1);
  expect(await sessionStatus(ext, tabId)).toBe('none');
  expect(await ext.loaded.sw.evaluate(async (id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('');
  expect(Object.keys(await ext.highlights(page))).toEqual([]);

  // (The popup's own "Sceptic is off on this site" needs the page's address, which only a click
  // on the toolbar button grants: tests/unit/ui-popup.test.ts covers it.)
  await options.getByRole('button', { name: 'Remove 127.0.0.1' }).click();
  await expect.poll(async () => ((await storedSettings(ext)) as { disabledSites?: string[] } | undefined)?.disabledSites).toEqual([]);
  await options.close();
  await page.reload();
  expect((await ext.settled(page)).status).toBe('ready');
  expect((await ext.badge(page)).text).toMatch(/^[A-F]$/);
});

test('"Turn off on this site" in the popup: the marks go, the popup says the site is off and reads nothing, until it is turned on', async ({ page, ext }) => {
  await page.goto(ext.url('examples/slidecraft.html'));
  expect((await ext.settled(page)).status).toBe('ready');
  await expect.poll(async () => Object.keys(await ext.highlights(page)).length).toBeGreaterThan(0);
  await page.bringToFront();
  const tabId = await ext.loaded.sw.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? -1);
  const popup = await ext.loaded.context.newPage();
  await popup.goto(`chrome-extension://${ext.loaded.extensionId}/popup.html?tab=${tabId}`);
  await popup.getByTestId('site-off').click();
  await expect(popup.getByTestId('state')).toHaveAttribute('data-state', 'site-off');
  await expect(popup.getByTestId('summary')).toHaveText('Sceptic is off on 127.0.0.1.');
  await expect.poll(async () => ((await storedSettings(ext)) as { disabledSites?: string[] } | undefined)?.disabledSites).toEqual(['127.0.0.1']);
  await expect.poll(async () => Object.keys(await ext.highlights(page)).length).toBe(0);
  await popup.close();

  // The page is not read again: a reload leaves the tab without a report, and without a badge.
  await page.reload();
  await page.waitForTimeout(2000);
  expect(await sessionStatus(ext, tabId)).toBe('none');
  expect(await ext.loaded.sw.evaluate(async (id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('');
  expect(Object.keys(await ext.highlights(page))).toEqual([]);

  // Turned on again from the settings, the page is read.
  const options = await extensionPage(ext, 'options.html');
  await options.getByRole('button', { name: 'Remove 127.0.0.1' }).click();
  await expect.poll(async () => ((await storedSettings(ext)) as { disabledSites?: string[] } | undefined)?.disabledSites).toEqual([]);
  await options.close();
  await page.reload();
  expect((await ext.settled(page)).status).toBe('ready');
});

test('a rubric question turned off raises no flags', async ({ page, ext }) => {
  await page.goto(ext.url('examples/slidecraft.html'));
  const on = await ext.settled(page);
  if (on.status !== 'ready') throw new Error(on.status);
  const rubricsOn = new Set(on.report.claims.flatMap((c) => c.flags.map((f) => f.rubric)));
  expect(rubricsOn.has('R6')).toBe(true);

  const options = await extensionPage(ext, 'options.html');
  await options.getByTestId('rubric-R6').uncheck();
  await expect.poll(async () => ((await storedSettings(ext)) as { disabledRubrics?: string[] } | undefined)?.disabledRubrics).toEqual(['R6']);
  await options.close();

  await page.reload();
  await expect
    .poll(async () => {
      const s = await ext.state(page);
      return s.status === 'ready' ? s.report.claims.flatMap((c) => c.flags.map((f) => f.rubric)) : null;
    })
    .toEqual(expect.not.arrayContaining(['R6']));
  const off = await ext.settled(page);
  if (off.status !== 'ready') throw new Error(off.status);
  expect(off.report.claims.some((c) => c.flags.length)).toBe(true);
  const popup = await ext.popup(page);
  await openAllClaims(popup);
  await expect(popup.locator('.flag__sev').first()).toBeVisible();
  await expect(popup.locator('.flag__sev', { hasText: /^R6 ·/ })).toHaveCount(0);
  await popup.close();
});

test('follows a single-page app to its next page', async ({ page, ext }) => {
  const url = ext.url('app/');
  const product = `<h1>Deckly saves 80% of your slide work.</h1><p>The world's first AI deck designer.</p><p>Zero errors, guaranteed.</p><p>Trusted by 5,000 teams.</p><h2>Pricing</h2><p>$9 per month</p><a href="#">Start free trial</a><a href="#">Sign up</a>`;
  await page.route(`${url}**`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><title>Deckly blog</title></head><body><main id="m"><article><h1>Notes from our offsite</h1><p>We met in Leeds on a rainy Tuesday and talked about roadmaps.</p></article></main>
      <template id="product">${product}</template>
      <button id="go">Product</button>
      <script>document.getElementById('go').onclick = () => { history.pushState({}, '', '/app/product'); document.title = 'Deckly'; document.getElementById('m').replaceChildren(document.getElementById('product').content.cloneNode(true)); };</script></body></html>`,
    }),
  );
  await page.goto(url);
  const first = await ext.settled(page);
  expect(first.status === 'ready' && first.report.grade).toBeNull();
  expect((await ext.badge(page)).text).toBe('');
  const tabId = await ext.tabId(page);
  await page.click('#go');
  await expect.poll(async () => ext.loaded.sw.evaluate(async (id) => chrome.action.getBadgeText({ tabId: id }), tabId), { timeout: 20_000 }).toMatch(/^[A-F]$/);
  const after = await ext.loaded.sw.evaluate(async (id) => (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] as { url: string }, tabId);
  expect(after.url).toMatch(/\/app\/product$/);
});
