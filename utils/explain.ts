// Why a page got its grade, for the popup's first screen: the one sentence that says what most
// pulls this page down and what most holds it up, the checklist of what a careful page shows
// (each point with the page's own words, to find it there), and the claims grouped by where
// they stand. Pure functions of the report, shared by the popup and its tests.
import type { Evidence, PageReport, PageSignal, Role, Verdict } from '../heuristics/types';
import { joinList, type MessageKey, type Translate, type UiLang } from '../locales/index';
import { type ClaimView, flagTexts, headlineClaims, quoted, SEVERITY_RANK } from './present';

/**
 * How the popup's first screen ranks claims: a dismissal does not reorder the list under the
 * reader's hand, and claims that stand on the page come before those only in its meta tags.
 */
export const FIRST_SCREEN = { steady: true, onPage: true } as const;

/** Something on the page that moves its score, and by about how many points. */
export type Factor =
  | { kind: 'claim'; view: ClaimView; impact: number }
  /** The claims together, named by the most prominent of them: most pages are pulled down by many claims, not one. */
  | { kind: 'claims'; verdict: Verdict; count: number; total: number; example: ClaimView; impact: number }
  | { kind: 'signal'; signal: PageSignal; impact: number };

export interface Explanation {
  down?: Factor;
  up?: Factor;
}

/** A claim's score moves the page's mean by its share of the weight; 50 is where it neither helps nor hurts. */
function claimImpact(v: ClaimView, totalWeight: number): number {
  return totalWeight ? (v.claim.weight * (v.claim.score - 50)) / totalWeight : 0;
}

/**
 * What most pulls the page down (an unbacked claim, weighted by where it stands, or a pressure,
 * earnings or small-print signal) and what most holds it up (a backed claim, or a stated limit,
 * price, data policy, model, study or review). Dismissed flags do not change the engine's score,
 * so they do not change this either.
 */
export function explain(report: PageReport, views: ClaimView[]): Explanation {
  const total = views.reduce((a, v) => a + v.claim.weight, 0);
  let down: Factor | undefined;
  let up: Factor | undefined;
  const consider = (f: Factor, dir: 'down' | 'up') => {
    const best = dir === 'down' ? down : up;
    if (f.impact <= 0 || (best && best.impact >= f.impact)) return;
    if (dir === 'down') down = f;
    else up = f;
  };
  // The claims that pull the same way, together: their share of the weighted mean, named by the
  // one a reader sees first. A single claim counts alone when it is the only one.
  for (const dir of ['down', 'up'] as const) {
    const group = views.filter((v) => (dir === 'down' ? v.claim.verdict !== 'supported' : v.claim.verdict === 'supported'));
    const impact = Math.abs(group.reduce((a, v) => a + Math.min(0, claimImpact(v, total) * (dir === 'down' ? 1 : -1)), 0));
    const example = headlineClaims(group, 1, FIRST_SCREEN)[0];
    if (!example || impact <= 0) continue;
    // Pulled down by claims with nothing behind them, or (where there are none) by weakly backed ones.
    const unsupported = group.filter((v) => v.claim.verdict === 'unsupported').length;
    const verdict = dir === 'up' ? 'supported' : unsupported ? 'unsupported' : 'weak';
    const count = dir === 'up' ? group.length : unsupported || group.length;
    if (group.length === 1) consider({ kind: 'claim', view: example, impact }, dir);
    else consider({ kind: 'claims', verdict, count, total: views.length, example, impact }, dir);
  }
  for (const s of report.signals) {
    // A signal worth no points (a review step, counted with the limitations) still holds a page up a little.
    const impact = Math.max(s.points, 0.5);
    consider({ kind: 'signal', signal: s, impact }, s.polarity === 'negative' ? 'down' : 'up');
  }
  return { down, up };
}

function factorText(t: Translate, lang: UiLang, f: Factor): string {
  if (f.kind === 'signal') {
    const key = `explain.signal.${f.signal.id}` as MessageKey;
    const text = t(key);
    const what = text === key ? f.signal.label : text;
    // The page's own words make the point this page's, not every page's.
    const words = f.signal.text?.split(' … ')[0]?.trim();
    return words ? t('explain.signalWords', { what, quote: short(words) }) : what;
  }
  if (f.kind === 'claims') {
    const example = factorText(t, lang, { kind: 'claim', view: f.example, impact: f.impact });
    return t(`explain.claims.${f.verdict}` as MessageKey, { count: f.count, total: f.total, example });
  }
  const c = f.view.claim;
  let why: string;
  if (c.verdict === 'supported') {
    const kinds = [...new Set(c.evidence.filter((e) => e.strength === 'strong').map((e) => e.kind))].slice(0, 3);
    why = kinds.length
      ? t('explain.why.backed', {
          evidence: joinList(
            lang,
            kinds.map((k) => t(`evidence.${k}` as MessageKey).toLowerCase()),
          ),
        })
      : t('verdict.supported');
  } else {
    const flag = f.view.flags.find((x) => !x.dismissed) ?? f.view.flags[0];
    why = flag ? flagTexts(flag.flag, lang).title : t(c.verdict === 'weak' ? 'explain.why.weak' : 'explain.why.unbacked');
  }
  return t('explain.claim', { quote: short(c.text), why });
}

/** Page text cut to fit a sentence of the popup, in Sceptic's quotation marks. */
function short(text: string): string {
  const one = text.replace(/\s+/gu, ' ').trim();
  return quoted([...one].length > 56 ? `${[...one].slice(0, 52).join('').trimEnd()}…` : one);
}

/** The explanation as one sentence in the interface language; empty when there is nothing to say. */
export function explanationText(t: Translate, lang: UiLang, e: Explanation): string {
  if (e.down && e.up) return t('explain.both', { down: factorText(t, lang, e.down), up: factorText(t, lang, e.up) });
  if (e.down) return t('explain.downOnly', { down: factorText(t, lang, e.down) });
  if (e.up) return t('explain.upOnly', { up: factorText(t, lang, e.up) });
  return '';
}

/** The points a careful page shows, in the order the popup lists them. */
export const CHECKS = ['headline', 'evidence', 'limitations', 'pricing', 'privacy', 'model', 'review'] as const;
export type CheckId = (typeof CHECKS)[number];

/**
 * Evidence from outside the vendor: an auditor, or a named source that is not the vendor itself.
 * A name whose opening words the page's own title carries is the vendor or its family
 * ("Kestrel Bay Asset Management" on "ResearchMind by Kestrel Bay Securities").
 */
function independentOf(title: string): (e: Evidence) => boolean {
  const own = ` ${title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  return (e) => {
    if (e.strength !== 'strong') return false;
    if (e.kind === 'independent') return true;
    if (e.kind !== 'source') return false;
    const words = e.text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
      .split(' ')
      .filter(Boolean);
    const opening = words.slice(0, Math.min(2, words.length)).join(' ');
    return !(opening.length >= 3 && own.includes(` ${opening} `));
  };
}

const CHECK_SIGNAL: Record<Exclude<CheckId, 'headline' | 'evidence'>, string> = {
  limitations: 'limitations',
  pricing: 'pricing',
  privacy: 'privacy',
  model: 'model',
  review: 'review',
};

export interface CheckItem {
  /** One of CHECKS, or the id of a signal against the page (earnings, pressure…). */
  id: string;
  ok: boolean;
  /** The page's own words for it, to find them on the page. */
  text?: string;
  /** The claim it stands for, when it is one (a headline claim, evidence found beside a claim). */
  claimId?: string;
  /** For the headline check: how many of the headline claims are not backed, of how many. */
  unbacked?: number;
  total?: number;
}

/** How many headline claims the checklist weighs. */
export const HEADLINE_CHECKED = 3;

/**
 * The page's checklist: the seven points of a careful page, each ticked or crossed, then every
 * signal against it. Empty for a page Sceptic does not grade as a product page. `title` is the
 * page's title, which names the vendor (whose own name is no independent source).
 */
export function checklist(report: PageReport, views: ClaimView[], title = ''): CheckItem[] {
  const independent = independentOf(title);
  if (!report.isProductPage) return [];
  const out: CheckItem[] = [];
  const heads = headlineClaims(views, HEADLINE_CHECKED, FIRST_SCREEN);
  if (heads.length) {
    const unbacked = heads.filter((v) => v.claim.verdict === 'unsupported');
    const target = unbacked[0] ?? heads.find((v) => v.claim.verdict === 'supported') ?? heads[0];
    out.push({
      id: 'headline',
      ok: unbacked.length === 0,
      claimId: target?.claim.id,
      text: target?.claim.text,
      unbacked: unbacked.length,
      total: heads.length,
    });
  }
  const signal = (id: string) => report.signals.find((s) => s.id === id);
  // A signal that quotes a claim (an earnings promise) points at that claim, which the page marks.
  const claimOf = (text: string | undefined) => (text ? views.find((v) => v.claim.text === text)?.claim.id : undefined);
  for (const id of CHECKS) {
    if (id === 'headline') continue;
    if (id === 'evidence') {
      // Independent evidence is evidence found beside a claim that names an outside source (an
      // auditor, a published study): a link to the vendor's own case study is not independent.
      const found = views.find((v) => v.claim.evidence.some(independent));
      const e = found?.claim.evidence.find(independent);
      out.push(found && e ? { id, ok: true, claimId: found.claim.id, text: e.text } : { id, ok: false });
      continue;
    }
    const s = signal(CHECK_SIGNAL[id]);
    out.push(s ? { id, ok: true, text: s.text } : { id, ok: false });
  }
  for (const s of report.signals) {
    if (s.polarity !== 'negative') continue;
    const claimId = claimOf(s.text);
    out.push(claimId ? { id: s.id, ok: false, text: s.text, claimId } : { id: s.id, ok: false, text: s.text });
  }
  return out;
}

/** A checklist point in the interface language. */
export function checkLabel(t: Translate, item: CheckItem, fallback?: string): string {
  if (item.id === 'headline') return item.ok ? t('check.headline.ok') : t('check.headline.bad', { unbacked: item.unbacked ?? 0, total: item.total ?? 0 });
  if ((CHECKS as readonly string[]).includes(item.id)) return t(`check.${item.id}.${item.ok ? 'ok' : 'bad'}` as MessageKey);
  const key = `check.against.${item.id}` as MessageKey;
  const text = t(key);
  return text === key ? (fallback ?? item.id) : text;
}

/** Where claims stand, grouped as a reader thinks of a page. */
export const ROLE_GROUPS = {
  headline: ['title', 'meta', 'hero', 'heading', 'structured'],
  features: ['feature', 'body', 'faq', 'alt'],
  testimonials: ['testimonial'],
  pricing: ['pricing'],
  footer: ['footnote', 'footer'],
} as const satisfies Record<string, readonly Role[]>;
export type RoleGroup = keyof typeof ROLE_GROUPS;

export function roleGroup(role: Role): RoleGroup {
  for (const [g, roles] of Object.entries(ROLE_GROUPS) as Array<[RoleGroup, readonly Role[]]>) if (roles.includes(role)) return g;
  return 'features';
}

/** Claims grouped by where they stand, in the groups' order, each group keeping the order it was given; empty groups left out. */
export function groupedClaims(views: ClaimView[]): Array<{ group: RoleGroup; views: ClaimView[] }> {
  const by = new Map<RoleGroup, ClaimView[]>();
  for (const v of views) {
    const g = roleGroup(v.claim.role);
    const list = by.get(g);
    if (list) list.push(v);
    else by.set(g, [v]);
  }
  return (Object.keys(ROLE_GROUPS) as RoleGroup[]).flatMap((group) => {
    const list = by.get(group);
    return list ? [{ group, views: list }] : [];
  });
}

type ViewFlag = ClaimView['flags'][number];

/**
 * The one flag that matters most on a claim: the most severe one still standing, passing over
 * the rules in `skip` where another flag is left (then any standing flag, then a dismissed one).
 */
export function topFlag(v: ClaimView, skip: ReadonlySet<string> = new Set()): ViewFlag | undefined {
  const bySeverity = (list: ViewFlag[]) => [...list].sort((a, b) => SEVERITY_RANK[b.flag.severity] - SEVERITY_RANK[a.flag.severity])[0];
  const live = v.flags.filter((f) => !f.dismissed);
  return bySeverity(live.filter((f) => !skip.has(f.flag.rule))) ?? bySeverity(live) ?? bySeverity(v.flags);
}

/** Each row's flag, a different rule from the rows above it where the claim has one. */
export function rowFlags(views: ClaimView[]): Map<string, ViewFlag | undefined> {
  const seen = new Set<string>();
  const out = new Map<string, ViewFlag | undefined>();
  for (const v of views) {
    const f = topFlag(v, seen);
    if (f) seen.add(f.flag.rule);
    out.set(v.claim.id, f);
  }
  return out;
}
