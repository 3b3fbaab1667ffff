// A block's role on the page (hero, heading, pricing, testimonial, FAQ, feature, footnote,
// footer, body), decided here and nowhere else: from an element's tag, ARIA role, class names
// and id, and the heading or label of the section around it (the walk, walk.ts); the overrides
// once the whole page is read, the hero's section and the blocks that define footnotes
// (scrape.ts); the cheap first look (probe.ts); and lines of plain text, as the welcome page's
// sample has them.
import type { Role } from '../../heuristics/types';
import { query, words } from './dom';
import { attr, closestOf, hasAttr, idOf, localNameOf, parentElementOf, rootNodeOf, textOf } from './safe-dom';
import type { BlockRecord } from './walk';

export const HEADING = /^h[1-6]$/;

/** The words of class names and ids that mark a hero section. */
const HERO_WORDS = 'hero jumbotron masthead splash';

export const TOKEN_ROLES: Array<[Role, Set<string>]> = [
  ['footnote', words('footnote footnotes endnote endnotes fn disclaimer disclaimers fineprint disclosure disclosures citations')],
  ['testimonial', words('testimonial testimonials review reviews quote quotes endorsement endorsements praise')],
  ['pricing', words('pricing price prices plan plans tier tiers')],
  ['faq', words('faq faqs')],
  ['footer', words('footer')],
  ['hero', words(HERO_WORDS)],
  ['feature', words('feature features benefit benefits capabilities usecases')],
];

/** The role a section's class names or id give it, if any. */
export function roleFromTokens(tokens: string[]): Role | null {
  if (!tokens.length) return null;
  for (const [role, words] of TOKEN_ROLES) for (const t of tokens) if (words.has(t)) return role;
  return null;
}

const SECTION_ROLES: Array<[Role, RegExp]> = [
  ['pricing', /\b(?:pricing|plans?(?: (?:and|&) pricing)?|prices)\b|价格|定价|套餐|收费/i],
  ['faq', /\bFAQs?\b|frequently asked|common questions|常见问题|问答/i],
  [
    'testimonial',
    /testimonials?|what (?:our )?(?:customers|users|people|teams|clients) (?:say|are saying)|loved by|wall of love|reviews|用户(?:评价|心声|怎么说)|客户(?:评价|心声|怎么说)/i,
  ],
  [
    'footnote',
    /^\s*(?:notes?|footnotes?|sources?|references|methodology|disclosures?|fine print)\s*$|^\s*(?:注释|脚注|注|说明|参考(?:资料|文献)?|数据来源)\s*$/i,
  ],
  ['feature', /\bfeatures?\b|capabilities|what you (?:get|can do)|how it works|功能|特性|亮点|能力/i],
];

/** The role a section's heading or label gives it ("Pricing", "What our customers say", "常见问题"). */
export function roleFromLabel(label: string): Role | null {
  const text = label.trim().slice(0, 120);
  if (!text) return null;
  for (const [role, re] of SECTION_ROLES) if (re.test(text)) return role;
  return null;
}

/** The heading or label of a sectioning element, read cheaply. */
export function sectionLabel(el: Element): string {
  const aria = attr(el, 'aria-label');
  if (aria) return aria;
  const labelledBy = attr(el, 'aria-labelledby');
  if (labelledBy) {
    const root = rootNodeOf(el) as Document | ShadowRoot;
    const target = typeof root.getElementById === 'function' ? root.getElementById(labelledBy.split(/\s+/)[0] ?? '') : null;
    if (target) return (textOf(target) ?? '').slice(0, 200);
  }
  const heading = query(el, 'h1, h2, h3, h4');
  return heading ? (textOf(heading) ?? '').slice(0, 200) : '';
}

/** The role an element gives everything inside it, if any. `name` is its tag, `aria` its role attribute. */
export function sectionRole(el: Element, name: string, tokens: string[], aria: string | null): Role | null {
  if (name === 'footer' || aria === 'contentinfo') return 'footer';
  if (aria === 'doc-endnotes' || aria === 'doc-footnote' || aria === 'note') return 'footnote';
  const fromTokens = roleFromTokens(tokens);
  if (fromTokens) return fromTokens;
  if (name === 'section' || name === 'article' || name === 'aside' || aria === 'region' || (name === 'div' && hasAttr(el, 'aria-labelledby'))) {
    return roleFromLabel(sectionLabel(el));
  }
  if (name === 'details') return 'faq';
  if (name === 'blockquote' || name === 'q') return 'testimonial';
  return null;
}

/** Whether an element opens a navigation (a menu): the blocks inside it are plain body, never headings or features. */
export function opensNavigation(name: string, aria: string | null): boolean {
  return name === 'nav' || aria === 'navigation' || aria === 'menubar';
}

/** A heading's role: the page's title (its h1) speaks for the hero. */
export function headingRole(name: string): Role {
  return name === 'h1' ? 'hero' : 'heading';
}

/**
 * The role of a block from its tag and the sections around it: `section` is the role the closest
 * section gives it, `nav` whether it stands in a navigation.
 */
export function blockRole(name: string, section: Role | null, nav: boolean, aria: string | null): Role {
  if (section === 'footer' || section === 'footnote') return section;
  if (nav) return 'body';
  if (HEADING.test(name) || aria === 'heading') return headingRole(name);
  if (section) return section;
  if (name === 'blockquote') return 'testimonial';
  if (name === 'summary' || name === 'details') return 'faq';
  if (name === 'li') return 'feature';
  return 'body';
}

const HERO_NAME = /* @__PURE__ */ new RegExp(HERO_WORDS.replaceAll(' ', '|'), 'i');
const NAVIGATION = 'nav, [role="navigation"]';

/** The hero: the section that holds the page's first <h1>. */
function heroContainer(recs: BlockRecord[]): Element | null {
  const h1 = recs.find((r) => localNameOf(r.el) === 'h1' && !r.onDemand)?.el;
  if (!h1) return null;
  let best: Element | null = null;
  let e = parentElementOf(h1);
  for (let depth = 0; e && depth < 4; depth++, e = parentElementOf(e)) {
    const name = localNameOf(e);
    if (name === 'body' || name === 'main' || name === 'html') break;
    if (name === 'header' || name === 'section' || HERO_NAME.test(`${attr(e, 'class') ?? ''} ${idOf(e)}`)) {
      best = e;
      break;
    }
  }
  return best ?? h1;
}

/** Once the page is read: the body, features and headings of the hero's section (out of its navigation) take the hero's role. */
export function heroRoles(recs: BlockRecord[], roles: Map<BlockRecord, Role>): void {
  const hero = heroContainer(recs);
  if (!hero) return;
  for (const r of recs) {
    if ((r.role === 'body' || r.role === 'feature' || r.role === 'heading') && hero.contains(r.el) && !closestOf(r.el, NAVIGATION)) roles.set(r, 'hero');
  }
}

/** Whether a block is in small print, where a plain "1." starts a footnote: a footnote or footer section, or <small>. */
export function inSmallPrint(r: Pick<BlockRecord, 'role' | 'small'>): boolean {
  return r.role === 'footnote' || r.role === 'footer' || r.small;
}

/** Whether a block that defines footnotes takes the footnote role: headings and the hero keep theirs. */
export function definesAsFootnote(role: Role): boolean {
  return role !== 'heading' && role !== 'hero';
}

/** Sections of plans and prices, as the cheap first look finds them by their names. */
export const PRICING_SECTIONS = '#pricing, [id*="pricing" i], [class*="pricing" i], [id*="plans" i]';

/** A price written with its currency: "$9", "€ 20", "39元", "10 USD". */
export const CURRENCY = /[$€£¥￥]\s?\d|\d\s?(?:元|USD|EUR)/;
/** A price written by its unit: "per user", "每月". */
const PER_UNIT = /per (?:user|month|seat)|每(?:人|月|年)/iu;
const QUOTED = /^\s*["“「]/u;
/** A call to action, a button on a page: "Start free trial", "免费试用". */
const CTA = /^(?:start|try|get started|sign up|book a demo)|免费试用|立即|注册/iu;

/**
 * The role of a line of plain text, from its place and shape (`first`: the first line, standing for
 * the page's title): what the scraper would find on a page with that line in it. The welcome page's
 * sample reads its lines so.
 */
export function lineRole(line: string, first: boolean): Role {
  if (first) return headingRole('h1');
  if (CURRENCY.test(line) || PER_UNIT.test(line)) return 'pricing';
  if (QUOTED.test(line)) return 'testimonial';
  if (CTA.test(line) && line.length < 40) return 'body';
  if (line.length < 16) return 'heading';
  return 'feature';
}
