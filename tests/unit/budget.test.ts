// Each tab's share of the background: a flood from one tab is refused before it is read, and
// never holds back another tab.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBudget, createScheduler, messageChars, TAB_BUDGET } from '../../entrypoints/background/budget';
import { createJudge } from '../../entrypoints/background/judge';
import { type RouterDeps, route, type Sender } from '../../entrypoints/background/router';
import { analyse } from '../../heuristics/index';
import type { TabState } from '../../utils/protocol';

const ID = 'abcdefghijklmnopabcdefghijklmnop';

describe('createBudget', () => {
  it('refuses a message larger than any reading, whatever the tab has used', () => {
    const b = createBudget();
    expect(b.admit(1, TAB_BUDGET.chars, 0)).toBeNull();
    expect(b.admit(1, TAB_BUDGET.chars + 1, 0)).toMatch(/more than any page/);
  });

  it('counts messages and engine time per tab over a sliding window', () => {
    const b = createBudget({ windowMs: 1000, engineMs: 100, messages: 3, chars: 10 });
    expect([b.admit(1, 1, 0), b.admit(1, 1, 10), b.admit(1, 1, 20)]).toEqual([null, null, null]);
    expect(b.admit(1, 1, 30)).toMatch(/more than 3 messages/);
    // Another tab is untouched.
    expect(b.admit(2, 1, 30)).toBeNull();
    // The window moves on.
    expect(b.admit(1, 1, 1001)).toBeNull();
    b.charge(2, 60, 40);
    expect(b.overEngine(2, 45)).toBeNull();
    b.charge(2, 50, 50);
    expect(b.overEngine(2, 60)).toMatch(/share of the engine \(110 ms/);
    expect(b.overEngine(1, 60)).toBeNull();
    expect(b.overEngine(2, 1051)).toBeNull();
    b.charge(2, 500, 1060);
    b.forget(2);
    expect(b.overEngine(2, 1061)).toBeNull();
  });
});

describe('messageChars', () => {
  it('counts the page text of readings and patches: titles, blocks, notes and links', () => {
    expect(
      messageChars({
        title: 'abc',
        blocks: [{ text: '12345', notes: [{ text: 'nn' }], links: [{ href: 'h', text: 'tt' }] }, { text: 7 }, null],
      }),
    ).toBe(3 + 5 + 2 + 1 + 2);
    expect(messageChars({ changes: [{ at: 0, block: { text: 'xyz' } }, 'junk'] })).toBe(3);
  });

  it('never throws, for anything', () => {
    fc.assert(
      fc.property(fc.anything(), (v) => {
        const n = messageChars(v);
        expect(Number.isFinite(n) && n >= 0).toBe(true);
      }),
    );
  });
});

describe('the router with a budget', () => {
  const tabs = new Map<number, TabState>();
  let clock = 0;
  const warnings: string[] = [];
  const deps: RouterDeps = {
    extensionId: ID,
    extensionOrigin: `chrome-extension://${ID}/`,
    store: { get: async (t) => tabs.get(t) ?? { status: 'none' }, set: async (t, s) => void tabs.set(t, s) },
    judge: {
      isProduct: () => true,
      analyse: (_t, r) => {
        clock += 1;
        return analyse(r.blocks, r.options);
      },
    },
    now: () => clock,
    settings: async () => ({}),
    warn: (m) => warnings.push(m),
    budget: createBudget(),
  };
  const from = (tabId: number): Sender => ({ id: ID, url: `https://t${tabId}.example/`, tab: { id: tabId } });
  const reading = (tabId: number, text: string) => ({
    type: 'content/blocks',
    url: `https://t${tabId}.example/`,
    title: 'T',
    options: {},
    blocks: [{ id: 'h', role: 'hero', text }],
  });

  it('refuses one tab’s flood past its count, still takes the next tab’s readings, and refuses a huge message unread', () => {
    const results = Array.from({ length: TAB_BUDGET.messages + 10 }, (_, i) => route(reading(1, `Saves ${i}0% of your time.`), from(1), deps).accepted);
    expect(results.filter(Boolean)).toHaveLength(TAB_BUDGET.messages);
    expect(warnings.at(-1)).toMatch(/over budget \(more than 120 messages/);
    expect(route(reading(2, 'Saves 80% of your time.'), from(2), deps).accepted).toBe(true);
    const before = clock;
    expect(route(reading(3, 'x'.repeat(TAB_BUDGET.chars + 1)), from(3), deps).accepted).toBe(false);
    expect(clock).toBe(before);
    expect(warnings.at(-1)).toMatch(/more than any page/);
  });
});

describe('createScheduler', () => {
  it('takes the tabs in turn: a tab with many readings queued holds another tab back by one at most', async () => {
    const ran: string[] = [];
    const schedule = createScheduler(createBudget(), () => 0);
    const all: Array<Promise<unknown>> = [];
    for (let i = 0; i < 5; i++) all.push(schedule(1, () => ran.push(`a${i}`)));
    all.push(schedule(2, () => ran.push('b0')));
    await Promise.all(all);
    expect(ran.indexOf('b0')).toBeLessThanOrEqual(1);
    expect(ran.filter((r) => r.startsWith('a'))).toEqual(['a0', 'a1', 'a2', 'a3', 'a4']);
  });

  it('passes over a tab past its share until its window frees, and judges it then', async () => {
    let clock = 0;
    const budget = createBudget({ windowMs: 300, engineMs: 100, messages: 100, chars: 100 });
    const schedule = createScheduler(budget, () => clock);
    const order: string[] = [];
    const work = (name: string) => () => {
      order.push(name);
      clock += 60;
      budget.charge(1, 60, clock);
      return name;
    };
    const started = Date.now();
    // The clock of the window moves with real time while the tab waits.
    const ticking = setInterval(() => {
      clock += 50;
    }, 20);
    const replies = await Promise.all([schedule(1, work('a0')), schedule(1, work('a1')), schedule(1, work('a2')), schedule(2, () => order.push('b0') && 'b0')]);
    clearInterval(ticking);
    expect(replies).toEqual(['a0', 'a1', 'a2', 'b0']);
    // b0 ran before the tab past its share was judged again; a2 waited for the window.
    expect(order.indexOf('b0')).toBeLessThan(order.indexOf('a2'));
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
  });

  it('answers a forgotten tab’s queued work with nothing', async () => {
    const schedule = createScheduler(createBudget(), () => 0);
    const p = schedule(3, () => 'judged');
    schedule.forget(3);
    expect(await p).toBeUndefined();
  });
});

describe('the router with a scheduler', () => {
  it('checks a reading in its tab’s turn: a malformed one is answered with nothing and logged, a good one judged', async () => {
    const warnings: string[] = [];
    const budget = createBudget();
    const deps: RouterDeps = {
      extensionId: ID,
      extensionOrigin: `chrome-extension://${ID}/`,
      store: { get: async () => ({ status: 'none' }), set: async () => undefined },
      judge: { isProduct: () => false, analyse: (_t, r) => analyse(r.blocks, r.options) },
      now: Date.now,
      settings: async () => ({}),
      warn: (m) => warnings.push(m),
      budget,
      schedule: createScheduler(budget, Date.now),
    };
    const sender: Sender = { id: ID, url: 'https://a.example/', tab: { id: 4 } };
    const bad = route({ type: 'content/blocks', url: 'https://a.example/', blocks: 'nope' }, sender, deps);
    const rival = route({ type: 'content/blocks', url: 'https://rival.example/', title: 'R', options: {}, blocks: [] }, sender, deps);
    const good = route(
      { type: 'content/blocks', url: 'https://a.example/', title: 'A', options: {}, blocks: [{ id: 'h', role: 'hero', text: 'Saves 80% of your time.' }] },
      sender,
      deps,
    );
    expect([bad.accepted, rival.accepted, good.accepted]).toEqual([true, true, true]);
    expect(bad.accepted && (await bad.reply)).toBeUndefined();
    expect(rival.accepted && (await rival.reply)).toBeUndefined();
    expect(good.accepted && (await good.reply)).toMatchObject({ report: { claims: [{ text: 'Saves 80% of your time.' }] } });
    expect(warnings).toEqual([expect.stringMatching(/malformed content message/), expect.stringMatching(/another origin/)]);
  });
});

describe('a large reading judged in slices', () => {
  it('lets another tab’s reading be judged between its slices, and gives the report it would have given at once', async () => {
    let clock = 0;
    const judge = createJudge();
    const budget = createBudget({ ...TAB_BUDGET, engineMs: 1e9 });
    const prepare = judge.prepare.bind(judge);
    const slices: number[] = [];
    // Each look at the clock is 5 ms of work: a slice (40 ms) ends after eight of them.
    judge.prepare = (tabId, reading, more) => {
      slices.push(tabId);
      return prepare(tabId, reading, more);
    };
    const deps: RouterDeps = {
      extensionId: ID,
      extensionOrigin: `chrome-extension://${ID}/`,
      store: { get: async () => ({ status: 'none' }), set: async () => undefined },
      judge,
      now: () => (clock += 5),
      settings: async () => ({}),
      warn: () => undefined,
      budget,
      schedule: createScheduler(budget, () => clock),
    };
    const blocks = Array.from({ length: 400 }, (_, i) => ({ id: `b${i}`, role: 'body', text: `Our AI saves ${i}% of your time on every report, guaranteed.` }));
    const big = route(
      { type: 'content/blocks', url: 'https://a.example/', title: 'A', options: {}, blocks, fresh: true, seq: 1 },
      { id: ID, url: 'https://a.example/', tab: { id: 1 } },
      deps,
    );
    const order: string[] = [];
    const small = route(
      { type: 'content/blocks', url: 'https://b.example/', title: 'B', options: {}, blocks: [{ id: 'h', role: 'hero', text: 'Saves 80% of your time.' }] },
      { id: ID, url: 'https://b.example/', tab: { id: 2 } },
      deps,
    );
    if (!big.accepted || !small.accepted) throw new Error('refused');
    const noted = (name: string) => (r: unknown) => {
      order.push(name);
      return r;
    };
    const [a, b] = await Promise.all([big.reply?.then(noted('big')), small.reply?.then(noted('small'))]);
    expect(order).toEqual(['small', 'big']);
    expect(slices.filter((t) => t === 1).length).toBeGreaterThan(2);
    expect((a as { report: { claims: unknown[] } }).report.claims.length).toBe(analyse(blocks as never).claims.length);
    expect(b).toMatchObject({ report: { claims: [{ text: 'Saves 80% of your time.' }] } });
  });
});

describe('frames and the page', () => {
  const deps = (): { deps: RouterDeps; warnings: string[]; framed: number[] } => {
    const warnings: string[] = [];
    const framed: number[] = [];
    return {
      warnings,
      framed,
      deps: {
        extensionId: ID,
        extensionOrigin: `chrome-extension://${ID}/`,
        store: { get: async () => ({ status: 'none' }), set: async () => undefined },
        judge: {
          isProduct: () => true,
          analyse: (_t, r) => analyse(r.blocks, r.options),
          frame: (_t, frameId) => {
            framed.push(frameId);
            return null;
          },
        },
        now: Date.now,
        settings: async () => ({}),
        warn: (m) => warnings.push(m),
      },
    };
  };
  const copy = { type: 'content/frame', url: 'https://embed.example/copy', blocks: [{ id: 'a', role: 'body', text: 'Replaces your team.' }] };
  const reading = { type: 'content/blocks', url: 'https://embed.example/copy', title: 'x', options: {}, blocks: [] };

  it('takes a frame’s copy only from a frame, and a page’s reading only from the top frame', () => {
    const h = deps();
    const inFrame: Sender = { id: ID, url: 'https://embed.example/copy', tab: { id: 3 }, frameId: 7 };
    const top: Sender = { id: ID, url: 'https://embed.example/copy', tab: { id: 3 }, frameId: 0 };
    expect(route(copy, inFrame, h.deps).accepted).toBe(true);
    expect(h.framed).toEqual([7]);
    expect(route(copy, top, h.deps).accepted).toBe(false);
    expect(route(reading, inFrame, h.deps).accepted).toBe(false);
    expect(route(reading, top, h.deps).accepted).toBe(true);
    expect(route({ type: 'content/get-settings' }, inFrame, h.deps).accepted).toBe(true);
    expect(h.warnings).toEqual([expect.stringMatching(/a frame's copy from the top frame/), expect.stringMatching(/a page's message from a frame/)]);
    // A frame speaks of its own origin only, like the page.
    expect(route({ ...copy, url: 'https://rival.example/' }, inFrame, h.deps).accepted).toBe(false);
  });

  it('answers a frame with the claims found in its own copy, under its own block ids, once the page is judged', async () => {
    const judge = createJudge();
    const d: RouterDeps = {
      extensionId: ID,
      extensionOrigin: `chrome-extension://${ID}/`,
      store: { get: async () => ({ status: 'none' }), set: async () => undefined },
      judge,
      now: Date.now,
      settings: async () => ({}),
      warn: () => undefined,
    };
    const answer = (r: ReturnType<typeof route>) => (r.accepted ? r.reply : undefined);
    const inFrame: Sender = { id: ID, url: 'https://embed.example/copy', tab: { id: 4 }, frameId: 9 };
    const top: Sender = { id: ID, url: 'https://vendor.example/', tab: { id: 4 }, frameId: 0 };
    const frameCopy = {
      type: 'content/frame',
      url: 'https://embed.example/copy',
      blocks: [
        { id: 'b1', role: 'body', text: 'Our AI replaces your entire support team.' },
        { id: 'b2', role: 'body', text: 'Contact us by email.' },
      ],
    };
    // Before the page around it is read: nothing to mark yet, and the frame is told to ask again.
    expect(await answer(route(frameCopy, inFrame, d))).toEqual({ claims: [], pending: true });
    const page = {
      type: 'content/blocks',
      url: 'https://vendor.example/',
      title: 'Vendor',
      options: {},
      fresh: true,
      blocks: [
        { id: 'h', role: 'hero', text: 'Vendor AI writes your weekly report in one click.' },
        { id: 'p', role: 'pricing', text: 'Start your free trial today.' },
      ],
    };
    const pageReply = (await answer(route(page, top, d))) as { report: { claims: Array<{ blockId: string }> } };
    expect(pageReply.report.claims.every((c) => !c.blockId.startsWith('frame'))).toBe(true);
    const reply = (await answer(route(frameCopy, inFrame, d))) as { claims: Array<{ id: string; blockId: string; text: string }> };
    expect(reply.claims.map((c) => [c.blockId, c.text])).toEqual([['b1', 'Our AI replaces your entire support team.']]);
    expect(reply.claims[0]?.id.startsWith('b1:')).toBe(true);
  });
});
