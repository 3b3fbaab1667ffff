// The content script checks its messages with small hand-written guards (zod would double
// its size); these tests hold the guards of utils/protocol/guards.ts to the zod schemas beside them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../heuristics/index';
import {
  AnalysisReply,
  BgContentMessage,
  FrameReply,
  MarkedClaimSchema,
  ProbeReply,
  ToContentMessage,
  UiContentMessage,
  UpdateReply,
} from '../../utils/protocol';
import { parseAnalysisReply, parseFrameReply, parseMarkedClaim, parseProbeReply, parseToContent, parseUpdateReply } from '../../utils/protocol/guards';
import { BLOCK_LIMITS, LIMITS, MAX_PATCH, MESSAGE_LIMITS, PAGE_LIMITS } from '../../utils/protocol/limits';

const anyValue = fc.anything({ withNullPrototype: false, withBoxedValues: false, withMap: false, withSet: false });

const toContentLike = fc.oneof(
  fc.record(
    {
      type: fc.constantFrom('ui/show-claim', 'ui/show-text', 'ui/set-marks', 'ui/rescan', 'ui/get-marks', 'bg/get-selection', 'bg/settings', 'ui/other'),
      claimId: anyValue,
      on: anyValue,
      text: anyValue,
      settings: anyValue,
    },
    { requiredKeys: ['type'] },
  ),
  fc.record({ type: fc.constant('ui/show-claim'), claimId: fc.string({ maxLength: 260 }) }),
  fc.record({ type: fc.constant('ui/show-text'), text: fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('', '  ', 'x'.repeat(501))) }),
  anyValue,
);

const flagLike = fc.record(
  {
    title: fc.oneof(fc.string({ maxLength: 20 }), anyValue),
    note: fc.string({ maxLength: 20 }),
    question: fc.string({ maxLength: 20 }),
    severity: fc.oneof(fc.constantFrom('minor', 'major', 'critical', 'huge'), anyValue),
    zh: fc.oneof(
      fc.record(
        {
          title: fc.oneof(fc.string({ maxLength: 20 }), fc.constant('长'.repeat(501))),
          note: fc.oneof(fc.string({ maxLength: 20 }), fc.constant('注'.repeat(4001)), anyValue),
          question: fc.string({ maxLength: 20 }),
        },
        { requiredKeys: [] },
      ),
      fc.constant(undefined),
      anyValue,
    ),
  },
  { requiredKeys: [] },
);

const claimLike = fc.record(
  {
    id: fc.oneof(fc.string({ maxLength: 10 }), fc.integer()),
    blockId: fc.string({ maxLength: 10 }),
    text: fc.oneof(fc.string({ maxLength: 30 }), fc.constant('x'.repeat(4001))),
    span: fc.oneof(fc.tuple(fc.nat(), fc.nat()), fc.tuple(fc.integer(), fc.double()), fc.array(fc.nat(), { maxLength: 3 })),
    verdict: fc.constantFrom('supported', 'weak', 'unsupported', 'not-a-claim'),
    score: fc.oneof(fc.double(), fc.nat()),
    missing: fc.array(fc.oneof(fc.string({ maxLength: 8 }), fc.nat()), { maxLength: 3 }),
    flags: fc.array(flagLike, { maxLength: 3 }),
  },
  { requiredKeys: ['id', 'blockId', 'text', 'span', 'verdict', 'score', 'missing', 'flags'] },
);

describe('content-side message guards agree with the zod schemas', () => {
  it('messages to the content script', () => {
    fc.assert(
      fc.property(toContentLike, (raw) => {
        const zod = ToContentMessage.safeParse(raw);
        const mine = parseToContent(raw);
        expect(mine !== null).toBe(zod.success);
        if (zod.success) expect(mine).toEqual(zod.data);
        // Each message is of one group: from an extension page or from the background.
        if (zod.success) expect(UiContentMessage.safeParse(raw).success).not.toBe(BgContentMessage.safeParse(raw).success);
      }),
      { numRuns: 2000 },
    );
  });

  it('claims to mark', () => {
    fc.assert(
      fc.property(fc.oneof(claimLike, anyValue), (raw) => {
        const zod = MarkedClaimSchema.safeParse(raw);
        const mine = parseMarkedClaim(raw);
        expect(mine !== null).toBe(zod.success);
        if (zod.success) expect(mine).toEqual(zod.data);
      }),
      { numRuns: 3000 },
    );
  });

  it('replies from the background', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.record({ report: fc.record({ isProductPage: fc.boolean(), claims: fc.array(claimLike, { maxLength: 3 }) }) }),
          fc.record({ claims: fc.array(claimLike, { maxLength: 3 }), pending: fc.constantFrom(true, undefined) }, { requiredKeys: ['claims'] }),
          anyValue,
        ),
        (raw) => {
          expect(parseAnalysisReply(raw) !== null).toBe(AnalysisReply.safeParse(raw).success);
          expect(parseProbeReply(raw) !== null).toBe(ProbeReply.safeParse(raw).success);
          // A frame's answer: what the schema accepts, the guard reads alike.
          const frame = FrameReply.safeParse(raw);
          if (frame.success) expect(parseFrameReply(raw)).toEqual(frame.data);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('answers to a patch', () => {
    const update = fc.record({
      isProductPage: fc.boolean(),
      changed: fc.array(claimLike, { maxLength: 3 }),
      removed: fc.array(fc.oneof(fc.string({ maxLength: 8 }), anyValue), { maxLength: 3 }),
      count: fc.oneof(fc.nat({ max: 4000 }), fc.double(), anyValue),
    });
    fc.assert(
      fc.property(
        fc.oneof(
          fc.record({ update }),
          fc.record({ update, resend: fc.constantFrom(true, false, 1) }),
          fc.record({ resend: fc.constantFrom(true, 'yes') }),
          anyValue,
        ),
        (raw) => {
          const zod = UpdateReply.safeParse(raw);
          const mine = parseUpdateReply(raw);
          expect(mine !== null).toBe(zod.success);
          if (zod.success) expect(mine).toEqual(zod.data);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('accept a real report and keep what the marks need', () => {
    const report = analyse([
      { id: 'h', text: "Saves 80% of your PPT work. The world's first AI designer.", role: 'hero' },
      { id: 'p', text: '$12 per month', role: 'pricing' },
      { id: 'c', text: 'Start free trial', role: 'body' },
    ]);
    const parsed = parseAnalysisReply({ report });
    expect(parsed?.report.claims.length).toBe(report.claims.length);
    expect(parsed?.report.claims[0]?.flags[0]?.question).toBe(report.claims[0]?.flags[0]?.question);
    // The Chinese texts reach the page, for the hover card of a Chinese interface.
    expect(parsed?.report.claims[0]?.flags[0]?.zh).toEqual(report.claims[0]?.flags[0]?.zh);
    expect(parsed?.report.claims[0]?.flags[0]?.zh?.question).toMatch(/？$/u);
    expect(parseProbeReply({ product: true })).toEqual({ product: true });
  });
});

describe('the bounds of the protocol', () => {
  it('are written once, with the values they have always had', () => {
    expect(MESSAGE_LIMITS).toEqual({ id: 200, short: 500, long: 4000, list: 40, claims: 3000 });
    expect(MAX_PATCH).toBe(200);
    expect(BLOCK_LIMITS).toEqual({
      blocks: 6000,
      id: 100,
      text: 20_000,
      links: 12,
      href: 500,
      linkText: 200,
      notes: 12,
      marker: 20,
      note: 1000,
      noteLinks: 5,
      probe: 400,
      frame: 400,
      patch: 200,
    });
    expect(PAGE_LIMITS).toEqual({ url: 4096, title: 1000, reason: 500 });
    // A claim as the page needs it is held to the engine's own bounds on a report.
    expect(LIMITS).toEqual({ text: 4000, short: 500, claims: 3000, flags: 40, evidence: 80, signals: 40, also: 20 });
  });
});
