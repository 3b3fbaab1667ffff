// One call for the engine: the slots, the features and the gate's label for a sentence.
import type { ClaimReading } from '../claims';
import type { Quantity } from '../quantities';
import type { Lang } from '../types';
import { features } from './features';
import { type GateModel, type GateResult, gateOfSentence, SHIPPED_MODEL } from './model';
import { findSlots, type Slot, STRONG_SLOTS } from './slots';

export type { GateLabel, GateModel, GateResult } from './model';
export { GATE_LABELS } from './model';
export type { Slot, SlotId } from './slots';

export interface GateReading extends GateResult {
  slots: Slot[];
}

/**
 * Is it a claim? A feature's name never is. A claim the lexicon found stays one unless the
 * model vetoes it; otherwise the model says so, or the grammar does: a slot that makes a
 * kind, with no exclusion (price, quota, feature name, hedge, third party, question) in
 * the sentence; a strong slot (money, a share, an absolute, a rank, a person replaced, a
 * hook) always, a weaker one only where the model is unsure.
 * The grammar is the part that carries to wordings the model was never trained on.
 */
export function decide(result: Pick<GateResult, 'claims' | 'grammarMay' | 'veto'>, slots: readonly Slot[], lexicon: boolean): boolean {
  let kind = false;
  let strong = false;
  let excluded = false;
  let feature = false;
  for (const s of slots) {
    if (s.kind) {
      kind = true;
      if (STRONG_SLOTS.has(s.id)) strong = true;
    } else {
      excluded = true;
      if (s.id === 'feature') feature = true;
    }
  }
  // A feature's name ("Real-time subtitles", "即时通知") is not the promise its words would make in a sentence.
  if (feature && !kind) return false;
  if (lexicon) return !result.veto || (strong && !excluded);
  if (result.claims) return true;
  if (!kind || excluded) return false;
  return strong || result.grammarMay;
}

export function readGate(text: string, lang: Lang, reading: ClaimReading, quantities: Quantity[], model: GateModel = SHIPPED_MODEL): GateReading {
  const slots = findSlots(text);
  const result = gateOfSentence({ text, lang, slots, reading, quantities }, model);
  const claims = decide(result, slots, reading.kinds.length > 0);
  return { ...result, claims, slots };
}

/** The features alone, for training. */
export function gateFeatures(text: string, lang: Lang, reading: ClaimReading, quantities: Quantity[]): string[] {
  return features({ text, lang, slots: findSlots(text), reading, quantities });
}
