// Is this sentence a claim, and of which kinds? Phrases come from the lexicons; numbers are
// read structurally (a value, its unit, and the words it goes with). The labelling guide in
// tests/corpus/GUIDE.md is the definition followed here: questions, prices, calls to action
// and plain descriptions are not claims; praise inside a quotation belongs to the testimonial.
import { type CueId, kindOfCue } from './lexicon/cues';

export type { CueId } from './lexicon/cues';

import { EN_ADOPTION, EN_AUDIENCE, EN_BENEFIT, EN_CUES, EN_GAIN, EN_METRIC, EN_PRAISE, EN_PRICE, EN_SELF_REPORT, EN_STATS } from './lexicon/en';
import { ZH_ADOPTION, ZH_AUDIENCE, ZH_BENEFIT, ZH_CUES, ZH_GAIN, ZH_METRIC, ZH_PRAISE, ZH_PRICE, ZH_SELF_REPORT } from './lexicon/zh';
import { HAN_SCANNER, LATIN_SCANNER } from './matcher';
import { findQuantities, type Quantity } from './quantities';
import type { Proof } from './score';
import type { ClaimKind, Role } from './types';

export interface KindMatch {
  kind: ClaimKind;
  span: [number, number];
}

export interface CueMatch {
  id: CueId;
  span: [number, number];
}

/** What the claim reader found in one sentence. */
export interface ClaimReading {
  kinds: KindMatch[];
  cues: CueMatch[];
  /** A quoted customer statement (with or without its attribution in the text). */
  testimonial: boolean;
  /** Kinds made by a figure ("38 seconds", "94%"), which evidence can settle, unlike "instantly" or "accurate". */
  numeric: ClaimKind[];
  /**
   * A measured figure with no claim words around it ("median time was 38 seconds", "F1 为 89.6"):
   * a claim if the sentence also says how it was measured. The caller decides, with the evidence.
   */
  figure?: KindMatch & { compared?: true };
  /** The sentence's shape rules a claim out whatever its words: a question, or a testimonial's signature line. */
  refused?: 'question' | 'signature' | 'legal' | 'citation';
}

const EN = LATIN_SCANNER.add(Object.entries(EN_CUES) as Array<[CueId, readonly string[]]>, { ignoreCase: true, bounded: true });
const ZH = HAN_SCANNER.add(Object.entries(ZH_CUES) as Array<[CueId, readonly string[]]>, { ignoreCase: true, bounded: false });

export const HAS_LATIN = /[A-Za-z]/;
export const HAS_HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

// Negation right before a cue turns it around: "does not replace your team", "无法替代设计师".
const EN_NEGATED = /\b(?:not|n't|never|no longer|rather than|instead of|without|unlikely)\s+(?:[^\s.,;:!?]+\s+){0,3}$/i;
const ZH_NEGATED = /(?:不|没有|并非|无法|不能|不会|未)(?:是|能|会|可)?$/;
const SELF_NEGATING = /^(?:never|no |zero|without|nothing|不|无|零|永不|从不|绝不|再也不)/i;

/** A copyright or company-registration line: the law's words, not a promise ("© 2024 …, company no. 1432…", "浙ICP备…"). */
const LEGAL_LINE =
  /^\s*(?:©|\(c\)\s|copyright\b)|\ball rights reserved\b|\bregistered (?:in|office)\b|\bcompany (?:no\.?|number|registration)\b|\bVAT (?:no\.?|number|reg)|版权所有|ICP备|ICP证|公网安备|营业执照|统一社会信用代码/i;
/**
 * A reference to a published work: authors, a year in brackets and a title ("Zhang M., Li Q.
 * (2024). Term accuracy in …", "张敏、李强（2024）：《…》"). It says where evidence is, not what
 * the product does.
 */
const CITATION =
  /^\s*(?:\[?\d{1,3}[\].]\s?|[¹²³⁴⁵⁶⁷⁸⁹]\s?)?(?:[A-Z][A-Za-z'’-]+,?(?: [A-Z]\.)*(?:,? (?:and |& )?[A-Z][A-Za-z'’-]+,?(?: [A-Z]\.)*){0,5}(?: et al\.?)?\s?\((?:19|20)\d{2}[a-z]?\)[.:]\s+\S|[\u4e00-\u9fff·]{2,6}(?:[、，,][\u4e00-\u9fff·]{2,6}){0,5}(?:等)?\s?[（(](?:19|20)\d{2}[）)]\s?[：:.．]?\s?[《“"])/u;
const QUESTION = /[?？][\s"'”’」』)）.。!！\p{Extended_Pictographic}]*$/u;
const OPEN_QUOTE = /^\s*["“「『‘]/;
const CLOSE_QUOTE = /["”」』]\s*$/;
/** "Sarah, Marketing", "J. Alvarez, Head of Sales at a Fortune 500 company", "—— 王女士，某互联网大厂产品经理". */
const SIGNATURE =
  /^\s*(?:[—–-]+|——)?\s*(?:[A-Z][\w.'’-]*\.?(?:\s[A-Z][\w.'’-]*\.?){0,3}\s?,\s?[^.!?。！？]{2,80}|[\u4e00-\u9fff]{1,4}(?:女士|先生|总|老师)[，,][^。！？]{2,40})$/;
/** A closing quote then a dash: "“…” — Priya Nair", "“…”——王女士". */
const QUOTE_THEN_NAME = /[”"」』’]\s*(?:[—–]{1,2}|-{1,2})\s*\S/;
/**
 * Praise then a dash and a name at the end: "Game changer! — Sarah", "It just works – Tom B., CTO at
 * Brightline", "——王女士，产品经理". A dash inside an ordinary sentence ("built for teams — and it
 * shows") is punctuation, not a signature: what follows it must read as a name.
 */
const DASH_NAME_END =
  /(?:^|\s)(?:—|–|——|--)\s*(?:(?:[A-Z][\p{L}'’.-]*)(?:\s(?:[A-Z][\p{L}'’.-]*|de|van|von|da|di|le|la)){0,3}(?:,\s?[^.!?]{2,70})?|[\u4e00-\u9fff]{1,4}(?:[，,][^。！？]{2,40})?)\s*$/u;
const FIRST_PERSON = /\b(?:I|I'm|I've|we|we're|we've|my|our|me|us)\b|我|我们/;
const SCORE_UNIT = /^\s?(?:BLEU|F1|Elo|points?|分|tokens?|个token)/i;
const FIGURE_METRIC = /\b(?:F1|BLEU|Elo|accuracy|score[sd]?|rate)\b|得分|评分|打分|分数|准确率|字错率|F1/i;

const re = (s: string, flags = 'i') => new RegExp(s, flags);
const BENEFIT = re(`${EN_BENEFIT}|${ZH_BENEFIT}`);
const METRIC_CHANGE = re(
  `(?:${EN_METRIC}|${ZH_METRIC})(?:[^.;。；]|\\.(?=\\d)){0,40}(?:\\b(?:fell|rose|dropped|moved from|went (?:from|up|down)|increased|decreased|improved|declined|grew|climbed|(?:up|down) from|higher than|lower than|compared with|compared to|versus|vs)\\b|降|升|减少|增加|提升|下降|从|由|比)`,
);
const PRICE = re(`${EN_PRICE}|${ZH_PRICE}`);
/** Words that make a percentage a price whatever verb goes with it ("10% cheaper when billed annually"). */
const PRICE_STRONG =
  /\b(?:billed|billing|annual(?:ly)?|yearly|plans?|discount(?:ed)?|coupon|promo(?:tion)?|VAT|tax(?:es)?|off|subscription|pricing)\b|年付|月付|折|优惠|立减|立省|原价|套餐/i;
const RATING_WORDS = /\b(?:reviews?|rating|rated|stars?|G2|Capterra|Trustpilot|App Store|Google Play)\b|★|⭐|评分|评价|好评|应用宝|应用商店|星/i;
const STATS = re(EN_STATS);
const GAIN = re(`${EN_GAIN}|${ZH_GAIN}`);
const SELF_REPORT = re(`${EN_SELF_REPORT}|${ZH_SELF_REPORT}`);
const PRAISE = re(`${EN_PRAISE}|${ZH_PRAISE}`);
const AUDIENCE_AFTER = re(
  String.raw`^\s?(?:\+|多|余)?\s?(?:家|位|名|个)?\s?(?:[A-Za-z-]+ ){0,2}${EN_AUDIENCE}\b|^\s?(?:\+|多|余)?\s?(?:家|位|名|个)?[^\s，。]{0,3}${ZH_AUDIENCE}`,
);
const ADOPTION = re(`${EN_ADOPTION}|${ZH_ADOPTION}`);
const SATISFACTION =
  /satisf|renew|retention|approval|\bNPS\b|rating|never go back|(?:wouldn't|would not|never) (?:go back|switch back|leave)|keep using|好评|满意|续费|复购|评分|推荐率|离不开/i;
const CHOICE = /\b(?:choose|chose|choice|pick|prefer|use|using|switch(?:ed)?|trust|recommend)\b|选择|首选|在用|使用|信赖|推荐/i;
const ACCURACY_NOUN =
  /accura|precision|recall|\bF1\b|BLEU|word error|error rate|false[- ](?:positive|negative)|hallucination rate|correct(?:ly)?|of (?:\w+ )?(?:problems|questions|cases|defects) |准确|精准|精确|字错率|识别率|正确率|召回|一致率|错误率/i;
const WAIT_BEFORE = /\b(?:takes?|can take|may take|might take|needs?|requires?)\s+(?:up to\s*)?$|(?:需要|可能需要|最长需要?)\s*$/i;
const RETENTION = /\b(?:deleted|erased|purged|removed|kept|retained|stored|overwritten|refunded|refunds?)\b|删除|清除|销毁|清理|保存|保留|退款|退还/i;
const SERVICE = /\b(?:support|our team|customer service|help ?desk|we (?:reply|respond|answer|get back))\b|客服|工作日/i;
const ACCURACY_DROP =
  /\b(?:accuracy|precision|recall|recognition rate)\b[^.;]{0,30}?\b(?:drops?|dropped|falls?|fell|decreases?|decreased|(?:is|was|are|were) (?:lower|worse))\b|(?:准确率|识别率|精度|准确度)[^，。；]{0,10}?(?:较低|偏低|下降|降低|降至|降到|会下降)/i;
const BILLING =
  /\b(?:pa(?:y|ying|id) (?:annually|yearly)|billed (?:annually|yearly)|annual (?:plans?|billing|subscriptions?)|yearly (?:plans?|billing))\b|年付|按年付费|包年/i;
/** "… by 70%": a change by a share, whatever the verb ("cut the time you spend on decks by 70%"). */
const BY_BEFORE = /\bby (?:up to |about |around |nearly |almost |over |more than |at least |roughly |an average of |on average )?$/i;
const OF_AFTER = /^\s*(?:of|的)\b/i;
const CHANGE_VERB = /\b(?:reduc|cut|drop|fell|fall|lower|fewer|less|decreas|halv|slash)|下降|减少|降低|降至|降到|减半/i;
const SAVE = /\b(?:sav(?:e|es|ed|ing)|cut(?:s|ting)?|reduc(?:e|es|ed|ing)|back|reclaim|free(?:s|d)? up|spend less)\b|节省|节约|省下|省去|省了|少花|缩短|减少/i;
const TTV_BEFORE =
  /(?:\b(?:in|within|under|takes?|took|only|just|less than|in just|in under|in less than|finish(?:es)?(?: \w+)? in|ready in|done in)|<|≤|仅需|只需|只要|短短|不超过|不到|最快|在)\s*$/i;
const TTV_AFTER =
  /^\s?(?:内|之内|就(?:能|可以|可)?|即可|生成|输出|出|搞定|完成|上手|onboarding|setup|set-up|install|to (?:a |an |your |first |the )?(?:full |finished |complete )?\w+)/i;
const VIDEO = /^[\s-]?(?:\w+[\s-])?(?:demo|video|tour|walkthrough|read|演示|视频|介绍)/i;
const FAST_UNIT = /^(?:milliseconds?|ms|seconds?|secs?|s|minutes?|mins?|hours?|hrs?|h|毫秒|秒钟?|分钟|个?小时)$/i;
const FROM_TO =
  /\bfrom\b(?:[^.;]|\.(?=\d)){0,40}?\bto\b|(?:[从由])[^，。；]{0,14}?(?:降至|降到|缩短到|缩短至|减少到|减少至|变成|变为|降为|提升到|提升至|提高到|到)/gi;
const SPEED_NEAR = /faster|quicker|speed|更快|快了|快/i;
const NEVER_AGAIN = /^(?:never\b.*\bagain\b|再也不)/i;

/** Kinds that a quotation keeps: the numbers in it and the non-praise promises. Praise is the testimonial itself. */
const KEPT_IN_QUOTES = new Set<ClaimKind>(['quantified-benefit', 'earnings', 'replacement', 'automation', 'absolute', 'accuracy', 'compliance']);

function around(text: string, span: [number, number], before: number, after: number): string {
  return text.slice(Math.max(0, span[0] - before), Math.min(text.length, span[1] + after));
}

function negated(text: string, span: [number, number]): boolean {
  const head = text.slice(span[0], span[0] + 8);
  if (SELF_NEGATING.test(head)) return false;
  const before = text.slice(Math.max(0, span[0] - 24), span[0]);
  return EN_NEGATED.test(before) || ZH_NEGATED.test(before);
}

interface Found extends KindMatch {
  /** Made by a number rather than by words. */
  num?: true;
}

function fromQuantities(text: string, quantities: Quantity[], role: Role | undefined, out: Found[], self: { report: boolean }): void {
  for (const q of quantities) {
    const span = q.span;
    const near = around(text, span, 40, 40);
    if (q.unit === 'percent' || q.unit === 'multiple') {
      if (STATS.test(around(text, span, 12, 20))) continue;
      // "Paying annually is 10% cheaper", "年付享8折": a discount is a price, not a benefit.
      if (q.unit === 'percent' && BILLING.test(near)) continue;
      if (
        q.unit === 'percent' &&
        (PRICE_STRONG.test(around(text, span, 30, 30)) || (PRICE.test(around(text, span, 16, 16)) && !BENEFIT.test(around(text, span, 0, 24))))
      )
        continue;
      // "Accuracy drops to 81% on handwriting", "手写体识别准确率较低": a stated limit, not a claim.
      if (q.unit === 'percent' && ACCURACY_DROP.test(text)) continue;
      if (q.unit === 'percent' && ACCURACY_NOUN.test(near) && !(CHANGE_VERB.test(near) && !/accura|准确/i.test(near))) {
        out.push({ kind: 'accuracy', span, num: true });
      } else if (GAIN.test(near) && !/\b(?:replies|reply rates?)\b|回复/i.test(near)) out.push({ kind: 'earnings', span, num: true });
      else if (q.unit === 'percent' && METRIC_CHANGE.test(near)) out.push({ kind: 'quantified-benefit', span, num: true });
      else if (q.unit === 'percent' && SELF_REPORT.test(near) && (SATISFACTION.test(near) || !BENEFIT.test(near))) {
        self.report = true;
        out.push({ kind: 'social-proof', span });
      } else if (q.unit === 'percent' && SATISFACTION.test(around(text, span, 24, 24))) out.push({ kind: 'social-proof', span });
      else if (
        q.unit === 'percent' &&
        AUDIENCE_AFTER.test(text.slice(span[1], span[1] + 30).replace(/^\s*(?:of|的)\s*(?:our |all |the )?/i, '')) &&
        CHOICE.test(near) &&
        !BENEFIT.test(near)
      ) {
        out.push({ kind: 'social-proof', span });
      } else if (
        q.unit === 'multiple' ||
        BENEFIT.test(near) ||
        METRIC_CHANGE.test(near) ||
        (BY_BEFORE.test(text.slice(Math.max(0, span[0] - 24), span[0])) && !OF_AFTER.test(text.slice(span[1], span[1] + 6)))
      ) {
        if (SELF_REPORT.test(near)) self.report = true;
        out.push({ kind: 'quantified-benefit', span, num: true });
      }
    } else if (q.unit === 'time') {
      const unit = (q.unitWord ?? '').replace(/^(?:working|business) /i, '');
      if (VIDEO.test(text.slice(span[1], span[1] + 16)) || /(?:观看|watch)[^，。.]{0,6}$/i.test(text.slice(Math.max(0, span[0] - 8), span[0]))) continue;
      const before = text.slice(Math.max(0, span[0] - 16), span[0]);
      const after = text.slice(span[1], span[1] + 24);
      // "Can take up to 2 minutes", "support replies within 24 hours": a wait disclosed or a service hour, not a promise of speed.
      if (q.bound === 'up-to' && WAIT_BEFORE.test(before)) continue;
      if (SERVICE.test(text) && /^(?:hours?|hrs?|h|个?小时)$/i.test(unit)) continue;
      // "deleted within 24 hours", "24 小时内清除": how long data is kept, not how fast a result comes.
      if (RETENTION.test(around(text, span, 30, 12))) continue;
      if (FAST_UNIT.test(unit) && (TTV_BEFORE.test(before) || TTV_AFTER.test(after))) out.push({ kind: 'time-to-value', span, num: true });
      else if (SAVE.test(near) && !PRICE.test(around(text, span, 12, 12))) out.push({ kind: 'quantified-benefit', span, num: true });
    } else if (q.unit === 'money') {
      if (role === 'pricing') continue;
      if (SAVE.test(near) && !/\b(?:with|on) (?:annual|yearly)|年付/i.test(near)) out.push({ kind: 'quantified-benefit', span, num: true });
      else if (GAIN.test(near) && !PRICE.test(around(text, span, 4, 12))) out.push({ kind: 'earnings', span, num: true });
    } else if (q.unit === 'count') {
      if (role === 'pricing' || q.value < 100) continue;
      const after = text.slice(span[1], span[1] + 30);
      if (AUDIENCE_AFTER.test(after) && (q.bound === 'at-least' || ADOPTION.test(text))) out.push({ kind: 'social-proof', span });
    } else if (q.unit === 'rating') {
      if (RATING_WORDS.test(near)) out.push({ kind: 'social-proof', span });
      else if (ACCURACY_NOUN.test(near) || /score|得分|自然度/i.test(near)) out.push({ kind: 'accuracy', span, num: true });
      else if (METRIC_CHANGE.test(near)) out.push({ kind: 'quantified-benefit', span, num: true });
      else out.push({ kind: 'social-proof', span });
    }
  }
  // A change from one value to another ("from 4 hours to 25 minutes", "由47分钟降至29分钟") is an outcome.
  FROM_TO.lastIndex = 0;
  for (let m = FROM_TO.exec(text); m; m = FROM_TO.exec(text)) {
    const a = m.index;
    const b = a + m[0].length + 12;
    if (quantities.some((q) => q.span[0] >= a && q.span[0] <= b && q.unit !== 'year') && (BENEFIT.test(text) || METRIC_CHANGE.test(text))) {
      out.push({ kind: 'quantified-benefit', span: [a, Math.min(text.length, a + m[0].length)], num: true });
    }
  }
}

/**
 * The claim kinds of a sentence with the words that make each (the first match per kind),
 * and the cues behind them. No kinds means the sentence describes rather than claims.
 */
export function readClaim(original: string, quantities: Quantity[] = findQuantities(original), role?: Role): ClaimReading {
  const text = original.replace(/[’‘]/g, "'");
  const cues: CueMatch[] = [];
  const latin = HAS_LATIN.test(text);
  const han = HAS_HAN.test(text);
  if (latin) for (const m of EN.all(text)) cues.push(m);
  if (han) for (const m of ZH.all(text)) cues.push(m);
  const kept = cues.filter((c) => !negated(text, c.span));
  const empty: ClaimReading = { kinds: [], cues: kept, testimonial: false, numeric: [] };
  if (QUESTION.test(text.trim())) return { ...empty, refused: 'question' };
  if (text.length < 240 && LEGAL_LINE.test(text)) return { ...empty, refused: 'legal' };
  if (text.length < 400 && CITATION.test(text)) return { ...empty, refused: 'citation' };

  const price = kept.some((c) => c.id === 'x.price');
  const kinds: Found[] = [];
  const self = { report: false };
  if (!price) fromQuantities(text, quantities, role, kinds, self);
  for (const c of kept) {
    const kind = kindOfCue(c.id);
    if (!kind) continue;
    if (price && (c.id === 'absolute.guarantee' || c.id === 'absolute.perfect')) continue;
    if (c.id === 'compliance.audit' && kinds.some((k) => k.num)) continue;
    // Plan names and badges on a pricing card ("Essential", "Pro") are names, not praise.
    if (role === 'pricing' && c.id === 'vague-promise.praise') continue;
    kinds.push({ kind, span: c.span });
  }
  if (self.report && !kept.some((c) => c.id === 'x.self-report')) kept.push({ id: 'x.self-report', span: [0, 0] });
  // "Never … again", "再也不…" is an absolute promise whatever else it is.
  for (const c of kept) {
    const kind = kindOfCue(c.id);
    if (kind && kind !== 'absolute' && kind !== 'emotional' && NEVER_AGAIN.test(text.slice(c.span[0], c.span[1])))
      kinds.push({ kind: 'absolute', span: c.span });
    // "Never makes mistakes", "百分百准确": an absolute claim about correctness is an accuracy claim too.
    if (c.id === 'absolute.accuracy') kinds.push({ kind: 'accuracy', span: c.span });
  }

  // A quantified speed-up is a quantified benefit, not also a time-to-value claim.
  const hasMultiple = quantities.some((q) => (q.unit === 'multiple' || q.unit === 'percent') && SPEED_NEAR.test(around(text, q.span, 40, 40)));
  const signed = QUOTE_THEN_NAME.test(text) || (DASH_NAME_END.test(text) && (PRAISE.test(text) || FIRST_PERSON.test(text.replace(DASH_NAME_END, ''))));
  const hasQuote = OPEN_QUOTE.test(text) || CLOSE_QUOTE.test(text);
  // In a testimonials section, a line that speaks for others ("Loved by teams everywhere") is social proof, and a signature is not a claim.
  const speaksForOthers = kept.some((c) => c.id.startsWith('social-proof')) && !FIRST_PERSON.test(text) && !hasQuote;
  const signature = role === 'testimonial' && !hasQuote && SIGNATURE.test(text);
  const testimonial =
    !signature &&
    (signed ||
      (hasQuote && (role === 'testimonial' || kinds.length > 0 || PRAISE.test(text))) ||
      (role === 'testimonial' && !speaksForOthers && (kinds.length > 0 || PRAISE.test(text) || FIRST_PERSON.test(text))));
  if (signature) return { ...empty, refused: 'signature' };

  const found = new Map<ClaimKind, [number, number]>();
  const numeric = new Set<ClaimKind>();
  const figures = kinds.filter((k) => k.num && k.kind === 'quantified-benefit');
  for (const k of kinds.sort((x, y) => x.span[0] - y.span[0])) {
    if (k.kind === 'time-to-value' && hasMultiple && SPEED_NEAR.test(text.slice(k.span[0], k.span[1]))) continue;
    // "效率明显提升" next to "七成用户": the figure's own verb, not a separate vague promise.
    if (k.kind === 'vague-promise' && !k.num && figures.some((f) => Math.abs(f.span[0] - k.span[0]) < 16)) continue;
    if (testimonial && !KEPT_IN_QUOTES.has(k.kind) && !(k.num && k.kind === 'time-to-value')) continue;
    if (k.num) numeric.add(k.kind);
    if (!found.has(k.kind)) found.set(k.kind, k.span);
  }
  if (testimonial) found.set('testimonial', [0, text.length]);
  const reading: ClaimReading = {
    kinds: [...found].map(([kind, span]) => ({ kind, span })).sort((a, b) => a.span[0] - b.span[0]),
    cues: kept,
    testimonial,
    numeric: [...numeric],
  };
  if (reading.kinds.length === 0 && !price) {
    const figure = figureOf(text, quantities);
    if (figure) reading.figure = figure;
  }
  return reading;
}

/** The first measured figure of a sentence that has no claim words: its likely kind and its span. */
function figureOf(text: string, quantities: Quantity[]): (KindMatch & { compared?: true }) | undefined {
  for (const q of quantities) {
    const near = around(text, q.span, 30, 30);
    if (STATS.test(around(text, q.span, 12, 20)) || PRICE.test(around(text, q.span, 12, 12))) continue;
    if (q.unit === 'time') {
      if ((q.bound === 'up-to' && WAIT_BEFORE.test(text.slice(Math.max(0, q.span[0] - 16), q.span[0]))) || SERVICE.test(text)) continue;
      if (FAST_UNIT.test((q.unitWord ?? '').replace(/^(?:working|business) /i, ''))) return { kind: 'time-to-value', span: q.span };
      if (BENEFIT.test(near)) return { kind: 'quantified-benefit', span: q.span };
    } else if (
      q.unit === 'percent' ||
      q.unit === 'rating' ||
      (q.unit === 'count' && (SCORE_UNIT.test(text.slice(q.span[1], q.span[1] + 8)) || FIGURE_METRIC.test(text.slice(Math.max(0, q.span[0] - 16), q.span[0]))))
    ) {
      if (ACCURACY_NOUN.test(near) || FIGURE_METRIC.test(near) || q.unit === 'count') return { kind: 'accuracy', span: q.span };
      // A bare share ("14% of tickets") is a claim only next to what it is compared with.
      if (q.unit === 'percent') return { kind: 'quantified-benefit', span: q.span, compared: true };
    } else if (q.unit === 'multiple') return { kind: 'quantified-benefit', span: q.span };
  }
  return undefined;
}

/** A number (not a year) within a few characters of a span. */
function figureNear(quantities: Quantity[], span: [number, number] | undefined): boolean {
  if (!span) return false;
  return quantities.some((q) => q.unit !== 'year' && q.span[0] < span[1] + 40 && q.span[1] > span[0] - 40);
}

/** Does the evidence show a measurement behind a bare figure (a sample, a method, a baseline, a named benchmark)? */
function measuredFigure(p: Proof, kind: ClaimKind): boolean {
  if (p.sample || p.measured || p.baseline || p.benchmark) return true;
  return kind === 'time-to-value' && p.typical;
}

/** The kinds of a claim once its evidence is read, and which of them rest on a figure. */
export interface SettledKinds {
  kinds: KindMatch[];
  numeric: ClaimKind[];
}

/**
 * What the evidence changes about a sentence's kinds: a figure with no claim words is a
 * claim when the sentence says how it was measured; a named customer reporting an outcome
 * is social proof as well; words like "payback", "accuracy" or "每秒生成" make a figure when
 * a number stands next to them. Kinds the options switch off are left out.
 */
export function settleKinds(
  reading: ClaimReading,
  quantities: Quantity[],
  proof: Proof,
  customerSpan: [number, number] | undefined,
  kindOn: (k: ClaimKind) => boolean,
): SettledKinds {
  const figure = reading.figure;
  const found = reading.kinds.slice();
  const fromFigure: ClaimKind[] = [];
  if (found.length === 0 && figure && measuredFigure(proof, figure.kind) && (!figure.compared || proof.baselineHere)) {
    found.push({ kind: figure.kind, span: figure.span });
    fromFigure.push(figure.kind);
  }
  const kinds = found.filter((k) => kindOn(k.kind));
  if (kinds.length === 0) return { kinds, numeric: [] };
  if (
    proof.customer &&
    customerSpan &&
    !reading.testimonial &&
    kinds.some((k) => k.kind === 'quantified-benefit') &&
    !kinds.some((k) => k.kind === 'social-proof') &&
    kindOn('social-proof')
  ) {
    kinds.push({ kind: 'social-proof', span: customerSpan });
  }
  const numeric = kinds
    .map((k) => k.kind)
    .filter(
      (k) =>
        reading.numeric.includes(k) ||
        fromFigure.includes(k) ||
        ((k === 'earnings' || k === 'accuracy' || k === 'time-to-value') && figureNear(quantities, kinds.find((m) => m.kind === k)?.span)),
    );
  return { kinds, numeric };
}
