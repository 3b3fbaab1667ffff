// The cues a sentence can carry. A cue is a phrase that makes a sentence a claim of one
// kind ("absolute.bias" is an absolute claim about bias), or a marker that matters to the
// engine without making a claim on its own ("x.price": the words are about a price).
// The kind is the part before the dot; markers start with "x.".
import type { ClaimKind } from '../types';

export const CUE_IDS = [
  'quantified-benefit',
  'time-to-value',
  'time-to-value.speed',
  'automation',
  'automation.no-human',
  'replacement',
  'replacement.profession',
  'superlative.first',
  'superlative.leader',
  'comparative',
  'comparative.human',
  'absolute.accuracy',
  'absolute.perfect',
  'absolute.guarantee',
  'absolute.coverage',
  'absolute.bias',
  'absolute.safety',
  'absolute.universal',
  'accuracy',
  'accuracy.fidelity',
  'earnings.income',
  'earnings.market',
  'earnings.roi',
  'earnings.returns',
  'earnings.outcome',
  'social-proof.count',
  'social-proof.rating',
  'social-proof.authority',
  'social-proof.customers',
  'compliance.standard',
  'compliance.audit',
  'compliance.legal',
  'compliance.security',
  'compliance.health',
  'compliance.rights',
  'ai-washing',
  'ai-washing.undisclosed',
  'ai-washing.anthro',
  'vague-promise',
  'vague-promise.praise',
  'vague-promise.ease',
  'vague-promise.outcome',
  'vague-promise.science',
  'vague-promise.no-skill',
  'emotional',
  'flaw-as-feature',
  'x.own-product',
  'x.self-report',
  'x.up-to',
  'x.price',
  'x.cta',
  'x.ui-click',
] as const;
export type CueId = (typeof CUE_IDS)[number];

/** A lexicon: regular-expression fragments per cue, as data. */
export type CueTable = Partial<Record<CueId, readonly string[]>>;

/** The claim kind a cue makes, or null for a marker. */
export function kindOfCue(id: CueId): ClaimKind | null {
  if (id.startsWith('x.')) return null;
  const dot = id.indexOf('.');
  return (dot < 0 ? id : id.slice(0, dot)) as ClaimKind;
}
