// Sharing the page's main thread: work runs in slices of a few milliseconds, yields to
// the page between slices, and stays under a budget of milliseconds per second.

const now = () => performance.now();
const setTimer = globalThis.setTimeout.bind(globalThis);

/** Longest slice of work before giving the page its thread back (well under the 50 ms of a long task). */
export const SLICE_MS = 6;

interface SchedulerLike {
  yield?: () => Promise<void>;
}

/** Let the page run: scheduler.yield() where it exists (it keeps our place in line), else a macrotask. */
export function yieldToPage(): Promise<void> {
  const s = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (s && typeof s.yield === 'function') {
    try {
      return s.yield();
    } catch {
      // fall through
    }
  }
  return new Promise((resolve) => setTimer(resolve, 0));
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimer(resolve, ms));
}

/** Milliseconds of work in the last second, to keep Sceptic's share of the thread bounded. */
export class WorkMeter {
  private readonly slices: Array<[number, number]> = [];

  /** Since the last reset: milliseconds of work, slices, the longest stretch without a yield, the last slice. */
  work = 0;
  count = 0;
  longest = 0;
  last = 0;

  constructor(public perSecond: number) {}

  reset(): void {
    this.work = this.count = this.longest = this.last = 0;
  }

  /** Work outside the slices, from `from` until now, that ran on from `joined` ms of work before it without a yield; its milliseconds. */
  more(from: number, joined = 0): number {
    const ms = now() - from;
    this.work += ms;
    this.longest = Math.max(this.longest, joined + ms);
    return ms;
  }

  add(started: number, ms: number): void {
    this.work += ms;
    this.count++;
    this.last = ms;
    this.longest = Math.max(this.longest, ms);
    this.slices.push([started, ms]);
    if (this.slices.length > 500) this.slices.splice(0, this.slices.length - 500);
  }

  /** Work done in the last second. */
  used(at = now()): number {
    let sum = 0;
    for (const [t, ms] of this.slices) if (at - t < 1000) sum += ms;
    return sum;
  }

  /** How long to wait before the next slice fits the budget (the meter is asked again after). */
  waitFor(at = now()): number {
    return this.used(at) > this.perSecond ? 50 : 0;
  }
}

/**
 * Run a generator in slices of at most `slice` ms, yielding to the page between slices and
 * keeping under the meter's budget. Returns null when cancelled (a navigation, a newer scan).
 */
export async function runSliced<T>(gen: Generator<void, T>, meter: WorkMeter, cancelled: () => boolean, slice = SLICE_MS): Promise<T | null> {
  for (;;) {
    const wait = meter.waitFor();
    if (wait > 0) await sleep(wait);
    if (cancelled()) {
      gen.return(undefined as T);
      return null;
    }
    const started = now();
    let done: T | undefined;
    let finished = false;
    for (;;) {
      const step = gen.next();
      if (step.done) {
        done = step.value;
        finished = true;
        break;
      }
      if (now() - started >= slice) break;
    }
    meter.add(started, now() - started);
    if (finished) return done as T;
    await yieldToPage();
  }
}
