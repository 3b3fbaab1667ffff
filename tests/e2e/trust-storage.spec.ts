// Nothing lost, in the real browser: settings, dismissed flags, saved reports and the comparison
// survive an update of the extension and a restart of the browser (a profile kept on disk, the
// extension's version raised between two launches; chrome.runtime.reload() does not bring an
// extension loaded from the command line back, so the test updates it as a store would); damaged
// saved data is repaired and the user told; a full library asks before it drops the oldest report.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { outDir, ROOT } from '../../scripts/lib/build';
import { findChromium, QUIET_FLAGS } from '../../scripts/lib/chromium';
import { type Loaded, openPopup, settledState, tabIdOf } from '../../scripts/lib/extension';
import { expect, test } from './harness';
import { claimItems, extensionPage, openClaim, resetStorage } from './ui-helpers';

test.afterEach(async ({ ext }) => resetStorage(ext));

const v1 = JSON.parse(readFileSync(resolve(ROOT, 'tests/fixtures/storage/v1.json'), 'utf8')) as {
  storage: { reports: { items: Array<{ report: unknown }> } };
};

/** A Chromium with the extension copied to `dir/ext` and a profile kept in `dir/profile`, so that a second launch is the same browser, later. */
async function launchKept(dir: string): Promise<Loaded> {
  const extDir = resolve(dir, 'ext');
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found');
  const context = await chromium.launchPersistentContext(resolve(dir, 'profile'), {
    executablePath,
    headless: true,
    args: [`--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`, ...QUIET_FLAGS],
    viewport: { width: 1280, height: 900 },
  });
  let [sw] = context.serviceWorkers();
  if (!sw) sw = await context.waitForEvent('serviceworker', { timeout: 15_000 });
  return { context, sw, extensionId: new URL(sw.url()).host, close: () => context.close() };
}

async function addToComparison(loaded: Loaded, page: Page, url: string, dismissOne: boolean): Promise<void> {
  await page.goto(url);
  const tabId = await tabIdOf(loaded.sw, page);
  expect((await settledState(loaded.sw, tabId)).status).toBe('ready');
  const popup = await openPopup(loaded, tabId);
  await expect(claimItems(popup).first()).toBeVisible();
  if (dismissOne) {
    await openClaim(claimItems(popup).first());
    await popup
      .getByRole('button', { name: /Dismiss this flag/ })
      .first()
      .click();
    await expect(popup.locator('.flag--dismissed')).toHaveCount(1);
  }
  await popup.getByTestId('add-to-comparison').click();
  await expect(popup.getByTestId('status')).toHaveText(/^Added to the comparison/);
  await popup.close();
}

test('settings, dismissed flags, saved reports and the comparison survive an update of the extension and a restart of the browser', async ({ ext }) => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(resolve(tmpdir(), 'sceptic-update-'));
  cpSync(resolve(outDir(), 'chrome-mv3'), resolve(dir, 'ext'), { recursive: true });
  try {
    // Version 0.1.x, first run: install, then use it.
    const first = await launchKept(dir);
    let before: Record<string, unknown>;
    try {
      await expect.poll(() => first.context.pages().some((p) => p.url().endsWith('/welcome.html')), { timeout: 15_000 }).toBe(true);
      const options = await first.context.newPage();
      await options.goto(`chrome-extension://${first.extensionId}/options.html`);
      await options.getByTestId('sensitivity-strict').check();
      await options.getByTestId('rubric-R6').uncheck();
      await options.getByTestId('site-input').fill('example.com');
      await options.getByTestId('site-add').click();
      await expect(options.getByTestId('sites')).toContainText('example.com');
      await options.close();
      const page = await first.context.newPage();
      await addToComparison(first, page, ext.url('examples/slidecraft.html'), true);
      await addToComparison(first, page, ext.url('examples/weeklypilot.html'), false);
      before = await first.sw.evaluate(() => chrome.storage.local.get(null));
      expect(Object.keys(before).sort()).toEqual(['comparison', 'dismissed', 'reports', 'settings']);
    } finally {
      await first.close();
    }

    // An update: the same extension with a higher version, in the same browser profile, started again.
    const manifestPath = resolve(dir, 'ext', 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string };
    const version = manifest.version.replace(/\d+$/, (n) => String(Number(n) + 1));
    writeFileSync(manifestPath, JSON.stringify({ ...manifest, version }));
    const second = await launchKept(dir);
    try {
      expect(await second.sw.evaluate(() => chrome.runtime.getManifest().version)).toBe(version);
      // Every byte is still there, and every page reads it as it was.
      expect(await second.sw.evaluate(() => chrome.storage.local.get(null))).toEqual(before);
      const options = await second.context.newPage();
      await options.goto(`chrome-extension://${second.extensionId}/options.html`);
      await expect(options.getByTestId('sensitivity-strict')).toBeChecked();
      await expect(options.getByTestId('rubric-R6')).not.toBeChecked();
      await expect(options.getByTestId('sites')).toContainText('example.com');
      await expect(options.getByTestId('data-counts')).toHaveText('2 saved reports · 1 dismissed flags · 2 pages in the comparison');
      await expect(options.getByTestId('data-recovered')).toHaveCount(0);
      await options.goto(`chrome-extension://${second.extensionId}/compare.html`);
      await expect(options.getByTestId('compared-page')).toHaveCount(2);
      await options.close();
      // The dismissal still applies to the page it was made on.
      const page = await second.context.newPage();
      await page.goto(ext.url('examples/slidecraft.html'));
      const tabId = await tabIdOf(second.sw, page);
      expect((await settledState(second.sw, tabId)).status).toBe('ready');
      const popup = await openPopup(second, tabId);
      await openClaim(claimItems(popup).first());
      await expect(popup.locator('.flag--dismissed')).toHaveCount(1);
    } finally {
      await second.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('damaged saved data: what can be read is kept, the rest left out, and the user is told', async ({ ext }) => {
  const report = v1.storage.reports.items[0]?.report;
  await ext.loaded.sw.evaluate(async (r) => {
    await chrome.storage.local.set({
      reports: {
        version: 1,
        items: [
          { id: 'ok', url: 'https://ok.test/', title: 'Fine', at: 1, sensitivity: 'normal', report: r },
          { id: 'bad', report: 'truncated' },
        ],
      },
      dismissed: 'not a list',
      comparison: { version: 1, items: ['ok', 42] },
    });
  }, report);
  const options = await extensionPage(ext, 'options.html');
  const notice = options.getByTestId('data-recovered');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('reports: 1 unreadable item(s) left out');
  await expect(notice).toContainText('dismissed');
  await expect(notice).toContainText('comparison: 1 unreadable item(s) left out');
  await expect(options.getByTestId('data-counts')).toHaveText('1 saved reports · 0 dismissed flags · 1 pages in the comparison');
  await options.close();
  const compare = await extensionPage(ext, 'compare.html');
  await expect(compare.getByRole('alert').filter({ hasText: 'could not be read' })).toBeVisible();
  await compare.close();
});

test('a full library asks before it drops the oldest saved report, and drops nothing when told no', async ({ page, ext }) => {
  const report = v1.storage.reports.items[0]?.report;
  // A library already at its cap of 40 reports, the oldest first.
  await ext.loaded.sw.evaluate(async (r) => {
    const items = Array.from({ length: 40 }, (_, i) => ({
      id: `old-${i}`,
      url: `https://old.test/${i}`,
      title: `Old page ${i}`,
      at: 1_700_000_000_000 + i,
      sensitivity: 'normal',
      report: r,
    }));
    await chrome.storage.local.set({ reports: { version: 1, items } });
  }, report);
  const before = await ext.loaded.sw.evaluate(() => chrome.storage.local.get('reports'));
  await page.goto(ext.url('examples/slidecraft.html'));
  await ext.settled(page);
  const popup = await ext.popup(page);
  await popup.getByTestId('add-to-comparison').click();
  const ask = popup.getByRole('alertdialog');
  await expect(ask).toContainText('Saved reports are full (40). Saving this one removes the oldest: Old page 0.');
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(ask).toHaveCount(0);
  expect(await ext.loaded.sw.evaluate(() => chrome.storage.local.get('reports'))).toEqual(before);
  // Asked again, and this time yes.
  await popup.getByTestId('add-to-comparison').click();
  await popup.getByRole('alertdialog').getByRole('button', { name: 'Save and remove' }).click();
  await expect(popup.getByTestId('status')).toHaveText(/^Added to the comparison/);
  const after = (await ext.loaded.sw.evaluate(() => chrome.storage.local.get('reports'))) as { reports: { items: Array<{ id: string; url: string }> } };
  expect(after.reports.items).toHaveLength(40);
  expect(after.reports.items.map((r) => r.id)).not.toContain('old-0');
  expect(after.reports.items.map((r) => r.id)).toContain('old-1');
  expect(after.reports.items.at(-1)?.url).toBe(ext.url('examples/slidecraft.html'));
  await popup.close();
});
