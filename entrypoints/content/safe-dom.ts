// Reading the page's DOM where the page cannot redirect the read. A form's named fields shadow
// its built-in properties and methods (DOM clobbering): inside `<form>`, an
// `<input name="firstChild">` makes `form.firstChild` the input, and `name="getAttribute"` makes
// `form.getAttribute(…)` throw. So the reader takes every property and method it uses from the
// prototypes, looked up once, and applies them to the node: `firstChildOf(form)` is the form's
// real first child whatever its fields are called. Each lookup starts from the node's own
// prototype (so that it works for HTML, SVG and any other element) and is remembered per
// prototype; nothing is looked up before the first call, so the module loads where there is no
// DOM (the build, Node).

type Fn = (this: unknown, ...args: unknown[]) => unknown;

/** The real getter or method of `prop` for objects of this prototype: the first found up its chain. */
const found = new Map<string, WeakMap<object, Fn | null>>();

function lookup(proto: object | null, prop: string, kind: 'get' | 'value'): Fn | null {
  let byProto = found.get(`${kind}:${prop}`);
  if (!byProto) {
    byProto = new WeakMap();
    found.set(`${kind}:${prop}`, byProto);
  }
  if (!proto) return null;
  const known = byProto.get(proto);
  if (known !== undefined) return known;
  let fn: Fn | null = null;
  for (let p: object | null = proto; p && !fn; p = Object.getPrototypeOf(p) as object | null) {
    const d = Object.getOwnPropertyDescriptor(p, prop);
    if (!d) continue;
    const f = kind === 'get' ? d.get : d.value;
    fn = typeof f === 'function' ? (f as Fn) : null;
    break;
  }
  byProto.set(proto, fn);
  return fn;
}

/**
 * `self[prop]` as the prototypes define it, never as the object's own named properties shadow it.
 * (Where a DOM implementation keeps the property on the object itself, a plain read.)
 */
function getter(prop: string): (self: unknown) => unknown {
  // The walk meets the same few prototypes over and over: the last one is kept at hand.
  let lastProto: object | null = null;
  let lastGet: Fn | null = null;
  return (self) => {
    const proto = Object.getPrototypeOf(self) as object | null;
    if (proto !== lastProto) {
      lastProto = proto;
      lastGet = lookup(proto, prop, 'get');
    }
    return lastGet ? Reflect.apply(lastGet, self, []) : (self as Record<string, unknown>)[prop];
  };
}

function method(prop: string): (self: unknown, ...args: unknown[]) => unknown {
  let lastProto: object | null = null;
  let lastFn: Fn | null = null;
  return (self, ...args) => {
    const proto = Object.getPrototypeOf(self) as object | null;
    if (proto !== lastProto) {
      lastProto = proto;
      lastFn = lookup(proto, prop, 'value');
    }
    if (!lastFn) throw new TypeError(`no ${prop} on this node`);
    return Reflect.apply(lastFn, self, args);
  };
}

const nodeType = getter('nodeType');
const parentNode = getter('parentNode');
const parentElement = getter('parentElement');
const firstChild = getter('firstChild');
const nextSibling = getter('nextSibling');
const ownerDocument = getter('ownerDocument');
const textContent = getter('textContent');
const isConnected = getter('isConnected');
const localName = getter('localName');
const shadowRoot = getter('shadowRoot');
const firstElementChild = getter('firstElementChild');
const nextElementSibling = getter('nextElementSibling');
const children = getter('children');
const childElementCount = getter('childElementCount');
const id = getter('id');
const style = getter('style');
const getAttribute = method('getAttribute');
const hasAttribute = method('hasAttribute');
const hasAttributes = method('hasAttributes');
const closest = method('closest');
const matches = method('matches');
const getRootNode = method('getRootNode');
const checkVisibility = method('checkVisibility');
const querySelector = method('querySelector');
const querySelectorAll = method('querySelectorAll');

export const nodeTypeOf = (n: Node): number => nodeType(n) as number;
export const parentNodeOf = (n: Node): ParentNode | null => parentNode(n) as ParentNode | null;
export const parentElementOf = (n: Node): HTMLElement | null => parentElement(n) as HTMLElement | null;
export const firstChildOf = (n: Node): ChildNode | null => firstChild(n) as ChildNode | null;
export const nextSiblingOf = (n: Node): ChildNode | null => nextSibling(n) as ChildNode | null;
export const ownerDocumentOf = (n: Node): Document => ownerDocument(n) as Document;
export const textOf = (n: Node): string | null => textContent(n) as string | null;
export const connected = (n: Node): boolean => isConnected(n) as boolean;
export const localNameOf = (el: Element): string => localName(el) as string;
export const openShadowRootOf = (el: Element): ShadowRoot | null => shadowRoot(el) as ShadowRoot | null;
export const firstElementChildOf = (el: Element): Element | null => firstElementChild(el) as Element | null;
export const nextElementSiblingOf = (el: Element): Element | null => nextElementSibling(el) as Element | null;
export const childrenOf = (el: Element): HTMLCollection => children(el) as HTMLCollection;
export const attr = (el: Element, name: string): string | null => getAttribute(el, name) as string | null;
export const hasAttr = (el: Element, name: string): boolean => hasAttribute(el, name) as boolean;
export const closestOf = (el: Element, selector: string): Element | null => closest(el, selector) as Element | null;
export const matchesOf = (el: Element, selector: string): boolean => matches(el, selector) as boolean;
export const childCountOf = (el: Element): number => childElementCount(el) as number;
export const idOf = (el: Element): string => (id(el) as string) ?? '';
export const styleOf = (el: Element): CSSStyleDeclaration | undefined => style(el) as CSSStyleDeclaration | undefined;
export const hasAttrs = (el: Element): boolean => hasAttributes(el) as boolean;
export const rootNodeOf = (n: Node): Node => getRootNode(n) as Node;
export const visibleByCheck = (el: Element, options: CheckVisibilityOptions): boolean => checkVisibility(el, options) as boolean;
export const hasCheckVisibility = (el: Element): boolean => lookup(Object.getPrototypeOf(el) as object | null, 'checkVisibility', 'value') !== null;
export const querySel = (root: ParentNode, selector: string): Element | null => querySelector(root, selector) as Element | null;
export const querySelAll = (root: ParentNode, selector: string): NodeListOf<Element> => querySelectorAll(root, selector) as NodeListOf<Element>;
