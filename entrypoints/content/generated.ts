// Words a stylesheet puts on the page (`content: "…"` on ::before and ::after): a reader sees
// them, the DOM does not hold them. The rules that generate words are found once per scan in the
// page's own stylesheets; the browser then says, element by element, what each pseudo-element
// really shows (a later rule may override it), and whether a reader can see it.

export interface Generated {
  before?: string;
  after?: string;
}

/** A `content` value that carries words, not an icon, a counter or a quotation mark. */
const WORDY = /["'][^"']*\p{L}{2}[^"']*["']/u;
const PSEUDO = /::?(?:before|after)\b/giu;
/** Rules looked at per document, and elements given generated words: bounds for hostile sheets. */
const MAX_RULES = 20_000;
const MAX_ELEMENTS = 500;

function rulesOf(sheet: CSSStyleSheet | CSSGroupingRule, out: CSSStyleRule[], budget: { left: number }): void {
  let list: CSSRuleList;
  try {
    list = sheet.cssRules;
  } catch {
    return; // another origin's sheet: its rules cannot be read
  }
  for (let i = 0; i < list.length && budget.left > 0; i++) {
    budget.left--;
    const rule = list[i] as CSSRule;
    if ('selectorText' in rule && typeof (rule as CSSStyleRule).selectorText === 'string') {
      const r = rule as CSSStyleRule;
      if (r.style.content && WORDY.test(r.style.content)) out.push(r);
      if (r.cssRules?.length) rulesOf(r, out, budget);
    } else if ('cssRules' in rule) rulesOf(rule as CSSGroupingRule, out, budget);
  }
}

/** The string a computed `content` value shows: its quoted strings and attr() values, in order. */
export function contentText(value: string, el: Element): string {
  if (!value || value === 'none' || value === 'normal') return '';
  let out = '';
  const re = /"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|attr\(\s*([\w-]+)\s*\)/gu;
  for (let m = re.exec(value); m; m = re.exec(value)) {
    if (m[3]) out += el.getAttribute(m[3]) ?? '';
    else
      out += (m[1] ?? m[2] ?? '').replace(/\\([0-9a-f]{1,6})\s?/giu, (_, h: string) => String.fromCodePoint(Number.parseInt(h, 16))).replace(/\\(.)/gu, '$1');
  }
  return out.replace(/\s+/gu, ' ').trim();
}

function shown(el: Element, pseudo: '::before' | '::after', win: Window): string {
  const cs = win.getComputedStyle(el, pseudo);
  if (cs.display === 'none' || cs.visibility === 'hidden' || Number.parseFloat(cs.fontSize) < 2) return '';
  if (/rgba\([^)]*,\s*0(?:\.0\d*)?\s*\)|transparent/.test(cs.color)) return '';
  const text = contentText(cs.content, el);
  return /\p{L}{2}/u.test(text) ? text.slice(0, 500) : '';
}

/** The selectors of the rules that give words, per document, with the sheets they were read from. */
const wordySelectors = new WeakMap<Document, { sheets: string; selectors: string[] }>();

/** What the document's style sheets are, cheaply: which sheets, and how many rules each. */
function sheetsKey(doc: Document): string {
  let key = '';
  try {
    for (const sheet of [...doc.styleSheets, ...(doc.adoptedStyleSheets ?? [])]) {
      let n = -1;
      try {
        n = sheet.cssRules.length;
      } catch {
        // another origin's sheet
      }
      key += `${n},`;
    }
  } catch {
    // no sheets to read
  }
  return key;
}

/**
 * The selectors (without their pseudo-element) of the rules that give words: the sheets' rules
 * are read again only when the sheets change, not at every scan.
 */
function selectorsOf(doc: Document): string[] {
  const sheets = sheetsKey(doc);
  const known = wordySelectors.get(doc);
  if (known?.sheets === sheets) return known.selectors;
  const rules: CSSStyleRule[] = [];
  const budget = { left: MAX_RULES };
  try {
    for (const sheet of doc.styleSheets) rulesOf(sheet, rules, budget);
  } catch {
    // no style sheets to read
  }
  try {
    for (const sheet of doc.adoptedStyleSheets ?? []) rulesOf(sheet, rules, budget);
  } catch {
    // adopted sheets out of reach from this world
  }
  const selectors = [...new Set(rules.map((r) => r.selectorText.replace(PSEUDO, '').trim() || '*'))];
  wordySelectors.set(doc, { sheets, selectors });
  return selectors;
}

/** Every element of the document that a stylesheet gives words, with the words. */
export function generatedText(doc: Document): Map<Element, Generated> {
  const found = new Map<Element, Generated>();
  const win = doc.defaultView;
  if (!win) return found;
  for (const base of selectorsOf(doc)) {
    let els: NodeListOf<Element>;
    try {
      els = doc.querySelectorAll(base);
    } catch {
      continue;
    }
    for (const el of els) {
      if (found.has(el)) continue;
      if (found.size >= MAX_ELEMENTS) return found;
      const before = shown(el, '::before', win);
      const after = shown(el, '::after', win);
      if (before || after) found.set(el, { ...(before ? { before } : {}), ...(after ? { after } : {}) });
    }
  }
  return found;
}
