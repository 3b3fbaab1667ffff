// One page's life with Sceptic: the cheap first look, the full read in slices, the report
// to the background, the marks, and keeping up with a page that changes (mutations,
// single-page-app navigation, a page restored from the back-forward cache).
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { AnalyseOptions, TextBlock } from '../../heuristics/types';
import { resolveLang } from '../../locales/lang';
import { leaveMeasure } from '../../utils/perf';
import type { ContentMessage, MarkedClaim, MarksState } from '../../utils/protocol';
import { parseAnalysisReply, parseProbeReply, parseToContent, parseUpdateReply } from '../../utils/protocol/guards';
import { BLOCK_LIMITS, MAX_PATCH, PAGE_LIMITS } from '../../utils/protocol/limits';
import { MAX_SELECTION } from '../../utils/selection';
import { isSiteOff } from '../../utils/settings';
import { shadowRootOf } from './dom';
import { findText, Marks, rangeFor } from './highlight';
import { isOwnRoot } from './hovercard';
import { probe } from './probe';
import { runSliced, WorkMeter } from './schedule';
import { type Scrape, Scraper, sameData } from './scrape';
import { askSettings, type ContentSettings, DEFAULT_SETTINGS, parseSettings } from './settings';

/** Work per second Sceptic allows itself on a page, in milliseconds. */
export const WORK_PER_SECOND = { first: 250, updates: 120 } as const;
/** Quiet time after the last mutation before re-reading, and the longest a change waits. */
const DEBOUNCE_MS = 400;
const MAX_WAIT_MS = 2000;
/**
 * A page that has hardly anything on it (a single-page app still rendering, or a short static
 * page) is read once it has been quiet this long, and at the latest after RENDER_WAIT_MS.
 */
const THIN_QUIET_MS = 150;
const RENDER_WAIT_MS = 8000;
/** Non-product pages are looked at again when they change, this many times at most. */
const MAX_REPROBES = 12;
/** More mutation records than this in one batch: forget everything and read afresh rather than track each. */
const MAX_TRACKED_RECORDS = 4000;

const FULL_OBSERVE: MutationObserverInit = {
  subtree: true,
  childList: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['class', 'style', 'hidden', 'aria-hidden', 'open', 'inert'],
  attributeOldValue: true,
};
const LIGHT_OBSERVE: MutationObserverInit = { subtree: true, childList: true };

type Mode = 'off' | 'waiting' | 'not-product' | 'active';

/** The page's closed shadow roots, where the browser shows them (content/dom.ts), Sceptic's own left out. */
const pageShadowRootOf = (el: Element): ShadowRoot | null => shadowRootOf(el, isOwnRoot);

const clock = () => performance.now();

/**
 * User Timing measures of each scan (sceptic:probe, sceptic:scan; utils/perf.ts), for the
 * benchmark's own build only (`npm run bench` builds with WXT_SCEPTIC_MEASURE=1): the page shares
 * the performance timeline, and a normal build leaves nothing in it by which a page could tell
 * that Sceptic is there.
 */
const MEASURE = import.meta.env.WXT_SCEPTIC_MEASURE === '1';

function measure(name: string, start: number, detail: Record<string, number | string | boolean>): void {
  if (MEASURE) leaveMeasure(name, { start }, detail);
}

/** A scan on its way to being measured: when it began, when its last slice ended, what it read. */
interface ScanTiming {
  started: number;
  tail: number;
  detail: { mode: 'full' | 'update'; nodes: number; reused: number; blocks: number; slices: number; readMs: number };
}

/** Start async work whose failure must stay Sceptic's own (a page never sees our errors). */
function quietly(work: Promise<unknown>): void {
  work.catch(() => undefined);
}

export class Session {
  #settings: ContentSettings = DEFAULT_SETTINGS;
  readonly #marks: Marks;
  readonly #scraper: Scraper;
  readonly #meter = new WorkMeter(WORK_PER_SECOND.first);
  readonly #MO: typeof MutationObserver;
  #observer: MutationObserver | null = null;
  #observing: 'full' | 'light' | null = null;
  #observed = new WeakSet<Node>();
  #frames = new WeakSet<HTMLIFrameElement>();
  #mode: Mode = 'off';
  #gen = 0;
  #url = '';
  /** The user asked for a scan here (autoScan off): keep the page up to date from then on. */
  #explicit = false;
  #scanning = false;
  #again = false;
  #firstPending = 0;
  #timer = 0;
  #records = 0;
  #reprobes = 0;
  #renderDeadline = 0;
  /** The blocks last sent whole, to tell a re-render that changed no text from a change. */
  #lastBlocks: TextBlock[] | null = null;
  #lastProbe = '';
  #lastScrape: Scrape | null = null;
  #claims: MarkedClaim[] = [];
  /** The page's claims as the background last told them (all of them, by id), and whether it is a product page. */
  #held = new Map<string, MarkedClaim>();
  /** The number of the last reading sent, and of the last one the background holds (-1: none), for patches. */
  #seq = 0;
  #acked = -1;
  #reportGap = 1000;
  #lastReport = 0;

  readonly #ctx: ContentScriptContext;
  /** Settings changed before the first read finished, and whether it has. */
  #early: ContentSettings | undefined;
  #started = false;

  constructor(ctx: ContentScriptContext) {
    this.#ctx = ctx;
    this.#MO = globalThis.MutationObserver;
    this.#marks = new Marks(document);
    this.#scraper = new Scraper(document, { shadowRootOf: pageShadowRootOf, ignore: (el) => this.#marks.owns(el) });
  }

  async start(): Promise<void> {
    // Listen before reading: a change written while the read is under way is not lost.
    this.#listenSettings();
    const read = await askSettings((msg) => browser.runtime.sendMessage(msg));
    if (this.#ctx.isInvalid) return;
    this.#settings = this.#early ?? read;
    this.#early = undefined;
    this.#started = true;
    this.#marks.setOn(this.#settings.marksDefault);
    this.#speak();
    this.#url = location.href;
    this.#listen();
    if (this.#autoAllowed()) await this.#begin(false);
  }

  /** The hover cards speak the interface language ('auto' follows the browser's). */
  #speak(): void {
    this.#marks.lang = resolveLang(this.#settings.language, navigator.language);
  }

  #autoAllowed(): boolean {
    return (this.#settings.autoScan || this.#explicit) && !isSiteOff(this.#settings, location.hostname);
  }

  #options(): AnalyseOptions {
    return { sensitivity: this.#settings.sensitivity, disabledRubrics: this.#settings.disabledRubrics };
  }

  async #ask(msg: ContentMessage): Promise<unknown> {
    if (this.#ctx.isInvalid) return undefined;
    try {
      return await browser.runtime.sendMessage(msg);
    } catch {
      return undefined; // the extension was reloaded, or its worker is restarting
    }
  }

  /** The background gave no usable answer: say so, so the badge does not stay on "reading". */
  #unreadable(): Promise<unknown> {
    return this.#ask({ type: 'content/unreadable', url: this.#url, reason: 'Sceptic could not judge this page.' });
  }

  #title(): string {
    return (document.title || '').slice(0, PAGE_LIMITS.title);
  }

  // ── Reading ───────────────────────────────────────────────────────────────────────────

  /** A fresh start on this URL: the cheap look, then (for product pages, or when asked) the full read. */
  async #begin(explicit: boolean, again = false): Promise<void> {
    const gen = ++this.#gen;
    this.#url = location.href;
    // A second look at a page already judged not a product page stays quiet unless it changed its mind.
    if (!again) void this.#ask({ type: 'content/scanning', url: this.#url });
    if (!explicit) {
      const started = clock();
      const look = probe(document, pageShadowRootOf);
      const seen = JSON.stringify(look.blocks);
      measure('sceptic:probe', started, { blocks: look.blocks.length });
      if (again && seen === this.#lastProbe) {
        this.#mode = 'not-product';
        return;
      }
      this.#lastProbe = seen;
      if (look.thin && !this.#renderDeadline) {
        // Maybe a single-page app still rendering: wait while it changes, and read it once it is quiet.
        // A short static page is quiet at once, so its badge settles in a moment, not after the longest wait.
        this.#renderDeadline = performance.now() + RENDER_WAIT_MS;
        this.#mode = 'waiting';
        this.#observe('light');
        this.#schedule();
        return;
      }
      const reply = await this.#ask({
        type: 'content/probe',
        url: this.#url,
        title: this.#title(),
        blocks: look.blocks.slice(0, BLOCK_LIMITS.probe),
        options: this.#options(),
      });
      if (gen !== this.#gen) return;
      const parsed = parseProbeReply(reply);
      if (!parsed) {
        quietly(this.#unreadable());
        return;
      }
      if (!parsed.product) {
        this.#mode = 'not-product';
        this.#marks.clear();
        this.#observe(this.#reprobes < MAX_REPROBES ? 'light' : null);
        return;
      }
    }
    this.#mode = 'active';
    this.#observe('full');
    this.#lastBlocks = null;
    await this.#scan(true);
  }

  /** Read the page (only what changed since the last read) and report it if anything changed. */
  async #scan(fresh: boolean): Promise<void> {
    if (this.#scanning) {
      this.#again = true;
      return;
    }
    this.#scanning = true;
    const gen = this.#gen;
    const meter = this.#meter;
    const started = clock();
    try {
      meter.perSecond = fresh ? WORK_PER_SECOND.first : WORK_PER_SECOND.updates;
      meter.reset();
      const result = await runSliced(this.#scraper.run(fresh), meter, () => gen !== this.#gen || this.#ctx.isInvalid);
      if (!result || gen !== this.#gen) return;
      // From the end of the last slice until the blocks are sent, the page's thread is not given back.
      const tail = clock();
      const { nodes, reused } = result.stats;
      const detail = { mode: fresh ? 'full' : 'update', nodes, reused, blocks: result.blocks.length, slices: meter.count, readMs: meter.work } as const;
      this.#watchRoots();
      if (result.changed) {
        // Only a few blocks were read again: the page is told only of those, and hears back only what changed.
        this.#lastScrape = result;
        this.#lastBlocks = null;
        if (!result.changed.length) {
          this.#marks.update(this.#claims, result.sources, new Set(result.touched));
          const sendMs = meter.more(tail, meter.last);
          measure('sceptic:scan', started, { ...detail, unchanged: true, sendMs, workMs: meter.work, longestMs: meter.longest });
          return;
        }
        await this.#patch(result, gen, { started, tail, detail });
        return;
      }
      this.#lastScrape = result;
      if (!fresh && this.#lastBlocks && sameData(result.blocks, this.#lastBlocks)) {
        // Same text (perhaps in new nodes after a re-render): move the marks onto the new nodes.
        this.#marks.draw(this.#claims, result.sources);
        this.#reportGap = 1000;
        const sendMs = meter.more(tail, meter.last);
        measure('sceptic:scan', started, { ...detail, unchanged: true, sendMs, workMs: meter.work, longestMs: meter.longest });
        return;
      }
      this.#lastBlocks = result.blocks;
      await this.#report(result, gen, { started, tail, detail });
    } finally {
      this.#scanning = false;
      if (this.#again) {
        this.#again = false;
        this.#schedule();
      }
    }
  }

  /** Send the blocks to be judged and draw the marks; a scan's work on the page, from its read to its marks, is measured. */
  async #report(result: Scrape, gen: number, scan?: ScanTiming): Promise<void> {
    const meter = this.#meter;
    const seq = ++this.#seq;
    const msg: ContentMessage = { type: 'content/blocks', url: this.#url, title: this.#title(), blocks: result.blocks, options: this.#options(), seq };
    if (scan?.detail.mode === 'full') msg.fresh = true;
    this.#acked = -1;
    const asked = this.#ask(msg);
    // Sending serialises the blocks on the page's thread: that is part of the scan's work.
    const sendMs = scan ? meter.more(scan.tail, meter.last) : 0;
    const reply = await asked;
    if (gen !== this.#gen || this.#ctx.isInvalid) return;
    const drawn = clock();
    const parsed = parseAnalysisReply(reply);
    if (!parsed) {
      quietly(this.#unreadable());
      return;
    }
    this.#reported();
    this.#acked = seq;
    this.#held = new Map(parsed.report.claims.map((c) => [c.id, c]));
    this.#claims = parsed.report.isProductPage ? parsed.report.claims : [];
    this.#marks.draw(this.#claims, result.sources);
    if (scan) {
      const drawMs = meter.more(drawn);
      measure('sceptic:scan', scan.started, { ...scan.detail, claims: this.#claims.length, sendMs, drawMs, workMs: meter.work, longestMs: meter.longest });
    }
  }

  /** A page that keeps changing is reported less and less often (up to every 30 s). */
  #reported(): void {
    const now = performance.now();
    this.#reportGap = now - this.#lastReport < this.#reportGap * 2 ? Math.min(30_000, this.#reportGap * 1.5) : 1000;
    this.#lastReport = now;
  }

  /**
   * Send only the blocks that changed since the reading the background holds, and apply the
   * claims it says changed; the whole page instead when it holds no such reading.
   */
  async #patch(result: Scrape, gen: number, scan: ScanTiming): Promise<void> {
    const changed = result.changed ?? [];
    if (this.#acked < 0 || changed.length > MAX_PATCH) {
      await this.#report(result, gen, scan);
      return;
    }
    const meter = this.#meter;
    const seq = ++this.#seq;
    const changes = changed.map((at) => ({ at, block: result.blocks[at] as TextBlock }));
    const msg: ContentMessage = {
      type: 'content/patch',
      url: this.#url,
      title: this.#title(),
      options: this.#options(),
      seq,
      base: this.#acked,
      count: result.blocks.length,
      changes,
    };
    this.#acked = -1;
    const asked = this.#ask(msg);
    const sendMs = meter.more(scan.tail, meter.last);
    const reply = await asked;
    if (gen !== this.#gen || this.#ctx.isInvalid) return;
    const drawn = clock();
    const parsed = parseUpdateReply(reply);
    if (!parsed) {
      quietly(this.#unreadable());
      return;
    }
    if ('resend' in parsed) {
      await this.#report(result, gen, { ...scan, tail: clock() });
      return;
    }
    const { update } = parsed;
    const held = new Map(this.#held);
    for (const id of update.removed) held.delete(id);
    for (const c of update.changed) held.set(c.id, c);
    if (held.size !== update.count) {
      // The background and the page no longer agree on the claims: start again from the whole page.
      await this.#report(result, gen, { ...scan, tail: clock() });
      return;
    }
    this.#reported();
    this.#acked = seq;
    this.#held = held;
    this.#claims = update.isProductPage ? [...held.values()] : [];
    this.#marks.update(this.#claims, result.sources, new Set(result.touched));
    const drawMs = meter.more(drawn);
    measure('sceptic:scan', scan.started, {
      ...scan.detail,
      sent: changes.length,
      claims: this.#claims.length,
      sendMs,
      drawMs,
      workMs: meter.work,
      longestMs: meter.longest,
    });
  }

  /** Judge the same blocks again (the sensitivity or the rubrics changed). */
  async #reanalyse(): Promise<void> {
    if (this.#mode !== 'active' || !this.#lastScrape) return;
    await this.#report(this.#lastScrape, this.#gen);
  }

  // ── Keeping up ────────────────────────────────────────────────────────────────────────

  #observe(kind: 'full' | 'light' | null): void {
    if (kind === this.#observing) return;
    this.#observer?.disconnect();
    this.#observed = new WeakSet();
    this.#observing = kind;
    if (!kind || !this.#MO) {
      this.#observer = null;
      return;
    }
    this.#observer = new this.#MO((records) => {
      try {
        this.#mutated(records);
      } catch {
        // never throw into the page
      }
    });
    this.#watch(document);
    if (kind === 'full') this.#watchRoots();
  }

  #watch(root: Node): void {
    if (!this.#observer || this.#observed.has(root)) return;
    try {
      this.#observer.observe(root, this.#observing === 'full' ? FULL_OBSERVE : LIGHT_OBSERVE);
      this.#observed.add(root);
    } catch {
      // a root that went away
    }
  }

  /** Observe the shadow roots and iframe documents the last read went into, and reload with iframes. */
  #watchRoots(): void {
    const w = this.#scraper.walker;
    for (const root of w.roots) this.#watch(root);
    for (const frame of w.frames) {
      if (this.#frames.has(frame)) continue;
      this.#frames.add(frame);
      this.#ctx.addEventListener(frame, 'load', () => {
        this.#scraper.walker.forget(frame);
        this.#schedule();
      });
    }
  }

  #ours(r: MutationRecord): boolean {
    const t = r.target;
    if (t.nodeType === 1 && this.#marks.owns(t as Element)) return true;
    if (r.type !== 'childList') return false;
    const nodes = [...r.addedNodes, ...r.removedNodes];
    return nodes.length > 0 && nodes.every((n) => n.nodeType === 1 && this.#marks.owns(n as Element));
  }

  #mutated(all: MutationRecord[]): void {
    const records = all.filter((r) => !this.#ours(r));
    if (!records.length || this.#ctx.isInvalid) return;
    if (location.href !== this.#url) {
      this.#navigated();
      return;
    }
    if (this.#mode === 'waiting' || this.#mode === 'not-product') {
      if (!records.some((r) => r.addedNodes.length > 0)) return;
      this.#schedule();
      return;
    }
    if (this.#mode !== 'active') return;
    this.#records += records.length;
    if (this.#records <= MAX_TRACKED_RECORDS) this.#scraper.walker.invalidate(records);
    else this.#scraper.walker.forgetAll();
    this.#schedule();
  }

  /** Re-read after the page settles: a quiet spell, or at the latest after MAX_WAIT_MS (more for pages that never stop). */
  #schedule(): void {
    const now = performance.now();
    if (!this.#firstPending) this.#firstPending = now;
    clearTimeout(this.#timer);
    if (this.#mode === 'waiting') {
      this.#timer = this.#ctx.setTimeout(() => this.#flush(), Math.max(0, Math.min(now + THIN_QUIET_MS, this.#renderDeadline) - now));
      return;
    }
    const quiet = this.#mode === 'active' ? DEBOUNCE_MS : 800;
    const latest = this.#firstPending + Math.max(MAX_WAIT_MS, this.#reportGap);
    const notBefore = this.#lastReport + this.#reportGap;
    const due = Math.max(Math.min(now + quiet, latest), notBefore);
    this.#timer = this.#ctx.setTimeout(() => this.#flush(), Math.max(0, due - now));
  }

  #flush(): void {
    this.#firstPending = 0;
    this.#records = 0;
    if (this.#mode === 'active') {
      quietly(this.#scan(false));
    } else if (this.#mode === 'waiting' || this.#mode === 'not-product') {
      // Look again: a page rendered late, or one that turned into a product page.
      if (this.#reprobes++ >= MAX_REPROBES) {
        this.#observe(null);
        return;
      }
      // Waiting, the page has been quiet (or the wait is over): read it as it stands.
      quietly(this.#begin(false, this.#mode !== 'waiting'));
    }
  }

  /** The URL changed without a new document (history.pushState, popstate): a fresh report for a new page. */
  #navigated(): void {
    const before = this.#url;
    const now = location.href;
    if (now === before) return;
    this.#url = now;
    const a = new URL(before);
    const b = new URL(now);
    // A jump to an anchor on the same page is not a new page; a hash route (#/pricing) is.
    if (a.origin + a.pathname + a.search === b.origin + b.pathname + b.search && !/^#[/!]/.test(b.hash) && !/^#[/!]/.test(a.hash)) return;
    this.#gen++;
    this.#marks.clear();
    this.#claims = [];
    this.#held = new Map();
    this.#acked = -1;
    this.#lastBlocks = null;
    this.#lastScrape = null;
    this.#reprobes = 0;
    this.#renderDeadline = 0;
    this.#lastProbe = '';
    if (!this.#autoAllowed()) {
      this.#mode = 'off';
      this.#observe(null);
      return;
    }
    void this.#ask({ type: 'content/scanning', url: now });
    const gen = this.#gen;
    // Give the app a moment to render the new page.
    this.#ctx.setTimeout(() => {
      if (gen === this.#gen) quietly(this.#begin(false));
    }, 300);
  }

  #stop(): void {
    this.#gen++;
    this.#mode = 'off';
    this.#observe(null);
    this.#marks.clear();
    this.#claims = [];
    this.#held = new Map();
    this.#acked = -1;
  }

  #marksState(): MarksState {
    return { on: this.#marks.enabled, supported: this.#marks.supported, count: this.#marks.count };
  }

  #listen(): void {
    // Answers go through sendResponse, which Chrome and Firefox both honour: the content script
    // does without webextension-polyfill (wxt.config.ts), whose promise-returning listeners need it.
    browser.runtime.onMessage.addListener((raw: unknown, sender, sendResponse) => {
      try {
        if (this.#ctx.isInvalid || sender.id !== browser.runtime.id) return;
        const msg = parseToContent(raw);
        if (!msg) return;
        switch (msg.type) {
          case 'ui/show-claim':
            sendResponse({ shown: this.#marks.show(msg.claimId) });
            return;
          case 'ui/show-text':
            sendResponse({ shown: this.#showText(msg.text) });
            return;
          case 'bg/get-selection':
            // Only the words the reader selected, as the browser gives them, line breaks kept.
            sendResponse({ text: String(window.getSelection() ?? '').slice(0, MAX_SELECTION), title: document.title });
            return;
          case 'ui/set-marks':
            this.#marks.setOn(msg.on);
            sendResponse(this.#marksState());
            return;
          case 'ui/get-marks':
            sendResponse(this.#marksState());
            return;
          case 'ui/rescan':
            this.#explicit = true;
            this.#scraper.walker.forgetAll();
            quietly(this.#begin(true));
            sendResponse({ ok: true });
            return;
        }
      } catch {
        // never throw into the page
      }
    });

    const check = () => {
      try {
        if (location.href !== this.#url) this.#navigated();
      } catch {
        // ignore
      }
    };
    const nav = (globalThis as { navigation?: EventTarget }).navigation;
    if (nav && typeof nav.addEventListener === 'function') this.#ctx.addEventListener(nav, 'currententrychange', check);
    this.#ctx.addEventListener(window, 'popstate', check);
    this.#ctx.addEventListener(window, 'hashchange', check);
    // Every way of changing the URL is covered by the events above in Chromium; this is the net for the rest.
    this.#ctx.setInterval(check, 1000);
    // Put back marks a page removed; cheap when nothing is wrong.
    this.#ctx.setInterval(() => {
      try {
        this.#marks.restore();
      } catch {
        // ignore
      }
    }, 2000);
    // Copy that was faded out when last read is read again once a fade ends (content/visibility.ts).
    const faded = (e: Event) => {
      try {
        const w = this.#scraper.walker;
        if (!w.faded.size || this.#mode !== 'active') return;
        const t = e.target;
        if (!(t instanceof Element)) return;
        let hit = false;
        for (const el of w.faded)
          if (t === el || t.contains(el)) {
            w.forget(el);
            w.faded.delete(el);
            hit = true;
          }
        if (hit) this.#schedule();
      } catch {
        // never throw into the page
      }
    };
    this.#ctx.addEventListener(window, 'transitionend', faded, { capture: true, passive: true });
    this.#ctx.addEventListener(window, 'animationend', faded, { capture: true, passive: true });
    this.#ctx.addEventListener(window, 'pageshow', (e: PageTransitionEvent) => {
      // Back from the back-forward cache: the background forgot this tab; tell it again.
      if (e.persisted && this.#mode === 'active' && this.#lastScrape) quietly(this.#report(this.#lastScrape, this.#gen));
    });
    this.#ctx.onInvalidated(() => {
      this.#gen++;
      this.#observer?.disconnect();
      this.#marks.dispose();
    });
  }

  /** Find the page's own words in the blocks last read and flash them where they stand. */
  #showText(text: string): boolean {
    const scrape = this.#lastScrape;
    if (!scrape) return false;
    // Only blocks that stand in the page (not the title or meta tags) can be shown.
    const found = findText(
      scrape.blocks.filter((b) => scrape.sources.has(b.id)),
      text,
    );
    if (!found) return false;
    const source = scrape.sources.get(found.blockId);
    if (!source) return false;
    const range = rangeFor(source, found.start, found.end);
    return range ? this.#marks.flash(range, source.doc) : false;
  }

  /** The background tells every tab when the settings change (bg/settings). */
  #listenSettings(): void {
    browser.runtime.onMessage.addListener((raw: unknown, sender) => {
      try {
        if (this.#ctx.isInvalid || sender.id !== browser.runtime.id) return;
        const msg = parseToContent(raw);
        if (msg?.type !== 'bg/settings') return;
        const next = parseSettings(msg.settings);
        if (this.#started) this.#applySettings(next);
        else this.#early = next;
      } catch {
        // keep the settings we have
      }
    });
  }

  #applySettings(next: ContentSettings): void {
    const before = this.#settings;
    const wasAllowed = this.#autoAllowed();
    this.#settings = next;
    this.#speak();
    if (before.marksDefault !== next.marksDefault) this.#marks.setOn(next.marksDefault);
    if (isSiteOff(next, location.hostname)) {
      if (this.#mode !== 'off') this.#stop();
      return;
    }
    if (!wasAllowed && this.#autoAllowed() && this.#mode === 'off') {
      quietly(this.#begin(false));
      return;
    }
    if (before.sensitivity !== next.sensitivity || before.disabledRubrics.join() !== next.disabledRubrics.join()) quietly(this.#reanalyse());
  }
}
