// Helpers for the interface's end-to-end tests: settings and stored data through the
// extension's own storage, extension pages, downloads and the clipboard.
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import type { Settings } from '../../utils/storage';
import { type Ext, expect } from './harness';

export const DEFAULTS: Settings = { autoScan: true, sensitivity: 'normal', disabledRubrics: [], language: 'en', marksDefault: true, disabledSites: [] };

/** Forget settings, dismissals, saved reports and the comparison: every test starts clean. */
export async function resetStorage(ext: Ext): Promise<void> {
  await ext.loaded.sw.evaluate(async () => {
    await chrome.storage.local.clear();
  });
}

/** Store settings as the options page would (version and all). */
export async function setSettings(ext: Ext, patch: Partial<Settings>): Promise<void> {
  await ext.loaded.sw.evaluate(
    async (s) => {
      await chrome.storage.local.set({ settings: { version: 1, ...s } });
    },
    { ...DEFAULTS, ...patch },
  );
}

export async function storedSettings(ext: Ext): Promise<unknown> {
  return ext.loaded.sw.evaluate(async () => (await chrome.storage.local.get('settings')).settings);
}

/** Open one of Sceptic's own pages (options.html, report.html?…, compare.html). */
export async function extensionPage(ext: Ext, path: string, opts: { width?: number; height?: number; colorScheme?: 'light' | 'dark' } = {}): Promise<Page> {
  const page = await ext.loaded.context.newPage();
  await page.setViewportSize({ width: opts.width ?? 1200, height: opts.height ?? 900 });
  if (opts.colorScheme) await page.emulateMedia({ colorScheme: opts.colorScheme });
  await page.goto(`chrome-extension://${ext.loaded.extensionId}/${path.replace(/^\//, '')}`);
  return page;
}

/** Click something that downloads a file; return the file's name and text. */
export async function downloadOf(page: Page, target: Locator): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), target.click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
}

/**
 * What the clipboard holds, read the way a user would: pasted with the keyboard into a text
 * box on a page of its own (Chromium lets no test grant clipboard access to an extension).
 */
export async function pasted(ext: Ext): Promise<string> {
  const page = await ext.loaded.context.newPage();
  try {
    const url = ext.url('paste-here.html');
    await page.route(url, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>paste</title><textarea id="t" rows="40" cols="120"></textarea>' }),
    );
    await page.goto(url);
    await page.locator('#t').focus();
    await page.keyboard.press('ControlOrMeta+V');
    return await page.locator('#t').inputValue();
  } finally {
    await page.close();
  }
}

/** The claims listed: the popup's rows, the full report's cards; one per claim. */
export function claimItems(page: Page): Locator {
  return page.getByTestId('claims').locator('li[data-claim-id]');
}

/** In the popup, "Show all" pressed (when the page has more claims than the first screen lists): every claim listed. */
export async function showAllClaims(popup: Page): Promise<Locator> {
  await claimItems(popup).first().waitFor();
  const more = popup.getByTestId('show-all');
  if ((await more.count()) && (await more.getAttribute('aria-expanded')) === 'false') await more.click();
  return claimItems(popup);
}

/** A popup row opened to its full card: the notes, questions, sources and "show on page". */
export async function openClaim(item: Locator): Promise<void> {
  const head = item.locator('.row__head');
  if ((await head.getAttribute('aria-expanded')) === 'false') await head.click();
  await expect(head).toHaveAttribute('aria-expanded', 'true');
}

/** Every claim listed and opened to its full card, as a reader who reads them all would. */
export async function openAllClaims(popup: Page): Promise<Locator> {
  const items = await showAllClaims(popup);
  await popup.locator('.row__head[aria-expanded="false"]').evaluateAll((els) => {
    for (const el of els) (el as HTMLElement).click();
  });
  await expect(popup.locator('.row__head[aria-expanded="false"]')).toHaveCount(0);
  return items;
}
