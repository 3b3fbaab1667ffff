import { type Browser, browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { type Analyser, createAnalyser } from '../heuristics/incremental';
import { analyse, productPageEvidence } from '../heuristics/index';
import { resolveLang, type UiLang } from '../locales/index';
import { BADGE_TEXT, badgeFor } from '../utils/badge';
import type { TabState } from '../utils/messages';
import { type Judge, type RouterDeps, route } from '../utils/router';
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

  // Each tab's analyser keeps the judgement of every block of its page, so a page that changes
  // in one place is judged again in that place only. A few tabs at most; a new page starts afresh.
  const analysers = new Map<number, Analyser>();
  const MAX_ANALYSERS = 6;
  function analyserOf(tabId: number, fresh: boolean): Analyser {
    let a = analysers.get(tabId);
    analysers.delete(tabId);
    if (!a) a = createAnalyser();
    else if (fresh) a.clear();
    analysers.set(tabId, a);
    for (const old of analysers.keys()) {
      if (analysers.size <= MAX_ANALYSERS) break;
      analysers.delete(old);
    }
    return a;
  }

  // What the engine did for each page, as a performance measure from the message's arrival
  // (parsing included): a few numbers, cheap, and what the benchmark reads.
  let received = 0;
  let measures = 0;
  function measure(detail: Record<string, number | string>): void {
    try {
      if (++measures % 200 === 0) performance.clearMeasures('sceptic:analyse');
      performance.measure('sceptic:analyse', { start: received, detail });
    } catch {
      // no User Timing here
    }
  }

  // The engine: where the pages of each tab are judged (see utils/router.ts, Judge).
  const judge: Judge = {
    isProduct: (_tabId, blocks) => productPageEvidence(blocks).isProduct,
    analyse: (tabId, reading) => {
      // The first look at a page that is not a product page: judged once, nothing kept.
      if (reading.probe) return analyse(reading.blocks, reading.options);
      const started = performance.now();
      const analyser = analyserOf(tabId, reading.fresh === true);
      const report = analyser.analyse(reading.blocks, reading.options);
      const { blocks, judged, reused } = analyser.stats;
      measure({ tabId, mode: reading.fresh ? 'full' : 'update', parseMs: started - received, blocks, judged, reused });
      return report;
    },
  };

  // Every message goes through the router, which checks who sent it and what it says.
  const deps: RouterDeps = {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    store: { get: stateOf, set: setState },
    judge,
    now: Date.now,
    warn: (message) => console.warn(message),
  };
  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
    received = performance.now();
    const routed = route(raw, sender, deps);
    return routed.accepted ? routed.reply : undefined;
  });

  browser.tabs.onUpdated.addListener((tabId, info) => {
    // A new document is loading: the old report no longer describes the tab.
    if (info.status === 'loading') {
      analysers.delete(tabId);
      void setState(tabId, { status: 'none' });
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    states.delete(tabId);
    analysers.delete(tabId);
    void browser.storage.session.remove([key(tabId), marksKey(tabId)]);
  });
});
