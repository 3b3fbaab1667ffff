// The engine's pipeline: one sentence judged (lexicon, gate, evidence, rules, score), one
// block's sentences judged, and a page's report assembled from its blocks. The public entry
// is heuristics/index.ts; heuristics/incremental.ts keeps block judgements between reads.
import { caveatIn } from './caveats';
import { readClaim, settleKinds } from './claims';
import { describesStudy, type EvidenceInput, readEvidence, sampleSize, scanEvidence } from './evidence';
import { readGate } from './gate/index';
import { LIMITS } from './limits';
import { findQuantities, type Quantity } from './quantities';
import type { Rule, RuleContext } from './rule';
import { RULES } from './rules/index';
import { claimWeight, gradeOf, KIND_RUBRIC, MIN_CLAIMS, MIN_WEIGHT, pageScore, proofOf, ROLE_WEIGHT, scoreClaimParts } from './score';
import { detectLang, type Sentence, segment } from './segment';
import { type FactSource, LIMITATIONS_HEADING, PRICING_LABEL, pageSignals, productPageEvidence, signalsFrom } from './signals';
import { splitTexts } from './texts';
import type { AnalyseOptions, Claim, ClaimKind, ClaimReport, Flag, Lang, Note, PageReport, Role, TextBlock } from './types';
import { CLAIM_KINDS } from './types';
import { spanBack, UNMASKED, unmask } from './unmask';
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
/** Each rule's texts as its flags carry them: the base language's at the top, the others under their codes. */
const RULE_TEXTS = new Map(RULES.map((r) => [r, splitTexts(r.texts)]));

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
      const texts = RULE_TEXTS.get(rule) ?? splitTexts(rule.texts);
      flags.push({
        rule: rule.id,
        rubric: rule.rubric,
        severity: rule.severity,
        span,
        ...texts.base,
        source: rule.source,
        ...texts.others,
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

/** A figure that reports a result (a rate, a multiple, money, a rating, a time), not the study's own length or counts. */
function isResult(q: Quantity, text: string): boolean {
  // A count is what the study counted ("41 clerks"); a score with decimals ("F1为89.6") is what it found.
  if (q.unit === 'year' || (q.unit === 'count' && Number.isInteger(q.value))) return false;
  if (q.unit !== 'time') return true;
  // "a 12-week study", "为期4周": how long the study ran.
  return !/^\d[\d.,]*\s?[-‐–]/.test(q.text) && !/为期\s?$/.test(text.slice(Math.max(0, q.span[0] - 3), q.span[0]));
}

/** Kinds a study beside the claim does not back: what it measured is a figure, not a rank, a crowd or a quotation. */
const NOT_MEASURED_BY_STUDY = new Set<ClaimKind>(['superlative', 'social-proof', 'testimonial', 'earnings', 'emotional']);

/** Kinds that stay promises even under a limitations heading: a rank, money, an absolute, a feeling. */
const PROMISED_UNDER_LIMITS = new Set<ClaimKind>(['superlative', 'earnings', 'absolute', 'emotional']);

/** Words that limit: under a limitations heading, they make a sentence a caveat. */
const LIMITING =
  /\b(?:not|no|never|only|just|worse|slower|lower|longer|fewer|less|fails?|failed|struggles?|errors?|edits?|mistakes?|wrong|cannot|can't|don't|doesn't|didn't|without|limited|under|unless|except|rewrit\w*|misread\w*|missed)\b|不|没有|仅|只|较低|下降|错误|失败|无法|假阳性|假阴性|误报|漏报|误判|漏检|漏诊|误诊/i;

/** A success rate well short of perfect ("flagged correctly 64% of the time", "准确率78%"): a limit when said under a limitations heading. */
function lowRate(text: string, quantities: Quantity[]): boolean {
  return RATE_WORDS.test(text) && quantities.some((q) => q.unit === 'percent' && q.value < 90);
}
const RATE_WORDS = /\b(?:correct(?:ly)?|right|accura(?:te|cy)|precision|recall|of the time)\b|准确|正确|识别率/i;

/** Kinds that a pricing card's short lines take from plan terms: "unlimited", "everything in", "priority". */
const PLAN_TERMS = new Set<ClaimKind>(['absolute', 'vague-promise', 'ai-washing']);

export interface ScoreClaimOptions extends AnalyseOptions, EvidenceInput {
  lang?: Lang;
  role?: Role;
  /** The sentence of an earlier paragraph that describes the study this claim may report (Borrowed.study). */
  study?: string;
  /** The sentence stands under a limitations heading (Borrowed.limits). */
  limits?: boolean;
  /** The sentence stands under a pricing or plans heading (Borrowed.plans). */
  plans?: boolean;
}

function reportSentence(raw: string, options: ScoreClaimOptions, on: Enabled): ClaimReport {
  const text = raw.length > MAX_CLAIM_CHARS ? raw.slice(0, MAX_CLAIM_CHARS) : raw;
  const lang = options.lang ?? detectLang(text);
  const quantities = findQuantities(text);
  const reading = readClaim(text, quantities, options.role);
  // The gate decides whether the sentence claims anything; the lexicon and the slots say of which kinds.
  // A quotation from a customer and a measured figure are claims by their structure, whatever the gate says.
  const gate = readGate(text, lang, reading, quantities);
  // A question or a signature line is never a claim, whatever the gate reads in its words; nor is a caveat
  // ("not more accurate than careful people", "handwritten: 71%") unless the sentence also ranks, promises money or proof.
  // Under a "Limitations" or "Where it fails" heading, a sentence that says where the product falls short is a caveat
  // (a plain promise put there is still a promise).
  const limiting =
    options.limits === true && (LIMITING.test(text) || lowRate(text, quantities)) && !reading.kinds.some((k) => PROMISED_UNDER_LIMITS.has(k.kind));
  const caveat = !reading.testimonial && (limiting || (caveatIn(text) !== undefined && !reading.kinds.some((k) => PROMISES.has(k.kind))));
  // A short line on a pricing card ("Unlimited brand kits", "Everything in Pro") is a plan's terms, not a promise about results.
  const planKinds: ClaimKind[] = reading.kinds.length ? reading.kinds.map((k) => k.kind) : gate.slots.flatMap((sl) => (sl.kind ? [sl.kind] : []));
  const planLine = (options.role === 'pricing' || options.plans === true) && text.length <= 90 && planKinds.every((k) => PLAN_TERMS.has(k));
  const gated = !reading.refused && !caveat && !planLine && (gate.claims || reading.testimonial);
  const fromGate = gated && reading.kinds.length === 0;
  let kindless = false;
  if (fromGate) {
    for (const s of gate.slots) if (s.kind && !reading.kinds.some((k) => k.kind === s.kind)) reading.kinds.push({ kind: s.kind, span: s.span });
    kindless = reading.kinds.length === 0;
    // A claim the gate finds in words no kind names is judged as a figure when it reports one ("38% of handling
    // time went into composing replies"), else as a promise in general terms.
    if (kindless) reading.kinds.push({ kind: quantities.some((q) => isResult(q, text)) ? 'quantified-benefit' : 'vague-promise', span: [0, text.length] });
  }
  if (!gated) reading.kinds.length = 0;
  // A sentence with no claim words and no figure is not a claim whatever evidence it holds: skip the evidence.
  if (reading.kinds.length === 0 && (!reading.figure || caveat)) {
    return { text, lang, isClaim: false, kinds: [], score: null, verdict: 'not-a-claim', flags: [], evidence: [], missing: [] };
  }
  // A study described beside the claim backs the figures it measured, not a rank, a crowd or a customer's word.
  const measurable = quantities.some((q) => q.unit !== 'year') && !reading.kinds.some((k) => NOT_MEASURED_BY_STUDY.has(k.kind));
  // Object.assign rather than a spread followed by more keys: V8 copies that way many times faster.
  const input: EvidenceInput = Object.assign({}, options, { quotation: reading.testimonial });
  if (measurable && options.study) input.context = [...(options.context ?? []), options.study];
  const read = readEvidence(text, input);
  const evidence = read.evidence;
  if (!measurable) for (const h of read.hits) if (h.study) delete h.study;
  const proof = proofOf(
    read.hits,
    quantities.some((q) => q.unit !== 'year'),
    (h) => sampleSize(h.text),
    text,
  );
  // A sentence that says how something was measured ("we ran a 12-week study with 41 clerks") and claims nothing by its
  // words is the evidence of the claims around it, not a claim of its own.
  if (kindless && proof.measured && (proof.sample || proof.date) && !proof.weakMethod && !quantities.some((q) => isResult(q, text))) {
    return { text, lang, isClaim: false, kinds: [], score: null, verdict: 'not-a-claim', flags: [], evidence, missing: [] };
  }
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

/** Report on one piece of text as a single claim (with optional footnotes, links, attribution and neighbours). */
export function scoreClaim(text: string, options: ScoreClaimOptions = {}): ClaimReport {
  return reportSentence(String(text ?? ''), options, enabled(options));
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

/** Roles of text the page does not show as its copy: the metadata a reader seldom sees. */
const METADATA_ROLES = new Set<Role>(['title', 'meta', 'structured', 'alt']);

/** The same sentence with or without its full stop, spacing or footnote marker. */
const TRAILING = new Set([...' .!。！*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰']);
function normalise(text: string): string {
  const t = text.toLowerCase().replace(/\s+/gu, ' ');
  let end = t.length;
  while (end > 0 && TRAILING.has(t[end - 1] as string)) end--;
  return t.slice(0, end).trim();
}

/**
 * Whatever arrives from a page, only well-formed blocks are read; an unknown role reads as body
 * text. Text spelt to look other than it reads (heuristics/unmask.ts) is read as it reads; the
 * block remembers its own text, so that its claims' spans are the page's.
 */
export function wellFormed(input: TextBlock[]): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const b of Array.isArray(input) ? input : []) {
    if (!b || typeof b !== 'object' || typeof b.text !== 'string') continue;
    let block = ROLE_WEIGHT[b.role] === undefined ? { ...b, role: 'body' as const } : b;
    const u = unmask(block.text);
    if (u.back) {
      block = { ...block, text: u.text };
      UNMASKED.set(block, { ...u, raw: b.text });
    }
    blocks.push(block);
  }
  return blocks;
}

/** What a block borrows from its neighbours: the only inputs a block's judgement takes from outside it. */
export interface Borrowed {
  /** Who said it, from the short lines after a testimonial. */
  attribution?: string;
  /** The sentence of a paragraph just before that describes the study this block reports ("we ran a 12-week study with 41 clerks"). */
  study?: string;
  /** The block stands under a heading such as "Limitations" or "Where it fails": what it says there is a caveat. */
  limits?: true;
  /** The block stands under a heading such as "Pricing" or "Plans" (a table of plans with no pricing section around it). */
  plans?: true;
}

const STUDY_QUICK = /\b(?:study|trial|pilot|experiment|evaluation|survey|audit|benchmark)|研究|试验|实验|测试|评测/i;
/** Blocks that end a section: a study described before one of them is not the next block's study. */
const SECTION_START = new Set<Role>(['title', 'meta', 'hero', 'heading', 'structured']);

/** How many blocks back, within its section, a block looks for the study it reports (a list of results under the study). */
const STUDY_LOOKBACK = 8;

/** Each block's study sentence, once: blocks are values, never changed once read (a changed block is a new object). */
const STUDIES = new WeakMap<TextBlock, string | null>();

/** The sentence of a block that describes a study: a method with what it counted or when. */
function studyIn(b: TextBlock): string | null {
  let found = STUDIES.get(b);
  if (found !== undefined) return found;
  found = null;
  if (b.text.length <= 2000 && /\d/.test(b.text) && STUDY_QUICK.test(b.text)) {
    for (const s of segment(b.text)) {
      if (!STUDY_QUICK.test(s.text)) continue;
      const hits = scanEvidence(s.text);
      if (describesStudy(hits)) {
        found = s.text;
        break;
      }
    }
  }
  STUDIES.set(b, found);
  return found;
}

/** How far back a block looks for the heading it stands under. */
const HEADING_LOOKBACK = 16;

/**
 * One walk back from block i to the start of its section: the heading it stands under (if within
 * reach) and the nearest sentence before it that describes a study (within STUDY_LOOKBACK blocks).
 */
function sectionBefore(blocks: TextBlock[], i: number): { heading?: string; study?: string } {
  const role = blocks[i]?.role;
  const out: { heading?: string; study?: string } = {};
  if (!role || SECTION_START.has(role)) return out;
  for (let j = i - 1; j >= 0 && j >= i - HEADING_LOOKBACK; j--) {
    const b = blocks[j] as TextBlock;
    if (SECTION_START.has(b.role)) {
      if (b.role === 'heading' && b.text.length < 120) out.heading = b.text;
      break;
    }
    if (out.study === undefined && role !== 'testimonial' && j >= i - STUDY_LOOKBACK) {
      const study = studyIn(b);
      if (study) out.study = study;
    }
  }
  return out;
}

/** What block i borrows from the blocks around it. */
export function borrowedFor(blocks: TextBlock[], i: number): Borrowed {
  const attribution = blocks[i]?.role === 'testimonial' ? attributionAfter(blocks, i) : undefined;
  const { heading, study } = sectionBefore(blocks, i);
  // Under "Limitations" or "Where it fails", what a block says is a caveat; under "Pricing" or "Plans", its short lines are plan terms.
  const limits = heading !== undefined && LIMITATIONS_HEADING.test(heading);
  const plans = heading !== undefined && blocks[i]?.role !== 'pricing' && PRICING_LABEL.test(heading);
  if (attribution === undefined && study === undefined && !limits && !plans) return NOTHING_BORROWED;
  const out: Borrowed = {};
  if (attribution !== undefined) out.attribution = attribution;
  if (study !== undefined) out.study = study;
  if (limits) out.limits = true;
  if (plans) out.plans = true;
  return out;
}

const NOTHING_BORROWED: Borrowed = Object.freeze({});

/** The borrowed inputs as one string, for recognising the same judgement (heuristics/incremental.ts). */
export function borrowedKey(b: Borrowed): string {
  return b === NOTHING_BORROWED ? '' : `${b.attribution ?? ''}\u0002${b.study ?? ''}\u0002${b.limits ? 'L' : ''}${b.plans ? 'P' : ''}`;
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
 * Does one of two claims say all the other says? The same figures, no kind the fuller one
 * lacks, and most of the shorter one's words in it: "80% less PPT work" under "Saves 80% of your
 * PPT work", "The world's first AI designer" under "SlideCraft is the world's first AI
 * designer", "Trusted by 50,000+ teams" under "Trusted by 50,000+ teams at the world's most
 * innovative companies".
 */
function contains(full: { kinds: readonly string[]; gist: Gist }, part: { kinds: readonly string[]; gist: Gist }): boolean {
  if (!part.kinds.every((k) => full.kinds.includes(k))) return false;
  const words = part.gist.words;
  if (words.length === 0) return false;
  const have = new Set(full.gist.words);
  let shared = 0;
  for (const w of words) if (have.has(w)) shared++;
  return shared / words.length >= (part.gist.figures ? 0.5 : 0.75);
}

/** How `later` relates to `first`: it says again what `first` says ('same'), says that and more ('fuller'), or neither. */
function sameClaim(first: { kinds: readonly string[]; gist: Gist }, later: { kinds: readonly string[]; gist: Gist }): 'same' | 'fuller' | null {
  if (first.gist.figures !== later.gist.figures) return null;
  if (contains(first, later)) return 'same';
  if (later.kinds.length > first.kinds.length && contains(later, first)) return 'fuller';
  return null;
}

/**
 * What one block adds to a report: its sentences judged. A function of the block's text, role,
 * links and notes, its attribution and the options alone, so it can be kept and reused while
 * these stay the same (heuristics/incremental.ts).
 */
export interface BlockReport {
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

/** Report on every sentence of one block. */
export function reportBlock(block: TextBlock, borrowed: Borrowed, options: AnalyseOptions = {}): BlockReport {
  const { attribution, study, limits, plans } = borrowed;
  const on = enabled(options);
  const parts = wholeQuotation(block) ?? segment(block.text);
  const masked = UNMASKED.get(block);
  const out: BlockReport = { sentences: parts.length, en: 0, zh: 0, claims: [] };
  for (let i = 0; i < parts.length; i++) {
    const s = parts[i];
    if (!s) continue;
    out[s.lang] += s.text.length;
    const context = [parts[i - 1]?.text, parts[i + 1]?.text].filter((t): t is string => !!t);
    const own: ScoreClaimOptions = { lang: s.lang, role: block.role, context };
    if (study) own.study = study;
    if (limits) own.limits = true;
    if (plans) own.plans = true;
    if (block.links) own.links = block.links;
    own.notes = notesFor(s, block.notes, parts.length === 1);
    if (attribution) own.attribution = attribution;
    const report = reportSentence(s.text, Object.assign({}, options, own), on);
    if (!report.isClaim || report.score === null || report.verdict === 'not-a-claim') continue;
    // What the page's metadata says (its title, description, social card, structured data, an
    // image's alt text) is not shown as its copy: a claim there counts, but what backs it there
    // proves nothing, so a metadata claim that carries its own evidence is left out rather than
    // counted as backed (the page's copy, where it says the same, is judged on its own).
    if (METADATA_ROLES.has(block.role) && report.evidence.length) continue;
    const [start, end] = masked ? spanBack(masked, s.start, s.end) : [s.start, s.end];
    out.claims.push({ report: report as BlockClaim['report'], start, end, key: normalise(s.text), gist: gistOf(s.text) });
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

function similar(group: Placed[] | undefined, later: { kinds: readonly string[]; gist: Gist }): { claim: Claim; fuller: boolean } | undefined {
  if (!group) return undefined;
  for (let i = 0; i < group.length && i < SIMILAR_LOOKS; i++) {
    const g = group[i] as Placed;
    const how = sameClaim(g, later);
    if (how) return { claim: g.claim, fuller: how === 'fuller' };
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
export function assemble(blocks: TextBlock[], reports: readonly BlockReport[], facts?: FactSource): PageReport {
  const claims: Claim[] = [];
  const seen = new Map<string, Claim>();
  // Claims by language and figures: only claims with the same figures can be the same claim.
  const gists = new Map<string, Placed[]>();
  let sentences = 0;
  const langCount = { en: 0, zh: 0 };
  // A footnote that a claim cites is that claim's evidence, read with it: not a claim of its own.
  let cited: string[] | undefined;

  for (let bi = 0; bi < blocks.length; bi++) {
    const block = blocks[bi] as TextBlock;
    const part = reports[bi] as BlockReport;
    sentences += part.sentences;
    langCount.en += part.en;
    langCount.zh += part.zh;
    if (!part.claims.length) continue;
    const blockId = String(block.id).slice(0, 200);
    if (block.role === 'footnote') cited ??= citedNotes(blocks);
    for (const c of part.claims) {
      const report = c.report;
      if (block.role === 'footnote' && cited?.some((n) => n.includes(c.key))) continue;
      const weight = claimWeight(block.role, report.kinds);
      // The same claim in the title, the meta description, the hero and a stat tile counts once, at its most prominent place.
      const group = `${report.lang}|${c.gist.figures}`;
      const exact = seen.get(c.key);
      const like = exact ? undefined : similar(gists.get(group), { kinds: report.kinds, gist: c.gist });
      const found = exact ?? like?.claim;
      if (found) {
        const also = found.also ?? [];
        // The place with the best evidence stands for the claim (a footnote at one place backs the claim wherever it is said),
        // then the most prominent one (the hero after the title); the weight is always the most prominent place's.
        // A fuller version (the same claim with a rank or a promise more) always stands for it: its extra kinds are judged.
        if (!like?.fuller && (report.score < found.score || (report.score === found.score && weight <= found.weight))) {
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
        for (const g of gists.get(group) ?? []) {
          if (g.claim !== found) continue;
          g.claim = moved;
          if (like?.fuller) {
            g.kinds = report.kinds;
            g.gist = c.gist;
          }
        }
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
  // Too little claimed to grade: a few mild lines and nothing backed. A careful page's few backed claims are graded.
  let weight = 0;
  for (const c of claims) weight += c.weight;
  const slight = weight < MIN_WEIGHT && counts.supported === 0;
  if (claims.length < MIN_CLAIMS || slight || breakdown.final === null) return { ...base, grade: null, score: null, noGradeReason: 'too-few-claims' };
  return { ...base, grade: gradeOf(breakdown.final), score: breakdown.final };
}

/** The notes the page's claims point to, as duplicates are recognised (normalise). */
function citedNotes(blocks: TextBlock[]): string[] {
  const out: string[] = [];
  for (const b of blocks) for (const n of b.notes ?? []) if (out.length < 200) out.push(normalise(n.text));
  return out;
}

/** Analyse a page's text blocks: every claim judged, the page scored and graded. */
export function analyse(input: TextBlock[], options: AnalyseOptions = {}): PageReport {
  const blocks = wellFormed(input);
  const reported: BlockReport[] = [];
  for (let bi = 0; bi < blocks.length; bi++) reported.push(reportBlock(blocks[bi] as TextBlock, borrowedFor(blocks, bi), options));
  return assemble(blocks, reported);
}
