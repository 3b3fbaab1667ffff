import { type Browser, browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { analyse, productPageEvidence } from '../heuristics/index';
import { resolveLang, type UiLang } from '../locales/index';
import { BADGE_TEXT, badgeFor } from '../utils/badge';
import { type AnalysisReply, ContentMessage, type ProbeReply, type TabState, UiMessage } from '../utils/messages';
import { readSettings, watchSettings } from '../utils/storage';

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

  // The badge's title speaks the interface language; it follows the setting as it changes.
  const uiLanguage = () => (typeof browser.i18n?.getUILanguage === 'function' ? browser.i18n.getUILanguage() : navigator.language);
  let lang: Promise<UiLang> = readSettings().then((s) => resolveLang(s.value.language, uiLanguage()));

  async function paint(tabId: number, state: TabState): Promise<void> {
    const badge = badgeFor(state, await lang);
    await Promise.all([
      browser.action.setBadgeText({ tabId, text: badge.text }),
      browser.action.setBadgeBackgroundColor({ tabId, color: badge.colour }),
      // Firefox and Chrome 110+; older browsers pick a readable text colour themselves.
      typeof browser.action.setBadgeTextColor === 'function' ? browser.action.setBadgeTextColor({ tabId, color: BADGE_TEXT }) : undefined,
      browser.action.setTitle({ tabId, title: badge.title }),
    ]);
  }

  async function setState(tabId: number, state: TabState): Promise<void> {
    states.set(tabId, state);
    await Promise.all([
      paint(tabId, state),
      state.status === 'none' ? browser.storage.session.remove([key(tabId), marksKey(tabId)]) : browser.storage.session.set({ [key(tabId)]: state }),
    ]).catch(() => undefined); // the tab may be gone
  }

  /** Whether marks are shown in a tab, as the popup last set them; a new page starts from the setting again. */
  const marksKey = (tabId: number) => `marks:${tabId}`;

  watchSettings((s) => {
    lang = Promise.resolve(resolveLang(s.value.language, uiLanguage()));
    for (const [tabId, state] of states) void paint(tabId, state).catch(() => undefined);
  });

  browser.runtime.onInstalled.addListener((details) => {
    if (details.reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });

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
      // The engine runs here rather than in the page: the page's main thread never pays for
      // judging its text, and the engine is loaded once rather than into every tab.
      if (msg.type === 'content/probe' || msg.type === 'content/blocks') {
        try {
          if (msg.type === 'content/probe' && productPageEvidence(msg.blocks).isProduct) return Promise.resolve<ProbeReply>({ product: true });
          const report = analyse(msg.blocks, msg.options);
          void setState(tabId, { status: 'ready', url: msg.url, title: msg.title, report, at: Date.now() });
          return Promise.resolve<ProbeReply | AnalysisReply>(msg.type === 'content/probe' ? { product: false } : { report });
        } catch (err) {
          void setState(tabId, { status: 'unreadable', url: msg.url, reason: String(err).slice(0, 500) });
          return undefined;
        }
      }
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
    void browser.storage.session.remove([key(tabId), marksKey(tabId)]);
  });
});
