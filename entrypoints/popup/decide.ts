// What the popup shows first for a tab, and whether it should ask the tab to scan: pure, so
// every case is tested without a browser (tests/unit/ui-popup.test.ts).

import { hostOf } from '../../utils/present';
import type { TabState } from '../../utils/protocol';
import { isSiteOff, type Settings } from '../../utils/settings';

export type View =
  | { kind: 'loading' }
  | { kind: 'no-tab' }
  | { kind: 'scanning'; manual: boolean }
  | { kind: 'site-off'; host: string }
  | { kind: 'unreadable'; reason: string }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; state: Extract<TabState, { status: 'ready' }> };

/** The view for a state the background holds, or null when it holds nothing for the tab. */
export function viewOfState(st: TabState, settings: Pick<Settings, 'autoScan' | 'disabledSites'>): View | null {
  // A report held for a site the user has since turned off is not shown: the site is off.
  if (st.status === 'ready' && /^https?:/i.test(st.url) && isSiteOff(settings, hostOf(st.url))) return { kind: 'site-off', host: hostOf(st.url) };
  if (st.status === 'ready') return { kind: 'ready', state: st };
  if (st.status === 'scanning') return { kind: 'scanning', manual: !settings.autoScan };
  if (st.status === 'unreadable') return { kind: 'unreadable', reason: st.reason };
  return null;
}

export interface TabInfo {
  /** Known when the user clicked the toolbar button on the tab (activeTab), or for pages Sceptic may read. */
  url?: string;
  status?: string;
}

/**
 * Nothing is known about the tab yet: say why, and whether to ask it to scan. A tab that does
 * not exist has nothing to read; a browser page cannot be read; a site the user turned off is
 * left alone until they say otherwise; a page still loading will report by itself when Sceptic
 * scans automatically; anything else is scanned now, because the user opened Sceptic on it.
 */
export function firstLook(info: TabInfo | undefined, settings: Pick<Settings, 'autoScan' | 'disabledSites'>): { view: View; scan: boolean } {
  if (!info) return { view: { kind: 'no-tab' }, scan: false };
  const url = info.url;
  if (url && !/^https?:/i.test(url)) return { view: { kind: 'unreadable', reason: url.split(':')[0] ?? '' }, scan: false };
  if (url && isSiteOff(settings, hostOf(url))) return { view: { kind: 'site-off', host: hostOf(url) }, scan: false };
  const scanning: View = { kind: 'scanning', manual: !settings.autoScan };
  return { view: scanning, scan: !(settings.autoScan && info.status === 'loading') };
}
