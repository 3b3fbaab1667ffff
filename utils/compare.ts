// The comparison's numbers, and what changed on a page between two saves. Pure.
import { CLAIM_KINDS, type ClaimKind, type PageReport } from '../heuristics/types';
import type { SavedReport } from './storage';

export interface PageFacts {
  grade: PageReport['grade'];
  score: number | null;
  claims: number;
  unsupported: number;
  weak: number;
  supported: number;
  kinds: Partial<Record<ClaimKind, number>>;
  evidence: number;
  strongEvidence: number;
  /** Claims backed by at least one piece of strong evidence. */
  backedClaims: number;
  pricing: string | null;
  limitations: string | null;
  privacy: string | null;
  model: string | null;
  /** Labels of negative page signals. */
  redFlags: string[];
}

const signalText = (r: PageReport, id: string): string | null => {
  const s = r.signals.find((x) => x.id === id);
  return s ? (s.text ?? s.label) : null;
};

export function factsOf(r: PageReport): PageFacts {
  const kinds: Partial<Record<ClaimKind, number>> = {};
  for (const c of r.claims) for (const k of c.kinds) kinds[k] = (kinds[k] ?? 0) + 1;
  const evidence = r.claims.reduce((a, c) => a + c.evidence.length, 0);
  const strongEvidence = r.claims.reduce((a, c) => a + c.evidence.filter((e) => e.strength === 'strong').length, 0);
  return {
    grade: r.grade,
    score: r.score,
    claims: r.counts.claims,
    unsupported: r.counts.unsupported,
    weak: r.counts.weak,
    supported: r.counts.supported,
    kinds,
    evidence,
    strongEvidence,
    backedClaims: r.claims.filter((c) => c.evidence.some((e) => e.strength === 'strong')).length,
    pricing: signalText(r, 'pricing'),
    limitations: signalText(r, 'limitations'),
    privacy: signalText(r, 'privacy'),
    model: signalText(r, 'model'),
    redFlags: r.signals.filter((s) => s.polarity === 'negative').map((s) => s.id),
  };
}

/** The claim kinds any of these pages has, in the engine's order. */
export function kindsAcross(facts: PageFacts[]): ClaimKind[] {
  return CLAIM_KINDS.filter((k) => facts.some((f) => (f.kinds[k] ?? 0) > 0));
}

const NUMBER = /\d+(?:[.,]\d+)*/gu;

function normalise(text: string): string {
  return text.toLowerCase().replace(/\s+/gu, ' ').trim();
}

/** A claim with its numbers taken out: two claims with the same skeleton differ only in their numbers. */
function skeleton(text: string): string {
  return normalise(text).replace(NUMBER, '#');
}

export interface NumberChange {
  before: string;
  after: string;
}

export interface PageDiff {
  /** The earlier save this one is compared with. */
  since: number;
  added: string[];
  removed: string[];
  numbers: NumberChange[];
  grade: { before: PageReport['grade']; after: PageReport['grade'] } | null;
  score: { before: number | null; after: number | null } | null;
  /** The two saves were judged by different versions of the engine: some changes may be Sceptic's, not the page's. */
  engine: { before: string; after: string } | null;
}

export function diffReports(before: SavedReport, after: SavedReport): PageDiff {
  const old = new Map(before.report.claims.map((c) => [normalise(c.text), c.text]));
  const now = new Map(after.report.claims.map((c) => [normalise(c.text), c.text]));
  let added = [...now].filter(([k]) => !old.has(k)).map(([, t]) => t);
  let removed = [...old].filter(([k]) => !now.has(k)).map(([, t]) => t);
  const numbers: NumberChange[] = [];
  // A removed claim and an added one with the same words around different numbers: the numbers changed.
  for (const a of [...added]) {
    const sk = skeleton(a);
    const r = removed.find((x) => skeleton(x) === sk);
    if (!r) continue;
    numbers.push({ before: r, after: a });
    added = added.filter((x) => x !== a);
    removed = removed.filter((x) => x !== r);
  }
  return {
    since: before.at,
    added,
    removed,
    numbers,
    grade: before.report.grade !== after.report.grade ? { before: before.report.grade, after: after.report.grade } : null,
    score: before.report.score !== after.report.score ? { before: before.report.score, after: after.report.score } : null,
    engine: before.report.engine !== after.report.engine ? { before: before.report.engine, after: after.report.engine } : null,
  };
}

export function isUnchanged(d: PageDiff): boolean {
  return !d.added.length && !d.removed.length && !d.numbers.length && !d.grade && !d.score;
}
