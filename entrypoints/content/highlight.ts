// In-page marks drawn with the CSS Custom Highlight API: ranges are painted without
// touching the page's DOM or layout. The one stylesheet is adopted, not inserted.
import type { Claim, Verdict } from '../../heuristics/types';
import type { BlockSource } from './scrape';

const NAMES: Record<Verdict, string> = {
  unsupported: 'sceptic-unsupported',
  weak: 'sceptic-weak',
  supported: 'sceptic-supported',
};
const FLASH = 'sceptic-flash';

const CSS_TEXT = `
::highlight(sceptic-unsupported) { background-color: rgba(207, 34, 46, 0.22); text-decoration: underline wavy rgba(207, 34, 46, 0.9); }
::highlight(sceptic-weak) { background-color: rgba(212, 140, 0, 0.22); text-decoration: underline dotted rgba(176, 110, 0, 0.95); }
::highlight(sceptic-supported) { background-color: rgba(26, 127, 55, 0.16); }
::highlight(sceptic-flash) { background-color: rgba(9, 105, 218, 0.45); color: inherit; }
`;

export function highlightsSupported(win: Window): boolean {
  const w = win as Window & typeof globalThis;
  return typeof w.CSS !== 'undefined' && 'highlights' in w.CSS && typeof w.Highlight === 'function';
}

/** The DOM range of a span of a block's text. */
export function rangeFor(doc: Document, source: BlockSource, start: number, end: number): Range | null {
  const { nodes, starts } = source;
  let a = -1;
  let b = -1;
  for (let i = 0; i < nodes.length; i++) {
    const s = starts[i] ?? 0;
    const len = nodes[i]?.data.length ?? 0;
    if (a < 0 && start < s + len) a = i;
    if (end <= s + len) {
      b = i;
      break;
    }
  }
  if (a < 0 || b < 0) return null;
  const na = nodes[a];
  const nb = nodes[b];
  if (!na || !nb || !na.isConnected || !nb.isConnected) return null;
  const range = doc.createRange();
  range.setStart(na, Math.max(0, Math.min(na.data.length, start - (starts[a] ?? 0))));
  range.setEnd(nb, Math.max(0, Math.min(nb.data.length, end - (starts[b] ?? 0))));
  return range;
}

export class Marks {
  private readonly ranges = new Map<string, Range>();
  private sheet: CSSStyleSheet | null = null;
  private flashTimer: number | undefined;

  constructor(private readonly doc: Document) {}

  get supported(): boolean {
    const win = this.doc.defaultView;
    return !!win && highlightsSupported(win);
  }

  /** Replace all marks with these claims' ranges. */
  draw(claims: Claim[], sources: Map<string, BlockSource>, on: boolean): void {
    this.ranges.clear();
    for (const c of claims) {
      const src = sources.get(c.blockId);
      const r = src ? rangeFor(this.doc, src, c.span[0], c.span[1]) : null;
      if (r) this.ranges.set(c.id, r);
    }
    if (!this.supported) return;
    const win = this.doc.defaultView as Window & typeof globalThis;
    this.ensureSheet(win);
    for (const verdict of Object.keys(NAMES) as Verdict[]) {
      const name = NAMES[verdict];
      if (!on) {
        win.CSS.highlights.delete(name);
        continue;
      }
      const ranges = claims
        .filter((c) => c.verdict === verdict)
        .map((c) => this.ranges.get(c.id))
        .filter((r): r is Range => !!r);
      win.CSS.highlights.set(name, new win.Highlight(...ranges));
    }
  }

  /** The range of a claim, to scroll to or to hit-test. */
  range(claimId: string): Range | undefined {
    return this.ranges.get(claimId);
  }

  /** Scroll a claim into view and flash it. */
  show(claimId: string): boolean {
    const r = this.ranges.get(claimId);
    if (!r) return false;
    const el = r.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    if (this.supported) {
      const win = this.doc.defaultView as Window & typeof globalThis;
      this.ensureSheet(win);
      win.CSS.highlights.set(FLASH, new win.Highlight(r));
      win.clearTimeout(this.flashTimer);
      this.flashTimer = win.setTimeout(() => win.CSS.highlights.delete(FLASH), 1600);
    }
    return true;
  }

  clear(): void {
    const win = this.doc.defaultView as (Window & typeof globalThis) | null;
    if (win && this.supported) for (const name of [...Object.values(NAMES), FLASH]) win.CSS.highlights.delete(name);
    if (this.sheet) this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== this.sheet);
    this.sheet = null;
    this.ranges.clear();
  }

  private ensureSheet(win: Window & typeof globalThis): void {
    if (this.sheet && this.doc.adoptedStyleSheets.includes(this.sheet)) return;
    this.sheet = new win.CSSStyleSheet();
    this.sheet.replaceSync(CSS_TEXT);
    this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, this.sheet];
  }
}
