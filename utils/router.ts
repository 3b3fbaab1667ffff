// The background's message router, as a pure function: who sent a message, what it says,
// and what the background does about it. It touches no `browser.*` API; the background
// wires it to `browser.runtime.onMessage` and hands it the tab state and the engine.
//
// Two kinds of sender are trusted, each with its own protocol:
//   content  this extension's content script, running in a tab (sender.id is ours, sender.tab
//            set, sender.url a web page): ContentMessage
//   ui       this extension's own pages (popup, report, comparison, options; sender.url under
//            our origin): UiMessage
// Anything else (another extension, a web page through externally_connectable, which Sceptic
// does not declare, a frame with no tab) is rejected. A message that fails its schema is
// rejected. A content message about a page of another origin than the one the browser says
// sent it (a compromised page reporting on someone else's site) is rejected. A rejection
// changes nothing and is logged.
import type { AnalyseOptions, PageReport, TextBlock } from '../heuristics/types';
import { markedClaims } from './content-messages';
import { type AnalysisReply, ContentMessage, type ProbeReply, type TabState, UiMessage, type UpdateReply } from './messages';

/** The part of `runtime.MessageSender` the router reads. */
export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

/** Where the background keeps what it knows about each tab. */
export interface TabStore {
  get(tabId: number): Promise<TabState>;
  /** Record a tab's new state (and paint its badge). Never rejects. */
  set(tabId: number, state: TabState): Promise<void>;
}

/** A page's text, as a content script hands it over to be judged. */
export interface Reading {
  url: string;
  title: string;
  blocks: TextBlock[];
  options: AnalyseOptions;
  /** The cheap first look (content/probe) of a page not yet known to be a product page. */
  probe?: boolean;
  /** A first read of the page, or one the user asked for: judge every block afresh. */
  fresh?: boolean;
  /** The reading's number, for patches that build on it (content/blocks seq). */
  seq?: number;
}

/** A few blocks of a page changed since an earlier reading (content/patch). */
export interface Patch {
  url: string;
  title: string;
  options: AnalyseOptions;
  seq: number;
  base: number;
  count: number;
  changes: Array<{ at: number; block: TextBlock }>;
}

/** The engine's answer to a patch: the page's new report, and the claims the page must change. */
export interface Patched {
  report: PageReport;
  update: Extract<UpdateReply, { update: unknown }>['update'];
}

/**
 * The engine, as the router sees it. This is where pages are judged: an implementation may keep
 * per-tab state (a cache of the last reading, say); the tab id is passed for that.
 */
export interface Judge {
  /** Does the cheap first look already show a product page? */
  isProduct(tabId: number, blocks: TextBlock[]): boolean;
  analyse(tabId: number, reading: Reading): PageReport;
  /** Judge a page again after a patch to the reading it keeps under patch.base; null when it keeps no such reading. */
  patch?(tabId: number, patch: Patch): Patched | null;
}

export interface RouterDeps {
  /** `browser.runtime.id`. */
  extensionId: string;
  /** `browser.runtime.getURL('/')`: the origin of this extension's own pages, with a trailing slash. */
  extensionOrigin: string;
  store: TabStore;
  judge: Judge;
  now(): number;
  /** The stored settings, for a content script that asks (content/get-settings). */
  settings(): Promise<unknown>;
  /** Where rejections are told (the background's console). */
  warn(message: string): void;
}

export type SenderKind = { kind: 'content'; tabId: number } | { kind: 'ui' } | { kind: 'unknown'; reason: string };

export type Routed =
  /** Accepted; `reply`, when set, is the answer the sender receives. */
  { accepted: true; reply?: Promise<unknown> } | { accepted: false; reason: string };

/** Who sent a message, judged only by what the browser says of the sender (never by the message). */
export function classifySender(sender: Sender | undefined, deps: Pick<RouterDeps, 'extensionId' | 'extensionOrigin'>): SenderKind {
  if (!sender || typeof sender !== 'object') return { kind: 'unknown', reason: 'no sender' };
  if (typeof sender.id !== 'string' || sender.id !== deps.extensionId) return { kind: 'unknown', reason: 'another extension or a web page' };
  const fromOwnPage = typeof sender.url === 'string' && sender.url.startsWith(deps.extensionOrigin);
  if (fromOwnPage) return { kind: 'ui' };
  const tabId = sender.tab?.id;
  if (typeof tabId === 'number' && Number.isSafeInteger(tabId) && tabId >= 0) return { kind: 'content', tabId };
  return { kind: 'unknown', reason: 'not in a tab and not one of our pages' };
}

/** A short description of a thrown value; never throws itself. */
function errorText(err: unknown): string {
  try {
    return String(err).slice(0, 500);
  } catch {
    return 'unknown error';
  }
}

function firstIssue(error: { issues: ReadonlyArray<{ message: string; path?: ReadonlyArray<PropertyKey> }> }): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  const path = (issue.path ?? []).map((p) => String(p)).join('.');
  return (path ? `${path}: ${issue.message}` : issue.message).slice(0, 200);
}

/** Fire and forget a state change; the store promises not to reject, and this makes sure. */
function record(store: TabStore, tabId: number, state: TabState): void {
  try {
    void store.set(tabId, state).catch(() => undefined);
  } catch {
    // a store that threw synchronously: the state stays as it was
  }
}

function routeContent(msg: ContentMessage, tabId: number, deps: RouterDeps): Routed {
  const { store, judge } = deps;
  switch (msg.type) {
    // The engine runs here rather than in the page: the page's main thread never pays for
    // judging its text, and the engine is loaded once rather than into every tab.
    case 'content/probe':
    case 'content/blocks': {
      try {
        if (msg.type === 'content/probe' && judge.isProduct(tabId, msg.blocks))
          return { accepted: true, reply: Promise.resolve<ProbeReply>({ product: true }) };
        const reading: Reading = { url: msg.url, title: msg.title, blocks: msg.blocks, options: msg.options };
        if (msg.type === 'content/probe') reading.probe = true;
        else {
          if (msg.fresh) reading.fresh = true;
          if (msg.seq !== undefined) reading.seq = msg.seq;
        }
        const report = judge.analyse(tabId, reading);
        record(store, tabId, { status: 'ready', url: msg.url, title: msg.title, report, at: deps.now() });
        if (msg.type === 'content/probe') return { accepted: true, reply: Promise.resolve<ProbeReply>({ product: false }) };
        // The page needs only what marks show: a much smaller answer than the whole report.
        const claims = markedClaims(report.claims);
        const answer: AnalysisReply = claims ? { report: { isProductPage: report.isProductPage, claims } } : { report };
        return { accepted: true, reply: Promise.resolve(answer) };
      } catch (err) {
        record(store, tabId, { status: 'unreadable', url: msg.url, reason: errorText(err) });
        return { accepted: true };
      }
    }
    case 'content/patch': {
      try {
        const patched = judge.patch?.(tabId, msg) ?? null;
        if (!patched) return { accepted: true, reply: Promise.resolve<UpdateReply>({ resend: true }) };
        record(store, tabId, { status: 'ready', url: msg.url, title: msg.title, report: patched.report, at: deps.now() });
        return { accepted: true, reply: Promise.resolve<UpdateReply>({ update: patched.update }) };
      } catch (err) {
        record(store, tabId, { status: 'unreadable', url: msg.url, reason: errorText(err) });
        return { accepted: true };
      }
    }
    case 'content/scanning':
      record(store, tabId, { status: 'scanning', url: msg.url });
      return { accepted: true };
    case 'content/unreadable':
      record(store, tabId, { status: 'unreadable', url: msg.url, reason: msg.reason });
      return { accepted: true };
    case 'content/get-settings':
      return { accepted: true, reply: deps.settings() };
  }
}

function originOf(url: string | undefined): string | null {
  if (typeof url !== 'string') return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : null;
  } catch {
    return null;
  }
}

/**
 * Whether a content message may speak of the page it names: the browser's own word for the
 * sending frame (`sender.url`) must have the same origin. The path may differ (a single-page
 * app moves within its origin faster than the browser's record of the frame). Where the browser
 * gives no web address for the sender, there is nothing to hold the message to.
 */
export function speaksForItself(messageUrl: string, senderUrl: string | undefined): boolean {
  const from = originOf(senderUrl);
  return from === null || originOf(messageUrl) === from;
}

function decide(raw: unknown, sender: Sender | undefined, deps: RouterDeps): Routed {
  const from = classifySender(sender, deps);
  if (from.kind === 'unknown') return { accepted: false, reason: `unexpected sender (${from.reason})` };
  if (from.kind === 'content') {
    const parsed = ContentMessage.safeParse(raw);
    if (!parsed.success) return { accepted: false, reason: `malformed content message (${firstIssue(parsed.error)})` };
    if ('url' in parsed.data && !speaksForItself(parsed.data.url, sender?.url))
      return { accepted: false, reason: 'a content message about a page of another origin' };
    return routeContent(parsed.data, from.tabId, deps);
  }
  const parsed = UiMessage.safeParse(raw);
  if (!parsed.success) return { accepted: false, reason: `malformed page message (${firstIssue(parsed.error)})` };
  return { accepted: true, reply: deps.store.get(parsed.data.tabId) };
}

/**
 * Decide what to do with one message. Never throws: a message that cannot be handled is
 * rejected, logged through `deps.warn`, and leaves every tab's state as it was.
 */
export function route(raw: unknown, sender: Sender | undefined, deps: RouterDeps): Routed {
  let routed: Routed;
  try {
    routed = decide(raw, sender, deps);
  } catch (err) {
    routed = { accepted: false, reason: `could not handle a message (${errorText(err).slice(0, 200)})` };
  }
  if (!routed.accepted) {
    try {
      deps.warn(`Sceptic: dropped a message: ${routed.reason}`);
    } catch {
      // logging is best effort
    }
  }
  return routed;
}
