// Each tab's share of the background. The service worker judges every tab's pages on one
// thread, so a tab that floods it (a compromised page posing as Sceptic's content script) would
// hold up every other tab's badge. Three defences:
// - a reading larger than any page the reader sends is refused before it is even checked
//   against its schema;
// - each tab may send so many messages, and use so much of the engine, in a window of time;
// - the engine's work is queued per tab and taken from the tabs in turn, so that another tab's
//   reading waits for at most one reading of the flooding tab, however many it sent.
// A refused message changes nothing and is logged.

export const TAB_BUDGET = {
  /** The window the counts below are kept over. */
  windowMs: 10_000,
  /**
   * Engine time per tab per window, past which the tab's work waits. A first reading of the
   * largest page the reader sends takes about 0.8 s; later readings reuse what did not change.
   */
  engineMs: 600,
  /** Messages per tab per window: the reader sends a few a second at most (its scans are debounced). */
  messages: 120,
  /** Characters of page text in one message: the reader keeps 600,000 a scan, plus its title and notes. */
  chars: 700_000,
} as const;

export type Limits = { [K in keyof typeof TAB_BUDGET]: number };

export interface TabBudget {
  /** Why this tab's message is refused now, or null to admit it (and count it). */
  admit(tabId: number, chars: number, now: number): string | null;
  /** Engine time spent on this tab's message. */
  charge(tabId: number, ms: number, now: number): void;
  /** Whether this tab is past its share of the engine now, and so must wait. */
  overEngine(tabId: number, now: number): string | null;
  /** Engine time this tab used in the window. */
  spent(tabId: number, now: number): number;
  forget(tabId: number): void;
}

interface Use {
  /** Arrival times of the messages in the window. */
  messages: number[];
  /** [when, ms] of the engine's work in the window. */
  engine: Array<[number, number]>;
}

export function createBudget(limits: Limits = TAB_BUDGET): TabBudget {
  const tabs = new Map<number, Use>();
  const trim = (use: Use, now: number) => {
    const since = now - limits.windowMs;
    while (use.messages.length && (use.messages[0] as number) <= since) use.messages.shift();
    while (use.engine.length && (use.engine[0] as [number, number])[0] <= since) use.engine.shift();
  };
  return {
    admit(tabId, chars, now) {
      if (chars > limits.chars) return `a message of ${chars} characters, more than any page's reading (${limits.chars})`;
      let use = tabs.get(tabId);
      if (!use) {
        use = { messages: [], engine: [] };
        tabs.set(tabId, use);
      }
      trim(use, now);
      if (use.messages.length >= limits.messages) return `more than ${limits.messages} messages in ${limits.windowMs / 1000} s from one tab`;
      use.messages.push(now);
      return null;
    },
    overEngine(tabId, now) {
      const spent = this.spent(tabId, now);
      return spent >= limits.engineMs ? `a tab past its share of the engine (${Math.round(spent)} ms in ${limits.windowMs / 1000} s)` : null;
    },
    spent(tabId, now) {
      const use = tabs.get(tabId);
      if (!use) return 0;
      trim(use, now);
      let spent = 0;
      for (const [, ms] of use.engine) spent += ms;
      return spent;
    },
    charge(tabId, ms, now) {
      if (!(ms > 0)) return;
      let use = tabs.get(tabId);
      if (!use) {
        use = { messages: [], engine: [] };
        tabs.set(tabId, use);
      }
      use.engine.push([now, ms]);
    },
    forget(tabId) {
      tabs.delete(tabId);
    },
  };
}

/** What a piece of work returns when it has more to do: it is run again in the tab's next turn. */
export const AGAIN: unique symbol = Symbol('again');

/** Runs a tab's engine work in its turn (again in later turns while it returns AGAIN); resolves with its result. */
export type Schedule = (tabId: number, work: () => unknown) => Promise<unknown>;

/** How long the queue waits before it looks again when every tab with work is past its share. */
const WAIT_MS = 200;

/**
 * The engine's work queued per tab and taken from the tabs in turn, the tab that used the engine
 * least of late first, one piece per task of the event loop, so that messages arriving meanwhile
 * (another tab's) are queued before the next piece runs. A tab past its share of the engine is
 * passed over until it has some again.
 */
export function createScheduler(budget: TabBudget, now: () => number): Schedule & { forget(tabId: number): void } {
  const queues = new Map<number, Array<{ work: () => unknown; done: (v: unknown) => void }>>();
  let turn: number[] = [];
  let pending = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let waiting = false;
  const later = (ms: number) => {
    // New work does not wait out a pause taken because every tab was past its share.
    if (pending && !(waiting && ms === 0)) return;
    if (timer !== undefined) clearTimeout(timer);
    pending = true;
    waiting = ms > 0;
    timer = setTimeout(step, ms);
  };
  const step = () => {
    pending = false;
    timer = undefined;
    // The tab that used the engine least of late goes first (in turn among equals): a tab
    // reading one page is never kept waiting by one that sends reading after reading.
    const t = now();
    let at = -1;
    let least = Number.POSITIVE_INFINITY;
    for (let i = 0; i < turn.length; i++) {
      const id = turn[i] as number;
      if (budget.overEngine(id, t)) continue;
      const spent = budget.spent(id, t);
      if (spent < least) {
        least = spent;
        at = i;
      }
    }
    if (at < 0) {
      if (turn.length) later(WAIT_MS);
      return;
    }
    const tabId = turn.splice(at, 1)[0] as number;
    const queue = queues.get(tabId);
    const next = queue?.shift();
    if (next) {
      let result: unknown;
      try {
        result = next.work();
      } catch {
        result = undefined;
      }
      // Work with more to do goes on in the tab's next turn, ahead of the tab's later work.
      if (result === AGAIN) queue?.unshift(next);
      else next.done(result);
    }
    if (queue?.length) turn.push(tabId);
    else queues.delete(tabId);
    if (turn.length) later(0);
  };
  const schedule = (tabId: number, work: () => unknown) =>
    new Promise<unknown>((done) => {
      const queue = queues.get(tabId);
      if (queue) queue.push({ work, done });
      else {
        queues.set(tabId, [{ work, done }]);
        turn.push(tabId);
      }
      later(0);
    });
  return Object.assign(schedule, {
    forget(tabId: number) {
      for (const q of queues.get(tabId) ?? []) q.done(undefined);
      queues.delete(tabId);
      turn = turn.filter((t) => t !== tabId);
    },
  });
}

/**
 * The characters of page text a content message carries, counted without trusting its shape
 * (before its schema is checked) and without copying it: cheap even for a hostile message.
 */
export function messageChars(raw: unknown): number {
  if (!raw || typeof raw !== 'object') return 0;
  const m = raw as { title?: unknown; blocks?: unknown; changes?: unknown };
  let n = typeof m.title === 'string' ? m.title.length : 0;
  const str = (v: unknown) => (typeof v === 'string' ? v.length : 0);
  const list = (v: unknown, each: (x: Record<string, unknown>) => number) => {
    if (!Array.isArray(v)) return;
    for (let i = 0; i < v.length && i < 100; i++) if (v[i] && typeof v[i] === 'object') n += each(v[i]);
  };
  const count = (b: unknown) => {
    if (!b || typeof b !== 'object') return;
    const block = b as Record<string, unknown>;
    n += str(block.text);
    list(block.notes, (x) => str(x.text));
    list(block.links, (x) => str(x.href) + str(x.text));
  };
  if (Array.isArray(m.blocks)) for (let i = 0; i < m.blocks.length && i < 10_000; i++) count(m.blocks[i]);
  if (Array.isArray(m.changes))
    for (let i = 0; i < m.changes.length && i < 10_000; i++) {
      const c = m.changes[i];
      if (c && typeof c === 'object') count((c as { block?: unknown }).block);
    }
  return n;
}
