// Talking to one tab from an extension page: its state (held by the background, and read
// from session storage only through ./tab-store.ts), asking its content script to scan, show a
// claim or toggle marks, and injecting the content script when none answers (a page opened
// before Sceptic was installed, or scanned by hand).
import { browser } from 'wxt/browser';
import { type MarksState, type TabState, TabState as TabStateSchema, type ToContentMessage } from './protocol';
import { MESSAGE_LIMITS } from './protocol/limits';
import { changedState, loadMarks, saveMarks } from './tab-store';

/** The tab a page speaks for: ?tab=ID when opened as a page, else the active tab of this window. */
export async function targetTab(search = location.search): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** What the tab itself says: its address (when Sceptic may see it) and whether it is still loading. */
export async function tabInfo(tabId: number): Promise<{ url?: string; status?: string } | undefined> {
  try {
    const tab = await browser.tabs.get(tabId);
    return { url: tab.url || tab.pendingUrl || undefined, status: tab.status };
  } catch {
    return undefined;
  }
}

export async function getState(tabId: number): Promise<TabState> {
  const raw: unknown = await browser.runtime.sendMessage({ type: 'ui/get-tab-state', tabId });
  const parsed = TabStateSchema.safeParse(raw);
  if (!parsed.success) throw new Error('The background sent an unreadable tab state');
  return parsed.data;
}

/** Call back whenever the background records a new state for the tab. */
export function watchState(tabId: number, cb: (s: TabState) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const next = changedState(changes, area, tabId);
    if (next) cb(next);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export async function tell(tabId: number, msg: ToContentMessage): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, msg);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export type ScanRequest = { ok: true; injected: boolean } | { ok: false; reason: string };

/**
 * Ask the tab to scan. When no content script answers, inject it (with the access a click on
 * the toolbar button grants) and ask again once it is listening.
 */
export async function requestScan(tabId: number): Promise<ScanRequest> {
  try {
    await tell(tabId, { type: 'ui/rescan' });
    return { ok: true, injected: false };
  } catch {
    // No content script in the tab: inject it below.
  }
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
  } catch (err) {
    return { ok: false, reason: err instanceof Error ? err.message : String(err) };
  }
  for (let i = 0; i < 30; i++) {
    try {
      await tell(tabId, { type: 'ui/rescan' });
      return { ok: true, injected: true };
    } catch {
      await sleep(100);
    }
  }
  return { ok: false, reason: 'The page did not answer.' };
}

/**
 * Whether marks are on in the tab and whether the browser can draw them: the content script
 * knows; failing that, what the popup last set on this page (null: nothing known).
 */
export async function marksState(tabId: number): Promise<{ on: boolean; supported: boolean } | null> {
  try {
    const r = (await tell(tabId, { type: 'ui/get-marks' })) as Partial<MarksState> | undefined;
    if (r && typeof r.on === 'boolean') return { on: r.on, supported: r.supported !== false };
  } catch {
    // No content script answers: fall back to what the popup remembers.
  }
  const on = await loadMarks(browser.storage.session, tabId);
  return on === undefined ? null : { on, supported: true };
}

export async function setMarks(tabId: number, on: boolean): Promise<void> {
  await saveMarks(browser.storage.session, tabId, on);
  await tell(tabId, { type: 'ui/set-marks', on }).catch(() => undefined);
}

/** Scroll the page to a claim and flash it; false when the page no longer has it. */
export async function showClaim(tabId: number, claimId: string): Promise<boolean> {
  try {
    const r = (await tell(tabId, { type: 'ui/show-claim', claimId })) as { shown?: unknown } | undefined;
    return r?.shown !== false;
  } catch {
    return false;
  }
}

/** Scroll the page to its own words (a price, a stated limit) and flash them; false when they are not there now. */
export async function showText(tabId: number, text: string): Promise<boolean> {
  try {
    const r = (await tell(tabId, { type: 'ui/show-text', text: text.slice(0, MESSAGE_LIMITS.short) })) as { shown?: unknown } | undefined;
    return r?.shown === true;
  } catch {
    return false;
  }
}

/** Open one of Sceptic's pages in a new tab next to this one. */
export async function openPage(path: '/report.html' | '/compare.html' | '/options.html' | '/welcome.html', query = ''): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(`${path}${query}` as '/report.html') });
}
