// The explicit registry of rules. A rule that is not listed here does not run;
// tests/unit/rules-meta.test.ts fails when a file in this folder is missing from it.
import type { Rule } from '../rule';
import absoluteGuarantee from './absolute-guarantee';
import oneClickWithoutLimits from './one-click-without-limits';
import replacesProfessionals from './replaces-professionals';
import unbaselinedPercentage from './unbaselined-percentage';
import unprovenFirstOrBest from './unproven-first-or-best';
import unverifiedSocialProof from './unverified-social-proof';
import vagueAiPower from './vague-ai-power';

export const RULES: readonly Rule[] = [
  absoluteGuarantee,
  oneClickWithoutLimits,
  replacesProfessionals,
  unbaselinedPercentage,
  unprovenFirstOrBest,
  unverifiedSocialProof,
  vagueAiPower,
];
