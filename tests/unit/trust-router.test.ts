// The background's message router, fuzzed: arbitrary payloads from arbitrary senders never
// make it throw, every rejection is logged and leaves every tab's state as it was, and the
// messages Sceptic really sends still do what they should.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createJudge } from '../../entrypoints/background/judge';
import { classifySender, type Judge, type RouterDeps, route, type Sender, speaksForItself } from '../../entrypoints/background/router';
import { analyse, productPageEvidence } from '../../heuristics/index';
import type { TextBlock } from '../../heuristics/types';
import { ROLES } from '../../heuristics/types';
import { ContentMessage, markedClaims, parseAnalysisReply, parseProbeReply, parseUpdateReply, type TabState, UiMessage } from '../../utils/protocol';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const OTHER = 'ponmlkjihgfedcbaponmlkjihgfedcba';

const HERO: TextBlock[] = [
  { id: 'h', text: "Saves 80% of your PPT work. The world's first AI designer.", role: 'hero' },
  { id: 'p', text: '$12 per month', role: 'pricing' },
  { id: 'c', text: 'Start free trial', role: 'body' },
];

/** A router over an in-memory tab store, with a record of every call it makes. */
function harness(initial: Array<[number, TabState]> = []) {
  const tabs = new Map<number, TabState>(initial);
  const warnings: string[] = [];
  const calls = { isProduct: 0, analyse: 0, set: 0 };
  const judge: Judge = {
    isProduct: (_tab, blocks) => {
      calls.isProduct++;
      return productPageEvidence(blocks).isProduct;
    },
    analyse: (_tab, reading) => {
      calls.analyse++;
      return analyse(reading.blocks, reading.options);
    },
  };
  const deps: RouterDeps = {
    extensionId: ID,
    extensionOrigin: ORIGIN,
    store: {
      get: async (tabId) => tabs.get(tabId) ?? { status: 'none' },
      set: async (tabId, state) => {
        calls.set++;
        tabs.set(tabId, state);
      },
    },
    judge,
    now: () => 1_700_000_000_000,
    settings: async () => ({ autoScan: false, disabledSites: ['example.com'] }),
    warn: (m) => warnings.push(m),
  };
  const snapshot = () => JSON.stringify([...tabs.entries()].sort((a, b) => a[0] - b[0]));
  return { tabs, warnings, calls, deps, snapshot };
}

const content = (tabId = 7, url = 'https://vendor.example/pricing'): Sender => ({ id: ID, url, tab: { id: tabId } });
const popup: Sender = { id: ID, url: `${ORIGIN}popup.html` };

// ─── Arbitrary senders ───────────────────────────────────────────────────────────────────

const webUrl = fc.webUrl({ withFragments: true, withQueryParameters: true });
const tab = fc.record({ id: fc.oneof(fc.nat({ max: 10_000 }), fc.constant(-1), fc.double(), fc.constant(undefined)) }, { requiredKeys: [] });

/** Senders that must be rejected whatever they send. */
const untrustedSender: fc.Arbitrary<Sender | undefined> = fc.oneof(
  fc.constant(undefined),
  // another extension, from a tab or from its own pages
  fc.record({ id: fc.constant(OTHER), url: fc.oneof(webUrl, fc.constant(`chrome-extension://${OTHER}/popup.html`)), tab: fc.option(tab, { nil: undefined }) }),
  // another extension that names our origin in its URL
  fc.record({ id: fc.constant(OTHER), url: fc.constant(`${ORIGIN}popup.html`) }),
  // a web page (what externally_connectable would let through, were it declared)
  fc.record({ url: webUrl, tab: fc.option(tab, { nil: undefined }) }, { requiredKeys: ['url'] }),
  // ours, but neither in a tab nor one of our pages (an offscreen document, a frame with no tab)
  fc.record({ id: fc.constant(ID), url: fc.option(webUrl, { nil: undefined }) }),
  fc.record({ id: fc.constant(ID), url: webUrl, tab: fc.record({ id: fc.oneof(fc.constant(-1), fc.constant(undefined), fc.double({ noInteger: true })) }) }),
  // a sender id of the wrong type
  fc.record({ id: fc.oneof(fc.integer(), fc.constant(null), fc.string()), url: fc.constant(`${ORIGIN}popup.html`), tab: fc.constant({ id: 1 }) }),
) as fc.Arbitrary<Sender | undefined>;

const trustedSender: fc.Arbitrary<Sender> = fc.oneof(
  fc.record({ id: fc.constant(ID), url: webUrl, tab: fc.record({ id: fc.nat({ max: 10_000 }) }) }),
  fc.record({
    id: fc.constant(ID),
    url: fc.constantFrom('popup.html', 'report.html?tab=3', 'compare.html', 'options.html', 'welcome.html').map((p) => ORIGIN + p),
    tab: fc.option(fc.record({ id: fc.nat({ max: 10_000 }) }), { nil: undefined }),
  }),
);

// ─── Arbitrary payloads ──────────────────────────────────────────────────────────────────

const anyValue = fc.anything({ withNullPrototype: true, withBoxedValues: true, withMap: true, withSet: true, withDate: true, withTypedArray: true });
const TYPES = ['content/scanning', 'content/probe', 'content/blocks', 'content/report', 'content/unreadable', 'ui/get-tab-state', 'ui/show-claim', 'nope'];

const blockLike = fc.record(
  { id: fc.string({ maxLength: 8 }), text: fc.oneof(fc.string({ maxLength: 80 }), anyValue), role: fc.oneof(fc.constantFrom(...ROLES), fc.string()) },
  { requiredKeys: [] },
);

/** Payloads shaped like Sceptic's messages, most of them wrong in one field or another. */
const nearMiss = fc.record(
  {
    type: fc.constantFrom(...TYPES),
    url: fc.oneof(webUrl, anyValue, fc.constant('x'.repeat(5000))),
    title: fc.oneof(fc.string({ maxLength: 40 }), anyValue),
    reason: fc.oneof(fc.string({ maxLength: 40 }), anyValue),
    tabId: fc.oneof(fc.nat(), fc.integer(), fc.double(), anyValue),
    blocks: fc.oneof(fc.array(blockLike, { maxLength: 4 }), anyValue),
    options: fc.oneof(fc.constant({}), fc.record({ sensitivity: fc.string() }), anyValue),
    report: anyValue,
  },
  { requiredKeys: ['type'] },
);

const payload = fc.oneof({ weight: 3, arbitrary: nearMiss }, { weight: 2, arbitrary: anyValue }, { weight: 1, arbitrary: fc.jsonValue() });

describe('the background router', () => {
  it('never throws, and rejects (with a log line and no state change) whatever fails its checks', () => {
    fc.assert(
      fc.property(fc.oneof(untrustedSender, trustedSender), payload, (sender, raw) => {
        const h = harness([[7, { status: 'scanning', url: 'https://vendor.example/' }]]);
        const before = h.snapshot();
        let routed: ReturnType<typeof route> | undefined;
        expect(() => {
          routed = route(raw, sender, h.deps);
        }).not.toThrow();
        const kind = classifySender(sender, h.deps).kind;
        const asContent = ContentMessage.safeParse(raw);
        const valid =
          kind === 'content'
            ? asContent.success && (!('url' in asContent.data) || speaksForItself(asContent.data.url, sender?.url))
            : kind === 'ui'
              ? UiMessage.safeParse(raw).success
              : false;
        expect(routed?.accepted).toBe(valid);
        if (!valid) {
          expect(h.snapshot()).toBe(before);
          expect(h.calls).toEqual({ isProduct: 0, analyse: 0, set: 0 });
          expect(h.warnings).toHaveLength(1);
          expect(h.warnings[0]).toMatch(/^Sceptic: dropped a message: /);
        } else {
          expect(h.warnings).toHaveLength(0);
        }
      }),
      { numRuns: 4000 },
    );
  });

  it('rejects every payload, even a well-formed one, from a sender it does not trust', () => {
    const wellFormed = fc.constantFrom<unknown>(
      { type: 'content/scanning', url: 'https://vendor.example/' },
      { type: 'content/unreadable', url: 'https://vendor.example/', reason: 'forged' },
      { type: 'content/blocks', url: 'https://vendor.example/', title: 'x', blocks: HERO, options: {} },
      { type: 'ui/get-tab-state', tabId: 7 },
    );
    fc.assert(
      fc.property(untrustedSender, wellFormed, (sender, raw) => {
        const h = harness([[7, { status: 'scanning', url: 'https://vendor.example/' }]]);
        const before = h.snapshot();
        const routed = route(raw, sender, h.deps);
        expect(routed.accepted).toBe(false);
        if (!routed.accepted) expect(routed.reason).toMatch(/^unexpected sender/);
        expect(h.snapshot()).toBe(before);
        expect(h.warnings).toHaveLength(1);
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses a report about another site than the one the browser says sent it, and accepts a move within the site', async () => {
    const h = harness([[7, { status: 'scanning', url: 'https://vendor.example/' }]]);
    const before = h.snapshot();
    for (const url of ['https://rival.example/', 'http://vendor.example/', 'https://vendor.example:8443/', 'https://sub.vendor.example/']) {
      const forged = route({ type: 'content/blocks', url, title: 'Rival', blocks: HERO, options: {} }, content(7, 'https://vendor.example/pricing'), h.deps);
      expect(forged.accepted, url).toBe(false);
      if (!forged.accepted) expect(forged.reason).toMatch(/another origin/);
    }
    expect(h.snapshot()).toBe(before);
    expect(h.calls.analyse).toBe(0);
    expect(h.warnings).toHaveLength(4);
    // A single-page app that moved to another path of its own origin is still itself.
    const moved = route(
      { type: 'content/blocks', url: 'https://vendor.example/features', title: 'Vendor', blocks: HERO, options: {} },
      content(7, 'https://vendor.example/pricing'),
      h.deps,
    );
    expect(moved.accepted).toBe(true);
    expect(h.tabs.get(7)?.status).toBe('ready');
  });

  it('answers a content script that asks for the settings, and changes no tab', async () => {
    const h = harness([[7, { status: 'scanning', url: 'https://vendor.example/' }]]);
    const before = h.snapshot();
    const routed = route({ type: 'content/get-settings' }, content(), h.deps);
    expect(routed.accepted).toBe(true);
    expect(routed.accepted ? await routed.reply : null).toEqual({ autoScan: false, disabledSites: ['example.com'] });
    expect(h.snapshot()).toBe(before);
    // Only Sceptic's own content scripts and pages are answered.
    expect(route({ type: 'content/get-settings' }, { id: OTHER, url: 'https://vendor.example/', tab: { id: 7 } }, h.deps).accepted).toBe(false);
  });

  it('keeps the two protocols apart: pages cannot send content messages, content scripts cannot ask for a tab', async () => {
    const h = harness();
    const forged = route({ type: 'content/unreadable', url: 'https://vendor.example/', reason: 'forged' }, { ...popup, tab: { id: 7 } }, h.deps);
    expect(forged.accepted).toBe(false);
    expect(h.tabs.size).toBe(0);
    const asked = route({ type: 'ui/get-tab-state', tabId: 7 }, content(), h.deps);
    expect(asked.accepted).toBe(false);
    expect(h.warnings).toHaveLength(2);
  });

  it('judges a product page sent by a content script, stores it and answers with what the marks need', async () => {
    const h = harness();
    const probe = route({ type: 'content/probe', url: 'https://vendor.example/', title: 'Vendor', blocks: HERO, options: {} }, content(), h.deps);
    expect(probe.accepted).toBe(true);
    const probeReply = parseProbeReply(probe.accepted ? await probe.reply : undefined);
    expect(probeReply).not.toBeNull();
    const routed = route(
      { type: 'content/blocks', url: 'https://vendor.example/', title: 'Vendor', blocks: HERO, options: { sensitivity: 'strict' } },
      content(),
      h.deps,
    );
    expect(routed.accepted).toBe(true);
    const reply = parseAnalysisReply(routed.accepted ? await routed.reply : undefined);
    expect(reply?.report.claims.length).toBeGreaterThan(0);
    const state = h.tabs.get(7);
    expect(state?.status).toBe('ready');
    if (state?.status === 'ready') {
      expect(state.url).toBe('https://vendor.example/');
      expect(state.at).toBe(1_700_000_000_000);
      expect(state.report.claims.length).toBe(reply?.report.claims.length);
    }
    expect(h.calls.analyse).toBe(1);
  });

  it('tells the engine whether a reading is a first look, a fresh read or an update, so it knows what it may reuse', async () => {
    const h = harness();
    const seen: Array<{ probe?: boolean; fresh?: boolean }> = [];
    h.deps.judge = {
      isProduct: () => false,
      analyse: (_tab, reading) => {
        seen.push({ probe: reading.probe, fresh: reading.fresh });
        return analyse(reading.blocks, reading.options);
      },
    };
    const base = { url: 'https://vendor.example/', title: 'Vendor', blocks: HERO, options: {} };
    for (const msg of [
      { type: 'content/probe', ...base },
      { type: 'content/blocks', ...base, fresh: true },
      { type: 'content/blocks', ...base },
      { type: 'content/blocks', ...base, fresh: false },
    ]) {
      const routed = route(msg, content(), h.deps);
      if (routed.accepted) await routed.reply;
    }
    expect(seen).toEqual([{ probe: true }, { fresh: true }, {}, {}]);
    expect(route({ type: 'content/blocks', ...base, fresh: 'yes' }, content(), h.deps).accepted).toBe(false);
  });

  it('routes a patch to the judge that keeps the page, and asks for the whole page when there is none', async () => {
    const h = harness();
    const patch = {
      type: 'content/patch',
      url: 'https://vendor.example/',
      title: 'Vendor',
      options: {},
      seq: 2,
      base: 1,
      count: HERO.length,
      changes: [{ at: 0, block: { id: 'h', text: 'Saves 90% of your PPT work.', role: 'hero' } }],
    };
    // A judge that keeps nothing (the router's own default): the page must send everything again.
    const routed = route(patch, content(), h.deps);
    expect(routed.accepted && (await routed.reply)).toEqual({ resend: true });
    const judge = createJudge();
    h.deps.judge = judge;
    route({ type: 'content/blocks', url: 'https://vendor.example/', title: 'Vendor', blocks: HERO, options: {}, seq: 1, fresh: true }, content(), h.deps);
    const again = route(patch, content(), h.deps);
    const reply = parseUpdateReply(again.accepted ? await again.reply : undefined);
    if (!reply || !('update' in reply)) throw new Error('no update');
    expect(reply.update.changed.map((c) => c.text)).toEqual(['Saves 90% of your PPT work.']);
    const state = h.tabs.get(7);
    expect(state?.status === 'ready' && state.report.claims.some((c) => c.text === 'Saves 90% of your PPT work.')).toBe(true);
    // Malformed patches never reach the judge.
    for (const bad of [
      { ...patch, changes: [] },
      { ...patch, count: 6001 },
      { ...patch, changes: [{ at: -1, block: HERO[0] }] },
      { ...patch, base: 'one' },
    ]) {
      expect(route(bad, content(), h.deps).accepted).toBe(false);
    }
  });

  it('answers a product page with what the marks need, not the whole report', async () => {
    const h = harness();
    const routed = route({ type: 'content/blocks', url: 'https://vendor.example/', title: 'Vendor', blocks: HERO, options: {} }, content(), h.deps);
    const raw = (routed.accepted ? await routed.reply : undefined) as { report: Record<string, unknown> };
    expect(Object.keys(raw.report).sort()).toEqual(['claims', 'isProductPage']);
    expect(parseAnalysisReply(raw)?.report.claims).toEqual(markedClaims(analyse(HERO).claims));
  });

  it('answers a probe of a product page without judging it in full or changing the tab', async () => {
    const h = harness([[7, { status: 'scanning', url: 'https://vendor.example/' }]]);
    const blocks: TextBlock[] = [
      { id: 't', text: 'SlideCraft AI — pricing', role: 'title' },
      { id: 'p', text: 'Pro $12 per month. Start free trial. Buy now.', role: 'pricing' },
      { id: 'h', text: 'AI slides in seconds', role: 'hero' },
    ];
    if (!productPageEvidence(blocks).isProduct) throw new Error('fixture is not read as a product page');
    const routed = route({ type: 'content/probe', url: 'https://vendor.example/', title: 'x', blocks, options: {} }, content(), h.deps);
    expect(routed.accepted && (await routed.reply)).toEqual({ product: true });
    expect(h.calls.analyse).toBe(0);
    expect(h.tabs.get(7)).toEqual({ status: 'scanning', url: 'https://vendor.example/' });
  });

  it('records each content status in the sender’s own tab, and nowhere else', () => {
    const h = harness([[3, { status: 'scanning', url: 'https://other.example/' }]]);
    route({ type: 'content/scanning', url: 'https://vendor.example/' }, content(9), h.deps);
    expect(h.tabs.get(9)).toEqual({ status: 'scanning', url: 'https://vendor.example/' });
    route({ type: 'content/unreadable', url: 'https://vendor.example/', reason: 'too big' }, content(9), h.deps);
    expect(h.tabs.get(9)).toEqual({ status: 'unreadable', url: 'https://vendor.example/', reason: 'too big' });
    expect(h.tabs.get(3)).toEqual({ status: 'scanning', url: 'https://other.example/' });
    // A tab id in the message means nothing: the tab is the sender's.
    route({ type: 'content/scanning', url: 'https://vendor.example/', tabId: 3 }, content(9), h.deps);
    expect(h.tabs.get(3)).toEqual({ status: 'scanning', url: 'https://other.example/' });
  });

  it('answers its own pages with the tab state they ask for', async () => {
    const h = harness([[4, { status: 'unreadable', url: 'https://vendor.example/', reason: 'r' }]]);
    const routed = route({ type: 'ui/get-tab-state', tabId: 4 }, popup, h.deps);
    expect(routed.accepted && (await routed.reply)).toEqual({ status: 'unreadable', url: 'https://vendor.example/', reason: 'r' });
    const none = route({ type: 'ui/get-tab-state', tabId: 5 }, { id: ID, url: `${ORIGIN}report.html?tab=5`, tab: { id: 12 } }, h.deps);
    expect(none.accepted && (await none.reply)).toEqual({ status: 'none' });
  });

  it('marks the page unreadable when the engine throws, and never throws itself', async () => {
    const h = harness();
    h.deps.judge = {
      isProduct: () => false,
      analyse: () => {
        throw new Error('engine failed');
      },
    };
    const routed = route({ type: 'content/blocks', url: 'https://vendor.example/', title: 'x', blocks: HERO, options: {} }, content(), h.deps);
    expect(routed.accepted).toBe(true);
    expect(routed.accepted && (await routed.reply)).toBeUndefined();
    expect(h.tabs.get(7)).toEqual({ status: 'unreadable', url: 'https://vendor.example/', reason: 'Error: engine failed' });
  });

  it('survives a store, a logger and thrown values that misbehave', () => {
    const h = harness();
    h.deps.store = {
      get: () => Promise.reject(new Error('gone')),
      set: () => {
        throw new Error('sync failure');
      },
    };
    h.deps.warn = () => {
      throw new Error('no console');
    };
    const hostile = {
      toString() {
        throw new Error('nope');
      },
    };
    h.deps.judge = {
      isProduct: () => false,
      analyse: () => {
        throw hostile;
      },
    };
    expect(() => route({ type: 'content/blocks', url: 'https://v.example/', title: 'x', blocks: HERO, options: {} }, content(), h.deps)).not.toThrow();
    expect(() => route({ type: 'content/scanning', url: 'https://v.example/' }, content(), h.deps)).not.toThrow();
    expect(() => route(null, undefined, h.deps)).not.toThrow();
    const getter = Object.defineProperty({}, 'type', {
      get() {
        throw new Error('getter');
      },
      enumerable: true,
    });
    expect(route(getter, content(), h.deps).accepted).toBe(false);
  });
});
