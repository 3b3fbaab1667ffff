import { type Browser, browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { badgeFor } from '../utils/badge';
import { ContentMessage, type TabState, UiMessage } from '../utils/messages';

export default defineBackground(() => {
  // Per-tab state, mirrored to storage.session so a restarted service worker remembers it.
  const states = new Map<number, TabState>();
  const key = (tabId: number) => `tab:${tabId}`;

  async function stateOf(tabId: number): Promise<TabState> {
    const known = states.get(tabId);
    if (known) return known;
    const stored = (await browser.storage.session.get(key(tabId)))[key(tabId)] as TabState | undefined;
    return stored ?? { status: 'none' };
  }

  async function setState(tabId: number, state: TabState): Promise<void> {
    states.set(tabId, state);
    const badge = badgeFor(state);
    await Promise.all([
      browser.action.setBadgeText({ tabId, text: badge.text }),
      browser.action.setBadgeBackgroundColor({ tabId, color: badge.colour }),
      browser.action.setTitle({ tabId, title: badge.title }),
      state.status === 'none' ? browser.storage.session.remove(key(tabId)) : browser.storage.session.set({ [key(tabId)]: state }),
    ]).catch(() => undefined); // the tab may be gone
  }

  const extensionOrigin = browser.runtime.getURL('/');

  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const fromOwnPage = typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
    const tabId = sender.tab?.id;
    if (!fromOwnPage && tabId !== undefined && tabId >= 0) {
      const parsed = ContentMessage.safeParse(raw);
      if (!parsed.success) {
        console.warn('Sceptic: dropped a malformed content message', parsed.error.issues[0]?.message);
        return undefined;
      }
      const msg = parsed.data;
      if (msg.type === 'content/scanning') void setState(tabId, { status: 'scanning', url: msg.url });
      else if (msg.type === 'content/report') void setState(tabId, { status: 'ready', url: msg.url, title: msg.title, report: msg.report, at: Date.now() });
      else void setState(tabId, { status: 'unreadable', url: msg.url, reason: msg.reason });
      return undefined;
    }
    if (fromOwnPage) {
      const parsed = UiMessage.safeParse(raw);
      if (!parsed.success) {
        console.warn('Sceptic: dropped a malformed page message', parsed.error.issues[0]?.message);
        return undefined;
      }
      return stateOf(parsed.data.tabId);
    }
    console.warn('Sceptic: dropped a message from an unexpected sender');
    return undefined;
  });

  browser.tabs.onUpdated.addListener((tabId, info) => {
    // A new document is loading: the old report no longer describes the tab.
    if (info.status === 'loading') void setState(tabId, { status: 'none' });
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    states.delete(tabId);
    void browser.storage.session.remove(key(tabId));
  });
});
