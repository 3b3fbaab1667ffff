// How a report is presented, shared by the popup, the report page and the exports:
// which claims come first, which flags still count after the reader dismissed some.
import { flagTextsIn, whyIn } from '../heuristics/texts';
import type { Claim, Evidence, Flag, FlagTexts, PageReport, Role, Verdict } from '../heuristics/types';
import type { UiLang } from '../locales/index';
import { type Dismissal, pageKey } from './storage';

const VERDICT_RANK: Record<Verdict, number> = { unsupported: 2, weak: 1, supported: 0 };
/** How much a flag weighs against a claim (a critical flag outweighs a major and a minor together). */
export const SEVERITY_RANK = { minor: 1, major: 2, critical: 4 } as const;

export interface ClaimView {
  claim: Claim;
  /** Position in the page's own order. */
  index: number;
  flags: Array<{ flag: Flag; dismissed: Dismissal | undefined }>;
}

/**
 * A flag's title, note and question in the interface language. Reports saved before flags
 * carried that language's texts have none: they show the English ones rather than nothing.
 */
export function flagTexts(flag: Flag, lang: UiLang): FlagTexts {
  return flagTextsIn(flag, lang);
}

/** Why a piece of evidence is weak, in the interface language (English for older reports). */
export function whyText(e: Evidence, lang: UiLang): string | undefined {
  return whyIn(e, lang);
}

/** Flags on a claim, each with the reader's dismissal if there is one. */
export function claimView(claim: Claim, index: number, url: string, dismissed: Dismissal[]): ClaimView {
  const page = pageKey(url);
  return {
    claim,
    index,
    flags: claim.flags.map((flag) => ({ flag, dismissed: dismissed.find((d) => d.page === page && d.rule === flag.rule && d.claim === claim.text) })),
  };
}

/**
 * How much a claim needs questioning: unsupported before weak, then by the weight of its flags
 * times the claim's own weight (a flagged headline before a flagged footnote), then prominence,
 * then score. Dismissals do not move a claim: the list stays put under the reader's hand.
 */
export function questionability(v: ClaimView): number[] {
  const flags = v.flags.reduce((a, f) => a + SEVERITY_RANK[f.flag.severity], 0);
  return [VERDICT_RANK[v.claim.verdict], flags * v.claim.weight, v.claim.weight, 100 - v.claim.score, -v.index];
}

function byKeys(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (b[i] ?? 0) - (a[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

const VERDICT_STAKE: Record<Verdict, number> = { unsupported: 1, weak: 0.6, supported: 0.2 };
/** Where a claim stands without standing anywhere on the page a reader sees. */
const OFF_PAGE: ReadonlySet<Role> = new Set<Role>(['title', 'meta', 'structured', 'alt']);

/**
 * The claims a reader should see first: prominence (a claim's weight, which its place on the page
 * sets: the hero and headings before the footer) times how much it needs questioning (its verdict
 * and the severity of its live flags). A flagged headline comes before a flagged feature bullet.
 * `steady` counts dismissed flags too, for a list under the reader's hand, which a dismissal must
 * not reorder; exports leave dismissed flags out. `onPage` puts every claim the reader can see on
 * the page (and be shown there) before those only in its title, meta tags, structured data or
 * image text, which stand nowhere to point at.
 */
export function headlineClaims(views: ClaimView[], n: number, opts: { steady?: boolean; onPage?: boolean } = {}): ClaimView[] {
  const offPage = (v: ClaimView) => opts.onPage && OFF_PAGE.has(v.claim.role) && !v.claim.also?.some((a) => !OFF_PAGE.has(a.role));
  const stake = (v: ClaimView) =>
    v.claim.weight * VERDICT_STAKE[v.claim.verdict] * (1 + v.flags.reduce((a, f) => a + (f.dismissed && !opts.steady ? 0 : SEVERITY_RANK[f.flag.severity]), 0));
  return views
    .map((v) => ({ v, off: offPage(v) ? 1 : 0, k: stake(v) }))
    .sort((a, b) => a.off - b.off || b.k - a.k || a.v.index - b.v.index)
    .slice(0, Math.max(0, n))
    .map(({ v }) => v);
}

/** Claims most in need of questioning first; ties keep the page's order. */
export function sortedClaims(report: PageReport, url: string, dismissed: Dismissal[]): ClaimView[] {
  return report.claims.map((c, i) => claimView(c, i, url, dismissed)).sort((a, b) => byKeys(questionability(a), questionability(b)));
}

export interface VendorQuestion {
  question: string;
  /** The claims that raise it, in order of need. */
  claims: string[];
}

/** The distinct questions the live flags raise, in the interface language, each with the claims behind it, in order of need. */
export function vendorQuestions(views: ClaimView[], lang: UiLang): VendorQuestion[] {
  const out = new Map<string, VendorQuestion>();
  for (const v of views) {
    for (const f of v.flags) {
      if (f.dismissed) continue;
      const q = flagTexts(f.flag, lang).question.trim();
      if (!q) continue;
      const entry = out.get(q) ?? { question: q, claims: [] };
      if (!entry.claims.includes(v.claim.text)) entry.claims.push(v.claim.text);
      out.set(q, entry);
    }
  }
  return [...out.values()];
}

/** The host of a URL, without `www.`, or the URL itself when it has none. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || url;
  } catch {
    return url;
  }
}

/** What a page is called where Sceptic names it: its title, or its host when it has none. */
export function titleOrHost(title: string, url: string): string {
  return title.trim() || hostOf(url);
}

/** Only web addresses become links; anything else (javascript:, data:) is shown as text. */
export function safeHref(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

/** Page text without the quotation marks it may bring (a testimonial's, often only the opening one), for Sceptic to add its own. */
export function unquote(text: string): string {
  return text.replace(/^\s*["“«「『]+|["”»」』]+\s*$/gu, '').trim() || text;
}

/** Right-to-left letters, and the controls that embed, override or isolate a direction. */
const BIDI = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/u;
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/gu;

/**
 * Page text set apart from Sceptic's own words around it: where it holds right-to-left letters
 * or direction controls, its controls go and it is wrapped in a first-strong isolate (U+2068 …
 * U+2069), so that an unclosed override (U+202E) cannot reorder the question, the table row or
 * the heading after it. Text with neither is left exactly as it is.
 */
export function isolate(text: string): string {
  if (!BIDI.test(text)) return text;
  return `\u2068${text.replace(BIDI_CONTROLS, '')}\u2069`;
}

/** Page text in Sceptic's own quotation marks, on one line. */
export function quoted(text: string): string {
  return `“${isolate(unquote(text).replace(/\s+/gu, ' '))}”`;
}
