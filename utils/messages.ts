// The message protocol: every message any part of Sceptic sends, named by direction,
// each with its zod schema. Receivers parse with these and drop whatever fails.
import * as z from 'zod/mini';
import { PageReportSchema } from '../heuristics/schema';
import { LANGS, ROLES, RUBRIC_IDS, VERDICTS } from '../heuristics/types';
import { MAX_PATCH, MESSAGE_LIMITS } from './content-messages';

export type { MarkedClaim, MarksState } from './content-messages';

z.config({ jitless: true });

const url = z.string().check(z.maxLength(4096));
const title = z.string().check(z.maxLength(1000));
const tabId = z.number().check(z.int(), z.minimum(0));
const seq = z.number().check(z.int(), z.minimum(0));

/** Bounds on what a content script may hand over for analysis; a page larger than this is read in part. */
export const BLOCK_LIMITS = { blocks: 6000, text: 20_000, links: 12, notes: 12, note: 1000, probe: 400, frame: 400, patch: MAX_PATCH } as const;

const link = z.object({ href: z.string().check(z.maxLength(500)), text: z.string().check(z.maxLength(200)) });

/** One block of page text as the content script reads it (heuristics/types.ts TextBlock). */
export const TextBlockSchema = z.object({
  id: z.string().check(z.maxLength(100)),
  text: z.string().check(z.maxLength(BLOCK_LIMITS.text)),
  role: z.enum(ROLES),
  lang: z.optional(z.enum(LANGS)),
  links: z.optional(z.array(link).check(z.maxLength(BLOCK_LIMITS.links))),
  notes: z.optional(
    z
      .array(
        z.object({
          marker: z.string().check(z.maxLength(20)),
          text: z.string().check(z.maxLength(BLOCK_LIMITS.note)),
          at: z.optional(z.number().check(z.int(), z.minimum(0))),
          links: z.optional(z.array(link).check(z.maxLength(5))),
        }),
      )
      .check(z.maxLength(BLOCK_LIMITS.notes)),
  ),
});

/** The user's settings that change a report (heuristics/types.ts AnalyseOptions). */
export const AnalyseOptionsSchema = z.object({
  sensitivity: z.optional(z.enum(['lenient', 'normal', 'strict'])),
  disabledRubrics: z.optional(z.array(z.enum(RUBRIC_IDS)).check(z.maxLength(RUBRIC_IDS.length))),
});

/** Content script → background. */
export const ContentMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('content/scanning'), url }),
  /**
   * The cheap first look: title, meta, structured data, headings and button texts. The background
   * answers ProbeReply; when the page is not a product page it also stores that (ungraded) report.
   */
  z.object({
    type: z.literal('content/probe'),
    url,
    title,
    blocks: z.array(TextBlockSchema).check(z.maxLength(BLOCK_LIMITS.probe)),
    options: AnalyseOptionsSchema,
  }),
  /** The page's text blocks, to be judged in the background (off the page's main thread); answered with AnalysisReply. */
  z.object({
    type: z.literal('content/blocks'),
    url,
    title,
    blocks: z.array(TextBlockSchema).check(z.maxLength(BLOCK_LIMITS.blocks)),
    options: AnalyseOptionsSchema,
    /**
     * A first read of this page, or one the user asked for: judge every block afresh. Without it the
     * background reuses the judgement of blocks it has seen unchanged (heuristics/incremental.ts).
     */
    fresh: z.optional(z.boolean()),
    /** This reading's number: a later content/patch may build on it. */
    seq: z.optional(seq),
  }),
  /**
   * A few blocks changed since reading `base` (the others stand as they were): the background
   * applies the changes to the blocks it keeps and judges the page again. Answered with
   * UpdateReply, or { resend: true } when it no longer holds reading `base`.
   */
  z.object({
    type: z.literal('content/patch'),
    url,
    title,
    options: AnalyseOptionsSchema,
    seq,
    base: seq,
    /** How many blocks the page has now (as many as in `base`: a patch changes blocks, never their number). */
    count: z.number().check(z.int(), z.minimum(0), z.maximum(BLOCK_LIMITS.blocks)),
    changes: z
      .array(z.object({ at: z.number().check(z.int(), z.minimum(0), z.maximum(BLOCK_LIMITS.blocks - 1)), block: TextBlockSchema }))
      .check(z.minLength(1), z.maxLength(BLOCK_LIMITS.patch)),
  }),
  z.object({ type: z.literal('content/unreadable'), url, reason: z.string().check(z.maxLength(500)) }),
  /**
   * The copy of a frame of another origin than its page, which the page's reader cannot reach:
   * judged with the page's own blocks (entrypoints/background/judge.ts). Sent only from a frame (sender.frameId > 0).
   */
  z.object({ type: z.literal('content/frame'), url, blocks: z.array(TextBlockSchema).check(z.maxLength(BLOCK_LIMITS.frame)) }),
  /**
   * The settings the page needs (scan automatically, sensitivity, rubrics, marks, sites turned off,
   * language), answered with the stored settings: content scripts cannot read storage.local
   * themselves where the browser lets Sceptic close it to them.
   */
  z.object({ type: z.literal('content/get-settings') }),
]);
export type ContentMessage = z.infer<typeof ContentMessage>;

/** Extension pages (popup, report, options) → background. */
export const UiMessage = z.discriminatedUnion('type', [z.object({ type: z.literal('ui/get-tab-state'), tabId })]);
export type UiMessage = z.infer<typeof UiMessage>;

/**
 * Extension pages → the content script of one tab. The content script itself checks these with
 * the zod-free guards of ./content-messages.ts (parseToContent), held to this schema by a unit test.
 */
export const ToContentMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ui/show-claim'), claimId: z.string().check(z.maxLength(MESSAGE_LIMITS.id)) }),
  /** Answered with { shown }: the page's own words found and flashed, or not. */
  z.object({
    type: z.literal('ui/show-text'),
    text: z.string().check(
      z.maxLength(MESSAGE_LIMITS.short),
      z.refine((s) => s.trim() !== ''),
    ),
  }),
  z.object({ type: z.literal('ui/set-marks'), on: z.boolean() }),
  z.object({ type: z.literal('ui/rescan') }),
  /** Answered with MarksState: are marks on, can this browser draw them, how many are drawn. */
  z.object({ type: z.literal('ui/get-marks') }),
  /** From the background after "Check with Sceptic": answered with { text }, the frame's selection. */
  z.object({ type: z.literal('bg/get-selection') }),
  /** From the background when the settings change: the new settings, which the content script checks field by field. */
  z.object({ type: z.literal('bg/settings'), settings: z.unknown() }),
]);
export type ToContentMessage = z.infer<typeof ToContentMessage>;

const shortText = z.string().check(z.maxLength(MESSAGE_LIMITS.short));
const longText = z.string().check(z.maxLength(MESSAGE_LIMITS.long));
const offset = z.number().check(z.int(), z.minimum(0));

/** What the page needs of a claim to mark it and explain it on hover (content-messages.ts parseMarkedClaim). */
export const MarkedClaimSchema = z.object({
  id: shortText,
  blockId: shortText,
  text: longText,
  span: z.tuple([offset, offset]),
  verdict: z.enum(VERDICTS),
  score: z.number(),
  missing: z.array(shortText).check(z.maxLength(MESSAGE_LIMITS.list)),
  flags: z
    .array(
      z.object({
        title: shortText,
        note: longText,
        question: longText,
        severity: z.enum(['minor', 'major', 'critical']),
        zh: z.optional(z.object({ title: shortText, note: longText, question: longText })),
      }),
    )
    .check(z.maxLength(MESSAGE_LIMITS.list)),
});

/** The background's answer to content/blocks (content-messages.ts parseAnalysisReply). */
export const AnalysisReply = z.object({
  report: z.object({ isProductPage: z.boolean(), claims: z.array(MarkedClaimSchema).check(z.maxLength(MESSAGE_LIMITS.claims)) }),
});
export type AnalysisReply = z.infer<typeof AnalysisReply>;

/**
 * The background's answer to content/patch (content-messages.ts parseUpdateReply): the claims
 * that are new or changed, the ids of those gone, and how many the page has in all; or a
 * request for the whole page again.
 */
export const UpdateReply = z.union([
  z.object({
    update: z.object({
      isProductPage: z.boolean(),
      changed: z.array(MarkedClaimSchema).check(z.maxLength(MESSAGE_LIMITS.claims)),
      removed: z.array(z.string().check(z.maxLength(MESSAGE_LIMITS.short))).check(z.maxLength(MESSAGE_LIMITS.claims)),
      count: z.number().check(z.int(), z.minimum(0), z.maximum(MESSAGE_LIMITS.claims)),
    }),
  }),
  z.object({ resend: z.literal(true) }),
]);
export type UpdateReply = z.infer<typeof UpdateReply>;

/** The background's answer to content/probe (content-messages.ts parseProbeReply). */
export const ProbeReply = z.object({ product: z.boolean() });
export type ProbeReply = z.infer<typeof ProbeReply>;

/** What the background knows about one tab. */
export const TabState = z.discriminatedUnion('status', [
  z.object({ status: z.literal('none') }),
  z.object({ status: z.literal('scanning'), url }),
  z.object({
    status: z.literal('ready'),
    url,
    title,
    report: PageReportSchema,
    at: z.number(),
    /** The report was cut to fit the browser's session storage: how many claims it had (utils/tab-store.ts). */
    trimmed: z.optional(z.number().check(z.int(), z.minimum(0))),
  }),
  z.object({ status: z.literal('unreadable'), url, reason: z.string() }),
]);
export type TabState = z.infer<typeof TabState>;
