// What the scraper knows about HTML: which elements hold no readable text, which
// start a block of their own, which are not the vendor's copy (cookie banners, comments,
// carousel clones), and where the closed shadow roots are. What an element's place and
// names say of its role is in roles.ts.
import type { Link } from '../../heuristics/types';
import { BLOCK_LIMITS } from '../../utils/protocol/limits';
import { attr, closestOf, hasAttr, idOf, localNameOf, nodeTypeOf, parentElementOf, parentNodeOf, querySel, querySelAll, textOf } from './safe-dom';

/** A set of words written as one string: smaller in the bundle than a list of strings. */
/* @__NO_SIDE_EFFECTS__ */
export function words(list: string): Set<string> {
  return new Set(list.split(' '));
}

/** Elements whose content is never page copy (code samples included: their words are not claims). */
export const SKIP = words(
  'script style noscript template math canvas object embed code kbd samp textarea select option datalist head audio video map link meta',
);

/** Elements that start a block of text of their own. Everything else is read as inline. */
export const BLOCK = words(
  'html body p pre li h1 h2 h3 h4 h5 h6 blockquote td th dt dd figcaption caption summary div section article header footer main aside nav form button figure ul ol dl menu table thead tbody tfoot tr details dialog fieldset legend address hgroup center search iframe',
);

/**
 * querySelector and querySelectorAll that never throw: some DOM implementations (happy-dom, which
 * the command line uses) recurse and overflow on a hostile, very deep page.
 */
export function query(root: ParentNode, selector: string): Element | null {
  try {
    return querySel(root, selector);
  } catch {
    return null;
  }
}

export function queryAll(root: ParentNode, selector: string): Element[] {
  try {
    return [...querySelAll(root, selector)];
  } catch {
    return [];
  }
}

/** Text with its white space folded, at most `limit` characters. */
export function clean(text: string | null | undefined, limit: number): string {
  return (text ?? '').replace(/\s+/gu, ' ').trim().slice(0, limit);
}

/** A link as a block carries it: its address and its words, each within the protocol's bounds. */
export function linkOf(href: string, el: Element): Link {
  return { href: href.slice(0, BLOCK_LIMITS.href), text: clean(textOf(el), BLOCK_LIMITS.linkText) };
}

/**
 * Class names and ids split into lower-case words: "heroSection pricing-card__title"
 * gives hero, section, pricing, card, title.
 */
export function tokensOf(el: Element): string[] {
  const cls = attr(el, 'class');
  const id = idOf(el);
  if (!cls && !id) return [];
  return `${cls ?? ''} ${id}`
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

export const COOKIE_TOKENS = words(
  'cookie cookies consent gdpr ccpa cmp onetrust didomi cookiebot usercentrics truste osano cookielaw iubenda termly quantcast',
);
/** What a cookie or consent banner speaks of, in its label or its text. */
const COOKIE_WORDS = /cookie|consent|\bGDPR\b|\bCCPA\b|tracking technolog|privacy (?:preferences|choices|settings)|同意|隐私设置/i;

/** A cookie or consent banner: never page copy. */
export function isCookieBanner(el: Element, tokens: string[]): boolean {
  const name = localNameOf(el);
  if (name === 'html' || name === 'body' || name === 'main') return false;
  let hit = tokens.some((t) => COOKIE_TOKENS.has(t));
  if (!hit) {
    const role = attr(el, 'role');
    if (role === 'dialog' || role === 'alertdialog' || role === 'region' || name === 'dialog' || name === 'aside') {
      hit = COOKIE_WORDS.test(attr(el, 'aria-label') ?? '');
    }
  }
  // Some sites put "cookie-consent-open" on a wrapper of the whole page: never skip the page itself.
  // A class name is only a name: a banner says what it is about (a "cookie-note" of sales copy is copy).
  return hit && !query(el, 'h1, main') && COOKIE_WORDS.test((textOf(el) ?? '').slice(0, 4000));
}

/**
 * A <pre> of code, a shell session or a drawing in characters, which is not copy; a <pre> of
 * sentences is read like a paragraph.
 */
export function looksLikeCode(el: Element): boolean {
  if (query(el, 'code, kbd, samp')) return true;
  const text = (textOf(el) ?? '').slice(0, 2000);
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const symbols = text.match(/[{}()[\];=<>$#|\\/*+&^%@~`_-]/g)?.length ?? 0;
  if (letters < 8 || symbols > (letters + symbols) * 0.06) return true;
  return /^\s*(?:\$ |> |#!|import |from |def |function |const |let |var |class |public |<\w|\w+\(.*\)\s*[;{]?\s*$)/mu.test(text);
}

const SR_ONLY = /(?:^|\s)(?:sr-only|visually-hidden|visuallyhidden|screen-reader-text|screen-reader-only|a11y-hidden|element-invisible|d-none)(?:\s|$)/;

/** Text meant for screen readers alone ("(opens in a new tab)"), or hidden with a utility class. */
export function isScreenReaderOnly(el: Element): boolean {
  const cls = attr(el, 'class');
  return !!cls && SR_ONLY.test(cls);
}

export const COMMENT_TOKENS = words('comments comment commentlist disqus giscus utterances');

/**
 * Visitors' comments and other text the page's readers wrote (a comment section, schema.org
 * Comment items): third-party text, never the vendor's claims or evidence.
 */
export function isUserWritten(el: Element, tokens: string[]): boolean {
  const type = attr(el, 'itemtype');
  if (type && /Comment/i.test(type)) return true;
  return tokens.some((t) => COMMENT_TOKENS.has(t)) && !query(el, 'h1, main');
}

/** Entries that link their authors with rel="ugc" (user-generated content): the nearest item around each link. */
export function ugcEntries(doc: Document): Set<Element> {
  const out = new Set<Element>();
  for (const a of queryAll(doc, 'a[rel~="ugc" i]')) {
    const entry = closestOf(a, 'li, article, [itemprop="comment"]');
    if (entry && !query(entry, 'h1, main')) out.add(entry);
    if (out.size > 2000) break;
  }
  return out;
}

export const CLONE_TOKENS = words('cloned clone duplicate');

/** Copies of carousel slides that carousels make to loop: their text is already read once. */
export function isClone(el: Element, tokens: string[]): boolean {
  return tokens.some((t) => CLONE_TOKENS.has(t)) || hasAttr(el, 'data-clone') || hasAttr(el, 'data-cloned');
}

export const ON_DEMAND_TOKENS = words('slide carousel swiper slick splide glide tabpanel pane collapse accordion panel');

/**
 * Content the page shows on demand: an inactive tab, a carousel slide not in view, a closed
 * accordion or <details>. It is hidden now but is part of what the page says, so it is read.
 */
export function isOnDemand(el: Element, tokens: string[], controlled: Set<string>): boolean {
  const role = attr(el, 'role');
  if (role === 'tabpanel') return true;
  const desc = attr(el, 'aria-roledescription');
  if (desc && /slide|carousel/i.test(desc)) return true;
  if (attr(el, 'hidden') === 'until-found') return true;
  const up = parentElementOf(el);
  if (up && localNameOf(up) === 'details' && localNameOf(el) !== 'summary') return true;
  const id = idOf(el);
  if (id && controlled.has(id)) return true;
  return tokens.some((t) => ON_DEMAND_TOKENS.has(t));
}

/** The parent in the rendered (flat) tree: through slots into shadow trees, and out of shadow roots to their hosts. */
export function flatParent(node: Node): Node | null {
  const slotted = (node as Element | Text).assignedSlot;
  if (slotted) return slotted;
  const parent = parentNodeOf(node);
  if (parent && nodeTypeOf(parent) === 11 && (parent as ShadowRoot).host) return (parent as ShadowRoot).host;
  if (!parent && nodeTypeOf(node) === 9) return (node as Document).defaultView?.frameElement ?? null;
  return parent;
}

interface ShadowRootApi {
  openOrClosedShadowRoot?: (el: HTMLElement) => ShadowRoot | null;
}

/** The standard elements that accept a shadow root; any custom element does too. */
const SHADOW_HOSTS = words('article aside blockquote body div footer h1 h2 h3 h4 h5 h6 header main nav p section span');

const VISIBLE_CHARACTER = /\S/;

/** Whether an element without child elements holds any text but white space (its text is not copied to find out). */
function showsText(el: Element): boolean {
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 3 && VISIBLE_CHARACTER.test((n as Text).data)) return true;
  return false;
}

/**
 * Closed shadow roots, where the browser shows them to extensions (chrome.dom, Firefox's element
 * method). Asking costs an extension API call, microseconds each, so it is asked only of elements
 * that may hold one: custom elements, empty hosts, and hosts whose first child has no box (a
 * closed root over bland light DOM shows its own words; the light DOM it does not slot is not
 * rendered at all). `isOwn` tells Sceptic's own roots (content/hovercard.ts, isOwnRoot), which are
 * never the page's: the root Sceptic attached to the body to hold its card leaves the body's own
 * children to be read as they stand.
 */
export function shadowRootOf(el: Element, isOwn: (root: ShadowRoot | null) => boolean): ShadowRoot | null {
  const root = anyShadowRootOf(el);
  return isOwn(root) ? null : root;
}

function anyShadowRootOf(el: Element): ShadowRoot | null {
  const name = el.localName;
  if (!name.includes('-')) {
    if (!SHADOW_HOSTS.has(name)) return null;
    const first = el.firstElementChild;
    if (first ? (first as HTMLElement).checkVisibility?.() !== false : showsText(el)) return null;
  }
  const dom = (globalThis as { chrome?: { dom?: ShadowRootApi } }).chrome?.dom;
  if (dom?.openOrClosedShadowRoot) return dom.openOrClosedShadowRoot(el as HTMLElement);
  // Firefox: a property of the element, read through Sceptic's view of it.
  const own = (el as Element & { openOrClosedShadowRoot?: ShadowRoot | null | (() => ShadowRoot | null) }).openOrClosedShadowRoot;
  if (typeof own === 'function') return own.call(el);
  return own && typeof own === 'object' ? own : null;
}
