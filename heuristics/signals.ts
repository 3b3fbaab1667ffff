// Page-level signals: what the page as a whole says about itself beyond single claims.
// Positive: prices, a limitations section, concrete data handling, the model named, a
// concrete problem, published evidence. Negative: earnings promises, pressure to decide,
// promises to vulnerable people, a conflict of interest, small print that walks back the
// headline. The points are in score.ts with every other weight.
import { caveatIn, HUMAN_REVIEW } from './caveats';
import { EN_MODELS } from './lexicon/en';
import { ZH_MODELS } from './lexicon/zh';
import { MAX_BONUS, SIGNAL_POINTS, type SignalId } from './score';
import type { Claim, Link, PageSignal, TextBlock } from './types';
import { UNMASKED } from './unmask';

const PRICE =
  /(?:[$€£¥￥]\s?\d|\d\s?(?:元|USD|EUR)|\/\s?(?:mo|month|year|yr|user|seat|agent|月|年)\b|per (?:month|user|seat|agent)|每月|每年|免费版|free plan|\bfree\b|按需定制报价)/i;
/** A cell of a pricing table: a short block that is a price and little else ("$30 / user / month", "¥99/月"). */
const PRICE_CELL =
  /^(?:from |starting at |起价?|低至)?(?:[$€£¥￥]\s?\d[\d,.]*|\d[\d,.]*\s?(?:元|USD|EUR))(?:\s?(?:\/|per|a|每)\s?(?:mo|month|year|yr|user|seat|agent|月|年)(?![a-z]).*)?$/iu;
const PRICE_CELL_MAX = 40;
/** Buttons that invite without offering the product itself: counted once, beside a real offer (STRONG_CTA). */
const PLAIN_CTA = /\b(?:sign ?up|subscribe now|open an account|claim my|get my free)\b|注册/i;
const AI = /\b(?:AI|A\.I\.|artificial intelligence|machine learning|GPT|LLM|generative|neural|chatbot|copilot|agent)s?\b|人工智能|智能|大模型|算法/;
const STRUCTURED_PRODUCT = /"?@type"?\s*:\s*"?(?:SoftwareApplication|Product|WebApplication|MobileApplication|Offer)/;

export const LIMITATIONS_HEADING =
  /\b(?:limitations?|known (?:issues|limits)|what (?:it|\w+) (?:can(?:no|['’])t|does(?:n['’]t| not)) do|where (?:it|\w+) (?:fails|struggles|does not work(?: well)?|doesn['’]t work)|when not to use)\b|局限|不足之处|已知问题|暂不支持的场景/i;
const PRIVACY =
  /\b(?:not (?:be )?used to train|(?:we )?(?:do not|don't|never) (?:train|fine-tune|sell)|deleted? (?:after|within) \d+|deleted \d+ days|(?:stored|hosted|processed) in (?:the )?(?:EU|US|UK|Frankfurt|Ireland|[A-Z][a-z]+ \(|region)|data (?:processing|retention) (?:agreement|period)|retention period|encrypted (?:at rest|in transit)|subprocessors|are masked)\b|不会(?:用|将)[^，。]{0,8}训练|(?:保存|存储)在[^，。]{0,10}(?:境内|服务器|节点)|\d+天(?:后|内)(?:自动)?删除|数据处理协议/i;
const MODEL = new RegExp(`${EN_MODELS}|${ZH_MODELS}`);
const WHO =
  /\b(?:for|built for|designed for|made for|helps?) (?:[a-z-]+ ){0,3}(?:teams?|agents?|analysts?|managers?|writers?|lawyers?|developers?|marketers?|founders?|recruiters?|teachers?|accountants?|clinicians?|firms?|businesses|owners|professionals|students|leads) (?:who|that|to|with|at|answering)\b|(?:专为|为|面向|适合)[^，。]{1,12}(?:团队|人员|经理|分析师|职场人|企业|用户|会计|律师|老师)/i;
const PAIN =
  /\b(?:spend|spends|spent|waste|wastes|wasted|lose|loses|struggle|struggles|re-?typ\w+|dread|hours (?:a|per|every) (?:day|week)|much of their)\b|占用|浪费|花费|花了|东拼西凑|熬夜|加班|费劲|不知道写什么|痛点/i;
const STUDY_LINK =
  /\.pdf(?:$|[?#])|doi\.org\/|arxiv\.org\/|ssrn\.com|nber\.org|\/(?:case-stud(?:y|ies)|studies|research|papers?|registry|evaluations?|methodology)(?:\/|$|[?#-])/i;
const PRESSURE =
  /\b(?:ends? (?:today|tonight|soon|friday|monday|tuesday|wednesday|thursday|saturday|sunday|this week|at midnight|in \d+)|offer ends|limited[- ]time|act now|hurry|last chance|today only|only \d+ (?:spots?|seats?|left|places?|licen[cs]es?)|before it'?s too late|price (?:goes|will go) up|while (?:stocks?|supplies) last|don'?t miss out|launch offer)\b|限时|仅剩|最后\d+(?:个|天)|错过(?:再等|就没)|马上涨价|倒计时|手慢无|先到先得|即将恢复原价/i;
const VULNERABLE =
  /\b(?:lonely|loneliness|isolated|grieving|grief|bereaved|depress(?:ed|ion)|anxious|anxiety|seniors|senior citizens|elderly|older adults|retirees|retired|pensioners?|retirement savings|kids|children|teens?|teenagers?|minors|in debt|debt|bankrupt|single (?:moms?|mothers?|parents?))\b|孤独|寂寞|抑郁|焦虑|老人|老年人|退休|孩子|儿童|青少年|未成年|负债|欠债|宝妈/i;
const CONFLICT =
  /\b(?:conflict of interest|affiliated with|receives? (?:management |advisory )?fees|we (?:may )?(?:earn|receive) (?:a )?commissions?|affiliate (?:links?|commissions?)|sponsored|paid partnership)\b|利益冲突|关联方|我们可能获得佣金/i;
const FINE_PRINT =
  /\b(?:hypothetical|back-?tested|not (?:typical|representative)|(?:individual )?results (?:may |will )?vary|were compensated|selected sample|for illustrative purposes|does not constitute|not investment advice|may contain errors|past performance)\b|仅供参考|不构成(?:投资)?建议|效果因人而异|模拟数据/i;

const HEADLINE_ROLES = new Set(['title', 'meta', 'hero', 'heading']);

/**
 * Words that make an offer a publication's, a club's or an account's rather than a product's:
 * newsletters, journalism behind a paywall, memberships, log-ins. A price or a button near
 * them is not a sign that the page sells software.
 */
const NOT_AN_OFFER =
  /\b(?:newsletters?|(?:daily|weekly|morning|evening) (?:briefing|digest|email)|journalism|unlimited (?:access to (?:our|all)|articles|reading)|the (?:full )?archive|print edition|digital (?:edition|access|subscription)|already a subscriber|subscribers? only|keep reading|continue reading|log ?in|sign ?in|membership|become a member|members only|donat(?:e|ion)s?|support (?:our|independent) (?:journalism|reporting))\b|订阅(?:本刊|报纸|杂志|周刊|邮件|资讯)|新闻简报|每日简报|邮件简报|登录|会员费|入会|继续阅读/i;
/** A heading that is only a pricing label ("Pricing", "Plans & pricing", "价格"), not a headline with "plan" or "price" in it. */
export const PRICING_LABEL =
  /^\s*(?:pricing|prices|plans|our plans|plans (?:&|and) pricing|pricing (?:&|and) plans|simple pricing|choose (?:a|your) plan|compare plans|价格|定价|套餐|价格方案|套餐价格|版本与价格)\s*[.:：]?\s*$/i;
/** Buttons that offer the product itself: a trial, a demo, a download, an install, a purchase. */
const STRONG_CTA =
  /\b(?:get started|start (?:your |a |my )?(?:\d+-day )?(?:free )?trial|free trial|try (?:it )?(?:for )?free|book a demo|request a demo|buy now|add to (?:chrome|firefox|edge|slack)|download (?:now|the app|for)|install (?:now|the app|for)|join the waitlist|create (?:a |your |my )?(?:free )?(?:account|deck)|start now|start free|contact sales|talk to sales|get the app)\b|免费试用|立即(?:体验|使用|购买|试用|开通|下载)|开始使用|预约演示|联系销售|下载(?:客户端|App)/i;
/** Software or AI on the page: what Sceptic's grade is about. */
const SOFTWARE =
  /\b(?:apps?|application|platform|software|tools?|api|sdk|extension|plugin|plug-in|saas|dashboard|workspace|integrat(?:es?|ions?)|automat(?:es?|ion|ically)|workflows?|cloud|online|browser|exports?|uploads?|templates?|sync)\b|per (?:user|seat|agent)|\/\s?(?:user|seat)\b|billed (?:monthly|yearly|annually)|软件|工具|平台|应用|插件|小程序|客户端|自动化|工作流|一键|在线/i;

/** Is any block within `reach` of block i about a publication, a club or an account rather than a product? */
function nearNotAnOffer(blocks: TextBlock[], i: number, reach: number): boolean {
  for (let j = Math.max(0, i - reach); j <= Math.min(blocks.length - 1, i + reach); j++) {
    const b = blocks[j];
    if (b && (b.role === 'pricing' || b.role === 'heading' || b.role === 'body' || b.role === 'feature') && NOT_AN_OFFER.test(b.text)) return true;
  }
  return false;
}

/**
 * Does this page sell software or an AI service? The one decision for the first look and the
 * full read. It needs an offer of the product (prices on a pricing card or under a pricing
 * label, product data, a trial, demo, download or purchase button; a bare "Sign up" counts once)
 * and software or AI words on the page. Newsletter sign-ups, log-ins, memberships and
 * paywalls are not offers; "plan" or "price" in a headline is not a pricing section.
 */
/** How far into a block a price must stand to be a price on a product's terms. */
const PRICE_OPENING = 200;

export function productPageEvidence(all: TextBlock[]): { isProduct: boolean; points: number; ai: boolean } {
  // A frame's copy (an embedded widget, a video, a form) does not make the page around it a product page.
  const blocks = all.some((b) => b.frame) ? all.filter((b) => !b.frame) : all;
  let points = 0;
  let pricing = false;
  for (let i = 0; i < blocks.length && !pricing; i++) {
    const b = blocks[i] as TextBlock;
    if (b.role === 'pricing' && PRICE.test(b.text) && !nearNotAnOffer(blocks, i, 3)) pricing = true;
    else if (b.role === 'heading' && PRICING_LABEL.test(b.text)) {
      // A pricing label counts when the page shows a price on a product's terms (the first look reads blocks out of order).
      for (let j = 0; j < blocks.length; j++) {
        const p = blocks[j] as TextBlock;
        // A price that opens a line or a paragraph of plans ("Team: £65 per user per month, billed annually, …"), not one
        // deep in a long paragraph. The first look clips paragraphs to 300 characters, so both reads see the same opening.
        if (j !== i && PRICE.test(p.text.slice(0, PRICE_OPENING)) && !nearNotAnOffer(blocks, j, 3)) {
          pricing = true;
          break;
        }
      }
    }
  }
  if (pricing) points += 2;
  if (blocks.some((b) => b.role === 'structured' && STRUCTURED_PRODUCT.test(b.text))) points += 2;
  let strong = 0;
  let plain = 0;
  for (const b of blocks) {
    if (b.text.length >= 120 || NOT_AN_OFFER.test(b.text)) continue;
    if (STRONG_CTA.test(b.text)) strong++;
    else if (PLAIN_CTA.test(b.text)) plain = 1;
    if (strong >= 2) break;
  }
  points += Math.min(2, strong + plain);
  const ai = blocks.some((b) => AI.test(b.text));
  const software = ai || blocks.some((b) => SOFTWARE.test(b.text));
  return { isProduct: points >= 2 && software, points, ai };
}

/** What each signal means, in the words the report shows. */
export const SIGNAL_LABELS: Record<SignalId, string> = {
  pricing: 'Prices are shown',
  limitations: 'The page says where the product falls short',
  privacy: 'Data handling is described concretely',
  model: 'The model or provider is named',
  problem: 'A concrete user and problem are named',
  evidence: 'The page links to a study, report or case study',
  review: 'A person checks the output before it counts',
  earnings: 'Earnings or returns are promised',
  pressure: 'Pressure to decide quickly',
  vulnerable: 'Emotional, health or money promises near a vulnerable audience',
  conflict: 'A conflict of interest is disclosed or apparent',
  'fine-print': 'Small print walks back the headline claims',
  disguised: 'Words spelt to read differently than they look (hidden characters or look-alike letters)',
};

/** What a block can tell towards the page's signals; each read from the block alone. */
export type FactKey =
  | 'price'
  | 'limits'
  | 'review'
  | 'privacy'
  | 'model'
  | 'who'
  | 'pain'
  | 'study'
  | 'pressure'
  | 'vulnerable'
  | 'conflict'
  | 'walkBack'
  | 'disguise';

function first(re: RegExp, text: string): string | undefined {
  const m = re.exec(text);
  return m ? m[0] : undefined;
}

/**
 * The words around the first match, not the match alone: a price's "free" or "€1" says nothing
 * by itself and is found anywhere on the page; "Team: €12 per seat, billed monthly" is the price.
 */
function around(re: RegExp, text: string): string | undefined {
  const m = re.exec(text);
  if (!m) return undefined;
  const t = text.trim();
  if (t.length <= 120) return t;
  let start = Math.max(0, m.index - 40);
  let end = Math.min(text.length, m.index + m[0].length + 80);
  while (start > 0 && !/\s/u.test(text[start - 1] ?? ' ')) start--;
  while (end < text.length && !/\s/u.test(text[end] ?? ' ')) end++;
  return text.slice(start, end).trim();
}

/**
 * One fact of one block: the first words of it that a signal's pattern finds (where the block is
 * of a kind that signal reads), or its first link to a study. A function of the block alone, so
 * it can be kept while the block stays the same (heuristics/incremental.ts).
 */
export function blockFact(b: TextBlock, key: FactKey): string | Link | undefined {
  const { text, role } = b;
  switch (key) {
    case 'price':
      if (role === 'pricing') return around(PRICE, text);
      // A pricing table's cell, wherever the page put the table.
      return role !== 'footer' && role !== 'testimonial' && role !== 'footnote' && text.length <= PRICE_CELL_MAX && PRICE_CELL.test(text.trim())
        ? text.trim()
        : undefined;
    case 'limits':
      if (role !== 'heading' && role !== 'body' && role !== 'feature' && role !== 'faq' && role !== 'footnote') return undefined;
      // A limitations heading, or a sentence that says where the product falls short (caveats.ts).
      return (text.length < 120 ? first(LIMITATIONS_HEADING, text) : undefined) ?? (text.length < 400 ? caveatIn(text) : undefined);
    case 'review':
      if (role !== 'heading' && role !== 'body' && role !== 'feature' && role !== 'faq' && role !== 'footnote') return undefined;
      return text.length < 400 ? first(HUMAN_REVIEW, text) : undefined;
    case 'privacy':
      return role !== 'footer' || text.length > 80 ? first(PRIVACY, text) : undefined;
    case 'model':
      return role !== 'testimonial' ? first(MODEL, text) : undefined;
    case 'who':
      return first(WHO, text);
    case 'pain':
      return role !== 'testimonial' && role !== 'faq' ? first(PAIN, text) : undefined;
    case 'study':
      return b.links?.find((l) => STUDY_LINK.test(l.href));
    case 'pressure':
      return first(PRESSURE, text);
    case 'vulnerable':
      return first(VULNERABLE, text);
    case 'conflict':
      return first(CONFLICT, text);
    case 'walkBack':
      return role === 'footer' || role === 'footnote' || role === 'testimonial' ? first(FINE_PRINT, text) : undefined;
    case 'disguise': {
      const u = UNMASKED.get(b);
      return u?.disguised ? u.word : undefined;
    }
  }
}

/**
 * A page's blocks as the signals read them: the first block's fact of a kind, in page order (a
 * source that keeps facts from one analysis to the next can answer without looking at every block).
 */
export interface FactSource {
  first(key: FactKey): string | Link | undefined;
}

/** The first block's fact of a kind, in page order, read from the blocks themselves. */
export function firstFactOf(blocks: TextBlock[], key: FactKey): string | Link | undefined {
  for (const b of blocks) {
    const v = blockFact(b, key);
    if (v !== undefined) return v;
  }
  return undefined;
}

function firstFact(src: FactSource, key: FactKey): string | undefined {
  return src.first(key) as string | undefined;
}

function firstStudy(src: FactSource): Link | undefined {
  return src.first('study') as Link | undefined;
}

/** The signals of a page, given its blocks and the claims found in them. */
export function pageSignals(blocks: TextBlock[], claims: Claim[]): PageSignal[] {
  return signalsFrom({ first: (key) => firstFactOf(blocks, key) }, claims);
}

/** The signals of a page from its blocks' facts, in page order, and its claims. */
export function signalsFrom(facts: FactSource, claims: Claim[]): PageSignal[] {
  const out: PageSignal[] = [];
  const add = (id: SignalId, text?: string) => {
    const points = SIGNAL_POINTS[id];
    const polarity =
      id === 'earnings' || id === 'pressure' || id === 'vulnerable' || id === 'conflict' || id === 'fine-print' || id === 'disguised' ? 'negative' : 'positive';
    out.push({ id, polarity, points, label: SIGNAL_LABELS[id], ...(text ? { text: text.slice(0, 160) } : {}) });
  };

  const price = firstFact(facts, 'price');
  if (price) add('pricing', price);
  const limits = firstFact(facts, 'limits');
  if (limits) add('limitations', limits);
  const review = firstFact(facts, 'review');
  if (review) add('review', review);
  const privacy = firstFact(facts, 'privacy');
  if (privacy) add('privacy', privacy);
  const model = firstFact(facts, 'model');
  if (model) add('model', model);
  const who = firstFact(facts, 'who');
  const pain = firstFact(facts, 'pain');
  if (who && pain) add('problem', `${who} … ${pain}`);
  const study = firstStudy(facts);
  if (study) add('evidence', study.text || study.href);

  const promise = claims.find((c) => c.flags.some((f) => f.rubric === 'R7' && f.severity === 'critical'));
  if (promise) add('earnings', promise.text);
  const pressure = firstFact(facts, 'pressure');
  if (pressure) add('pressure', pressure);
  const hook = claims.find(
    (c) => c.kinds.includes('emotional') || c.flags.some((f) => (f.rubric === 'R7' || f.rule === 'health-claim') && f.severity === 'critical'),
  );
  if (hook) {
    const aud = firstFact(facts, 'vulnerable');
    if (aud) add('vulnerable', aud);
  }
  const conflict = firstFact(facts, 'conflict') ?? claims.find((c) => c.flags.some((f) => f.rule === 'conflict-of-interest'))?.text;
  if (conflict) add('conflict', conflict);
  const headlineUnsupported = claims.some((c) => HEADLINE_ROLES.has(c.role) && c.verdict === 'unsupported');
  const walkBack = firstFact(facts, 'walkBack');
  if (headlineUnsupported && walkBack) add('fine-print', walkBack);
  const disguise = firstFact(facts, 'disguise');
  if (disguise) add('disguised', disguise);

  // Positive signals add trust, but never more than MAX_BONUS in all.
  let budget = MAX_BONUS;
  for (const s of out) {
    if (s.polarity !== 'positive') continue;
    s.points = Math.min(s.points, budget);
    budget -= s.points;
  }
  return out;
}
