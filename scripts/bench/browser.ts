// The benchmark in headless Chromium with the built extension. For each page, in the same
// page and the same run: the floor (a bare TreeWalker reading every text node), Sceptic's
// full scan (its work in the page, read from its own performance measures, and the engine's
// in the service worker), Mozilla's Readability parsing a clone of the document, the browser's
// own innerText, and the long tasks the browser saw while Sceptic worked; on the generated pages
// also the re-scan after a one-node change. Rounds rotate the order of the four so that none always runs
// first, or last, on a warm or a cold machine, and each of them starts from a collected heap,
// so that none pays for the garbage another left (Readability's clone of a 100,000-node page
// is collected in one long pause, inside whatever runs next).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page, Worker } from '@playwright/test';
import { TAB_BUDGET } from '../../entrypoints/background/budget';
import { type Loaded, launchWithExtension, openPopup, stateOf, tabIdOf } from '../lib/extension';

export interface Size {
  nodes: number;
  texts: number;
  chars: number;
}

/** One scan, as Sceptic measured it in the page and in the worker. */
export interface ScanSample {
  /** Work on the page's main thread: the read's slices, sending the blocks, drawing the marks. */
  pageMs: number;
  /** The read alone (its slices). */
  readMs: number;
  /** The longest stretch of Sceptic's work in the page without a yield. */
  longestMs: number;
  /** The longest long task (over 50 ms) the browser saw while the scan ran (0 when none). */
  longTaskMs: number;
  /** The engine's work in the service worker: parsing the message and judging. */
  engineMs: number;
  parseMs: number;
  /** Wall-clock time from the start of the read to the marks drawn. */
  wallMs: number;
  nodesRead: number;
  blocks: number;
  slices: number;
  claims: number;
  /** Blocks the worker judged, and reused. */
  judged: number;
  reused: number;
}

export interface PageResult {
  name: string;
  generated: boolean;
  size: Size;
  floorMs: number[];
  readabilityMs: number[];
  /** The browser's own `document.body.innerText`. */
  innerTextMs: number[];
  full: ScanSample[];
  incremental: ScanSample[];
  /** The longest pause of a bare loop in this page (the machine's own pauses), over a second. */
  stallMs: number;
  /**
   * The page as it opened: Sceptic's first look, then its read when the first look found a
   * product page (else none), and when the marks were drawn, counted from navigation.
   */
  first: { probeMs: number; scan: ScanSample | null; sinceNavigationMs: number };
  /**
   * From the page's load event to the moment the toolbar badge took the text it kept (a grade,
   * "–", nothing for a page that is not a product page), and that text.
   */
  settle: { sinceLoadMs: number; badge: string };
}

export interface BrowserResult {
  chromium: string;
  pages: PageResult[];
  /** Pages measured only for how soon the badge settles. */
  settleOnly: PageResult[];
  popupPaintMs: number[];
  popupPaintEntry: string;
}

interface Measure {
  name: string;
  start: number;
  duration: number;
  detail: Record<string, number | string>;
}

const BENCH_JS = readFileSync(resolve(import.meta.dirname, 'in-page.js'), 'utf8');
/** Readability.js as published, made a global of the page (init scripts do not leave their declarations global). */
const READABILITY_JS = `${readFileSync(resolve(import.meta.dirname, '../../node_modules/@mozilla/readability/Readability.js'), 'utf8')}\nglobalThis.Readability = Readability;\n`;

const num = (v: unknown): number => (typeof v === 'number' ? v : 0);

async function pageNow(page: Page): Promise<number> {
  return page.evaluate('performance.now()') as Promise<number>;
}

async function swNow(sw: Worker): Promise<number> {
  return sw.evaluate('performance.now()') as Promise<number>;
}

/** Sceptic's scan measures in the page that started after `since`. */
async function scansSince(page: Page, since: number): Promise<Measure[]> {
  const all = (await page.evaluate('__scepticBench.measures(0)')) as Measure[];
  return all.filter((m) => m.name === 'sceptic:scan' && m.start >= since);
}

async function waitForScan(page: Page, since: number, mode: string, timeoutMs = 120_000): Promise<Measure> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const hit = (await scansSince(page, since)).find((m) => m.detail.mode === mode);
    if (hit) return hit;
    if (Date.now() > deadline) throw new Error(`no ${mode} scan of ${page.url()} within ${timeoutMs / 1000} s`);
    await page.waitForTimeout(60);
  }
}

/** The worker's measure of the analysis of one tab that began after `since` (worker time). */
async function analysisSince(sw: Worker, tabId: number, since: number, timeoutMs = 30_000): Promise<Measure> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const hits = (await sw.evaluate(
      `performance.getEntriesByName('sceptic:analyse').filter((e) => e.detail?.tabId === ${tabId} && e.startTime >= ${since}).map((e) => ({ name: e.name, start: e.startTime, duration: e.duration, detail: e.detail }))`,
    )) as Measure[];
    if (hits.length) return hits[hits.length - 1] as Measure;
    if (Date.now() > deadline) throw new Error(`no analysis of tab ${tabId} in the worker`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function sample(page: Page, scan: Measure, analysis: Measure): Promise<ScanSample> {
  const d = scan.detail;
  const longTaskMs = (await page.evaluate(`__scepticBench.longestTask(${scan.start}, ${scan.start + scan.duration})`)) as number;
  return {
    pageMs: num(d.workMs),
    readMs: num(d.readMs),
    longestMs: num(d.longestMs),
    longTaskMs,
    engineMs: analysis.duration,
    parseMs: num(analysis.detail.parseMs),
    wallMs: scan.duration,
    nodesRead: num(d.nodes),
    blocks: num(d.blocks),
    slices: num(d.slices),
    claims: num(d.claims),
    judged: num(analysis.detail.judged),
    reused: num(analysis.detail.reused),
  };
}

/** What Sceptic did as the page opened: the first look, and the read if the page is a product page. */
async function firstLook(ext: Loaded, page: Page, tabId: number): Promise<PageResult['first']> {
  const deadline = Date.now() + 120_000;
  let notProductSince = 0;
  for (;;) {
    const measures = (await page.evaluate('__scepticBench.measures(0)')) as Measure[];
    const probe = measures.find((m) => m.name === 'sceptic:probe');
    const scan = measures.find((m) => m.name === 'sceptic:scan' && m.detail.mode === 'full');
    if (scan) {
      return {
        probeMs: probe?.duration ?? 0,
        scan: await sample(page, scan, await analysisSince(ext.sw, tabId, 0)),
        sinceNavigationMs: scan.start + scan.duration,
      };
    }
    const state = await stateOf(ext.sw, tabId);
    // Not a product page: the first look is all Sceptic does (a moment's grace for a read about to report).
    if (probe && state.status === 'ready' && !state.report.isProductPage) {
      notProductSince ||= Date.now();
      if (Date.now() - notProductSince > 500) return { probeMs: probe.duration, scan: null, sinceNavigationMs: probe.start + probe.duration };
    }
    if (Date.now() > deadline) throw new Error(`Sceptic never finished with ${page.url()}`);
    await page.waitForTimeout(60);
  }
}

/** Ask the content script to read the page afresh, as the popup's "scan again" does, and wait for its measures. */
async function fullScan(ext: Loaded, page: Page, tabId: number): Promise<ScanSample> {
  const since = await pageNow(page);
  const swSince = await swNow(ext.sw);
  await ext.sw.evaluate(`chrome.tabs.sendMessage(${tabId}, { type: 'ui/rescan' })`);
  const scan = await waitForScan(page, since, 'full');
  return sample(page, scan, await analysisSince(ext.sw, tabId, swSince));
}

/** Change one text node and wait for the re-scan it causes. */
async function incrementalScan(ext: Loaded, page: Page, tabId: number, round: number): Promise<ScanSample> {
  const since = await pageNow(page);
  const swSince = await swNow(ext.sw);
  if (!(await page.evaluate(`__scepticBench.touch(${round})`))) throw new Error(`nothing to change on ${page.url()}`);
  const scan = await waitForScan(page, since, 'update');
  if (scan.detail.unchanged) throw new Error(`the change on ${page.url()} did not reach what Sceptic reads`);
  return sample(page, scan, await analysisSince(ext.sw, tabId, swSince));
}

/**
 * Record, in the worker, every change of a tab's state that would change its badge, with the
 * time: the badge's text is drawn from the state the moment it is written.
 */
const WATCH_STATES = `(() => {
  globalThis.__benchBadges = {};
  if (globalThis.__benchWatching) return;
  globalThis.__benchWatching = true;
  chrome.storage.session.onChanged.addListener((changes) => {
    const at = Date.now();
    for (const [key, change] of Object.entries(changes)) {
      const m = /^tab:(\\d+)$/.exec(key);
      const s = change.newValue;
      if (!m || !s) continue;
      const text = s.status === 'ready' ? (s.report.isProductPage ? (s.report.grade ?? '–') : '') : s.status === 'unreadable' ? '?' : '…';
      const list = (globalThis.__benchBadges[m[1]] ||= []);
      if (list.at(-1)?.text !== text) list.push({ at, text });
    }
  });
})()`;

/** When the badge took the text it kept: the last change of its text, counted from the page's load event. */
async function settled(ext: Loaded, page: Page, tabId: number): Promise<PageResult['settle']> {
  // A moment's grace for a change that would come late.
  await page.waitForTimeout(1500);
  const loadAt = (await page.evaluate('performance.timeOrigin + performance.getEntriesByType("navigation")[0].loadEventEnd')) as number;
  const changes = ((await ext.sw.evaluate(`globalThis.__benchBadges[${tabId}] ?? []`)) as Array<{ at: number; text: string }>).filter((c) => c.text !== '…');
  const last = changes.at(-1);
  if (!last) throw new Error(`the badge never settled on ${page.url()}`);
  return { sinceLoadMs: Math.max(0, last.at - loadAt), badge: last.text };
}

export interface BrowserOptions {
  extensionDir: string;
  origin: string;
  /** `settleOnly`: measured only for how soon the badge settles. */
  pages: Array<{ name: string; path: string; generated: boolean; settleOnly?: boolean }>;
  runs: number;
  /** Re-scans after a one-node change, on generated pages. */
  incrementalRuns: number;
  /** Milliseconds the floor repeats its walk for, per measurement. */
  floorMinMs: number;
  log: (line: string) => void;
}

/**
 * The engine time one tab has been charged, for the rounds to keep within the tab's share
 * (entrypoints/background/budget.ts): scans of one tab quicker than a reader would ask for
 * them would otherwise wait for that share, and the wait would be counted as the engine's.
 */
class Share {
  #used: Array<[at: number, ms: number]> = [];
  add(sample: ScanSample): void {
    this.#used.push([Date.now(), Math.max(0, sample.engineMs - sample.parseMs)]);
  }
  /** Wait, if need be, until the tab may use `nextMs` more of the engine without being made to wait. */
  async room(page: Page, nextMs: number): Promise<void> {
    const limit = TAB_BUDGET.engineMs * 0.8;
    for (;;) {
      const since = Date.now() - TAB_BUDGET.windowMs;
      this.#used = this.#used.filter(([at]) => at > since);
      const spent = this.#used.reduce((a, [, ms]) => a + ms, 0);
      const oldest = this.#used[0];
      if (spent + nextMs <= limit || !oldest) return;
      await page.waitForTimeout(Math.max(50, oldest[0] - since + 20));
    }
  }
}

/** A page reports updates less often when they come quickly; spacing the changes keeps every one measured the same way. */
const UPDATE_SPACING_MS = 2300;

export async function measureBrowser(opts: BrowserOptions): Promise<BrowserResult> {
  const ext = await launchWithExtension(opts.extensionDir);
  try {
    const page = await ext.context.newPage();
    const devtools = await ext.context.newCDPSession(page);
    const collected = async () => {
      await devtools.send('HeapProfiler.collectGarbage');
    };
    await page.addInitScript({ content: BENCH_JS });
    await page.addInitScript({ content: READABILITY_JS });
    const pages: PageResult[] = [];
    const settles: PageResult[] = [];
    let popupTab = -1;
    for (const p of opts.pages) {
      await ext.sw.evaluate(WATCH_STATES);
      const navigated = Date.now();
      await page.goto(`${opts.origin}${p.path}`, { waitUntil: 'load', timeout: 120_000 });
      const tabId = await tabIdOf(ext.sw, page, 60_000);
      const first = await firstLook(ext, page, tabId);
      const settle = await settled(ext, page, tabId);
      const size = (await page.evaluate('__scepticBench.size()')) as Size;
      opts.log(
        `  ${p.name}: ${size.nodes.toLocaleString('en')} nodes; ${first.scan ? 'marks drawn' : 'first look done (not a product page)'} ${Math.round(first.sinceNavigationMs)} ms after navigation (${Date.now() - navigated} ms here)`,
      );
      const result: PageResult = {
        name: p.name,
        generated: p.generated,
        size,
        floorMs: [],
        readabilityMs: [],
        innerTextMs: [],
        full: [],
        incremental: [],
        first,
        settle,
        stallMs: 0,
      };
      opts.log(`    badge "${settle.badge}" settled ${Math.round(settle.sinceLoadMs)} ms after the load event`);
      if (p.settleOnly) {
        settles.push(result);
        continue;
      }

      // The tab's share of the engine, charged with the first read and every scan after it.
      const share = new Share();
      if (first.scan) share.add(first.scan);
      if (p.generated) {
        await page.waitForTimeout(UPDATE_SPACING_MS);
        for (let r = 0; r < opts.incrementalRuns; r++) {
          await collected();
          const scan = await incrementalScan(ext, page, tabId, r);
          share.add(scan);
          result.incremental.push(scan);
          await page.waitForTimeout(UPDATE_SPACING_MS);
        }
      }

      const steps = {
        floor: async () => result.floorMs.push((await page.evaluate(`__scepticBench.floor(${opts.floorMinMs})`)) as number),
        sceptic: async () => {
          const last = result.full.at(-1);
          await share.room(page, last ? last.engineMs - last.parseMs : 0);
          const scan = await fullScan(ext, page, tabId);
          share.add(scan);
          result.full.push(scan);
        },
        readability: async () => result.readabilityMs.push(((await page.evaluate('__scepticBench.readability()')) as { ms: number }).ms),
        visibleText: async () => result.innerTextMs.push(((await page.evaluate('__scepticBench.visibleText()')) as { ms: number }).ms),
      };
      const order = [steps.floor, steps.sceptic, steps.readability, steps.visibleText];
      for (let r = 0; r < opts.runs; r++) {
        for (let k = 0; k < order.length; k++) {
          await collected();
          await (order[(r + k) % order.length] as () => Promise<unknown>)();
        }
        // Let the page settle (garbage, the worker's state written) before the next round.
        await page.waitForTimeout(150);
      }
      await collected();
      result.stallMs = (await page.evaluate('__scepticBench.stall(1000)')) as number;
      pages.push(result);
      if (p.name === 'generated 10k') popupTab = tabId;
      if (popupTab < 0) popupTab = tabId;
    }

    // The popup's first paint, for the tab of a page with a report.
    const paints: number[] = [];
    let entry = 'first-contentful-paint';
    for (let r = 0; r < opts.runs; r++) {
      const popup = await openPopup(ext, popupTab);
      // Polled with plain evaluations: the popup's CSP forbids the eval a string predicate needs.
      let got: [string, number] | null = null;
      for (let i = 0; i < 200 && !got; i++) {
        got = (await popup.evaluate(
          `(() => { const p = performance.getEntriesByType('paint'); const e = p.find((x) => x.name === 'first-contentful-paint') ?? p.find((x) => x.name === 'first-paint'); return e ? [e.name, e.startTime] : null; })()`,
        )) as [string, number] | null;
        if (!got) await popup.waitForTimeout(50);
      }
      if (!got) throw new Error('the popup never painted');
      const [name, at] = got;
      entry = name;
      paints.push(at);
      await popup.close();
    }
    const agent = (await ext.sw.evaluate('navigator.userAgent')) as string;
    const chromium = /(?:Headless)?Chrome\/[\d.]+/.exec(agent)?.[0].replace('HeadlessChrome', 'Chromium').replace('Chrome', 'Chromium') ?? 'Chromium';
    return { chromium, pages, settleOnly: settles, popupPaintMs: paints, popupPaintEntry: entry };
  } finally {
    await ext.close();
  }
}
