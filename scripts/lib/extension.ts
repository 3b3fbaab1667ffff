// Driving the built extension in a real Chromium: shared by `npm start`, the
// end-to-end tests and the benchmark.
import { type BrowserContext, chromium, type Page, type Worker } from '@playwright/test';
import type { TabState } from '../../utils/protocol';
import { findChromium, QUIET_FLAGS } from './chromium';

export interface Loaded {
  context: BrowserContext;
  sw: Worker;
  extensionId: string;
  close(): Promise<void>;
}

export async function launchWithExtension(extensionDir: string, opts: { headed?: boolean; executablePath?: string } = {}): Promise<Loaded> {
  const executablePath = opts.executablePath ?? findChromium();
  if (!executablePath) throw new Error('No Chromium found');
  const context = await chromium.launchPersistentContext('', {
    executablePath,
    headless: !opts.headed,
    args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...QUIET_FLAGS],
    viewport: { width: 1280, height: 900 },
  });
  let [sw] = context.serviceWorkers();
  if (!sw) sw = await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionId = new URL(sw.url()).host;
  return { context, sw, extensionId, close: () => context.close() };
}

/** Every tab the background holds a state for, with that state. */
export async function tabStates(sw: Worker): Promise<Array<{ tabId: number; state: TabState }>> {
  return sw.evaluate(async () => {
    const all = (await chrome.storage.session.get(null)) as Record<string, unknown>;
    return Object.entries(all)
      .filter(([k]) => k.startsWith('tab:'))
      .map(([k, v]) => ({ tabId: Number(k.slice(4)), state: v as never }));
  });
}

/** The id of the tab showing this page: found through the state its content script reported, else the active tab. */
export async function tabIdOf(sw: Worker, page: Page, timeoutMs = 15_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  const url = page.url();
  while (Date.now() < deadline) {
    const hit = (await tabStates(sw)).find((t) => t.state.status !== 'none' && 'url' in t.state && t.state.url === url);
    if (hit) return hit.tabId;
    await page.waitForTimeout(100);
  }
  await page.bringToFront();
  const active = await sw.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
  if (active === undefined) throw new Error(`No tab found for ${url}`);
  return active;
}

export async function stateOf(sw: Worker, tabId: number): Promise<TabState> {
  return sw.evaluate(async (id) => ((await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] as never) ?? { status: 'none' }, tabId);
}

/** Wait until the tab's state is settled (a report, or unreadable). */
export async function settledState(sw: Worker, tabId: number, timeoutMs = 15_000): Promise<TabState> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const s = await stateOf(sw, tabId);
    if (s.status === 'ready' || s.status === 'unreadable' || Date.now() > deadline) return s;
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function badgeOf(sw: Worker, tabId: number): Promise<{ text: string; colour: number[]; title: string }> {
  return sw.evaluate(
    async (id) => ({
      text: await chrome.action.getBadgeText({ tabId: id }),
      colour: (await chrome.action.getBadgeBackgroundColor({ tabId: id })) as unknown as number[],
      title: await chrome.action.getTitle({ tabId: id }),
    }),
    tabId,
  );
}

/** Open the popup for a tab as a page of its own (popup.html?tab=ID). */
export async function openPopup(loaded: Loaded, tabId: number): Promise<Page> {
  const popup = await loaded.context.newPage();
  await popup.setViewportSize({ width: 420, height: 600 });
  await popup.goto(`chrome-extension://${loaded.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}
