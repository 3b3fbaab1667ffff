// Content script → background, and the background's answers. The background checks the messages
// with these schemas; the content script checks the answers with the zod-free guards of
// ./guards.ts, held to these schemas by a unit test.
import * as z from 'zod/mini';
import { LANGS, OTHER_LANGS, type OtherLang, ROLES, RUBRIC_IDS, SENSITIVITIES, SEVERITIES, VERDICTS } from '../../heuristics/types';
import { seq, title, url } from './fields';
import { BLOCK_LIMITS, MESSAGE_LIMITS, PAGE_LIMITS } from './limits';

const link = z.object({ href: z.string().check(z.maxLength(BLOCK_LIMITS.href)), text: z.string().check(z.maxLength(BLOCK_LIMITS.linkText)) });

/** One block of page text as the content script reads it (heuristics/types.ts TextBlock). */
export const TextBlockSchema = z.object({
  id: z.string().check(z.maxLength(BLOCK_LIMITS.id)),
  text: z.string().check(z.maxLength(BLOCK_LIMITS.text)),
  role: z.enum(ROLES),
  lang: z.optional(z.enum(LANGS)),
  links: z.optional(z.array(link).check(z.maxLength(BLOCK_LIMITS.links))),
  notes: z.optional(
    z
      .array(
        z.object({
          marker: z.string().check(z.maxLength(BLOCK_LIMITS.marker)),
          text: z.string().check(z.maxLength(BLOCK_LIMITS.note)),
          at: z.optional(z.number().check(z.int(), z.minimum(0))),
          links: z.optional(z.array(link).check(z.maxLength(BLOCK_LIMITS.noteLinks))),
        }),
      )
      .check(z.maxLength(BLOCK_LIMITS.notes)),
  ),
});

/** The user's settings that change a report (heuristics/types.ts AnalyseOptions). */
export const AnalyseOptionsSchema = z.object({
  sensitivity: z.optional(z.enum(SENSITIVITIES)),
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
  z.object({ type: z.literal('content/unreadable'), url, reason: z.string().check(z.maxLength(PAGE_LIMITS.reason)) }),
  /**
   * The copy of a frame of another origin than its page, which the page's reader cannot reach:
   * judged with the page's own blocks (entrypoints/background/judge.ts), answered with FrameReply.
   * Sent only from a frame (sender.frameId > 0).
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

const shortText = z.string().check(z.maxLength(MESSAGE_LIMITS.short));
const longText = z.string().check(z.maxLength(MESSAGE_LIMITS.long));
const offset = z.number().check(z.int(), z.minimum(0));

const MarkTextsSchema = z.object({ title: shortText, note: longText, question: longText });
const otherTexts = Object.fromEntries(OTHER_LANGS.map((l) => [l, z.optional(MarkTextsSchema)])) as Record<OtherLang, z.ZodMiniOptional<typeof MarkTextsSchema>>;

/** What the page needs of a claim to mark it and explain it on hover (guards.ts parseMarkedClaim). */
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
        severity: z.enum(SEVERITIES),
        /** The same texts in each other language, under its code, for an interface in it (heuristics/types.ts Flag). */
        ...otherTexts,
      }),
    )
    .check(z.maxLength(MESSAGE_LIMITS.list)),
});
export type MarkedClaim = z.infer<typeof MarkedClaimSchema>;

/** The background's answer to content/blocks (guards.ts parseAnalysisReply). */
export const AnalysisReply = z.object({
  report: z.object({ isProductPage: z.boolean(), claims: z.array(MarkedClaimSchema).check(z.maxLength(MESSAGE_LIMITS.claims)) }),
});
export type AnalysisReply = z.infer<typeof AnalysisReply>;

/**
 * The background's answer to content/patch (guards.ts parseUpdateReply): the claims that are new
 * or changed, the ids of those gone, and how many the page has in all; or a request for the
 * whole page again.
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

/** The background's answer to content/probe (guards.ts parseProbeReply): is this page worth reading in full? */
export const ProbeReply = z.object({ product: z.boolean() });
export type ProbeReply = z.infer<typeof ProbeReply>;

/**
 * The background's answer to content/frame (guards.ts parseFrameReply): the claims found in that
 * frame's own copy, with the ids the frame's reader gave its blocks; `pending` while the page
 * around the frame has not been judged yet (the frame may send its copy again shortly).
 */
export const FrameReply = z.object({
  claims: z.array(MarkedClaimSchema).check(z.maxLength(MESSAGE_LIMITS.claims)),
  pending: z.optional(z.literal(true)),
});
export type FrameReply = z.infer<typeof FrameReply>;
