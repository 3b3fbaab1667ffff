// What a rule is, and what it decides.
//
// A rule is one sceptical objection, in one file of heuristics/rules/, with its source.
// - It runs only on a sentence that is already a claim (the lexicon, the grammar and the
//   gate decided that: heuristics/gate/) and only when the sentence has one of the rule's
//   `kinds` and is in one of its `languages`. It never decides whether a sentence is a claim,
//   nor its kinds, nor its evidence.
// - It returns the spans it objects to; only the first is used: one flag per rule per
//   sentence, pointing at those words (the hover card and the report quote them).
// - Its `severity` is what the flag costs the claim's score (score.ts, SEVERITY_PENALTY:
//   minor 2, major 5, critical 10 points), taken from the score the evidence earns but never
//   below the floor of that verdict's band: the evidence decides the verdict, the flags
//   explain it. "Lenient" sensitivity hides minor flags.
// - A `fallback` rule speaks only when no other rule did, and only on a claim the gate found.
import type { CueId, CueMatch, KindMatch } from './claims';
import type { Quantity } from './quantities';
import type { Proof } from './score';
import type { ClaimKind, Evidence, EvidenceKind, FlagTexts, Lang, Role, RubricId, Severity, Source } from './types';

export type { CueId } from './lexicon/cues';

/** What a rule sees of one sentence that is a claim. */
export interface RuleContext {
  text: string;
  lang: Lang;
  role: Role | undefined;
  kinds: KindMatch[];
  /** The phrases behind the kinds, and markers ("x.self-report", "x.own-product"). */
  cues: CueMatch[];
  quantities: Quantity[];
  evidence: Evidence[];
  /** The evidence added up (baseline, sample, method, date, named source, limits). */
  proof: Proof;
  /** Kinds made by a figure rather than by words. */
  numeric: ClaimKind[];
  /** The claim was found by the gate or the grammar, not by the lexicon: its kinds are the grammar's best reading. */
  fromGate: boolean;
  /** True when the sentence is of this kind. */
  is(kind: ClaimKind): boolean;
  /** True when evidence of this kind backs the sentence (any strength unless 'strong' is asked). */
  has(kind: EvidenceKind, strength?: 'strong'): boolean;
  /** The span of the first match of this kind, for rules that point at it. */
  spanOf(kind: ClaimKind): [number, number] | undefined;
  /** The span of the first cue with this id, or whose id starts with it and a dot. */
  cue(id: CueId): [number, number] | undefined;
}

/** An example that must raise the rule, optionally naming the words it must point at. */
export type FlagExample = string | { text: string; span: string };

export interface Rule {
  /** Equals the file name in heuristics/rules/. */
  id: string;
  /** The question of the sceptical rubric this rule applies (docs/rules.md lists them). */
  rubric: RubricId;
  severity: Severity;
  /**
   * What the rule says, in every language: the title, the sceptical note shown to the reader and
   * the question to put to the vendor. Each language's is written for its own reader, not
   * translated word for word.
   */
  texts: Record<Lang, FlagTexts>;
  source: Source;
  languages: Lang[];
  /** The claim kinds this rule looks at: it runs only on sentences of one of them. */
  kinds: ClaimKind[];
  examples: { flag: FlagExample[]; pass: string[] };
  /**
   * A fallback rule runs only when no other rule raised a flag on the sentence: the honest
   * generic note for a claim the gate found but no specific rule explains.
   */
  fallback?: true;
  /** Spans of the sentence this rule objects to; empty when it has nothing to say. */
  check(ctx: RuleContext): Array<[number, number]>;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
