// The explicit registry of rules. A rule that is not listed here does not run;
// tests/unit/rules-meta.test.ts fails when a file in this folder is missing from it.
import type { Rule } from '../rule';
import absoluteAccuracy from './absolute-accuracy';
import absoluteGuarantee from './absolute-guarantee';
import accuracyWithoutTestSet from './accuracy-without-test-set';
import aiProfessional from './ai-professional';
import anonymousTestimonial from './anonymous-testimonial';
import anthropomorphicAi from './anthropomorphic-ai';
import atypicalResults from './atypical-results';
import beatsTheMarket from './beats-the-market';
import bestCaseFigure from './best-case-figure';
import checkableClaimWithoutProof from './checkable-claim-without-proof';
import complianceOverreach from './compliance-overreach';
import conflictOfInterest from './conflict-of-interest';
import earningsPromise from './earnings-promise';
import effortlessPromise from './effortless-promise';
import emotionalDependency from './emotional-dependency';
import emptyPraise from './empty-praise';
import flawRebranded from './flaw-rebranded';
import healthClaim from './health-claim';
import hypeWithoutProblem from './hype-without-problem';
import instantResultsUnscoped from './instant-results-unscoped';
import legalValidity from './legal-validity';
import lifeOutcomePromise from './life-outcome-promise';
import missingSampleSize from './missing-sample-size';
import neverMisses from './never-misses';
import noHumanReview from './no-human-review';
import noSkillsNeeded from './no-skills-needed';
import oneClickWithoutLimits from './one-click-without-limits';
import proofWithoutStudy from './proof-without-study';
import replacesProfessionals from './replaces-professionals';
import roiWithoutNumbers from './roi-without-numbers';
import securityPuffery from './security-puffery';
import selfAwardedLeadership from './self-awarded-leadership';
import selfReportedAsMeasured from './self-reported-as-measured';
import smallOrInternalSample from './small-or-internal-sample';
import totalSecurity from './total-security';
import unbaselinedPercentage from './unbaselined-percentage';
import unbenchmarkedRival from './unbenchmarked-rival';
import undatedFigure from './undated-figure';
import undisclosedModel from './undisclosed-model';
import unexplainedMultiplier from './unexplained-multiplier';
import unlimitedCapability from './unlimited-capability';
import unmeasuredOutcome from './unmeasured-outcome';
import unmeasuredTimeSaving from './unmeasured-time-saving';
import unnamedAuthority from './unnamed-authority';
import unprovenFirstOrBest from './unproven-first-or-best';
import untestedHumanComparison from './untested-human-comparison';
import unverifiableRating from './unverifiable-rating';
import unverifiedSocialProof from './unverified-social-proof';
import vagueAiPower from './vague-ai-power';
import zeroBias from './zero-bias';

export const RULES: readonly Rule[] = [
  absoluteAccuracy,
  absoluteGuarantee,
  accuracyWithoutTestSet,
  aiProfessional,
  anonymousTestimonial,
  anthropomorphicAi,
  atypicalResults,
  beatsTheMarket,
  bestCaseFigure,
  complianceOverreach,
  conflictOfInterest,
  earningsPromise,
  effortlessPromise,
  emotionalDependency,
  emptyPraise,
  flawRebranded,
  healthClaim,
  hypeWithoutProblem,
  instantResultsUnscoped,
  legalValidity,
  lifeOutcomePromise,
  missingSampleSize,
  neverMisses,
  noHumanReview,
  noSkillsNeeded,
  oneClickWithoutLimits,
  proofWithoutStudy,
  replacesProfessionals,
  roiWithoutNumbers,
  securityPuffery,
  selfAwardedLeadership,
  selfReportedAsMeasured,
  smallOrInternalSample,
  totalSecurity,
  unbaselinedPercentage,
  unbenchmarkedRival,
  undatedFigure,
  undisclosedModel,
  unexplainedMultiplier,
  unlimitedCapability,
  unmeasuredOutcome,
  unmeasuredTimeSaving,
  unnamedAuthority,
  unprovenFirstOrBest,
  untestedHumanComparison,
  unverifiableRating,
  unverifiedSocialProof,
  vagueAiPower,
  zeroBias,
  // Last: it speaks only when none of the rules above did.
  checkableClaimWithoutProof,
];
