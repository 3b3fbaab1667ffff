// Every weight of the engine lives in this file. docs/scoring.md explains them.
import type { ClaimKind, Evidence, EvidenceKind, Flag, Grade, PageSignal, Role, ScoreBreakdown, Sensitivity, Verdict } from './types';

/**
 * What would settle a claim of each kind: evidence kinds, each worth an equal share.
 * A claim of several kinds needs the union.
 */
export const NEEDS: Record<ClaimKind, EvidenceKind[]> = {
  'quantified-benefit': ['baseline', 'sample', 'method', 'date'],
  'time-to-value': ['scope', 'method'],
  automation: ['limitation', 'scope'],
  replacement: ['baseline', 'method', 'limitation'],
  superlative: ['independent', 'method', 'date'],
  comparative: ['baseline', 'method', 'date'],
  absolute: ['method', 'scope', 'limitation'],
  accuracy: ['sample', 'method', 'date', 'scope'],
  earnings: ['sample', 'scope', 'limitation'],
  'social-proof': ['named-customer', 'independent'],
  testimonial: ['named-customer'],
  compliance: ['independent', 'scope'],
  'ai-washing': ['scope', 'source'],
  'vague-promise': ['scope', 'method'],
  emotional: ['limitation', 'independent'],
  'flaw-as-feature': ['method', 'limitation'],
};

/** Evidence kinds that stand in for another: a link to a study is a method and a source. */
const IMPLIES: Partial<Record<EvidenceKind, EvidenceKind[]>> = {
  link: ['method', 'source'],
  independent: ['source'],
  'named-customer': ['source'],
};

/** How much of a need one piece of evidence covers, by where it was found. */
const PLACE_FACTOR = { sentence: 1, footnote: 1, link: 1, context: 0.6 } as const;
const STRENGTH_FACTOR = { strong: 1, weak: 0.45 } as const;

/** Points a flag takes off the claim score. */
export const SEVERITY_PENALTY = { minor: 6, major: 14, critical: 26 } as const;

/** Verdict bands on the claim score, per sensitivity. */
export const VERDICT_BANDS: Record<Sensitivity, { supported: number; weak: number }> = {
  lenient: { supported: 55, weak: 25 },
  normal: { supported: 65, weak: 35 },
  strict: { supported: 75, weak: 45 },
};

export function needsOf(kinds: ClaimKind[]): EvidenceKind[] {
  const out = new Set<EvidenceKind>();
  for (const k of kinds) for (const e of NEEDS[k]) out.add(e);
  return [...out];
}

/** Coverage of each needed evidence kind, 0-1, keeping the best piece found for it. */
export function coverage(needs: EvidenceKind[], evidence: Evidence[]): Map<EvidenceKind, number> {
  const best = new Map<EvidenceKind, number>(needs.map((n) => [n, 0]));
  for (const e of evidence) {
    const value = PLACE_FACTOR[e.where] * STRENGTH_FACTOR[e.strength];
    for (const kind of [e.kind, ...(IMPLIES[e.kind] ?? [])]) {
      if (best.has(kind) && (best.get(kind) ?? 0) < value) best.set(kind, value);
    }
  }
  return best;
}

export interface ClaimScore {
  score: number;
  verdict: Verdict;
  missing: EvidenceKind[];
}

/** Claim score: share of the needed evidence found (0-100), minus the weight of the flags. */
export function scoreClaimParts(kinds: ClaimKind[], evidence: Evidence[], flags: Flag[], sensitivity: Sensitivity = 'normal'): ClaimScore {
  const needs = needsOf(kinds);
  const cov = coverage(needs, evidence);
  const covered = needs.length ? [...cov.values()].reduce((a, b) => a + b, 0) / needs.length : 0;
  const penalty = flags.reduce((sum, f) => sum + SEVERITY_PENALTY[f.severity], 0);
  const score = Math.max(0, Math.min(100, Math.round(covered * 100 - penalty)));
  const bands = VERDICT_BANDS[sensitivity];
  const critical = flags.some((f) => f.severity === 'critical');
  const verdict: Verdict = score >= bands.supported && !critical ? 'supported' : score >= bands.weak ? 'weak' : 'unsupported';
  const missing = needs.filter((n) => (cov.get(n) ?? 0) < 0.5);
  return { score, verdict, missing };
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

/** A page needs at least this many claims to be graded. */
export const MIN_CLAIMS = 3;

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

export function pageScore(claims: Array<{ score: number; weight: number }>, signals: PageSignal[]): ScoreBreakdown {
  const totalWeight = claims.reduce((a, c) => a + c.weight, 0);
  const claimMean = totalWeight ? claims.reduce((a, c) => a + c.score * c.weight, 0) / totalWeight : null;
  const bonus = signals.filter((s) => s.polarity === 'positive').reduce((a, s) => a + s.points, 0);
  const penalty = signals.filter((s) => s.polarity === 'negative').reduce((a, s) => a + s.points, 0);
  const final = claimMean === null ? null : Math.max(0, Math.min(100, Math.round(claimMean + bonus - penalty)));
  return { claimMean: claimMean === null ? null : Math.round(claimMean * 10) / 10, bonus, penalty, final };
}
