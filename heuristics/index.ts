// Sceptic's engine: text in, judged claims out. No DOM, no browser APIs, no clock,
// no randomness: the same blocks always give the same report.
import { detectKinds } from './claims';
import { type EvidenceInput, findEvidence } from './evidence';
import { findQuantities } from './quantities';
import type { Rule, RuleContext } from './rule';
import { RULES } from './rules/index';
import { gradeOf, MIN_CLAIMS, pageScore, ROLE_WEIGHT, scoreClaimParts } from './score';
import { detectLang, type Sentence, segment } from './segment';
import { pageSignals, productPageEvidence } from './signals';
import type { AnalyseOptions, Claim, ClaimKind, ClaimReport, Evidence, Flag, Lang, Link, Note, PageReport, Role, TextBlock } from './types';

export const ENGINE_VERSION = '0.1.0';

export { RULES } from './rules/index';
export { detectLang, segment } from './segment';
export { productPageEvidence } from './signals';
export type * from './types';

function enabledRules(options: AnalyseOptions): Rule[] {
  const offRubrics = new Set(options.disabledRubrics ?? []);
  const offRules = new Set(options.disabledRules ?? []);
  return RULES.filter((r) => !offRubrics.has(r.rubric) && !offRules.has(r.id));
}

function ruleContext(text: string, lang: Lang, role: Role | undefined, evidence: Evidence[]): RuleContext {
  const quantities = findQuantities(text);
  const kinds = detectKinds(text, quantities, role);
  return {
    text,
    lang,
    role,
    kinds,
    quantities,
    evidence,
    is: (kind: ClaimKind) => kinds.some((k) => k.kind === kind),
    has: (kind, strength) => evidence.some((e) => e.kind === kind && (!strength || e.strength === strength)),
    spanOf: (kind) => kinds.find((k) => k.kind === kind)?.span,
  };
}

function runRules(ctx: RuleContext, rules: Rule[]): Flag[] {
  const flags: Flag[] = [];
  for (const rule of rules) {
    if (!rule.languages.includes(ctx.lang)) continue;
    for (const span of rule.check(ctx)) {
      flags.push({
        rule: rule.id,
        rubric: rule.rubric,
        severity: rule.severity,
        span,
        title: rule.title,
        note: rule.note,
        question: rule.question,
        source: rule.source,
      });
    }
  }
  return flags;
}

export interface ScoreClaimOptions extends AnalyseOptions, EvidenceInput {
  lang?: Lang;
  role?: Role;
}

function judge(text: string, options: ScoreClaimOptions, rules: Rule[]): ClaimReport {
  const lang = options.lang ?? detectLang(text);
  const evidence = findEvidence(text, options);
  const ctx = ruleContext(text, lang, options.role, evidence);
  const kinds = ctx.kinds.map((k) => k.kind);
  if (kinds.length === 0) {
    return { text, lang, isClaim: false, kinds: [], score: null, verdict: 'not-a-claim', flags: [], evidence, missing: [] };
  }
  const flags = runRules(ctx, rules);
  const { score, verdict, missing } = scoreClaimParts(kinds, evidence, flags, options.sensitivity);
  return { text, lang, isClaim: true, kinds, score, verdict, flags, evidence, missing };
}

/** Judge one piece of text as a single claim (with optional footnotes, links and neighbours). */
export function scoreClaim(text: string, options: ScoreClaimOptions = {}): ClaimReport {
  return judge(text, options, enabledRules(options));
}

const MARKER = /[*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰]+|\[\d{1,2}\]/gu;

/**
 * The notes a sentence points to: those whose marker stands inside it (by offset when the
 * caller knows it, else by the marker's text), or all of them for a one-sentence block.
 */
function notesFor(sentence: Sentence, notes: Note[] | undefined, only: boolean): Note[] {
  if (!notes?.length) return [];
  const markers = new Set(sentence.text.match(MARKER) ?? []);
  const hit = notes.filter((n) => (n.at !== undefined ? n.at >= sentence.start && n.at <= sentence.end : markers.has(n.marker)));
  return hit.length || !only ? hit : notes;
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/\s+/gu, ' ').trim();
}

/** Analyse a page's text blocks: every claim judged, the page scored and graded. */
export function analyse(blocks: TextBlock[], options: AnalyseOptions = {}): PageReport {
  const rules = enabledRules(options);
  const claims: Claim[] = [];
  const seen = new Map<string, Claim>();
  let sentences = 0;
  const langCount = { en: 0, zh: 0 };

  for (const block of blocks) {
    const blockLang = block.lang ?? detectLang(block.text);
    const parts = segment(block.text, blockLang);
    sentences += parts.length;
    for (let i = 0; i < parts.length; i++) {
      const s = parts[i];
      if (!s) continue;
      langCount[s.lang] += s.text.length;
      const context = [parts[i - 1]?.text, parts[i + 1]?.text].filter((t): t is string => !!t);
      const links: Link[] | undefined = block.links;
      const report = judge(s.text, { ...options, lang: s.lang, role: block.role, context, links, notes: notesFor(s, block.notes, parts.length === 1) }, rules);
      if (!report.isClaim || report.score === null || report.verdict === 'not-a-claim') continue;
      const weight = ROLE_WEIGHT[block.role];
      const claim: Claim = {
        ...report,
        isClaim: true,
        score: report.score,
        verdict: report.verdict,
        id: `${block.id}:${s.start}`,
        blockId: block.id,
        role: block.role,
        span: [s.start, s.end],
        weight,
      };
      // The same sentence in the title, the meta description and the hero counts once, at its most prominent place.
      const key = normalise(s.text);
      const before = seen.get(key);
      if (before) {
        if (before.weight < weight) before.weight = weight;
        continue;
      }
      seen.set(key, claim);
      claims.push(claim);
    }
  }

  const lang: Lang = langCount.zh > langCount.en ? 'zh' : 'en';
  const product = productPageEvidence(blocks);
  const signals = pageSignals(blocks, claims);
  const breakdown = pageScore(claims, signals);
  const counts = {
    blocks: blocks.length,
    sentences,
    claims: claims.length,
    supported: claims.filter((c) => c.verdict === 'supported').length,
    weak: claims.filter((c) => c.verdict === 'weak').length,
    unsupported: claims.filter((c) => c.verdict === 'unsupported').length,
  };
  const base = { engine: ENGINE_VERSION, lang, isProductPage: product.isProduct, claims, signals, breakdown, counts };
  if (!product.isProduct) return { ...base, grade: null, score: null, noGradeReason: 'not-product-page' };
  if (claims.length < MIN_CLAIMS || breakdown.final === null) return { ...base, grade: null, score: null, noGradeReason: 'too-few-claims' };
  return { ...base, grade: gradeOf(breakdown.final), score: breakdown.final };
}
