// The engine's vocabulary. Plain TypeScript so that the content script pays
// nothing for it; the matching zod schemas live in ./schema.ts for the places
// that receive reports from elsewhere (background, command line, tests).

/**
 * The languages the engine reads and writes. A language is a key, never a field: every text a
 * rule or a table declares is a `Record<Lang, …>`, so adding one is an entry here plus its texts.
 */
export const LANGS = ['en', 'zh'] as const;
export type Lang = (typeof LANGS)[number];

/**
 * The language a report's own texts are in (`title`, `note`, `question`, `why`). The texts in
 * every other language stand beside them, each under its language's code (`zh: { … }`): reports
 * saved before a language was added simply lack its key, and read in the base language.
 */
export const BASE_LANG = 'en' satisfies Lang;
export type OtherLang = Exclude<Lang, typeof BASE_LANG>;
export const OTHER_LANGS: readonly OtherLang[] = LANGS.filter((l): l is OtherLang => l !== BASE_LANG);

/** Texts in the base language, with the same texts in the other languages under their codes. */
export type Translated<T> = T & { [L in OtherLang]?: T };

/** Where on the page a block of text stands; drives its weight in the page score. */
export const ROLES = [
  'title',
  'meta',
  'hero',
  'heading',
  'feature',
  'body',
  'testimonial',
  'pricing',
  'faq',
  'footnote',
  'footer',
  'alt',
  'structured',
] as const;
export type Role = (typeof ROLES)[number];

export interface Link {
  href: string;
  text: string;
}

/** Footnote text that a marker in the block (*, †, ¹, [1]) points to. */
export interface Note {
  marker: string;
  text: string;
  /** Offset of the marker in the block's text, when known: the note belongs to the sentence holding it. */
  at?: number;
  /** Links inside the footnote (a study, a PDF, a DOI): evidence for the claims that point to it. */
  links?: Link[];
}

/** One block of page text, as the content script (or a caller) hands it over. */
export interface TextBlock {
  /** Stable within one scan; claims refer back to it. */
  id: string;
  text: string;
  role: Role;
  /** Detected from the text when absent. */
  lang?: Lang;
  /** Links inside or right next to the block. */
  links?: Link[];
  notes?: Note[];
  /** Read from a frame of another origin inside the page: its claims count, but it does not make the page a product page. */
  frame?: boolean;
}

export const CLAIM_KINDS = [
  'quantified-benefit',
  'time-to-value',
  'automation',
  'replacement',
  'superlative',
  'comparative',
  'absolute',
  'accuracy',
  'earnings',
  'social-proof',
  'testimonial',
  'compliance',
  'ai-washing',
  'vague-promise',
  'emotional',
  'flaw-as-feature',
] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

export const EVIDENCE_KINDS = [
  'baseline',
  'sample',
  'method',
  'date',
  'source',
  'link',
  'footnote',
  'scope',
  'limitation',
  'named-customer',
  'independent',
] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/**
 * Where a piece of evidence was found, relative to the claim: in the sentence, in the sentences
 * around it, in a footnote its marker points to, in a link next to it, or in the attribution
 * of a quotation ("— Amara Osei, Head of Support, Larkspur Home Insurance").
 */
export const EVIDENCE_PLACES = ['sentence', 'context', 'footnote', 'link', 'attribution'] as const;
export type EvidencePlace = (typeof EVIDENCE_PLACES)[number];

/** Why weak evidence is weak, in words. */
export interface WhyText {
  why: string;
}

export interface Evidence extends Partial<Record<OtherLang, WhyText>> {
  kind: EvidenceKind;
  /** The words that count as evidence. */
  text: string;
  where: EvidencePlace;
  /** Character span in the claim's own text, when `where` is 'sentence'. */
  span?: [number, number];
  /** Weak evidence is better than none but does not settle a claim (an internal survey of 20 users). */
  strength: 'strong' | 'weak';
  /** What makes weak evidence weak, for rules to test; `why` says it in words. */
  weakness?: Weakness;
  /**
   * Why weak evidence is weak ("a small sample (20)", "what people say or feel, not a measurement"),
   * in the base language; each other language's under its code (`zh: { why }`), absent in reports
   * made before the engine wrote it.
   */
  why?: string;
}

/** What makes evidence weak: people's own word, the vendor's own test, no named source, paid for by the vendor, a standard named with no audit, a small sample, a thin footnote, a link that does not say what it shows. */
export const WEAKNESSES = ['self-report', 'internal', 'unnamed', 'commissioned', 'standard-only', 'small-sample', 'thin-footnote', 'vague-link'] as const;
export type Weakness = (typeof WEAKNESSES)[number];

export const SEVERITIES = ['minor', 'major', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const RUBRIC_IDS = ['R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8', 'R9', 'R10'] as const;
export type RubricId = (typeof RUBRIC_IDS)[number];

export interface Source {
  name: string;
  url: string;
}

/** What a rule says to the reader: a title, the sceptical note and the question to put to the vendor. */
export interface FlagTexts {
  title: string;
  note: string;
  question: string;
}

/**
 * A rule's finding on one claim. Carries its own texts so a UI needs no rule registry: `title`,
 * `note` and `question` in the base language, and the same texts in each other language under
 * its code (`zh: { title, note, question }`), absent in reports made before the engine wrote them.
 */
export interface Flag extends FlagTexts, Partial<Record<OtherLang, FlagTexts>> {
  rule: string;
  rubric: RubricId;
  severity: Severity;
  /** Character span in the claim's text. */
  span: [number, number];
  source: Source;
}

export const VERDICTS = ['supported', 'weak', 'unsupported'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** The judgement on one sentence, on its own or inside a page. */
export interface ClaimReport {
  text: string;
  lang: Lang;
  isClaim: boolean;
  kinds: ClaimKind[];
  /** 0-100: how well the page backs what the claim promises. Null when not a claim. */
  score: number | null;
  verdict: Verdict | 'not-a-claim';
  flags: Flag[];
  evidence: Evidence[];
  /** Evidence kinds that would settle this claim and were not found. */
  missing: EvidenceKind[];
}

/** A claim found on a page. */
export interface Claim extends ClaimReport {
  isClaim: true;
  score: number;
  verdict: Verdict;
  /** `${blockId}:${start}`; stable while the block's text does not change. */
  id: string;
  blockId: string;
  role: Role;
  /** Character span of the sentence in its block's text. */
  span: [number, number];
  /** Weight of this claim in the page score (from its role). */
  weight: number;
  /**
   * The other places the page makes the same claim (the title, the meta description, a stat
   * tile…), when it does: the claim is counted once, at its most prominent place.
   */
  also?: ClaimPlace[];
}

/** Where on the page a claim also stands. */
export interface ClaimPlace {
  blockId: string;
  role: Role;
  span: [number, number];
  text: string;
}

/** Something about the page as a whole that raises or lowers trust. */
export interface PageSignal {
  id: string;
  polarity: 'positive' | 'negative';
  /** Points added to (or, when negative, taken from) the page score. */
  points: number;
  label: string;
  /** The words that triggered it, when there are some. */
  text?: string;
}

export const GRADES = ['A', 'B', 'C', 'D', 'F'] as const;
export type Grade = (typeof GRADES)[number];

export type NoGradeReason = 'not-product-page' | 'too-few-claims';

export interface ScoreBreakdown {
  /** Prominence-weighted mean of the claim scores. */
  claimMean: number | null;
  /** Sum of positive signal points. */
  bonus: number;
  /** Sum of negative signal points (a positive number, subtracted). */
  penalty: number;
  /** claimMean + bonus - penalty, clamped to 0-100 and rounded. */
  final: number | null;
}

export interface PageReport {
  engine: string;
  lang: Lang;
  isProductPage: boolean;
  grade: Grade | null;
  score: number | null;
  noGradeReason?: NoGradeReason;
  claims: Claim[];
  signals: PageSignal[];
  breakdown: ScoreBreakdown;
  counts: {
    blocks: number;
    sentences: number;
    claims: number;
    supported: number;
    weak: number;
    unsupported: number;
  };
}

/** How hard the engine judges: each moves the verdict bands (score.ts), and lenient hides minor flags. */
export const SENSITIVITIES = ['lenient', 'normal', 'strict'] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];

export interface AnalyseOptions {
  sensitivity?: Sensitivity;
  /** Rubric questions whose rules are switched off. */
  disabledRubrics?: RubricId[];
  /** Individual rules switched off. */
  disabledRules?: string[];
}
