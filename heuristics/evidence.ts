// What backs a claim: found in the sentence itself, its neighbours, the footnotes
// its markers point to, and the links next to it.
import type { Evidence, EvidenceKind, EvidencePlace, Link, Note } from './types';

interface Pattern {
  kind: EvidenceKind;
  re: RegExp;
  /** Evidence that counts for something but does not settle a claim. */
  weak?: RegExp;
}

const PATTERNS: Pattern[] = [
  {
    kind: 'baseline',
    re: /\b(?:compared (?:with|to)|versus|vs\.?|relative to|against (?:a |the )?(?:control|baseline|manual)|control group|baseline|from \d[\d.,]*\s?\S{0,10} (?:to|down to) \d)|相比|相较|对比|对照组|基线|从\s?\d[\d.]*\S{0,4}(?:降至|降到|缩短至|提升至|提高到|减少到)/giu,
  },
  {
    kind: 'sample',
    re: /\b(?:n\s?=\s?\d[\d,]*|\d[\d,]*\s(?:\w+\s){0,2}(?:users|participants|customers|teams|developers|agents|professionals|analysts|respondents|companies|people|consultants|employees|students|subjects|patients|writers|clinicians|lawyers|accounts|tickets|documents|decks|tasks))\b|\d[\d,]*\s?(?:名|位|家|个)(?:\S{0,4})(?:用户|参与者|受试者|员工|客户|企业|团队|开发者|分析师|律师|医生|专业人士|受访者)/giu,
    weak: /\b(?:internal|beta|early|our own|self[- ]reported|informal)\b|内部|内测|自评/iu,
  },
  {
    kind: 'method',
    re: /\b(?:randomi[sz]ed|controlled (?:trial|experiment|study)|experiment|(?:peer[- ]reviewed|published|independent|pilot|field|longitudinal|case) study|study|trial|benchmark(?:ed)?|evaluation|measured|A\/B test(?:ed)?|audit(?:ed)?|survey(?:ed)?|pre[- ]?registered|meta[- ]analysis|working paper|methodology)\b|随机|对照(?:实验|试验)|实验|试验|研究|测评|评测|基准测试|审计|调研|问卷|实测|测试/giu,
    weak: /\b(?:survey(?:ed)?|poll(?:ed)?|say|said|report(?:ed)? feeling|feel|felt|perceived|internal)\b|问卷|调研|内部|反馈|表示|认为|感觉/iu,
  },
  {
    kind: 'date',
    re: /\b(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s)?(?:19[89]\d|20[0-4]\d)\b|(?:19[89]\d|20[0-4]\d)\s?年(?:\d{1,2}月)?|Q[1-4]\s?20\d{2}/giu,
  },
  {
    kind: 'source',
    re: /\b(?:according to|published (?:in|by)|source:|as reported by|(?:University|Institute|NBER|Science|Nature|Gartner|Forrester|IDC|McKinsey|Stanford|MIT|Harvard|arXiv|DOI|journal)\b)|据|根据|来源[:：]|发表于|大学|研究院|研究所|期刊/gu,
  },
  {
    kind: 'independent',
    re: /\b(?:independent(?:ly)?|third[- ]party|external (?:audit|review|evaluation)|peer[- ]reviewed|audited by|certified by|verified by)\b|第三方|独立(?:机构|测评|审计|研究)|权威机构/giu,
  },
  {
    kind: 'limitation',
    re: /\b(?:limitations?|does(?:n't| not) (?:work|help|replace|handle)|not (?:suitable|designed|a substitute)|works best (?:for|when)|less (?:accurate|effective|useful)|fails? (?:on|when|for)|(?:gains?|effects?|results?) (?:were|was) (?:smaller|larger|concentrated|mostly)|only (?:for|on|in|when)|results (?:may|will) vary|still (?:needs?|requires?) (?:a )?(?:human|review|editing))\b|局限|不适用|仅适用|效果因\S{0,4}而异|仍需人工|需要人工(?:审核|复核)|并非|无法替代/giu,
  },
  {
    kind: 'scope',
    re: /\b(?:(?:for|on|among|across) (?:\w+ ){0,3}(?:tasks|tickets|agents|teams|documents|users|cases|workflows)|median|mean|average|per (?:task|deck|ticket|week|agent|user|report)|in (?:English|Chinese)|for (?:first[- ]drafts?|routine|standard))\b|中位数|平均|每(?:份|张|周|人|单)|在\S{1,10}(?:场景|任务|环节)中/giu,
  },
  {
    kind: 'named-customer',
    re: /\b(?:at|from|with|—|–|-)\s(?:[A-Z][\w&.'-]+(?:\s[A-Z][\w&.'-]+){0,3})\s(?:(?:cut|reduced|saved|increased|grew|improved|raised)\b)|\bcase study\b|客户案例|案例研究/gu,
  },
];

const STUDY_LINK =
  /\.pdf(?:$|[?#])|doi\.org\/|arxiv\.org\/|\/(?:case-stud(?:y|ies)|studies|study|research|papers?|whitepaper|report|evaluation|benchmark|methodology)s?(?:\/|$|[?#-])|ssrn\.com|nber\.org|pubmed|scholar\./iu;
const STUDY_LINK_TEXT =
  /\b(?:study|studies|case study|paper|report|methodology|evaluation|benchmark|read the research|whitepaper|trial)\b|研究|报告|案例|论文|方法/iu;

function scan(text: string, where: EvidencePlace, withSpans: boolean, out: Evidence[]): void {
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    for (const m of text.matchAll(p.re)) {
      const start = m.index ?? 0;
      const around = text.slice(Math.max(0, start - 40), start + m[0].length + 40);
      const weak = p.weak?.test(around) ?? false;
      out.push({
        kind: p.kind,
        text: m[0].trim(),
        where,
        ...(withSpans ? { span: [start, start + m[0].length] as [number, number] } : {}),
        strength: weak ? 'weak' : 'strong',
      });
    }
  }
}

/** A survey of a handful of people is weak however it is described. */
const SMALL_SAMPLE = 30;

function weakenSmallSamples(found: Evidence[]): void {
  for (const e of found) {
    if (e.kind !== 'sample') continue;
    const n = Number((e.text.match(/\d[\d,]*/)?.[0] ?? '').replace(/,/g, ''));
    if (n > 0 && n < SMALL_SAMPLE) e.strength = 'weak';
  }
}

export interface EvidenceInput {
  /** The sentences around the claim in the same block. */
  context?: string[];
  notes?: Note[];
  links?: Link[];
}

/** Every piece of evidence for a sentence, strongest places first (sentence, footnote, link, context). */
export function findEvidence(sentence: string, input: EvidenceInput = {}): Evidence[] {
  const out: Evidence[] = [];
  scan(sentence, 'sentence', true, out);
  for (const note of input.notes ?? []) {
    const before = out.length;
    scan(note.text, 'footnote', false, out);
    const found = out.slice(before);
    const allWeak = found.length > 0 && found.every((e) => e.strength === 'weak');
    out.push({ kind: 'footnote', text: note.text.slice(0, 200), where: 'footnote', strength: found.length && !allWeak ? 'strong' : 'weak' });
  }
  for (const link of input.links ?? []) {
    if (STUDY_LINK.test(link.href) || STUDY_LINK_TEXT.test(link.text)) {
      out.push({ kind: 'link', text: link.text || link.href, where: 'link', strength: 'strong' });
    }
  }
  for (const c of input.context ?? []) scan(c, 'context', false, out);
  weakenSmallSamples(out);
  return out;
}
