// Every weight of the engine lives in this file; docs/scoring.md explains them and its tables
// are generated from the constants below (npm run docs).
//
// A claim is judged kind by kind: each kind states what would settle it (the labelling
// guide's requirements), the evidence found either meets that, meets part of it, or meets
// none of it. The weakest kind decides the verdict; the score places the claim inside its
// verdict's band, and flags move it down within that band.
import type { Hit } from './evidence';
import type { ClaimKind, EvidenceKind, EvidencePlace, Grade, PageSignal, Role, RubricId, ScoreBreakdown, Sensitivity, Severity, Verdict } from './types';

/** The rubric question each claim kind answers to: switching a rubric off drops its kinds. */
export const KIND_RUBRIC: Record<ClaimKind, RubricId> = {
  'quantified-benefit': 'R2',
  'time-to-value': 'R2',
  automation: 'R4',
  replacement: 'R4',
  superlative: 'R5',
  comparative: 'R5',
  absolute: 'R6',
  accuracy: 'R2',
  earnings: 'R7',
  'social-proof': 'R8',
  testimonial: 'R8',
  compliance: 'R9',
  'ai-washing': 'R1',
  'vague-promise': 'R10',
  emotional: 'R6',
  'flaw-as-feature': 'R1',
};

/** What would settle a claim of each kind, in words (docs/scoring.md shows this table). */
export const REQUIREMENT: Record<ClaimKind, string> = {
  'quantified-benefit': 'a baseline, a sample or method, and a date or named source; measured, not self-reported; not a small sample or a best case',
  'time-to-value': 'a figure with its test conditions, a sample or method, and a date or named source (words like "instantly" cannot be settled)',
  automation: 'a human review step, a measured error or override rate with a sample or method, and a date',
  replacement: 'a human review step, a measured error or override rate with a sample or method, and a date',
  superlative: 'a named benchmark, independent test or ranking, with a date',
  comparative:
    'against other products, people or manual work: a named benchmark or independent test with a date; against the vendor’s own earlier version: as for a number',
  absolute: 'a narrow scope, a sample, a date and a measurement, ideally verified independently; a guarantee of the future is weak at best',
  accuracy: 'a figure with its test set or conditions, a sample or method, and a date or named source (words like "accurate" cannot be settled)',
  earnings: 'a figure with the typical result (median, average or share of users), a sample or method, and a date or named source',
  'social-proof': 'a named review platform or customer with a count or date, or a named customer with a concrete outcome',
  testimonial: 'a named person with role and company, and a concrete, numeric outcome',
  compliance: 'the standard, an independent auditor or certifier, and a date or certificate',
  'ai-washing': 'nothing can: say what the AI does, on which input, with which model',
  'vague-promise': 'nothing can: a grand or unmeasurable promise is never backed',
  emotional: 'nothing can: an emotional hook is never backed',
  'flaw-as-feature': 'nothing can: a weakness sold as a strength is never backed',
};

/** Kinds whose figures a quotation carries ("cut our reply time from 6 to 4 minutes"). */
const NUMBER_KINDS: ReadonlySet<ClaimKind> = new Set(['quantified-benefit', 'time-to-value', 'earnings']);

/** Kinds that evidence in the sentences around them can lift to "weak": figures and automation, not guarantees or rankings. */
const LIFTED_BY_NEIGHBOURS: ReadonlySet<ClaimKind> = new Set([
  'quantified-benefit',
  'time-to-value',
  'accuracy',
  'earnings',
  'automation',
  'replacement',
  'social-proof',
]);

/** Kinds that no evidence can settle. */
export const UNBACKABLE: ReadonlySet<ClaimKind> = new Set(['ai-washing', 'vague-promise', 'emotional', 'flaw-as-feature']);

/** How much an unbacked claim of each kind still scores: puffery a reader discounts costs less than an unbacked figure. */
export const UNSUPPORTED_SCORE: Record<ClaimKind, number> = {
  'quantified-benefit': 0,
  'time-to-value': 15,
  automation: 5,
  replacement: 0,
  superlative: 10,
  comparative: 5,
  absolute: 0,
  accuracy: 5,
  earnings: 0,
  'social-proof': 10,
  testimonial: 15,
  compliance: 0,
  'ai-washing': 20,
  'vague-promise': 20,
  emotional: 0,
  'flaw-as-feature': 5,
};

/** What the evidence of one claim adds up to, letter by letter (B, S, M, D, N, L in the labelling guide). */
export interface Proof {
  baseline: boolean;
  /** A baseline in the sentence itself (not only in a footnote or link). */
  baselineHere: boolean;
  /** A baseline that is the vendor's own earlier version or the same users before. */
  ownBaseline: boolean;
  sample: boolean;
  /** The largest sample found, 0 when none. */
  sampleSize: number;
  small: boolean;
  measured: boolean;
  /** A survey, internal test, unnamed or commissioned source: counts as a method only at "weak". */
  weakMethod: boolean;
  selfReport: boolean;
  internal: boolean;
  commissioned: boolean;
  date: boolean;
  named: boolean;
  independent: boolean;
  benchmark: boolean;
  platform: boolean;
  customer: boolean;
  standard: boolean;
  limit: boolean;
  review: boolean;
  scope: boolean;
  typical: boolean;
  bestCase: boolean;
  /** A quotation attributed to a named person with role and company. */
  person: boolean;
  /** The sentence carries a concrete number (not a year). */
  number: boolean;
  /** Any element of evidence in the sentence, its footnotes, links or attribution. */
  any: boolean;
  /** Any element of evidence in the sentences around it only. */
  nearby: boolean;
}

const OWN =
  /\b(?:previous|prior|earlier|older|last|original|legacy|existing|same|replaced|own|before|\d{4} (?:release|version|closes?))\b|上一代|我们\d{4}年|之前|以前|使用前|上线前|同比|环比/i;
/** The vendor's own earlier version as the comparison: a before/after figure, judged as a number. */
const OWN_VERSION =
  /\b(?:our|the|its) (?:previous|prior|earlier|last|old|original|\d{4}|[A-Z][a-z]+ \d{4}) (?:[a-z-]+ )?(?:version|release|model|editor|one|system|engine|templates?)\b|\bit replaced\b|\bthe same (?:teams|users|customers|agents)\b|上一代|我们\d{4}年的版本|之前的版本/i;
/** Designs that compare with a control by construction. */
const CONTROLLED = /randomi|controlled|A\/?B|对照|随机/i;
const TYPICAL = /median|average|mean|\bmost\b|typical|percentile|中位数|平均|成/i;
const FULL_PLACES: ReadonlySet<EvidencePlace> = new Set(['sentence', 'footnote', 'link', 'attribution']);

/** Add the hits of one claim into its proof. */
export function proofOf(hits: Array<Hit & { where: EvidencePlace; study?: true }>, hasNumber: boolean, sizes: (h: Hit) => number, text = ''): Proof {
  const p: Proof = {
    baseline: false,
    baselineHere: false,
    ownBaseline: false,
    sample: false,
    sampleSize: 0,
    small: false,
    measured: false,
    weakMethod: false,
    selfReport: false,
    internal: false,
    commissioned: false,
    date: false,
    named: false,
    independent: false,
    benchmark: false,
    platform: false,
    customer: false,
    standard: false,
    limit: false,
    review: false,
    scope: false,
    typical: false,
    bestCase: false,
    person: false,
    number: hasNumber,
    any: false,
    nearby: false,
  };
  for (const h of hits) {
    if (h.tag === 'generic') continue;
    if (!FULL_PLACES.has(h.where) && !h.study) {
      if (h.tag !== 'bestcase' && h.tag !== 'standard' && h.tag !== 'scope') p.nearby = true;
      if (h.tag === 'limit' || h.tag === 'review') p.limit = true;
      continue;
    }
    // Scope and audience words ("across all customers") say where a claim applies, not what backs it.
    if (h.tag !== 'bestcase' && h.tag !== 'scope') p.any = true;
    switch (h.tag) {
      case 'baseline':
        p.baseline = true;
        if (h.where === 'sentence') p.baselineHere = true;
        if (OWN.test(h.text)) p.ownBaseline = true;
        break;
      case 'sample':
        p.sample = true;
        p.sampleSize = Math.max(p.sampleSize, sizes(h));
        break;
      case 'measured':
        p.measured = true;
        if (CONTROLLED.test(h.text)) p.baseline = true;
        break;
      case 'selfreport':
        p.weakMethod = p.selfReport = true;
        break;
      case 'internal':
        p.weakMethod = p.internal = true;
        break;
      case 'unnamed':
        p.weakMethod = true;
        break;
      case 'commissioned':
        p.weakMethod = p.commissioned = true;
        break;
      case 'date':
        p.date = true;
        break;
      case 'named':
        p.named = true;
        break;
      case 'auditor':
        p.named = p.independent = true;
        // "SOC 2 Type II report for January to June 2024": the report's period is its date.
        if (/\b(?:19|20)\d{2}\b|\d{4}年/.test(h.text)) p.date = true;
        break;
      case 'benchmark':
        p.named = p.benchmark = p.measured = true;
        break;
      case 'platform':
        p.named = p.platform = true;
        break;
      case 'customer':
        p.named = p.customer = true;
        if (h.where === 'attribution') p.person = true;
        break;
      case 'standard':
        p.standard = true;
        break;
      case 'limit':
        p.limit = true;
        break;
      case 'review':
        p.limit = p.review = true;
        break;
      case 'scope':
        p.scope = true;
        if (TYPICAL.test(h.text)) p.typical = true;
        break;
      case 'bestcase':
        p.bestCase = true;
        break;
    }
  }
  p.small = p.sample && p.sampleSize > 0 && p.sampleSize < 30;
  if (p.baseline && OWN_VERSION.test(text)) p.ownBaseline = true;
  return p;
}

export interface Assessment {
  kind: ClaimKind;
  level: Verdict;
  /** Parts of the requirement met, out of how many. */
  met: number;
  of: number;
  /** Extras beyond the requirement: a stated limit, an independent check, both a date and a source. */
  bonus: number;
  missing: EvidenceKind[];
}

function level(all: boolean, p: Proof, blocked = false): Verdict {
  if (all && !blocked) return 'supported';
  return p.any ? 'weak' : 'unsupported';
}

function parts(list: Array<[boolean, EvidenceKind[]]>): { met: number; of: number; missing: EvidenceKind[] } {
  const missing: EvidenceKind[] = [];
  let met = 0;
  for (const [ok, kinds] of list) {
    if (ok) met++;
    else missing.push(...kinds);
  }
  return { met, of: list.length, missing };
}

function bonusOf(p: Proof): number {
  return (p.limit ? 1 : 0) + (p.independent ? 1 : 0) + (p.date && p.named ? 1 : 0);
}

/** The number rule: a baseline (or, for a level, its test set), a sample or method, a date or named source. */
function byNumbers(kind: ClaimKind, p: Proof): Assessment {
  const isLevel = kind === 'accuracy' || kind === 'time-to-value' || kind === 'earnings';
  const list: Array<[boolean, EvidenceKind[]]> = [
    [p.baseline || (isLevel && (p.scope || p.benchmark || p.named || p.sample)), isLevel ? ['scope'] : ['baseline']],
    [p.sample || p.measured, ['sample', 'method']],
    [p.date || p.named, ['date', 'source']],
  ];
  if (kind === 'earnings') list.push([p.typical, ['scope']]);
  const r = parts(list);
  const blocked = p.selfReport || p.small || p.bestCase || p.commissioned;
  return { kind, level: level(r.met === r.of, p, blocked), ...r, bonus: bonusOf(p) };
}

/** Against others, people or manual work: a named benchmark or independent test, with a date. */
function byIndependentTest(kind: ClaimKind, p: Proof): Assessment {
  const r = parts([
    [p.benchmark || p.independent || p.named || p.platform, ['independent', 'source']],
    [p.date, ['date']],
  ]);
  const blocked = p.internal || p.selfReport || p.commissioned;
  return { kind, level: level(r.met === r.of, p, blocked), ...r, bonus: bonusOf(p) };
}

function byKind(kind: ClaimKind, p: Proof, numeric: boolean, promise = false): Assessment {
  if (UNBACKABLE.has(kind) || ((kind === 'time-to-value' || kind === 'accuracy') && !numeric)) {
    return { kind, level: 'unsupported', met: 0, of: 1, bonus: 0, missing: [] };
  }
  switch (kind) {
    case 'quantified-benefit':
      return byNumbers(kind, p);
    case 'time-to-value':
    case 'accuracy':
      return byNumbers(kind, p);
    case 'earnings':
      return numeric ? byNumbers(kind, p) : { kind, level: p.any ? 'weak' : 'unsupported', met: p.any ? 1 : 0, of: 3, bonus: 0, missing: ['sample', 'scope'] };
    case 'comparative':
      return p.ownBaseline && (p.sample || p.measured) ? byNumbers('quantified-benefit', p) : byIndependentTest(kind, p);
    case 'superlative':
      return byIndependentTest(kind, p);
    case 'social-proof': {
      const r = parts([
        [p.platform || p.named || p.customer, ['source', 'named-customer']],
        [p.sample || p.date || (p.customer && p.number), ['sample', 'date']],
      ]);
      return { kind, level: level(r.met === r.of, p, p.selfReport || p.weakMethod), ...r, bonus: bonusOf(p) };
    }
    case 'testimonial': {
      const r = parts([
        [p.person, ['named-customer']],
        [p.number || p.baseline, ['baseline']],
      ]);
      return { kind, level: r.met === 2 ? 'supported' : p.person ? 'weak' : 'unsupported', ...r, bonus: bonusOf(p) };
    }
    case 'compliance': {
      const r = parts([
        [p.standard, ['source']],
        [p.independent, ['independent']],
        [p.date, ['date']],
      ]);
      const any = p.standard || p.independent || p.named || p.review || p.date || p.limit;
      return { kind, level: r.met === r.of ? 'supported' : any ? 'weak' : 'unsupported', ...r, bonus: bonusOf(p) };
    }
    case 'automation':
    case 'replacement': {
      const r = parts([
        [p.review, ['limitation']],
        [(p.sample || p.measured) && p.number, ['sample', 'method']],
        [p.date, ['date']],
      ]);
      return { kind, level: level(r.met === r.of, p, p.selfReport), ...r, bonus: bonusOf(p) };
    }
    case 'absolute': {
      const r = parts([
        [p.sample, ['sample']],
        [p.date, ['date']],
        [p.independent || p.measured, ['independent', 'method']],
      ]);
      // A guarantee is about the future: no measurement of the past settles it.
      return { kind, level: level(r.met === r.of, p, p.internal || p.selfReport || promise), ...r, bonus: bonusOf(p) };
    }
    default:
      return { kind, level: 'unsupported', met: 0, of: 1, bonus: 0, missing: [] };
  }
}

/** Points a flag takes off a claim's score; the score never leaves its verdict's band for it. */
export const SEVERITY_PENALTY: Record<Severity, number> = { minor: 2, major: 5, critical: 10 };

/** Verdict bands on the claim score, per sensitivity: the lowest score that earns each verdict. */
export const VERDICT_BANDS: Record<Sensitivity, { supported: number; weak: number }> = {
  lenient: { supported: 55, weak: 25 },
  normal: { supported: 65, weak: 35 },
  strict: { supported: 75, weak: 45 },
};

/** Score inside each verdict before sensitivity: supported 70-100, weak 35-64, unsupported 0-20. */
export const BAND_SCORE = { supportedBase: 70, supportedBonus: 10, weakBase: 35, weakSpan: 29 } as const;

function kindScore(a: Assessment): number {
  if (a.level === 'supported') return Math.min(100, BAND_SCORE.supportedBase + BAND_SCORE.supportedBonus * a.bonus);
  if (a.level === 'weak') return BAND_SCORE.weakBase + Math.round((BAND_SCORE.weakSpan * a.met) / Math.max(1, a.of));
  return UNSUPPORTED_SCORE[a.kind];
}

export interface ClaimScore {
  score: number;
  verdict: Verdict;
  missing: EvidenceKind[];
  assessments: Assessment[];
}

/**
 * A claim's score and verdict from what its kinds need and what its evidence shows. Flags
 * take points off but never move the claim into a lower band on their own: the evidence
 * decides the verdict, the flags explain it.
 */
export function scoreClaimParts(
  kinds: ClaimKind[],
  numeric: ClaimKind[],
  proof: Proof,
  severities: Severity[],
  sensitivity: Sensitivity = 'normal',
  /** The sentence guarantees ("guaranteed", "保证"): its absolute kind can be weak at best. */
  promise = false,
): ClaimScore {
  const quoted = kinds.includes('testimonial');
  const compared = kinds.includes('comparative');
  const assessments = kinds.map((k) => {
    // Figures inside a quotation are judged as the quotation is: by who said it and what they measured.
    if (quoted && NUMBER_KINDS.has(k)) return { ...byKind('testimonial', proof, true), kind: k };
    // "More accurate than competitors" stands or falls with the comparison.
    if (compared && (k === 'accuracy' || k === 'time-to-value') && !numeric.includes(k)) return { ...byKind('comparative', proof, false), kind: k };
    return byKind(k, proof, numeric.includes(k), promise);
  });
  // Evidence only in the sentences around a claim can lift it to "weak", never further.
  for (const a of assessments) if (a.level === 'unsupported' && LIFTED_BY_NEIGHBOURS.has(a.kind) && !quoted && proof.nearby && a.of > 1) a.level = 'weak';
  let raw = 100;
  for (const a of assessments) raw = Math.min(raw, kindScore(a));
  const floor = raw >= BAND_SCORE.supportedBase ? BAND_SCORE.supportedBase : raw >= BAND_SCORE.weakBase ? BAND_SCORE.weakBase : 0;
  const penalty = severities.reduce((sum, s) => sum + SEVERITY_PENALTY[s], 0);
  const score = Math.max(0, Math.min(100, Math.max(Math.min(floor, raw), raw - penalty)));
  const bands = VERDICT_BANDS[sensitivity];
  const verdict: Verdict = score >= bands.supported ? 'supported' : score >= bands.weak ? 'weak' : 'unsupported';
  const missing = [...new Set(assessments.flatMap((a) => (a.level === 'supported' ? [] : a.missing)))];
  return { score, verdict, missing, assessments };
}

/** How much a claim counts in the page score, by where it stands. */
export const ROLE_WEIGHT: Record<Role, number> = {
  title: 2,
  meta: 1.5,
  hero: 3,
  heading: 2,
  feature: 1.5,
  body: 1,
  testimonial: 1,
  pricing: 1,
  faq: 0.8,
  footnote: 0.3,
  footer: 0.3,
  alt: 0.5,
  structured: 1,
};

/** How much is at stake in a claim of each kind: a page's figures and guarantees weigh more than its adjectives. */
export const KIND_STAKE: Record<ClaimKind, number> = {
  'quantified-benefit': 1.2,
  'time-to-value': 0.8,
  automation: 1,
  replacement: 1.2,
  superlative: 0.8,
  comparative: 1,
  absolute: 1.3,
  accuracy: 1.2,
  earnings: 1.5,
  'social-proof': 0.7,
  testimonial: 0.6,
  compliance: 1.2,
  'ai-washing': 0.5,
  'vague-promise': 0.4,
  emotional: 1.2,
  'flaw-as-feature': 0.8,
};

/** The weight of a claim: its role's weight times the highest stake among its kinds. */
export function claimWeight(role: Role, kinds: ClaimKind[]): number {
  let stake = 0;
  for (const k of kinds) stake = Math.max(stake, KIND_STAKE[k]);
  return Math.round(ROLE_WEIGHT[role] * (stake || 1) * 100) / 100;
}

/** A page needs at least this many claims to be graded. */
export const MIN_CLAIMS = 3;
/**
 * ... and, unless one of them is backed, claims that weigh at least this much in all: three mild lines
 * in the body ("used by teams at 400 companies", "usually ready within a few minutes") are too little
 * claimed to grade a page that mostly describes. One claim in the hero weighs 3 or more.
 */
export const MIN_WEIGHT = 4;

/** Grade bands on the page score: the lowest score that earns each letter. */
export const GRADE_BANDS: Array<[Grade, number]> = [
  ['A', 80],
  ['B', 65],
  ['C', 50],
  ['D', 35],
  ['F', 0],
];

export function gradeOf(score: number): Grade {
  for (const [g, min] of GRADE_BANDS) if (score >= min) return g;
  return 'F';
}

/** Points each page-level signal is worth: positives add trust, negatives take it away. */
export const SIGNAL_POINTS = {
  pricing: 4,
  limitations: 8,
  privacy: 4,
  model: 4,
  problem: 4,
  evidence: 4,
  // Shown, not scored: a review step is already counted as a stated limitation.
  review: 0,
  earnings: 10,
  pressure: 6,
  vulnerable: 8,
  conflict: 6,
  'fine-print': 6,
  // Shown, not scored: the words are judged as they read, so the page gains nothing by the trick,
  // and a publishing system's stray zero-width space should not cost an honest page its grade.
  disguised: 0,
} as const;
export type SignalId = keyof typeof SIGNAL_POINTS;

/** Positive signals never add more than this in all, so they never outweigh the claims. */
export const MAX_BONUS = 20;
/** Negative signals never take more than this in all. */
export const MAX_PENALTY = 30;

export function pageScore(claims: Array<{ score: number; weight: number }>, signals: PageSignal[]): ScoreBreakdown {
  const totalWeight = claims.reduce((a, c) => a + c.weight, 0);
  const claimMean = totalWeight ? claims.reduce((a, c) => a + c.score * c.weight, 0) / totalWeight : null;
  const bonus = Math.min(
    MAX_BONUS,
    signals.filter((s) => s.polarity === 'positive').reduce((a, s) => a + s.points, 0),
  );
  const penalty = Math.min(
    MAX_PENALTY,
    signals.filter((s) => s.polarity === 'negative').reduce((a, s) => a + s.points, 0),
  );
  const final = claimMean === null ? null : Math.max(0, Math.min(100, Math.round(claimMean + bonus - penalty)));
  return { claimMean: claimMean === null ? null : Math.round(claimMean * 10) / 10, bonus, penalty, final };
}
