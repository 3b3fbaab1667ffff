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
import type { AnalyseOptions, PageReport, TextBlock } from '../../heuristics/types';
import {
  type AnalysisReply,
  ContentMessage,
  type FrameReply,
  frameClaims,
  markedClaims,
  ownClaims,
  type ProbeReply,
  type TabState,
  UiMessage,
  type UpdateReply,
} from '../../utils/protocol';
import { AGAIN, messageChars, type Schedule, type TabBudget } from './budget';

/** The part of `runtime.MessageSender` the router reads. */
export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number };
  /** 0 for the tab's top frame. */
  frameId?: number;
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
  /** Judge a reading's blocks ahead, while `more()` says; true when analyse(tabId, reading) has nothing left to judge. */
  prepare?(tabId: number, reading: Reading, more: () => boolean): boolean;
  /** A frame of another origin's copy, kept with the tab's page; the page judged again with it, if the tab has a reading. */
  frame?(tabId: number, frameId: number, blocks: TextBlock[]): { url: string; title: string; report: PageReport } | null;
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
  /** Each tab's share of messages and engine time (budget.ts); without one, no tab is held back. */
  budget?: TabBudget;
  /** Where the engine's work waits its tab's turn (budget.ts); without one, it runs at once. */
  schedule?: Schedule;
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

/** Engine work, in its tab's turn where the background keeps turns, and charged to the tab. */
function engine(deps: RouterDeps, tabId: number, work: () => unknown): Promise<unknown> {
  const charged = () => {
    const started = deps.now();
    try {
      return work();
    } finally {
      deps.budget?.charge(tabId, deps.now() - started, deps.now());
    }
  };
  return deps.schedule ? deps.schedule(tabId, charged) : Promise.resolve(charged());
}

function readingOf(msg: Extract<ContentMessage, { type: 'content/probe' | 'content/blocks' }>): Reading {
  const reading: Reading = { url: msg.url, title: msg.title, blocks: msg.blocks, options: msg.options };
  if (msg.type === 'content/probe') reading.probe = true;
  else {
    if (msg.fresh) reading.fresh = true;
    if (msg.seq !== undefined) reading.seq = msg.seq;
  }
  return reading;
}

function judgeReading(msg: Extract<ContentMessage, { type: 'content/probe' | 'content/blocks' }>, tabId: number, deps: RouterDeps, ready?: Reading): unknown {
  const { store, judge } = deps;
  try {
    if (msg.type === 'content/probe' && judge.isProduct(tabId, msg.blocks)) return { product: true } satisfies ProbeReply;
    const reading = ready ?? readingOf(msg);
    const report = judge.analyse(tabId, reading);
    record(store, tabId, { status: 'ready', url: msg.url, title: msg.title, report, at: deps.now() });
    if (msg.type === 'content/probe') return { product: false } satisfies ProbeReply;
    // The page needs only what marks show: a much smaller answer than the whole report.
    const claims = markedClaims(report.claims);
    return (claims ? { report: { isProductPage: report.isProductPage, claims: ownClaims(claims) } } : { report }) satisfies AnalysisReply;
  } catch (err) {
    record(store, tabId, { status: 'unreadable', url: msg.url, reason: errorText(err) });
    return undefined;
  }
}

function judgeFrame(blocks: TextBlock[], tabId: number, frameId: number, deps: RouterDeps): FrameReply | undefined {
  try {
    const judged = deps.judge.frame?.(tabId, frameId, blocks) ?? null;
    if (!judged) return { claims: [], pending: true };
    record(deps.store, tabId, { status: 'ready', url: judged.url, title: judged.title, report: judged.report, at: deps.now() });
    // The frame marks its own claims: only those, under the ids its reader gave its blocks.
    return { claims: frameClaims(markedClaims(judged.report.claims) ?? [], frameId) };
  } catch {
    // the page's report stands as it was
    return undefined;
  }
}

function judgePatch(msg: Extract<ContentMessage, { type: 'content/patch' }>, tabId: number, deps: RouterDeps): unknown {
  const { store, judge } = deps;
  try {
    const patched = judge.patch?.(tabId, msg) ?? null;
    if (!patched) return { resend: true } satisfies UpdateReply;
    record(store, tabId, { status: 'ready', url: msg.url, title: msg.title, report: patched.report, at: deps.now() });
    return { update: patched.update } satisfies UpdateReply;
  } catch (err) {
    record(store, tabId, { status: 'unreadable', url: msg.url, reason: errorText(err) });
    return undefined;
  }
}

function routeContent(msg: ContentMessage, tabId: number, deps: RouterDeps, frameId = 0): Routed {
  const { store } = deps;
  switch (msg.type) {
    // The engine runs here rather than in the page: the page's main thread never pays for
    // judging its text, and the engine is loaded once rather than into every tab.
    case 'content/probe':
    case 'content/blocks':
      return { accepted: true, reply: engine(deps, tabId, () => judgeReading(msg, tabId, deps)) };
    case 'content/patch':
      return { accepted: true, reply: engine(deps, tabId, () => judgePatch(msg, tabId, deps)) };
    case 'content/frame':
      return { accepted: true, reply: engine(deps, tabId, () => judgeFrame(msg.blocks, tabId, frameId, deps)) };
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
    // Before anything is read closely: a tab past its share, or a message larger than any reading, goes no further.
    const over = deps.budget?.admit(from.tabId, messageChars(raw), deps.now());
    if (over) return { accepted: false, reason: `over budget (${over})` };
    // A reading is checked in its tab's turn too: checking a large one against its schema is
    // work as well, and a flood of them must not be checked ahead of another tab's reading.
    if (deps.schedule && ENGINE_WORK.has((raw as { type?: unknown } | null)?.type)) {
      const tabId = from.tabId;
      const schedule = deps.schedule;
      const inner = { ...deps, schedule: undefined, budget: undefined };
      // A reading is judged in slices, each its own turn; what remains of it when a slice ends.
      let rest: (() => unknown) | undefined;
      let started = 0;
      return {
        accepted: true,
        reply: schedule(tabId, () => {
          // Checked and judged here, all of it charged to the tab.
          started = deps.now();
          try {
            if (rest) return rest();
            const c = checkContent(raw, sender);
            if ('reason' in c) {
              warnQuietly(deps, c.reason);
              return undefined;
            }
            const msg = c.msg;
            const prepare = deps.judge.prepare;
            if (msg.type !== 'content/blocks' || !prepare) {
              const routed = routeContent(msg, tabId, inner, frameOf(sender));
              return routed.accepted ? routed.reply : undefined;
            }
            const reading = readingOf(msg);
            const more = () => deps.now() - started < SLICE_MS;
            rest = () => (prepare.call(deps.judge, tabId, reading, more) ? judgeReading(msg, tabId, inner, reading) : AGAIN);
            return rest();
          } finally {
            deps.budget?.charge(tabId, deps.now() - started, deps.now());
          }
        }),
      };
    }
    return checked(raw, sender, from.tabId, deps);
  }
  const parsed = UiMessage.safeParse(raw);
  if (!parsed.success) return { accepted: false, reason: `malformed page message (${firstIssue(parsed.error)})` };
  return { accepted: true, reply: deps.store.get(parsed.data.tabId) };
}

/** How long one slice of a reading's judgement runs before other tabs get their turn. */
const SLICE_MS = 40;

/** The messages that put the engine to work. */
const ENGINE_WORK = new Set<unknown>(['content/probe', 'content/blocks', 'content/patch', 'content/frame']);

/** A content message checked against its schema and its sender: the message, or why it is refused. */
function checkContent(raw: unknown, sender: Sender | undefined): { msg: ContentMessage } | { reason: string } {
  const parsed = ContentMessage.safeParse(raw);
  if (!parsed.success) return { reason: `malformed content message (${firstIssue(parsed.error)})` };
  const why = refusal(parsed.data, sender);
  return why ? { reason: why } : { msg: parsed.data };
}

/** A content message checked, then routed. */
function checked(raw: unknown, sender: Sender | undefined, tabId: number, deps: RouterDeps): Routed {
  const c = checkContent(raw, sender);
  return 'reason' in c ? { accepted: false, reason: c.reason } : routeContent(c.msg, tabId, deps, frameOf(sender));
}

function frameOf(sender: Sender | undefined): number {
  const f = sender?.frameId;
  return typeof f === 'number' && Number.isSafeInteger(f) && f >= 0 ? f : 0;
}

/**
 * Why a well-formed content message may not be taken, or null: it must speak of its own origin,
 * a page's reading comes from the tab's top frame, and a frame's copy from a frame.
 */
function refusal(msg: ContentMessage, sender: Sender | undefined): string | null {
  if ('url' in msg && !speaksForItself(msg.url, sender?.url)) return 'a content message about a page of another origin';
  const frame = frameOf(sender);
  if (msg.type === 'content/frame') return frame > 0 ? null : "a frame's copy from the top frame";
  if (msg.type !== 'content/get-settings' && frame > 0) return "a page's message from a frame";
  return null;
}

function warnQuietly(deps: RouterDeps, reason: string): void {
  try {
    deps.warn(`Sceptic: dropped a message: ${reason}`);
  } catch {
    // logging is best effort
  }
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
  if (!routed.accepted) warnQuietly(deps, routed.reason);
  return routed;
}
