// The engine's pipeline: one sentence judged (lexicon, gate, evidence, rules, score), one
// block's sentences judged, and a page's report assembled from its blocks. The public entry
// is heuristics/index.ts; heuristics/incremental.ts keeps block judgements between reads.
import { caveatIn } from './caveats';
import { readClaim, settleKinds } from './claims';
import { type EvidenceInput, readEvidence, sampleSize } from './evidence';
import { readGate } from './gate/index';
import { LIMITS } from './limits';
import { findQuantities } from './quantities';
import type { Rule, RuleContext } from './rule';
import { RULES } from './rules/index';
import { claimWeight, gradeOf, KIND_RUBRIC, MIN_CLAIMS, pageScore, proofOf, ROLE_WEIGHT, scoreClaimParts } from './score';
import { detectLang, type Sentence, segment } from './segment';
import { type FactSource, pageSignals, productPageEvidence, signalsFrom } from './signals';
import type { AnalyseOptions, Claim, ClaimKind, ClaimReport, Flag, Lang, Note, PageReport, Role, TextBlock } from './types';
import { CLAIM_KINDS } from './types';
import { ENGINE_VERSION } from './version';

/** Text longer than this is judged by its first part only: no claim is this long. */
export const MAX_CLAIM_CHARS = 2000;

interface Enabled {
  rules: readonly Rule[];
  kinds: (k: ClaimKind) => boolean;
}

const ALL_ON: Enabled = { rules: RULES, kinds: () => true };
let lastOff = '';
let lastEnabled: Enabled = ALL_ON;

/** The rules and kinds the options leave on; worked out once for the same switches. */
function enabled(options: AnalyseOptions): Enabled {
  const rubrics = options.disabledRubrics;
  const rules = options.disabledRules;
  if (!rubrics?.length && !rules?.length) return ALL_ON;
  const key = `${rubrics?.join(',') ?? ''}|${rules?.join(',') ?? ''}`;
  if (key === lastOff) return lastEnabled;
  const offRubrics = new Set(rubrics ?? []);
  const offRules = new Set(rules ?? []);
  lastOff = key;
  lastEnabled = {
    rules: RULES.filter((r) => !offRubrics.has(r.rubric) && !offRules.has(r.id)),
    kinds: (k) => !offRubrics.has(KIND_RUBRIC[k]),
  };
  return lastEnabled;
}

/** Each claim kind as a bit, and each rule as the bits of the kinds it looks at. */
const KIND_BIT = new Map<ClaimKind, number>(CLAIM_KINDS.map((k, i) => [k, 1 << i]));
const RULE_MASK = new Map<Rule, number>(RULES.map((r) => [r, r.kinds.reduce((m, k) => m | (KIND_BIT.get(k) ?? 0), 0)]));

function runRules(ctx: RuleContext, rules: readonly Rule[], minorToo: boolean): Flag[] {
  const flags: Flag[] = [];
  let mask = 0;
  for (const k of ctx.kinds) mask |= KIND_BIT.get(k.kind) ?? 0;
  for (const rule of rules) {
    if (rule.fallback && (flags.length > 0 || !ctx.fromGate)) continue;
    if (!minorToo && rule.severity === 'minor') continue;
    if (((RULE_MASK.get(rule) ?? 0) & mask) === 0) continue;
    if (!rule.languages.includes(ctx.lang)) continue;
    // One flag per rule, at the first words it objects to: the note is said once and counted once.
    const span = rule.check(ctx)[0];
    if (span) {
      if (flags.length >= LIMITS.flags) return flags;
      flags.push({
        rule: rule.id,
        rubric: rule.rubric,
        severity: rule.severity,
        span,
        title: rule.title,
        note: rule.note,
        question: rule.question,
        source: rule.source,
        zh: rule.zh,
      });
    }
  }
  return flags;
}

/**
 * Kinds a caveat in the same sentence does not take back: a rank, money, proof, a feeling, an
 * absolute, and automation or replacement (a review step beside them is their evidence, not a caveat).
 */
const PROMISES = new Set<ClaimKind>(['superlative', 'earnings', 'social-proof', 'emotional', 'absolute', 'automation', 'replacement']);

/** Kinds that a pricing card's short lines take from plan terms: "unlimited", "everything in", "priority". */
const PLAN_TERMS = new Set<ClaimKind>(['absolute', 'vague-promise', 'ai-washing']);

export interface ScoreClaimOptions extends AnalyseOptions, EvidenceInput {
  lang?: Lang;
  role?: Role;
}

function judge(raw: string, options: ScoreClaimOptions, on: Enabled): ClaimReport {
  const text = raw.length > MAX_CLAIM_CHARS ? raw.slice(0, MAX_CLAIM_CHARS) : raw;
  const lang = options.lang ?? detectLang(text);
  const quantities = findQuantities(text);
  const reading = readClaim(text, quantities, options.role);
  // The gate decides whether the sentence claims anything; the lexicon and the slots say of which kinds.
  // A quotation from a customer and a measured figure are claims by their structure, whatever the gate says.
  const gate = readGate(text, lang, reading, quantities);
  // A question or a signature line is never a claim, whatever the gate reads in its words; nor is a caveat
  // ("not more accurate than careful people", "handwritten: 71%") unless the sentence also ranks, promises money or proof.
  const caveat = !reading.testimonial && caveatIn(text) !== undefined && !reading.kinds.some((k) => PROMISES.has(k.kind));
  // A short line on a pricing card ("Unlimited brand kits", "Everything in Pro") is a plan's terms, not a promise about results.
  const planKinds: ClaimKind[] = reading.kinds.length ? reading.kinds.map((k) => k.kind) : gate.slots.flatMap((sl) => (sl.kind ? [sl.kind] : []));
  const planLine = options.role === 'pricing' && text.length <= 60 && planKinds.every((k) => PLAN_TERMS.has(k));
  const gated = !reading.refused && !caveat && !planLine && (gate.claims || reading.testimonial);
  const fromGate = gated && reading.kinds.length === 0;
  if (fromGate) {
    for (const s of gate.slots) if (s.kind && !reading.kinds.some((k) => k.kind === s.kind)) reading.kinds.push({ kind: s.kind, span: s.span });
    if (reading.kinds.length === 0) reading.kinds.push({ kind: 'vague-promise', span: [0, text.length] });
  }
  if (!gated) reading.kinds.length = 0;
  // A sentence with no claim words and no figure is not a claim whatever evidence it holds: skip the evidence.
  if (reading.kinds.length === 0 && !reading.figure) {
    return { text, lang, isClaim: false, kinds: [], score: null, verdict: 'not-a-claim', flags: [], evidence: [], missing: [] };
  }
  // Object.assign rather than a spread followed by more keys: V8 copies that way many times faster.
  const read = readEvidence(text, Object.assign({}, options, { quotation: reading.testimonial }));
  const evidence = read.evidence;
  const proof = proofOf(
    read.hits,
    quantities.some((q) => q.unit !== 'year'),
    (h) => sampleSize(h.text),
    text,
  );
  const customer = proof.customer ? read.hits.find((h) => h.tag === 'customer' && h.where === 'sentence')?.span : undefined;
  const { kinds: kindMatches, numeric } = settleKinds(reading, quantities, proof, customer, on.kinds);
  if (kindMatches.length === 0) {
    return { text, lang, isClaim: false, kinds: [], score: null, verdict: 'not-a-claim', flags: [], evidence, missing: [] };
  }
  const kinds = kindMatches.map((k) => k.kind);
  const ctx: RuleContext = {
    text,
    lang,
    role: options.role,
    kinds: kindMatches,
    cues: reading.cues,
    quantities,
    evidence,
    proof,
    numeric,
    fromGate,
    is: (kind) => kinds.includes(kind),
    has: (kind, strength) => evidence.some((e) => e.kind === kind && (!strength || e.strength === strength)),
    spanOf: (kind) => kindMatches.find((k) => k.kind === kind)?.span,
    cue: (id) => reading.cues.find((c) => c.id === id || c.id.startsWith(`${id}.`))?.span,
  };
  const sensitivity = options.sensitivity ?? 'normal';
  const flags = runRules(ctx, on.rules, sensitivity !== 'lenient');
  const { score, verdict, missing } = scoreClaimParts(
    kinds,
    numeric,
    proof,
    flags.map((f) => f.severity),
    sensitivity,
    reading.cues.some((c) => c.id === 'absolute.guarantee'),
  );
  return { text, lang, isClaim: true, kinds, score, verdict, flags, evidence, missing };
}

/** Judge one piece of text as a single claim (with optional footnotes, links, attribution and neighbours). */
export function scoreClaim(text: string, options: ScoreClaimOptions = {}): ClaimReport {
  return judge(String(text ?? ''), options, enabled(options));
}

const MARKER = /[*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰]+|\[\d{1,2}\]/gu;

/**
 * The notes a sentence points to: those whose marker stands inside it (by offset when the
 * caller knows it, else by the marker's text), or all of them for a one-sentence block.
 */
function notesFor(sentence: Sentence, notes: Note[] | undefined, only: boolean): Note[] {
  if (!notes?.length) return [];
  const markers = new Set(sentence.text.match(MARKER) ?? []);
  const hit = notes.filter((n) => (n.at !== undefined ? n.at >= sentence.start && n.at <= sentence.end + 1 : markers.has(n.marker)));
  return hit.length || !only ? hit : notes;
}

/** Short lines after a quotation that say who said it ("Sarah, Marketing", "— Amara Osei", ", Head of Support, Larkspur"). */
function attributionAfter(blocks: TextBlock[], i: number): string | undefined {
  const parts: string[] = [];
  for (let j = i + 1; j < blocks.length && j <= i + 2; j++) {
    const b = blocks[j];
    if (!b || b.text.length > 140 || /^\s*["“「『]/.test(b.text) || (b.role !== 'testimonial' && !/^\s*(?:[—–-]|——)/.test(b.text))) break;
    parts.push(b.text.trim());
    if (/,\s*\S/.test(b.text) && j > i + 1) break;
  }
  return parts.length ? parts.join(' ').replace(/\s+,/g, ',') : undefined;
}

/** The same sentence with or without its full stop, spacing or footnote marker. */
const TRAILING = new Set([...' .!。！*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰']);
function normalise(text: string): string {
  const t = text.toLowerCase().replace(/\s+/gu, ' ');
  let end = t.length;
  while (end > 0 && TRAILING.has(t[end - 1] as string)) end--;
  return t.slice(0, end).trim();
}

/** Whatever arrives from a page, only well-formed blocks are read; an unknown role reads as body text. */
export function wellFormed(input: TextBlock[]): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const b of Array.isArray(input) ? input : []) {
    if (!b || typeof b !== 'object' || typeof b.text !== 'string') continue;
    blocks.push(ROLE_WEIGHT[b.role] === undefined ? { ...b, role: 'body' } : b);
  }
  return blocks;
}

/** The attribution a block borrows from the short lines after it (testimonials only): the one input a block takes from its neighbours. */
export function attributionFor(blocks: TextBlock[], i: number): string | undefined {
  return blocks[i]?.role === 'testimonial' ? attributionAfter(blocks, i) : undefined;
}

/** One claim of a block, before it gets its place on the page (id, weight) and before duplicates across blocks are merged. */
export interface BlockClaim {
  report: ClaimReport & { score: number; verdict: Exclude<ClaimReport['verdict'], 'not-a-claim'> };
  start: number;
  end: number;
  /** The sentence as duplicates are recognised (normalise). */
  key: string;
  /** What the claim says, for recognising the same claim in other words (sameClaim). */
  gist: Gist;
}

/** A claim's figures and content words: two claims with the same figures, kinds and most words are one claim. */
export interface Gist {
  figures: string;
  words: string[];
}

/** Words that say nothing about what a claim claims. */
const STOP = new Set([
  ...'the a an and or of to in on for with by at from your you our we is are be it its this that'.split(' '),
  ...'as into than then just more most less fewer all any every can will'.split(' '),
]);

/** A word as the gist compares it: possessive and plural endings off ("deck's", "decks" → "deck"). */
function stem(w: string): string {
  const bare = w.replace(/['’]s$/, '');
  return bare.length > 3 && bare.endsWith('s') && !bare.endsWith('ss') ? bare.slice(0, -1) : bare;
}

function gistOf(text: string): Gist {
  const figures = findQuantities(text)
    .filter((q) => q.unit !== 'year')
    .map((q) => `${q.unit}:${Math.round(q.value * 100) / 100}`)
    .sort()
    .join(' ');
  const lower = text.toLowerCase();
  const words = new Set<string>();
  for (const m of lower.matchAll(/[a-z][a-z'’]{2,}|[\u3400-\u9fff]+/g)) {
    const w = m[0];
    if (w.charCodeAt(0) >= 0x3400) {
      for (let i = 0; i + 1 < w.length; i++) words.add(w.slice(i, i + 2));
    } else if (!STOP.has(w)) words.add(stem(w));
  }
  return { figures, words: [...words] };
}

/**
 * Is `later` the claim `first` already makes, said again elsewhere on the page? The same
 * figures, no kind that `first` lacks, and most of its words in `first`: "80% less PPT work"
 * under "Saves 80% of your PPT work", "SlideCraft is the world's first AI designer" under "The
 * world's first AI designer".
 */
function sameClaim(first: { kinds: readonly string[]; gist: Gist }, later: { kinds: readonly string[]; gist: Gist }): boolean {
  if (first.gist.figures !== later.gist.figures) return false;
  if (!later.kinds.every((k) => first.kinds.includes(k))) return false;
  const words = later.gist.words;
  if (words.length === 0) return false;
  const have = new Set(first.gist.words);
  let shared = 0;
  for (const w of words) if (have.has(w)) shared++;
  return shared / words.length >= (later.gist.figures ? 0.5 : 0.75);
}

/**
 * What one block adds to a report: its sentences judged. A function of the block's text, role,
 * links and notes, its attribution and the options alone, so it can be kept and reused while
 * these stay the same (heuristics/incremental.ts).
 */
export interface BlockJudgement {
  sentences: number;
  /** Characters of English and Chinese sentences, for the page's language. */
  en: number;
  zh: number;
  claims: BlockClaim[];
}

const QUOTE_OPEN = /^\s*["“「『]/;
const QUOTE_CLOSE = /["”」』]\s*$/;

/**
 * A block that is one quotation from start to end ("“Game changer! I can't go back.”") is one
 * testimonial, judged whole: its sentences are not claims of their own.
 */
function wholeQuotation(block: TextBlock): Sentence[] | null {
  const text = block.text;
  if (text.length > 600 || !QUOTE_OPEN.test(text) || !QUOTE_CLOSE.test(text)) return null;
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  const inner = text.slice(start + 1, end - 1);
  // A quotation that closes and opens again inside is two quotations, not one.
  if (/["”」』][^"“”「」『』]*["“「『]/.test(inner)) return null;
  const quote = text.slice(start, end);
  return [{ text: quote, start, end, lang: detectLang(quote) }];
}

/** Judge every sentence of one block. */
export function judgeBlock(block: TextBlock, attribution: string | undefined, options: AnalyseOptions = {}): BlockJudgement {
  const on = enabled(options);
  const parts = wholeQuotation(block) ?? segment(block.text);
  const out: BlockJudgement = { sentences: parts.length, en: 0, zh: 0, claims: [] };
  for (let i = 0; i < parts.length; i++) {
    const s = parts[i];
    if (!s) continue;
    out[s.lang] += s.text.length;
    const context = [parts[i - 1]?.text, parts[i + 1]?.text].filter((t): t is string => !!t);
    const own: ScoreClaimOptions = { lang: s.lang, role: block.role, context };
    if (block.links) own.links = block.links;
    own.notes = notesFor(s, block.notes, parts.length === 1);
    if (attribution) own.attribution = attribution;
    const report = judge(s.text, Object.assign({}, options, own), on);
    if (!report.isClaim || report.score === null || report.verdict === 'not-a-claim') continue;
    out.claims.push({ report: report as BlockClaim['report'], start: s.start, end: s.end, key: normalise(s.text), gist: gistOf(s.text) });
  }
  return out;
}

interface Placed {
  claim: Claim;
  kinds: readonly string[];
  gist: Gist;
}

/** How many claims with the same figures a claim is compared with: enough for any page's repeats, bounded on a huge page. */
const SIMILAR_LOOKS = 64;

function similar(group: Placed[] | undefined, later: { kinds: readonly string[]; gist: Gist }): Claim | undefined {
  if (!group) return undefined;
  for (let i = 0; i < group.length && i < SIMILAR_LOOKS; i++) {
    const g = group[i] as Placed;
    if (sameClaim(g, later)) return g.claim;
  }
  return undefined;
}

/** A block's claim with its place on the page. */
function placed(report: BlockClaim['report'], blockId: string, role: Role, c: BlockClaim, weight: number): Claim {
  // The same keys in the same order as { ...report, isClaim, …, weight }, copied the faster way.
  return Object.assign({}, report, {
    isClaim: true as const,
    score: report.score,
    verdict: report.verdict,
    id: `${blockId}:${c.start}`,
    blockId,
    role,
    span: [c.start, c.end] as [number, number],
    weight,
  });
}

/**
 * The page's report from its blocks and each block's judgement: claims placed and merged, signals,
 * score and grade. `facts` may serve the blocks' signal facts from a cache (heuristics/incremental.ts).
 */
export function assemble(blocks: TextBlock[], judged: readonly BlockJudgement[], facts?: FactSource): PageReport {
  const claims: Claim[] = [];
  const seen = new Map<string, Claim>();
  // Claims by language and figures: only claims with the same figures can be the same claim.
  const gists = new Map<string, Placed[]>();
  let sentences = 0;
  const langCount = { en: 0, zh: 0 };

  for (let bi = 0; bi < blocks.length; bi++) {
    const block = blocks[bi] as TextBlock;
    const part = judged[bi] as BlockJudgement;
    sentences += part.sentences;
    langCount.en += part.en;
    langCount.zh += part.zh;
    if (!part.claims.length) continue;
    const blockId = String(block.id).slice(0, 200);
    for (const c of part.claims) {
      const report = c.report;
      const weight = claimWeight(block.role, report.kinds);
      // The same claim in the title, the meta description, the hero and a stat tile counts once, at its most prominent place.
      const group = `${report.lang}|${c.gist.figures}`;
      const found = seen.get(c.key) ?? similar(gists.get(group), { kinds: report.kinds, gist: c.gist });
      if (found) {
        const also = found.also ?? [];
        // The place with the best evidence stands for the claim (a footnote at one place backs the claim wherever it is said),
        // then the most prominent one (the hero after the title); the weight is always the most prominent place's.
        if (report.score < found.score || (report.score === found.score && weight <= found.weight)) {
          if (also.length < LIMITS.also) also.push({ blockId, role: block.role, span: [c.start, c.end], text: report.text });
          found.also = also;
          if (found.weight < weight) found.weight = weight;
          continue;
        }
        const at = claims.indexOf(found);
        const moved = placed(report, blockId, block.role, c, Math.max(weight, found.weight));
        moved.also = [{ blockId: found.blockId, role: found.role, span: found.span, text: found.text }, ...also].slice(0, LIMITS.also);
        claims[at] = moved;
        seen.set(c.key, moved);
        for (const g of gists.get(group) ?? []) if (g.claim === found) g.claim = moved;
        for (const [k, v] of seen) if (v === found) seen.set(k, moved);
        continue;
      }
      if (claims.length >= LIMITS.claims) continue;
      const claim = placed(report, blockId, block.role, c, weight);
      seen.set(c.key, claim);
      const same = gists.get(group);
      if (same) same.push({ claim, kinds: report.kinds, gist: c.gist });
      else gists.set(group, [{ claim, kinds: report.kinds, gist: c.gist }]);
      claims.push(claim);
    }
  }

  const lang: Lang = langCount.zh > langCount.en ? 'zh' : 'en';
  const product = productPageEvidence(blocks);
  const signals = (facts ? signalsFrom(facts, claims) : pageSignals(blocks, claims)).slice(0, LIMITS.signals);
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

/** Analyse a page's text blocks: every claim judged, the page scored and graded. */
export function analyse(input: TextBlock[], options: AnalyseOptions = {}): PageReport {
  const blocks = wellFormed(input);
  const judged: BlockJudgement[] = [];
  for (let bi = 0; bi < blocks.length; bi++) judged.push(judgeBlock(blocks[bi] as TextBlock, attributionFor(blocks, bi), options));
  return assemble(blocks, judged);
}
