// Helpers for the content script's end-to-end tests: messages to the tab, reports that
// change over time, the page's layout boxes, Sceptic's marks and long tasks.
import type { Page } from '@playwright/test';
import type { Claim, PageReport } from '../../heuristics/types';
import type { TabState, ToContentMessage } from '../../utils/protocol';
import type { Ext } from './harness';

export type Ready = Extract<TabState, { status: 'ready' }>;

/** Send a message to the tab's content script, as the popup does; the content script's answer. */
export async function tell(ext: Ext, page: Page, msg: ToContentMessage): Promise<unknown> {
  const tabId = await ext.tabId(page);
  return ext.loaded.sw.evaluate(([id, m]) => chrome.tabs.sendMessage(id, m), [tabId, msg] as const);
}

/** Wait until the tab's report satisfies a condition (pages change: late rendering, infinite scroll, navigation). */
export async function reportWhere(ext: Ext, page: Page, ok: (s: Ready) => boolean, timeoutMs = 20_000): Promise<Ready> {
  const deadline = Date.now() + timeoutMs;
  let last: TabState | undefined;
  for (;;) {
    last = await ext.state(page).catch(() => undefined);
    if (last?.status === 'ready' && ok(last)) return last;
    if (Date.now() > deadline) throw new Error(`No report matched in ${timeoutMs} ms; last state: ${JSON.stringify(last).slice(0, 2000)}`);
    await page.waitForTimeout(150);
  }
}

export function claimTexts(r: PageReport): string[] {
  return r.claims.map((c) => c.text);
}

/** The claim whose text contains this, or a failure naming the claims there were. */
/**
 * The claim whose text holds `part`. A claim the page repeats is listed once with its other
 * places in `also`; a part found at one of those places gives the claim as it stands there,
 * with the id, block and span of that place (the id its mark in the page carries).
 */
export function claimWith(r: PageReport, part: string): Claim {
  const c = r.claims.find((x) => x.text.includes(part));
  if (c) return c;
  for (const x of r.claims) {
    const a = x.also?.find((p) => p.text.includes(part));
    if (a) return { ...x, id: `${a.blockId}:${a.span[0]}`, blockId: a.blockId, role: a.role, span: a.span, text: a.text };
  }
  throw new Error(`No claim contains ${JSON.stringify(part)}; claims: ${JSON.stringify(claimTexts(r))}`);
}

/** Every marked range's text, by highlight name, in the page and in its same-origin frames. */
export async function marks(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    const docs: Document[] = [document];
    for (const f of document.querySelectorAll('iframe')) {
      try {
        if (f.contentDocument) docs.push(f.contentDocument);
      } catch {
        // cross-origin
      }
    }
    for (const d of docs) {
      const w = d.defaultView as (Window & typeof globalThis) | null;
      if (!w) continue;
      for (const [name, h] of w.CSS.highlights) {
        if (typeof name !== 'string' || !name.startsWith('sceptic-')) continue;
        out[name] = [...(out[name] ?? []), ...[...h].map((r) => r.toString())];
      }
    }
    return out;
  });
}

/** All marked texts, whatever their verdict (hover and flash excluded). */
export async function markedTexts(page: Page): Promise<string[]> {
  const m = await marks(page);
  return ['sceptic-unsupported', 'sceptic-weak', 'sceptic-supported'].flatMap((n) => m[n] ?? []);
}

/** The box of every element of the page (and of its same-origin frames), to compare layouts. */
export async function boxes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walk = (d: Document, prefix: string) => {
      let i = 0;
      for (const el of d.querySelectorAll('body *')) {
        if (el.localName === 'div' && el.parentElement === el.ownerDocument.documentElement) continue;
        const r = el.getBoundingClientRect();
        out.push(`${prefix}${i++}:${el.localName}:${r.x.toFixed(2)},${r.y.toFixed(2)},${r.width.toFixed(2)},${r.height.toFixed(2)}`);
        if (el.localName === 'iframe') {
          try {
            const inner = (el as HTMLIFrameElement).contentDocument;
            if (inner) walk(inner, `${prefix}${i}/`);
          } catch {
            // cross-origin
          }
        }
      }
    };
    walk(document, '');
    return out;
  });
}

/** A snapshot of the page's own DOM: tags, attributes and text, without Sceptic's card. */
export async function domSnapshot(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts: string[] = [];
    const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.nodeType === 3) parts.push(`#${(n as Text).data}`);
      else {
        const el = n as Element;
        if (el.localName === 'div' && el.parentElement === el.ownerDocument.documentElement) continue;
        parts.push(`<${el.localName} ${[...el.attributes].map((a) => `${a.name}=${a.value}`).join(' ')}>`);
      }
    }
    return parts.join('');
  });
}

/** Record long tasks from the very start of every page (a buffered PerformanceObserver in the page's world). */
export async function recordLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as Window & { __longTasks?: Array<{ start: number; duration: number }> };
    w.__longTasks = [];
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longTasks?.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    } catch {
      // no long task timing in this browser
    }
  });
}

export async function longTasksSince(page: Page, since: number): Promise<Array<{ start: number; duration: number }>> {
  return page.evaluate((t) => {
    const w = window as Window & { __longTasks?: Array<{ start: number; duration: number }> };
    return (w.__longTasks ?? []).filter((x) => x.start >= t);
  }, since);
}

/** Hover the middle of the first line of a marked text, wherever it is (page, shadow root or frame). */
export async function hoverText(page: Page, text: string): Promise<void> {
  const point = await page.evaluate((needle) => {
    const find = (root: Document | ShadowRoot, offset: { x: number; y: number }): { x: number; y: number } | null => {
      const doc = root.nodeType === 9 ? (root as Document) : (root as ShadowRoot).ownerDocument;
      const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (n.nodeType === 1) {
          const el = n as Element;
          if (el.shadowRoot) {
            const hit = find(el.shadowRoot, offset);
            if (hit) return hit;
          }
          if (el.localName === 'iframe') {
            try {
              const inner = (el as HTMLIFrameElement).contentDocument;
              const box = el.getBoundingClientRect();
              const hit = inner ? find(inner, { x: offset.x + box.x + el.clientLeft, y: offset.y + box.y + el.clientTop }) : null;
              if (hit) return hit;
            } catch {
              // cross-origin
            }
          }
          continue;
        }
        const t = n as Text;
        const i = t.data.indexOf(needle);
        if (i < 0) continue;
        const r = doc.createRange();
        r.setStart(t, i);
        r.setEnd(t, Math.min(t.data.length, i + Math.max(1, Math.min(needle.length, 6))));
        const rect = r.getClientRects()[0];
        if (!rect) continue;
        return { x: offset.x + rect.x + rect.width / 2, y: offset.y + rect.y + rect.height / 2 };
      }
      return null;
    };
    return find(document, { x: 0, y: 0 });
  }, text);
  if (!point) throw new Error(`Text not found on the page: ${text}`);
  await page.mouse.move(point.x - 30, point.y + 40);
  await page.mouse.move(point.x, point.y, { steps: 4 });
}

interface AxNode {
  nodeName: string;
  nodeType: number;
  nodeValue?: string;
  children?: AxNode[];
  shadowRoots?: AxNode[];
  shadowRootType?: string;
  contentDocument?: AxNode;
}

/**
 * The hover card's hosts in a page and its frames, read through the DevTools protocol (no page
 * script can reach them): a <div> with a closed shadow root, in the closed shadow root Sceptic
 * gives an element near the claim (a <slot>, then the host), or else right under <html>.
 */
export function cardHosts<N extends AxNode>(root: N): N[] {
  const out: N[] = [];
  const closedDiv = (c: AxNode) => c.nodeName === 'DIV' && !!c.shadowRoots?.some((r) => r.shadowRootType === 'closed');
  const visit = (n: AxNode) => {
    if (n.nodeName === 'HTML') out.push(...((n.children ?? []).filter(closedDiv) as N[]));
    for (const r of n.shadowRoots ?? []) {
      const [first, ...rest] = r.children ?? [];
      if (r.shadowRootType === 'closed' && first?.nodeName === 'SLOT' && rest.length > 0 && rest.every(closedDiv)) out.push(...(rest as N[]));
    }
    for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? []), ...(n.contentDocument ? [n.contentDocument] : [])]) visit(c);
  };
  visit(root);
  return out;
}

/** What the hover card shows, read through the layout: its box, or null when hidden. */
export async function cardBox(page: Page): Promise<{ x: number; y: number; width: number; height: number } | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: AxNode & { nodeId: number } };
    for (const host of cardHosts(root)) {
      try {
        const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: host.nodeId })) as { model: { border: number[]; width: number; height: number } };
        const [x = 0, y = 0] = model.border;
        if (model.width > 0 && model.height > 0) return { x, y, width: model.width, height: model.height };
      } catch {
        // no box: hidden
      }
    }
    return null;
  } finally {
    await cdp.detach();
  }
}

/** The hover card's text, read through the DevTools protocol (the card's shadow root is closed to page scripts). */
export async function cardText(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: AxNode };
    const texts: string[] = [];
    const collect = (n: AxNode) => {
      if (n.nodeType === 3 && n.nodeValue) texts.push(n.nodeValue);
      for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) collect(c);
    };
    for (const host of cardHosts(root)) collect(host);
    return texts.join(' ').replace(/\s+/g, ' ').trim();
  } finally {
    await cdp.detach();
  }
}

/** The tab id of a page that Sceptic has not reported on (the harness finds tabs by their report). */
export async function activeTabId(ext: Ext, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await ext.loaded.sw.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
  if (id === undefined) throw new Error('no active tab');
  return id;
}
