// What backs a claim: found in the sentence itself, the footnotes its markers point to, the
// links next to it (by their visible text and address), the attribution of a quotation, and
// the sentences around it. Each piece says where it was found and how much it is worth.
import { EVIDENCE_EN, EVIDENCE_EN_CASED, EVIDENCE_ZH, type EvidenceTag } from './lexicon/evidence';
import { HAN_SCANNER, LATIN_SCANNER, type Matcher } from './matcher';
import { CN_DIGIT, CN_SCALE, EN_NUMBER_WORDS, scaleOf } from './numbers';
import { splitTexts } from './texts';
import { type Evidence, type EvidenceKind, type EvidencePlace, type Lang, type Link, type Note, OTHER_LANGS, type OtherLang, type Weakness } from './types';

const EN = LATIN_SCANNER.add(EVIDENCE_EN, { ignoreCase: true, bounded: false });
const EN_CASED = LATIN_SCANNER.add(EVIDENCE_EN_CASED, { ignoreCase: false, bounded: false });
const ZH = HAN_SCANNER.add(EVIDENCE_ZH, { ignoreCase: true, bounded: false });
const LATIN = /[A-Za-z]/;
const UPPER = /[A-Z]/;
const HAN = /[\u3400-\u9fff]/;

/** One element of evidence found in some text. */
export interface Hit {
  tag: EvidenceTag;
  text: string;
  span: [number, number];
}

function scanWith(m: Matcher<EvidenceTag>, text: string, out: Hit[]): void {
  for (const f of m.all(text)) out.push({ tag: f.id, text: text.slice(f.span[0], f.span[1]), span: f.span });
}

const POPULAR = /\b(?:trusted|used|loved|join(?:ed|ing)?|serving|helping|powering|chosen)\s+(?:by\s+)?(?:over\s+|more than\s+|the\s+)?$/i;
const NO_REVIEW = /(?:\bno |\bwithout |\bnever |无需|不需要|不用|免)\S{0,3}$|^(?:no|never)\b/i;
const POPULAR_ZH_BEFORE = /(?:超过|已有|累计|服务|帮助|已为|已帮)\s?$/;
const POPULAR_ZH_AFTER = /^[^，。]{0,3}(?:信赖|选择|使用|在用|青睐|认可|好评|爱上)/;
const WORD_COUNT = /^(?:[a-z]+ )*(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)\b/i;
/** "invoices of over 20 pages": the size of each item, a condition of use, not a sample. */
const ITEM_SIZE =
  /^(?:of|with|over)\s+(?:over |more than |up to |under |fewer than |at least |less than )?\d[\d,.]*\s?(?:pages|words|lines|rows|minutes of audio|hours of audio)\b/i;
const ITEMS_BEFORE = /\b[a-z]+s\s$/i;
/** "outperforms the benchmarks": what the claim beats is not how it was measured. */
const BEATEN =
  /\b(?:outperform|beat|top|surpass|exceed|crush|smash|outscore|outrank|trounce)\w*\s+(?:(?:the|all|every|industry|existing|other|leading|standard|popular|major)\s+)*(?:[a-z-]+\s)?$/i;
const STUDY_WORD = /\b(?:study|studies|survey|trial|pilot|test|tested|measured|evaluation|experiment|sample|interviewed)\b/i;

/** A sentence about a study: in it, any count of a thing is what the study counted. */
const STUDY_HERE = /\b(?:study|studies|trial|pilot|experiment|evaluation|survey|audit|benchmark(?:ed)?|tested|measured|timed)\b/i;
/** A count with the thing counted: "41 clerks", "3 customer teams", "18,240 invoices". */
const COUNTED = /\b((?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s?(?:thousand|million|k)\b)?)\s((?:[a-z][a-z-]+\s){0,2}([a-z][a-z-]+s))\b/gi;
/** Plurals that measure rather than count what a study looked at. */
const NOT_COUNTED =
  /^(?:seconds|minutes|hours|days|weeks|months|years|quarters|times|points|percent|percentage|dollars|euros|pounds|yuan|pages|words|lines|rows|characters|tokens|pixels|languages|steps|clicks|plans|seats|credits|fields|levels|stars|ms|kbs|mbs|gbs)$/i;

function countsInStudy(text: string, out: Hit[]): void {
  if (!STUDY_HERE.test(text)) return;
  for (const m of text.matchAll(COUNTED)) {
    const noun = m[3] ?? '';
    if (NOT_COUNTED.test(noun) || /(?:-week|-day|-month|-year|-hour|-minute)s?$/i.test(m[2] ?? '')) continue;
    const start = m.index ?? 0;
    const end = start + m[0].length;
    // Before the year or a percentage sign ("2025 teams" is rare, "12-week" is a duration) and inside a hit already found: skip.
    if (/^(?:19|20)\d{2}$/.test(m[1] ?? '') || out.some((h) => h.span[0] < end && start < h.span[1])) continue;
    out.push({ tag: 'sample', text: m[0], span: [start, end] });
  }
}

/** Whether a sentence's evidence describes a study: a method, with what it counted or when. */
export function describesStudy(hits: readonly Hit[]): boolean {
  return hits.some((h) => h.tag === 'measured') && hits.some((h) => h.tag === 'sample' || h.tag === 'date');
}

/** Every element of evidence in a text, in reading order. */
export function scanEvidence(original: string): Hit[] {
  const text = original.replace(/[’‘]/g, "'");
  const out: Hit[] = [];
  if (LATIN.test(text)) {
    scanWith(EN, text, out);
    if (UPPER.test(text)) scanWith(EN_CASED, text, out);
    countsInStudy(text, out);
  }
  if (HAN.test(text)) scanWith(ZH, text, out);
  // A count of fans is not a sample ("trusted by 50,000 teams"), nor is "the work of five recruiters".
  return out
    .filter((h) => {
      // "No human review needed", "无需人工审核": a review step denied is not a review step.
      if ((h.tag === 'review' || h.tag === 'limit') && NO_REVIEW.test(text.slice(Math.max(0, h.span[0] - 8), h.span[0] + 4))) return false;
      if (h.tag === 'measured' && /^benchmarks?$/i.test(h.text) && BEATEN.test(text.slice(Math.max(0, h.span[0] - 40), h.span[0]))) return false;
      if (h.tag !== 'sample') return true;
      if (ITEM_SIZE.test(h.text) && ITEMS_BEFORE.test(text.slice(Math.max(0, h.span[0] - 20), h.span[0]))) return false;
      const digit = h.text.search(/\d/);
      if (digit >= 0 && POPULAR.test(text.slice(Math.max(0, h.span[0] + digit - 30), h.span[0] + digit))) return false;
      if (digit < 0 && WORD_COUNT.test(h.text.replace(/^\W*\w+\s/, '')) && !STUDY_WORD.test(text)) return false;
      if (
        POPULAR_ZH_BEFORE.test(text.slice(Math.max(0, h.span[0] - 6), h.span[0])) ||
        POPULAR_ZH_BEFORE.test(text.slice(Math.max(0, h.span[0] - 6), h.span[0] + 2)) ||
        POPULAR_ZH_AFTER.test(text.slice(h.span[1], h.span[1] + 6))
      )
        return false;
      return true;
    })
    .sort((a, b) => a.span[0] - b.span[0]);
}

/** The size of a sample, read from its words ("1,200 replies", "3.2万个任务", "four customers"). */
export function sampleSize(text: string): number {
  const m = /(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?(万|千|thousand|million|k\b|m\b)?/i.exec(text);
  if (m?.[1]) {
    const base = Number(m[1].replace(/,/g, ''));
    const scale = (m[2] ?? '').toLowerCase();
    return base * scaleOf(scale);
  }
  const w = /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)\b/i.exec(text);
  if (w?.[1]) return EN_NUMBER_WORDS[w[1].toLowerCase()] ?? 0;
  const c = /([一二两三四五六七八九十])(?:名|位|家|个)/.exec(text);
  return c?.[1] ? (CN_DIGIT[c[1]] ?? CN_SCALE[c[1]] ?? 0) : 0;
}

/** Fewer measured units than this is a small sample, whatever else the study did right. */
export const SMALL_SAMPLE = 30;

const KIND_OF_TAG: Partial<Record<EvidenceTag, EvidenceKind>> = {
  baseline: 'baseline',
  sample: 'sample',
  measured: 'method',
  selfreport: 'method',
  internal: 'method',
  unnamed: 'method',
  commissioned: 'method',
  date: 'date',
  named: 'source',
  benchmark: 'source',
  platform: 'source',
  standard: 'source',
  auditor: 'independent',
  customer: 'named-customer',
  limit: 'limitation',
  review: 'limitation',
  scope: 'scope',
};

/** Why weak evidence is weak: the kind of weakness, and the reason in every language. */
interface Why {
  weakness: Weakness;
  why: Record<Lang, string>;
}

const WHY: Partial<Record<EvidenceTag, Why>> = {
  selfreport: { weakness: 'self-report', why: { en: 'what people say or feel, not a measurement', zh: '是用户的说法或感受，不是测量结果' } },
  internal: { weakness: 'internal', why: { en: 'an internal or vendor-run test', zh: '是内部测试或厂商自己做的测试' } },
  unnamed: { weakness: 'unnamed', why: { en: 'the source is not named', zh: '没有说明出处' } },
  commissioned: { weakness: 'commissioned', why: { en: 'paid for by the vendor', zh: '由厂商出资' } },
  standard: { weakness: 'standard-only', why: { en: 'names a standard, not an audit against it', zh: '只提到标准，没有按标准做过审计' } },
};

const FOOTNOTE_THIN: Why = {
  weakness: 'thin-footnote',
  why: { en: 'the footnote says little about how the figure was measured', zh: '脚注几乎没说这个数字是怎么测出来的' },
};

/** A sample too small to settle a claim, with its size. */
const smallSample = (n: number): Why => ({ weakness: 'small-sample', why: { en: `a small sample (${n})`, zh: `样本太小（${n}）` } });

/** A link whose words do not say what it points at, with those words. */
const vagueLink = (label: string): Why => ({
  weakness: 'vague-link',
  why: { en: `a link whose text does not say what it shows: ${label}`, zh: `链接文字没有说明它指向什么：${label}` },
});

/** The reason as the report carries it: the weakness, `why` in the base language, each other language's under its code. */
function because(w: Why): Pick<Evidence, 'weakness' | 'why' | OtherLang> {
  const { base, others } = splitTexts(w.why);
  const out: Pick<Evidence, 'weakness' | 'why' | OtherLang> = { weakness: w.weakness, why: base };
  for (const l of OTHER_LANGS) out[l] = { why: others[l] };
  return out;
}

function toEvidence(h: Hit, where: EvidencePlace, withSpan: boolean): Evidence | null {
  const kind = KIND_OF_TAG[h.tag];
  if (!kind) return null;
  let weak = h.tag in WHY;
  let why = WHY[h.tag];
  if (h.tag === 'sample') {
    const n = sampleSize(h.text);
    if (n > 0 && n < SMALL_SAMPLE) {
      weak = true;
      why = smallSample(n);
    }
  }
  return {
    kind,
    text: h.text.trim().slice(0, 200),
    where,
    ...(withSpan ? { span: h.span } : {}),
    strength: weak ? 'weak' : 'strong',
    ...(why ? because(why) : {}),
  };
}

/** Links that point at a study, report, case study or evaluation (by address or visible text). */
const STUDY_HREF =
  /\.pdf(?:$|[?#])|doi\.org\/|arxiv\.org\/|ssrn\.com|nber\.org|pubmed|scholar\.|\/(?:case-stud(?:y|ies)|customers?|cases?|studies|study|research|papers?|whitepapers?|reports?|evaluations?|eval|benchmarks?|methodology|registry)(?:\/|$|[?#-])/i;
const STUDY_TEXT =
  /\b(?:study|studies|case study|customer story|paper|report|methodology|method|evaluation|benchmark|read the research|whitepaper|white paper|trial|pre-?registration|raw data|dataset)\b|研究|报告|案例|论文|方法|评测|实验|白皮书|原始数据/i;

const PAPER_HREF =
  /\b(?:doi\.org\/10\.\d{4,9}\/[^\s?#]+|arxiv\.org\/(?:abs|pdf)\/\d{4}\.\d{4,5}|pubmed\.ncbi\.nlm\.nih\.gov\/\d+|ssrn\.com\/abstract=\d+|nber\.org\/papers\/w\d+)/i;

export interface EvidenceInput {
  /** The sentences around the claim in the same block. */
  context?: string[];
  notes?: Note[];
  links?: Link[];
  /** Who said it, when the claim is a quotation whose attribution stands apart ("— Amara Osei, Head of Support, Larkspur"). */
  attribution?: string;
  /** The sentence is a quotation: read its attribution ("— Priya Nair, Head of Support, Larkspur Bikes"). */
  quotation?: boolean;
}

/** Evidence with the hits it came from, for the scorer. */
export interface EvidenceReading {
  evidence: Evidence[];
  hits: Array<Hit & { where: EvidencePlace; study?: true }>;
  /** The named person (and company) a quotation is attributed to, if any. */
  attributed: 'named' | 'anonymous' | null;
}

// Attribution: "— Priya Nair, Head of Support, Larkspur Bikes", "——杭州云岫科技客服总监 李婧".
const ATTR_EN = /(?:^|[”"’)\s])(?:—|–|--|-)\s*([^—–\n]{2,120})$/;
const ATTR_ZH = /(?:——|—|－－)\s*([^\n]{2,60})$/;
const ANONYMOUS =
  /\b(?:anonymous|a (?:user|customer|client|reader))\b|^(?:[A-Z][a-z]+)(?:\s+[A-Z]\.?)?\s*(?:,|$)|某|女士|先生|^小[\u4e00-\u9fff](?:$|[，,\s])|网友|匿名|用户$/;
const FULL_NAME = /^(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s)?[A-Z][a-z'’-]+(?:\s(?:[A-Z][a-z'’-]+|de|van|von|da|di|bin|al-[A-Z][a-z]+)){1,3}$/;
const ORG_ZH = /[\u4e00-\u9fff]{2,12}(?:公司|科技|集团|银行|物流|文创|贸易|医院|学校|事务所|工作室|商行|餐饮|零售|教育|保险|证券|网络|信息|传媒|设计)/;
const PERSON_ZH =
  /[\u4e00-\u9fff]{1,8}(?:总监|经理|主管|负责人|创始人|总裁|老师|医生|律师|店长|合伙人|CEO|CTO|COO|主任|院长|专员)\s?[\u4e00-\u9fff]{2,3}|[\u4e00-\u9fff]{2,3}\s?[，,]\s?[\u4e00-\u9fff]{2,12}(?:总监|经理|主管|负责人|创始人)/;

function attributionOf(text: string): { who: string; named: boolean } | null {
  const m = ATTR_ZH.exec(text) ?? ATTR_EN.exec(text);
  if (!m?.[1]) return null;
  const who = m[1].trim();
  if (ANONYMOUS.test(who)) return { who, named: false };
  // English: a full name first, then a role or a company ("Priya Nair, Head of Support, Larkspur Bikes").
  const [name = '', ...rest] = who.split(/\s*,\s*/);
  const englishNamed = FULL_NAME.test(name) && rest.some((r) => r.length > 1);
  const chineseNamed = ORG_ZH.test(who) && PERSON_ZH.test(who);
  return { who, named: englishNamed || chineseNamed };
}

const MAX_EVIDENCE = 60;

/** Every piece of evidence for a sentence, strongest places first (sentence, footnote, link, attribution, context). */
export function readEvidence(sentence: string, input: EvidenceInput = {}): EvidenceReading {
  const evidence: Evidence[] = [];
  const hits: EvidenceReading['hits'] = [];
  const add = (h: Hit, where: EvidencePlace, withSpan: boolean) => {
    hits.push(Object.assign({}, h, { where }));
    const e = toEvidence(h, where, withSpan);
    if (e && evidence.length < MAX_EVIDENCE) evidence.push(e);
  };
  for (const h of scanEvidence(sentence)) add(h, 'sentence', true);

  for (const note of input.notes ?? []) {
    const found = scanEvidence(note.text);
    for (const h of found) add(h, 'footnote', false);
    const useful = found.filter((h) => KIND_OF_TAG[h.tag] && !(h.tag in WHY));
    if (evidence.length < MAX_EVIDENCE) {
      evidence.push({
        kind: 'footnote',
        text: note.text.slice(0, 200),
        where: 'footnote',
        strength: useful.length >= 2 ? 'strong' : 'weak',
        ...(useful.length >= 2 ? {} : because(FOOTNOTE_THIN)),
      });
    }
  }

  for (const link of input.links ?? []) {
    const label = `${link.text} ${link.href}`;
    if (!STUDY_HREF.test(link.href) && !STUDY_TEXT.test(link.text)) continue;
    const found = scanEvidence(link.text);
    // A DOI, arXiv or PubMed address names the paper whatever the link's words say.
    const paper = PAPER_HREF.exec(link.href);
    if (paper) found.push({ tag: 'named', text: paper[0], span: [0, 0] });
    for (const h of found) add(h, 'link', false);
    if (evidence.length < MAX_EVIDENCE) {
      const rich = found.some((h) => h.tag === 'sample' || h.tag === 'measured' || h.tag === 'named' || h.tag === 'customer' || h.tag === 'auditor');
      evidence.push({
        kind: 'link',
        text: (link.text || link.href).slice(0, 200),
        where: 'link',
        strength: rich ? 'strong' : 'weak',
        ...(rich ? {} : because(vagueLink(label.slice(0, 80)))),
      });
    }
  }

  let attributed: EvidenceReading['attributed'] = null;
  const attr = input.quotation
    ? (attributionOf(sentence) ?? (input.attribution ? attributionOf(`— ${input.attribution.trim().replace(/^[—–-]+\s*/, '')}`) : null))
    : null;
  if (attr) {
    attributed = attr.named ? 'named' : 'anonymous';
    if (attr.named && evidence.length < MAX_EVIDENCE) {
      evidence.push({ kind: 'named-customer', text: attr.who.slice(0, 200), where: 'attribution', strength: 'strong' });
      hits.push({ tag: 'customer', text: attr.who, span: [0, 0], where: 'attribution' });
    }
  }

  for (const c of input.context ?? []) {
    const found = scanEvidence(c);
    // A sentence beside the claim that describes the study ("we ran a 12-week study with 41 clerks") is the claim's
    // method, not a vague neighbour: its hits count as if the claim said them.
    const study = describesStudy(found);
    for (const h of found) {
      add(h, 'context', false);
      if (study) (hits[hits.length - 1] as (typeof hits)[number]).study = true;
    }
  }
  return { evidence, hits, attributed };
}

/** Every piece of evidence for a sentence (see readEvidence). */
export function findEvidence(sentence: string, input: EvidenceInput = {}): Evidence[] {
  return readEvidence(sentence, input).evidence;
}
