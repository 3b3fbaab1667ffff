// Small pieces several rules share: sources cited more than once, and structural questions
// about a sentence (which numbers make its benefit, is a model named, who is it compared with).
import { EN_MODELS, EN_RIVALS } from './lexicon/en';
import { ZH_MODELS } from './lexicon/zh';
import type { QuantityUnit } from './quantities';
import type { CueId, RuleContext } from './rule';
import type { ClaimKind, Source } from './types';

/** Sources cited by more than one rule; every URL was checked against the publisher's page. */
export const SOURCES = {
  ftcAiClaims: {
    name: 'FTC, "Keep your AI claims in check" (business guidance, February 2023)',
    url: 'https://www.ftc.gov/business-guidance/blog/2023/02/keep-your-ai-claims-check',
  },
  ftcAiComply: {
    name: 'FTC, Operation AI Comply (September 2024): DoNotPay, Ascend Ecom, Rytr and others',
    url: 'https://www.ftc.gov/news-events/news/press-releases/2024/09/ftc-announces-crackdown-deceptive-ai-claims-schemes',
  },
  ftcWorkado: {
    name: 'FTC v. Workado (2025): "98 percent accurate" AI detector that independent testing put at 53%',
    url: 'https://www.ftc.gov/news-events/news/press-releases/2025/04/ftc-order-requires-workado-back-artificial-intelligence-detection-claims',
  },
  ftcEvolv: {
    name: 'FTC v. Evolv Technologies (2024): AI scanners sold as detecting all weapons',
    url: 'https://www.ftc.gov/news-events/news/press-releases/2024/11/ftc-takes-action-against-evolv-technologies-deceiving-users-about-its-ai-powered-security-screening',
  },
  ftcIntelliVision: {
    name: 'FTC v. IntelliVision (2024): facial recognition sold as having "zero gender or racial bias"',
    url: 'https://www.ftc.gov/news-events/news/press-releases/2024/12/ftc-takes-action-against-intellivision-technologies-deceptive-claims-about-its-facial-recognition',
  },
  ftcAccessiBe: {
    name: 'FTC v. accessiBe (2025): an AI tool sold as making any website WCAG-compliant',
    url: 'https://www.ftc.gov/news-events/news/press-releases/2025/01/ftc-order-requires-online-marketer-pay-1-million-deceptive-claims-its-ai-product-could-make-websites',
  },
  secAiWashing: {
    name: 'SEC v. Delphia and Global Predictions (March 2024): AI capabilities that did not exist',
    url: 'https://www.sec.gov/newsroom/press-releases/2024-36',
  },
  secPresto: {
    name: 'SEC, In re Presto Automation (January 2025): drive-through AI sold as needing no human, third-party AI not disclosed',
    url: 'https://www.sec.gov/files/litigation/admin/2025/33-11352.pdf',
  },
  endorsementGuides: {
    name: 'FTC Endorsement Guides, 16 CFR Part 255',
    url: 'https://www.ecfr.gov/current/title-16/chapter-I/subchapter-B/part-255',
  },
  consumerEndorsements: {
    name: 'FTC Endorsement Guides, 16 CFR 255.2: consumer endorsements and typical results',
    url: 'https://www.ecfr.gov/current/title-16/chapter-I/subchapter-B/part-255/section-255.2',
  },
  fakeReviewsRule: {
    name: 'FTC rule on consumer reviews and testimonials, 16 CFR Part 465 (2024)',
    url: 'https://www.ftc.gov/news-events/news/press-releases/2024/08/federal-trade-commission-announces-final-rule-banning-fake-reviews-testimonials',
  },
  substantiation: {
    name: 'FTC Policy Statement Regarding Advertising Substantiation',
    url: 'https://www.ftc.gov/legal-library/browse/ftc-policy-statement-regarding-advertising-substantiation',
  },
  deception: {
    name: 'FTC Policy Statement on Deception (1983): the net impression of an ad',
    url: 'https://www.ftc.gov/legal-library/browse/ftc-policy-statement-deception',
  },
  capCode: {
    name: 'UK CAP Code, section 3 (rule 3.7: documentary evidence for objective claims)',
    url: 'https://www.asa.org.uk/type/non_broadcast/code_section/03.html',
  },
  ucpd: {
    name: 'EU Unfair Commercial Practices Directive 2005/29/EC, Articles 6, 7 and 12',
    url: 'https://eur-lex.europa.eu/eli/dir/2005/29/oj',
  },
  metr: {
    name: 'METR (2025): experienced developers were 19% slower with AI while believing they were 20% faster',
    url: 'https://metr.org/blog/2025-07-10-early-2025-ai-experienced-os-dev-study/',
  },
  nadCopilot: {
    name: 'NAD review of Microsoft Copilot (2025): "users say they are more productive" shows perception, not productivity',
    url: 'https://www.tweaktown.com/news/105861/industry-watchdog-tells-microsoft-it-must-change-copilot-advertising-relating-to-productivity/index.html',
  },
  samrAbsolute: {
    name: '国家市场监督管理总局《广告绝对化用语执法指南》(2023)',
    url: 'https://www.samr.gov.cn/ggjgs/tzgg/art/2023/art_183b5cb48d9e4f0dba67f9f912a913ba.html',
  },
  adLaw: {
    name: '《中华人民共和国广告法》第十一条、第二十五条(引证内容须表明出处；不得对未来收益作保证性承诺)',
    url: 'https://www.samr.gov.cn/zw/zfxxgk/fdzdgknr/fgs/art/2023/art_5474cf75173c45d6a0379730fb4e8d97.html',
  },
} as const satisfies Record<string, Source>;

const MODEL = new RegExp(`${EN_MODELS}|${ZH_MODELS}`);
const RIVAL = new RegExp(`${EN_RIVALS}|同类(?:产品|工具)?|竞品|其他(?:[^，。]{0,6})(?:产品|工具|应用)|ChatGPT|GPT`, 'i');
const HUMANS =
  /\b(?:humans?|people|person|analysts?|experts?|doctors?|lawyers?|designers?|writers?|professionals?|by hand|manual(?:ly)?|you do|friends?)\b|人工|人类|真人|专家|手工|分析师|设计师|律师|医生/i;
const SAVE = /\b(?:sav(?:e|es|ed|ing)|cut(?:s|ting)?|reduc(?:e|es|ed|ing)|back|reclaim|free(?:s|d)? up)\b|节省|节约|省下|省去|省了|少花|缩短|减少/i;

/** Is a model or provider named in the sentence ("GPT-4o", "Claude", "通义千问")? */
export function namesModel(ctx: RuleContext): boolean {
  return MODEL.test(ctx.text);
}

/** Is another product named as the thing beaten ("than ChatGPT", "比同类产品")? */
export function namesRival(ctx: RuleContext): boolean {
  return RIVAL.test(ctx.text);
}

/** Is the comparison with people or manual work ("than human analysts", "比人工")? */
export function namesHumans(ctx: RuleContext): boolean {
  return HUMANS.test(ctx.text);
}

/** The numbers of the given units that make a claim of the given kind (they stand where the kind was found). */
export function figures(ctx: RuleContext, units: QuantityUnit[], kind: ClaimKind = 'quantified-benefit'): Array<[number, number]> {
  const span = ctx.spanOf(kind);
  if (!span) return [];
  const out: Array<[number, number]> = [];
  for (const q of ctx.quantities) {
    if (!units.includes(q.unit)) continue;
    if (q.span[0] >= span[0] - 2 && q.span[1] <= span[1] + 2) out.push(q.span);
    else if (Math.abs(q.span[0] - span[0]) < 30 || (q.span[0] >= span[0] && q.span[0] <= span[1])) out.push(q.span);
  }
  return out;
}

/** Time figures next to a saving verb ("saves 5 hours every week", "每周节省2小时"). */
export function timeSaved(ctx: RuleContext): Array<[number, number]> {
  return ctx.quantities.filter((q) => q.unit === 'time' && SAVE.test(ctx.text.slice(Math.max(0, q.span[0] - 40), q.span[1] + 40))).map((q) => q.span);
}

/** The span to flag for a kind: the words that made it, else the whole sentence. */
export function at(ctx: RuleContext, kind: ClaimKind): Array<[number, number]> {
  const span = ctx.spanOf(kind);
  return span ? [span] : [];
}

/** The span of the first cue with this id (or id prefix), as a list for check(). */
export function cueAt(ctx: RuleContext, id: CueId): Array<[number, number]> {
  const span = ctx.cue(id);
  return span ? [span] : [];
}
