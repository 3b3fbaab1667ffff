// zod schemas for the engine's output, for the places that receive a report from
// elsewhere (the background from a content script, the command line, tests).
// The engine itself does not import this file, so the content script stays small.
import * as z from 'zod/mini';
import { LIMITS } from './limits';
import {
  CLAIM_KINDS,
  EVIDENCE_KINDS,
  EVIDENCE_PLACES,
  GRADES,
  LANGS,
  OTHER_LANGS,
  type OtherLang,
  ROLES,
  RUBRIC_IDS,
  SEVERITIES,
  VERDICTS,
  WEAKNESSES,
} from './types';

// Extension pages forbid eval; zod must not try to compile validators.
z.config({ jitless: true });

export { LIMITS } from './limits';

const text = z.string().check(z.maxLength(LIMITS.text));
const short = z.string().check(z.maxLength(LIMITS.short));
const offset = z.number().check(z.int(), z.minimum(0));
const span = z.tuple([offset, offset]);
const score = z.number().check(z.minimum(0), z.maximum(100));

/** The same texts in each language other than the base one, under its code, optional: older reports lack them. */
function inOtherLangs<T extends z.ZodMiniType>(schema: T): Record<OtherLang, z.ZodMiniOptional<T>> {
  return Object.fromEntries(OTHER_LANGS.map((l) => [l, z.optional(schema)])) as Record<OtherLang, z.ZodMiniOptional<T>>;
}

const FlagTextsSchema = z.object({ title: short, note: text, question: text });

export const SourceSchema = z.object({ name: short, url: short });

export const FlagSchema = z.object({
  rule: short,
  rubric: z.enum(RUBRIC_IDS),
  severity: z.enum(SEVERITIES),
  span,
  title: short,
  note: text,
  question: text,
  source: SourceSchema,
  ...inOtherLangs(FlagTextsSchema),
});

export const EvidenceSchema = z.object({
  kind: z.enum(EVIDENCE_KINDS),
  text,
  where: z.enum(EVIDENCE_PLACES),
  span: z.optional(span),
  strength: z.enum(['strong', 'weak']),
  weakness: z.optional(z.enum(WEAKNESSES)),
  why: z.optional(short),
  ...inOtherLangs(z.object({ why: short })),
});

export const ClaimReportSchema = z.object({
  text,
  lang: z.enum(LANGS),
  isClaim: z.boolean(),
  kinds: z.array(z.enum(CLAIM_KINDS)),
  score: z.nullable(score),
  verdict: z.enum([...VERDICTS, 'not-a-claim']),
  flags: z.array(FlagSchema).check(z.maxLength(LIMITS.flags)),
  evidence: z.array(EvidenceSchema).check(z.maxLength(LIMITS.evidence)),
  missing: z.array(z.enum(EVIDENCE_KINDS)),
});

export const ClaimSchema = z.object({
  ...ClaimReportSchema.shape,
  isClaim: z.literal(true),
  score,
  verdict: z.enum(VERDICTS),
  id: short,
  blockId: short,
  role: z.enum(ROLES),
  span,
  weight: z.number().check(z.minimum(0)),
  also: z.optional(z.array(z.object({ blockId: short, role: z.enum(ROLES), span, text })).check(z.maxLength(LIMITS.also))),
});

export const PageSignalSchema = z.object({
  id: short,
  polarity: z.enum(['positive', 'negative']),
  points: z.number(),
  label: short,
  text: z.optional(text),
});

const count = z.number().check(z.int(), z.minimum(0));

export const PageReportSchema = z.object({
  engine: short,
  lang: z.enum(LANGS),
  isProductPage: z.boolean(),
  grade: z.nullable(z.enum(GRADES)),
  score: z.nullable(score),
  noGradeReason: z.optional(z.enum(['not-product-page', 'too-few-claims'])),
  claims: z.array(ClaimSchema).check(z.maxLength(LIMITS.claims)),
  signals: z.array(PageSignalSchema).check(z.maxLength(LIMITS.signals)),
  breakdown: z.object({
    claimMean: z.nullable(z.number()),
    bonus: z.number(),
    penalty: z.number(),
    final: z.nullable(score),
  }),
  counts: z.object({ blocks: count, sentences: count, claims: count, supported: count, weak: count, unsupported: count }),
});
