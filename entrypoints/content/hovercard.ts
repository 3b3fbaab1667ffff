// The card that explains a mark on hover: verdict, the sceptical note and the question
// to ask the vendor. It lives in a closed shadow root, in the top layer when the browser
// has one (popover), takes no pointer events and never moves the page's layout.
import type { MarkedClaim } from '../../utils/content-messages';
import CARD_CSS from './hovercard.css?inline';

const VERDICT_LABEL: Record<MarkedClaim['verdict'], string> = {
  unsupported: 'Unsupported',
  weak: 'Weakly supported',
  supported: 'Supported',
};

/** What a claim lacks, as clauses that finish "The page does not say …" and "Can you tell me …?". */
const MISSING_LABEL: Record<string, string> = {
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
};

function joined(items: string[], word: string): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`;
}

const SEVERITY_ORDER = { critical: 0, major: 1, minor: 2 } as const;

type Win = Window & typeof globalThis;

function el(doc: Document, tag: string, cls: string, text?: string): HTMLElement {
  const e = doc.createElement(tag);
  e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

/** What the card says about a claim: its worst flag's note and question, or what evidence is missing. */
export function cardText(claim: MarkedClaim): { verdict: string; title: string; note: string; question: string; more: number } {
  const flags = [...claim.flags].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  const top = flags[0];
  const missing = claim.missing.map((m) => MISSING_LABEL[m] ?? m).slice(0, 4);
  if (top) return { verdict: VERDICT_LABEL[claim.verdict], title: top.title, note: top.note, question: top.question, more: flags.length - 1 };
  if (claim.verdict === 'supported') {
    return {
      verdict: VERDICT_LABEL[claim.verdict],
      title: 'Backed on the page',
      note: 'The page gives the evidence this kind of claim needs.',
      question: '',
      more: 0,
    };
  }
  return {
    verdict: VERDICT_LABEL[claim.verdict],
    title: 'Not enough behind it',
    note: missing.length ? `The page does not say ${joined(missing, 'or')}.` : 'The page gives little to back this claim.',
    question: missing.length ? `Can you tell me ${joined(missing, 'and')}?` : 'What is this claim based on?',
    more: 0,
  };
}

export class HoverCard {
  host: HTMLElement | null = null;
  #card: HTMLElement | null = null;
  #shownFor: string | null = null;

  readonly #doc: Document;

  constructor(doc: Document) {
    this.#doc = doc;
  }

  #build(): void {
    const doc = this.#doc;
    const win = doc.defaultView as Win | null;
    if (!win) return;
    const host = doc.createElement('sceptic-card');
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
    const root = host.attachShadow({ mode: 'closed' });
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

  show(claim: MarkedClaim, rect: DOMRect, pointerX: number): void {
    if (!this.host?.isConnected) {
      this.host?.remove();
      this.host = null;
      this.#build();
      const host = this.host as HTMLElement | null;
      if (!host) return;
      this.#doc.documentElement.append(host);
    }
    const host = this.host;
    const card = this.#card;
    if (!host || !card) return;
    if (this.#shownFor !== claim.id) {
      this.#fill(card, claim);
      this.#shownFor = claim.id;
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

  #fill(card: HTMLElement, claim: MarkedClaim): void {
    const doc = this.#doc;
    const t = cardText(claim);
    card.className = `card ${claim.verdict}`;
    card.replaceChildren();
    const head = el(doc, 'div', 'head');
    head.append(el(doc, 'span', 'verdict', t.verdict), el(doc, 'span', 'score', `${Math.round(claim.score)}/100`), el(doc, 'span', 'brand', 'Sceptic'));
    card.append(head, el(doc, 'p', 'title', t.title), el(doc, 'p', 'note', t.note));
    if (t.question) {
      const ask = el(doc, 'p', 'ask');
      ask.append(el(doc, 'b', '', 'Ask the vendor: '), doc.createTextNode(t.question));
      card.append(ask);
    }
    if (t.more > 0) card.append(el(doc, 'p', 'more', `${t.more} more ${t.more === 1 ? 'concern' : 'concerns'} in the Sceptic popup.`));
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
