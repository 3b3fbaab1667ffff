import { type Browser, browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { resolveLang, translator, type UiLang } from '../../locales/index';
import { leaveMeasure } from '../../utils/perf';
import type { TabState } from '../../utils/protocol';
import { checkKey, MAX_SELECTION, newCheckId, staleChecks } from '../../utils/selection';
import { readSettings, watchSettings } from '../../utils/storage';
import { forgetTab, loadState, saveState, trimmedState } from '../../utils/tab-store';
import { BADGE_TEXT, badgeFor } from './badge';
import { createBudget, createScheduler } from './budget';
import { createJudge } from './judge';
import { type RouterDeps, route } from './router';

export default defineBackground(() => {
  // Per-tab state, mirrored to storage.session so a restarted service worker remembers it
  // (utils/tab-store.ts: the keys, a damaged entry dropped, a state too large cut to fit).
  const states = new Map<number, TabState>();

  async function stateOf(tabId: number): Promise<TabState> {
    // A damaged entry is forgotten: the popup then reads the tab again instead of failing on it for good.
    return states.get(tabId) ?? loadState(browser.storage.session, tabId);
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
    await Promise.all([paint(tabId, state), keep(tabId, state)]).catch(() => undefined); // the tab may be gone
  }

  /** Mirror a state to storage.session; one too large for it is cut to fit, and if even that fails the tab says why. */
  async function keep(tabId: number, state: TabState): Promise<void> {
    const area = browser.storage.session;
    if (state.status === 'none') return forgetTab(area, tabId);
    try {
      await saveState(area, tabId, state);
      return;
    } catch {
      // over the area's quota: try the cut report
    }
    const cut = trimmedState(state);
    try {
      await saveState(area, tabId, cut);
      states.set(tabId, cut);
    } catch {
      const failed: TabState = {
        status: 'unreadable',
        url: 'url' in state ? state.url : '',
        reason: 'The report of this page is too large for the browser to keep.',
      };
      states.set(tabId, failed);
      await saveState(area, tabId, failed).catch(() => undefined);
      await paint(tabId, failed);
    }
  }

  // Content scripts get the settings by message, never from storage: where the browser allows it,
  // storage.local is closed to them, so that a compromised page cannot read saved reports or
  // rewrite the settings (Chromium; Firefox keeps the area open to content scripts).
  const local = browser.storage.local as typeof browser.storage.local & { setAccessLevel?: (o: { accessLevel: string }) => Promise<void> };
  if (typeof local.setAccessLevel === 'function') void local.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' }).catch(() => undefined);

  let menuLang: UiLang | undefined;
  watchSettings((s) => {
    const next = resolveLang(s.value.language, uiLanguage());
    lang = Promise.resolve(next);
    for (const [tabId, state] of states) void paint(tabId, state).catch(() => undefined);
    // The menu item is made again only when its language changes.
    if (next !== menuLang) void menu();
    // Every tab's content script hears the new settings (a tab without one ignores the message).
    void browser.tabs
      .query({})
      .then((tabs) => {
        for (const t of tabs)
          if (t.id !== undefined && t.id >= 0) void browser.tabs.sendMessage(t.id, { type: 'bg/settings', settings: s.value }).catch(() => undefined);
      })
      .catch(() => undefined);
  });

  // "Check with Sceptic" on selected text, on any page: the verdicts for those sentences in a page of their own.
  const MENU_ID = 'sceptic-check';
  async function menu(): Promise<void> {
    try {
      menuLang = await lang;
      const title = translator(menuLang)('menu.check');
      await browser.contextMenus.removeAll();
      browser.contextMenus.create({ id: MENU_ID, title, contexts: ['selection'] });
    } catch {
      // a browser without context menus
    }
  }
  void menu();

  async function checkSelection(info: Browser.contextMenus.OnClickData, tab: Browser.tabs.Tab | undefined): Promise<void> {
    let text = info.selectionText ?? '';
    let title = tab?.title ?? '';
    // The frame's own selection keeps its line breaks (list items, paragraphs), which the menu's text loses.
    if (tab?.id !== undefined && tab.id >= 0) {
      try {
        const r = (await browser.tabs.sendMessage(tab.id, { type: 'bg/get-selection' }, { frameId: info.frameId ?? 0 })) as
          | { text?: unknown; title?: unknown }
          | undefined;
        if (typeof r?.text === 'string' && r.text.trim()) text = r.text;
        if (!title && typeof r?.title === 'string') title = r.title;
      } catch {
        // no content script here (a PDF, a browser page): the menu's text will do
      }
    }
    text = text.slice(0, MAX_SELECTION);
    if (!text.trim()) return;
    const id = newCheckId(Date.now());
    const all = Object.keys(await browser.storage.session.get(null));
    const stale = staleChecks(all);
    if (stale.length) await browser.storage.session.remove(stale);
    await browser.storage.session.set({ [checkKey(id)]: { text, url: info.pageUrl ?? tab?.url ?? '', title: title.slice(0, 500), at: Date.now() } });
    await browser.tabs.create({
      url: browser.runtime.getURL(`/check.html?id=${id}`),
      ...(tab?.index !== undefined ? { index: tab.index + 1 } : {}),
      ...(tab?.id !== undefined && tab.id >= 0 ? { openerTabId: tab.id } : {}),
    });
  }
  browser.contextMenus?.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID) void checkSelection(info, tab).catch(() => undefined);
  });

  browser.runtime.onInstalled.addListener((details) => {
    if (details.reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });

  // What the engine did for each page, as a performance measure from the message's arrival
  // (checking it against its schema included): a few numbers, cheap, and what the benchmark reads.
  let received = 0;
  // The engine: pages judged per tab, each kept so that a change is judged where it happened
  // (judge.ts; see router.ts, Judge). A few tabs at most; a new page starts afresh.
  const judge = createJudge({
    now: () => performance.now(),
    measure(m) {
      const end = performance.now();
      // From the message's arrival: checking it against its schema, then judging (utils/perf.ts).
      leaveMeasure('sceptic:analyse', { start: received, end, keep: 200 }, { ...m, parseMs: end - received - m.ms });
    },
  });

  // Each tab's share of the worker: a tab that floods it cannot hold up the others' badges.
  const budget = createBudget();
  const schedule = createScheduler(budget, Date.now);
  // Every message goes through the router, which checks who sent it and what it says.
  const deps: RouterDeps = {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    store: { get: stateOf, set: setState },
    judge,
    now: Date.now,
    settings: async () => (await readSettings()).value,
    warn: (message) => console.warn(message),
    budget,
    schedule,
  };
  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
    received = performance.now();
    const routed = route(raw, sender, deps);
    // A reading refused in its turn (budget.ts) is answered with nothing (null).
    return routed.accepted ? routed.reply : undefined;
  });

  browser.tabs.onUpdated.addListener((tabId, info) => {
    // A new document is loading: the old report no longer describes the tab.
    if (info.status === 'loading') {
      judge.forget(tabId);
      void setState(tabId, { status: 'none' });
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    states.delete(tabId);
    judge.forget(tabId);
    budget.forget(tabId);
    schedule.forget(tabId);
    void forgetTab(browser.storage.session, tabId);
  });
});
