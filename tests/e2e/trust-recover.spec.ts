// State that always recovers: a damaged tab state is dropped and the tab read again; a state the
// browser's session storage cannot hold leaves the tab saying why, never "Reading this page…" for
// good; a failing local storage is said in words when the reader saves.
import { activeTabId } from './content-helpers';
import { expect, test } from './harness';
import { claimItems, resetStorage, setSettings } from './ui-helpers';

test.afterEach(async ({ ext }) => {
  await ext.loaded.sw.evaluate(async () => chrome.storage.session.remove('filler'));
  await resetStorage(ext);
});

test('a damaged tab state is dropped and the tab read again, not shown as an error for good', async ({ page, ext }) => {
  // With automatic scanning off, the background holds nothing of the tab in memory: what it
  // knows comes from session storage, which is where the damage is.
  await setSettings(ext, { autoScan: false });
  await page.goto(ext.url('examples/weeklypilot.html'));
  const tabId = await activeTabId(ext, page);
  await ext.loaded.sw.evaluate(async (id) => chrome.storage.session.set({ [`tab:${id}`]: { status: 'ready', url: 42, report: 'broken' } }), tabId);
  const popup = await ext.loaded.context.newPage();
  await popup.setViewportSize({ width: 420, height: 600 });
  await popup.goto(`chrome-extension://${ext.loaded.extensionId}/popup.html?tab=${tabId}`);
  await expect(claimItems(popup).first()).toBeVisible({ timeout: 15_000 });
  await expect(popup.getByTestId('grade')).toHaveText(/^[A-F]$/);
  const stored = await ext.loaded.sw.evaluate(async (id) => (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] as { status?: string }, tabId);
  expect(stored?.status).toBe('ready');
  await popup.close();
});

test('a report the session storage cannot hold leaves the tab saying why, and the badge honest', async ({ page, ext }) => {
  // Fill the area (10 MB in Chromium) so that no report fits beside the filler.
  await ext.loaded.sw.evaluate(async () => {
    await chrome.storage.session.set({ filler: 'x'.repeat(10_440_000) });
  });
  await page.goto(ext.url('examples/slidecraft.html'));
  await expect.poll(async () => (await ext.badge(page)).text, { timeout: 15_000 }).toMatch(/^(\?|[A-F])$/);
  const stored = await ext.loaded.sw.evaluate(
    async (id) => (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] as { status?: string; reason?: string; trimmed?: number } | undefined,
    await ext.tabId(page).catch(() => -1),
  );
  // Either the cut report fitted (and says so) or the tab says it could not be kept; never a state left behind.
  if (stored?.status === 'ready') expect(stored.trimmed).toBeGreaterThan(0);
  else expect(stored?.reason ?? (await ext.badge(page)).title).toMatch(/too large|could not read/i);
  await ext.loaded.sw.evaluate(async () => chrome.storage.session.remove('filler'));
});

test('a local storage that fails is said in words when the reader adds a page to the comparison', async ({ page, ext }) => {
  await page.goto(ext.url('examples/slidecraft.html'));
  await ext.settled(page);
  const popup = await ext.popup(page);
  await claimItems(popup).first().waitFor();
  // The popup's own storage refuses every write, as a full disk or a quota would.
  await popup.evaluate(() => {
    const area = chrome.storage.local as unknown as { set: (...a: unknown[]) => Promise<void> };
    area.set = () => Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
  });
  await popup.getByTestId('add-to-comparison').click();
  await expect(popup.getByTestId('status')).toHaveText(/could not save.*full or failing/i);
  await popup.close();
});
