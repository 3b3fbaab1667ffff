import type { KindMatch } from './claims';
import type { Quantity } from './quantities';
import type { ClaimKind, Evidence, EvidenceKind, Lang, Role, RubricId, Severity, Source } from './types';

/** What a rule sees of one sentence. */
export interface RuleContext {
  text: string;
  lang: Lang;
  role: Role | undefined;
  kinds: KindMatch[];
  quantities: Quantity[];
  evidence: Evidence[];
  /** True when the sentence is of this kind. */
  is(kind: ClaimKind): boolean;
  /** True when evidence of this kind backs the sentence (any strength unless 'strong' is asked). */
  has(kind: EvidenceKind, strength?: 'strong'): boolean;
  /** The span of the first match of this kind, for rules that point at it. */
  spanOf(kind: ClaimKind): [number, number] | undefined;
}

/** An example that must raise the rule, optionally naming the words it must point at. */
export type FlagExample = string | { text: string; span: string };

export interface Rule {
  /** Equals the file name in heuristics/rules/. */
  id: string;
  /** The question of the sceptical rubric this rule applies (docs/rubric in README). */
  rubric: RubricId;
  severity: Severity;
  title: string;
  source: Source;
  languages: Lang[];
  examples: { flag: FlagExample[]; pass: string[] };
  /** The sceptical annotation shown to the reader. */
  note: string;
  /** The question to put to the vendor. */
  question: string;
  /** Spans of the sentence this rule objects to; empty when it has nothing to say. */
  check(ctx: RuleContext): Array<[number, number]>;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
