// Page-level signals: what the page as a whole says about itself beyond single claims.
import type { Claim, PageSignal, TextBlock } from './types';

const PRICE = /(?:[$€£¥￥]\s?\d|\d\s?(?:元|USD|EUR)|\/\s?(?:mo|month|year|yr|user|seat|月|年)\b|per (?:month|user|seat)|每月|每年|免费版|free plan|\bfree\b)/iu;
const PRICING_HEADING = /\b(?:pricing|plans?|prices?)\b|价格|定价|套餐|方案/iu;
const CTA =
  /\b(?:sign ?up|get started|start (?:your |a )?free|free trial|try (?:it )?(?:for )?free|book a demo|request a demo|buy now|subscribe now|add to (?:chrome|firefox)|download (?:now|the app|for)|join the waitlist|create (?:a |your )?(?:free )?account|start now)\b|免费试用|立即(?:注册|体验|使用|购买|试用)|注册|开始使用|预约演示/iu;
const AI = /\b(?:AI|A\.I\.|artificial intelligence|machine learning|GPT|LLM|generative|neural|chatbot|copilot|agent)s?\b|人工智能|智能|大模型|算法/u;
const STRUCTURED_PRODUCT = /"?@type"?\s*:\s*"?(?:SoftwareApplication|Product|WebApplication|MobileApplication|Offer)/u;

const LIMITATIONS =
  /\b(?:limitations?|known issues|what (?:it|\w+) (?:can(?:no|')t|does(?:n't| not)) do|where it (?:fails|struggles)|when not to use)\b|局限|不足之处|暂不支持|已知问题/iu;
const PRIVACY =
  /\b(?:privacy|data (?:handling|retention|processing)|we (?:do not|don't|never) (?:train|sell|store)|your data (?:is|stays|remains)|encrypt(?:ed|ion) (?:at rest|in transit)|deleted? after \d+)\b|隐私|数据(?:安全|处理|保留)|不会用于训练/iu;
const MODEL =
  /\b(?:GPT-?\d(?:\.\d)?o?|OpenAI|Anthropic|Claude|Gemini|Llama ?\d?|Mistral|Whisper|Stable Diffusion|DALL[·-]?E|Cohere|DeepSeek|Qwen)\b|通义千问|文心一言|智谱|豆包|Kimi|DeepSeek/u;
const PROBLEM =
  /\b(?:for|helps?) (?:\w+ ){0,3}(?:teams?|agents?|analysts?|managers?|writers?|lawyers?|developers?|marketers?|founders?|recruiters?|teachers?) (?:who|that|to)\b|(?:spend|spent|spends) \d+ (?:hours?|minutes?) (?:a|per|each) (?:week|day|month)|为\S{1,10}(?:团队|人员|经理|分析师)(?:解决|提供)/iu;
const PRESSURE =
  /\b(?:only \d+ (?:spots?|seats?|left)|offer ends|limited[- ]time|act now|hurry|last chance|before it'?s too late|price (?:goes|will go) up)\b|限时|仅剩|最后\d+个名额|错过(?:再等|就没)|马上涨价/iu;
const VULNERABLE =
  /\b(?:lonely|loneliness|depress(?:ed|ion)|anxiety|grief|your kids?|children|teen(?:ager)?s?|seniors?|elderly|debt|bankrupt)\b|孤独|抑郁|焦虑|孩子|老人|负债/iu;

/** Points each signal is worth. The sum of positives is capped so signals never outweigh claims. */
export const SIGNAL_POINTS = {
  pricing: 4,
  limitations: 8,
  privacy: 4,
  model: 4,
  problem: 4,
  earnings: 10,
  pressure: 6,
  vulnerable: 6,
} as const;
export const MAX_BONUS = 20;

function firstMatch(blocks: TextBlock[], re: RegExp, filter: (b: TextBlock) => boolean = () => true): string | undefined {
  for (const b of blocks) {
    if (!filter(b)) continue;
    const m = re.exec(b.text);
    if (m) return m[0];
  }
  return undefined;
}

/** Cheap check, fit to run first: does this page sell an (AI) product? */
export function productPageEvidence(blocks: TextBlock[]): { isProduct: boolean; points: number; ai: boolean } {
  let points = 0;
  const pricingBlock =
    blocks.some((b) => b.role === 'pricing' && PRICE.test(b.text)) || blocks.some((b) => b.role === 'heading' && PRICING_HEADING.test(b.text));
  if (pricingBlock) points += 2;
  if (blocks.some((b) => b.role === 'structured' && STRUCTURED_PRODUCT.test(b.text))) points += 2;
  let ctas = 0;
  for (const b of blocks) {
    if (ctas >= 2) break;
    if (b.text.length < 120 && CTA.test(b.text)) ctas++;
  }
  points += ctas;
  const ai = blocks.some((b) => AI.test(b.text));
  return { isProduct: points >= 2, points, ai };
}

export function pageSignals(blocks: TextBlock[], claims: Claim[]): PageSignal[] {
  const out: PageSignal[] = [];
  const add = (id: string, polarity: PageSignal['polarity'], points: number, label: string, text?: string) => {
    out.push({ id, polarity, points, label, ...(text ? { text } : {}) });
  };
  const price = firstMatch(blocks, PRICE, (b) => b.role === 'pricing');
  if (price) add('pricing', 'positive', SIGNAL_POINTS.pricing, 'Prices are shown', price);
  const limits = firstMatch(blocks, LIMITATIONS, (b) => b.role === 'heading' || b.role === 'body' || b.role === 'feature' || b.role === 'faq');
  if (limits) add('limitations', 'positive', SIGNAL_POINTS.limitations, 'The page says where the product falls short', limits);
  const privacy = firstMatch(blocks, PRIVACY);
  if (privacy) add('privacy', 'positive', SIGNAL_POINTS.privacy, 'Data handling and privacy are described', privacy);
  const model = firstMatch(blocks, MODEL);
  if (model) add('model', 'positive', SIGNAL_POINTS.model, 'The model or provider is named', model);
  const problem = firstMatch(blocks, PROBLEM);
  if (problem) add('problem', 'positive', SIGNAL_POINTS.problem, 'A concrete user and problem are named', problem);

  const earning = claims.find((c) => c.kinds.includes('earnings'));
  if (earning) add('earnings', 'negative', SIGNAL_POINTS.earnings, 'Earnings or returns are promised', earning.text.slice(0, 120));
  const pressure = firstMatch(blocks, PRESSURE);
  if (pressure) add('pressure', 'negative', SIGNAL_POINTS.pressure, 'Pressure to decide quickly', pressure);
  const vulnerable = claims.find((c) => c.kinds.includes('emotional') || c.kinds.includes('earnings'));
  const aud = vulnerable ? VULNERABLE.exec(blocks.map((b) => b.text).join('\n')) : null;
  if (vulnerable && aud) add('vulnerable', 'negative', SIGNAL_POINTS.vulnerable, 'Emotional or financial promises to a vulnerable audience', aud[0]);

  // Signals add trust but never more than MAX_BONUS in all.
  let budget = MAX_BONUS;
  for (const s of out) {
    if (s.polarity !== 'positive') continue;
    s.points = Math.min(s.points, budget);
    budget -= s.points;
  }
  return out;
}
