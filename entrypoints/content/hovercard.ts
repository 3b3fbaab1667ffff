// The card that explains a mark on hover: verdict, the sceptical note and the question
// to ask the vendor, in the interface language. It lives in a closed shadow root, in the top
// layer when the browser has one (popover), takes no pointer events and never moves the
// page's layout; its host stands in a closed shadow root Sceptic gives an element near the
// claim, so the page's tree gains no node when it shows. Its own few words are here rather than in locales/: the content script runs
// in every page and carries no string tables (about 1 kB for both languages).
import { flagTextsIn } from '../../heuristics/texts';
import { LANG_TAG, type UiLang } from '../../locales/lang';
import type { MarkedClaim } from '../../utils/protocol';
import CARD_CSS from './hovercard.css?inline';

interface CardWords {
  verdict: Record<MarkedClaim['verdict'], string>;
  ask: string;
  backed: [title: string, note: string];
  thin: string;
  /** The note and question when the page gives little: "The page does not say …", "Can you tell me …?". */
  notSaid: (missing: string) => string;
  askFor: (missing: string) => string;
  nothing: [note: string, question: string];
  /** What a claim lacks, as clauses that finish the two sentences above. */
  missing: Record<string, string>;
  join: (items: string[], word: 'or' | 'and') => string;
  more: (n: number) => string;
}

function joinWith(sep: string, words: { or: string; and: string }) {
  return (items: string[], word: 'or' | 'and') =>
    items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(sep)}${words[word]}${items[items.length - 1]}`;
}

export const CARD_WORDS: Record<UiLang, CardWords> = {
  en: {
    verdict: { unsupported: 'Unsupported', weak: 'Weakly supported', supported: 'Supported' },
    ask: 'Ask the vendor: ',
    backed: ['Backed on the page', 'The page gives the evidence this kind of claim needs.'],
    thin: 'Not enough behind it',
    notSaid: (l) => `The page does not say ${l}.`,
    askFor: (l) => `Can you tell me ${l}?`,
    nothing: ['The page gives little to back this claim.', 'What is this claim based on?'],
    missing: {
      baseline: 'what it is compared with',
      sample: 'who was measured',
      method: 'how it was measured',
      date: 'when',
      source: 'who says so',
      link: 'where the study is',
      footnote: 'where the figure comes from',
      scope: 'where it applies',
      limitation: 'where it falls short',
      'named-customer': 'which customer',
      independent: 'who checked it independently',
    },
    join: joinWith(', ', { or: ' or ', and: ' and ' }),
    more: (n) => `${n} more ${n === 1 ? 'concern' : 'concerns'} in the Sceptic popup.`,
  },
  zh: {
    verdict: { unsupported: '无依据', weak: '依据不足', supported: '有依据' },
    ask: '向厂商提问：',
    backed: ['页面给出了依据', '这类说法需要的依据，页面都给了。'],
    thin: '依据不够',
    notSaid: (l) => `页面没有说明${l}。`,
    askFor: (l) => `能否说明${l}？`,
    nothing: ['页面几乎没有给出支撑这条说法的依据。', '这条说法的依据是什么？'],
    missing: {
      baseline: '和什么相比',
      sample: '测了哪些人',
      method: '怎么测的',
      date: '什么时候测的',
      source: '是谁说的',
      link: '研究在哪里',
      footnote: '数字从哪里来',
      scope: '适用于哪些情况',
      limitation: '哪些情况下不管用',
      'named-customer': '是哪家客户',
      independent: '有没有人独立核查',
    },
    join: joinWith('、', { or: '或', and: '和' }),
    more: (n) => `Sceptic 弹窗里还有 ${n} 条疑点。`,
  },
};

const SEVERITY_ORDER = { critical: 0, major: 1, minor: 2 } as const;

type Win = Window & typeof globalThis;

function el(doc: Document, tag: string, cls: string, text?: string): HTMLElement {
  const e = doc.createElement(tag);
  e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

/**
 * What the card says about a claim, in the interface language: its worst flag's note and
 * question (the English ones when the flag has none in that language), or what evidence is missing.
 */
export function cardText(claim: MarkedClaim, lang: UiLang = 'en'): { verdict: string; title: string; note: string; question: string; more: number } {
  const w = CARD_WORDS[lang];
  const verdict = w.verdict[claim.verdict];
  const flags = [...claim.flags].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  const top = flags[0];
  if (top) {
    const t = flagTextsIn(top, lang);
    return { verdict, title: t.title, note: t.note, question: t.question, more: flags.length - 1 };
  }
  if (claim.verdict === 'supported') return { verdict, title: w.backed[0], note: w.backed[1], question: '', more: 0 };
  const missing = claim.missing.map((m) => w.missing[m] ?? m).slice(0, 4);
  return {
    verdict,
    title: w.thin,
    note: missing.length ? w.notSaid(w.join(missing, 'or')) : w.nothing[0],
    question: missing.length ? w.askFor(w.join(missing, 'and')) : w.nothing[1],
    more: 0,
  };
}

/**
 * The shadow roots Sceptic attached to pages' elements to hold its cards: the reader leaves them
 * alone (the element's own content is shown through their slot, and is read in place).
 */
const OWN_ROOTS = new WeakSet<ShadowRoot>();

/** Whether a shadow root is one of Sceptic's, not the page's. */
export function isOwnRoot(root: ShadowRoot | null | undefined): boolean {
  return !!root && OWN_ROOTS.has(root);
}

/** Elements that can take a shadow root (autonomous custom elements aside, which the page defines). */
const PLACES = new Set('p h1 h2 h3 h4 h5 h6 span div section article aside blockquote header footer main nav'.split(' '));
const HTML_NS = 'http://www.w3.org/1999/xhtml';
/** The most elements under the element given a shadow root: its contents are laid out again once. */
const MAX_PLACE_ELEMENTS = 200;

const attachShadowOf = (el: Element, init: ShadowRootInit): ShadowRoot => Reflect.apply(Element.prototype.attachShadow, el, [init]) as ShadowRoot;

export class HoverCard {
  host: HTMLElement | null = null;
  #card: HTMLElement | null = null;
  /** Where the host stands: a closed shadow root Sceptic attached to an element of the page's, if it could. */
  #place: ShadowRoot | null = null;
  /** The claim (as last reported) and language the card was filled for. */
  #shownFor: MarkedClaim | null = null;
  #shownIn: UiLang = 'en';

  readonly #doc: Document;
  readonly #lang: () => UiLang;

  constructor(doc: Document, lang: () => UiLang = () => 'en') {
    this.#doc = doc;
    this.#lang = lang;
  }

  #build(): void {
    const doc = this.#doc;
    const win = doc.defaultView as Win | null;
    if (!win) return;
    // A plain element, not a custom one: a page may define any custom element name before Sceptic
    // creates it (and take over its constructor, or reach its closed root through attachInternals),
    // but it cannot redefine <div>. The closed shadow root is Sceptic's, attached before the host
    // is in the page.
    const host = doc.createElement('div');
    // Inline styles win over the page's own rules for this element; the card never takes pointer events.
    const s = host.style;
    s.setProperty('all', 'initial', 'important');
    s.setProperty('position', 'fixed', 'important');
    s.setProperty('inset', 'auto', 'important');
    s.setProperty('margin', '0', 'important');
    s.setProperty('padding', '0', 'important');
    s.setProperty('border', '0', 'important');
    s.setProperty('background', 'transparent', 'important');
    s.setProperty('z-index', '2147483647', 'important');
    s.setProperty('pointer-events', 'none', 'important');
    s.setProperty('display', 'none', 'important');
    s.setProperty('overflow', 'visible', 'important');
    const root = attachShadowOf(host, { mode: 'closed' });
    try {
      const sheet = new win.CSSStyleSheet();
      sheet.replaceSync(CARD_CSS);
      root.adoptedStyleSheets = [sheet];
    } catch {
      // unstyled is still readable
    }
    this.#card = el(doc, 'div', 'card');
    this.#card.setAttribute('role', 'tooltip');
    root.append(this.#card);
    if ('popover' in host) host.popover = 'manual';
    this.host = host;
  }

  /**
   * Where the card's host goes. First choice: a closed shadow root that Sceptic attaches to a
   * small element of the page's own around the hovered claim (its paragraph or heading), whose
   * one <slot> shows that element's children exactly as before (a slot has no box). The page's
   * tree gains no node, its MutationObserver sees no change and no selector of its finds the
   * card; the card itself is shown in the top layer, so the element's place and clipping do not
   * matter. Giving an element a shadow root lays out its contents again, so only an element of a
   * few hundred elements at most is taken. Else (no top layer, no such element, the page gave
   * them shadow roots of its own), the host goes under <html>, as a node the page can see.
   */
  #placeFor(near: Node | undefined, host: HTMLElement): ParentNode {
    const doc = this.#doc;
    // The element last used, while it is still in the page and shown (a card in the top layer is not drawn under a hidden element).
    if (this.#place?.host.isConnected && this.#place.host.checkVisibility?.() !== false) return this.#place;
    this.#place = null;
    const win = doc.defaultView as Win | null;
    if (win && near && 'showPopover' in host) {
      for (let el: Element | null = near.nodeType === 1 ? (near as Element) : near.parentElement; el; el = el.parentElement) {
        if (!PLACES.has(el.localName) || el.namespaceURI !== HTML_NS) continue;
        if (el.getElementsByTagName('*').length > MAX_PLACE_ELEMENTS) break;
        try {
          const root = attachShadowOf(el, { mode: 'closed' });
          root.append(doc.createElement('slot'));
          OWN_ROOTS.add(root);
          this.#place = root;
          return root;
        } catch {
          // the element hosts a shadow tree already: try the one around it
        }
      }
    }
    return doc.documentElement;
  }

  show(claim: MarkedClaim, rect: DOMRect, pointerX: number, near?: Node): void {
    if (!this.host) this.#build();
    const built = this.host as HTMLElement | null;
    if (!built) return;
    const place = this.#placeFor(near, built);
    if (built.parentNode !== place) place.append(built);
    const host = this.host;
    const card = this.#card;
    if (!host || !card) return;
    const lang = this.#lang();
    if (this.#shownFor !== claim || this.#shownIn !== lang) {
      this.#fill(card, claim, lang);
      this.#shownFor = claim;
      this.#shownIn = lang;
    }
    host.style.setProperty('display', 'block', 'important');
    if ('showPopover' in host && !host.matches(':popover-open')) {
      try {
        host.showPopover();
      } catch {
        // not in a document that allows it; fixed positioning still works
      }
    }
    const win = this.#doc.defaultView;
    const vw = win?.innerWidth ?? 1024;
    const vh = win?.innerHeight ?? 768;
    const w = Math.min(card.offsetWidth || 360, vw - 16);
    const h = card.offsetHeight || 120;
    const left = Math.max(8, Math.min(pointerX - 24, vw - w - 8));
    const below = rect.bottom + 8;
    const top = below + h <= vh - 8 || rect.top - h - 8 < 8 ? below : rect.top - h - 8;
    host.style.setProperty('left', `${Math.round(left)}px`, 'important');
    host.style.setProperty('top', `${Math.round(Math.max(8, top))}px`, 'important');
  }

  #fill(card: HTMLElement, claim: MarkedClaim, lang: UiLang): void {
    const doc = this.#doc;
    const t = cardText(claim, lang);
    const w = CARD_WORDS[lang];
    card.className = `card ${claim.verdict}`;
    card.lang = LANG_TAG[lang];
    card.replaceChildren();
    const head = el(doc, 'div', 'head');
    head.append(el(doc, 'span', 'verdict', t.verdict), el(doc, 'span', 'score', `${Math.round(claim.score)}/100`), el(doc, 'span', 'brand', 'Sceptic'));
    card.append(head, el(doc, 'p', 'title', t.title), el(doc, 'p', 'note', t.note));
    if (t.question) {
      const ask = el(doc, 'p', 'ask');
      ask.append(el(doc, 'b', '', w.ask), doc.createTextNode(t.question));
      card.append(ask);
    }
    if (t.more > 0) card.append(el(doc, 'p', 'more', w.more(t.more)));
  }

  hide(): void {
    if (!this.host) return;
    this.host.style.setProperty('display', 'none', 'important');
    try {
      if ('hidePopover' in this.host && this.host.matches(':popover-open')) this.host.hidePopover();
    } catch {
      // ignore
    }
  }

  remove(): void {
    this.host?.remove();
    this.host = null;
    this.#card = null;
    this.#shownFor = null;
  }
}
