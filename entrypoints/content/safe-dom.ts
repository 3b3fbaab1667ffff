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

/** Per prototype, the real getter or method of each property: the first found up its chain. */
const found = new WeakMap<object, Map<string, Fn | null>>();

function lookup(proto: object | null, prop: string, getter: boolean): Fn | null {
  if (!proto) return null;
  let known = found.get(proto);
  if (!known) {
    known = new Map();
    found.set(proto, known);
  }
  let fn = known.get(prop);
  if (fn === undefined) {
    fn = null;
    for (let p: object | null = proto; p; p = Object.getPrototypeOf(p) as object | null) {
      const d = Object.getOwnPropertyDescriptor(p, prop);
      if (!d) continue;
      const f = getter ? d.get : d.value;
      if (typeof f === 'function') fn = f as Fn;
      break;
    }
    known.set(prop, fn);
  }
  return fn;
}

/**
 * `self[prop]` as the prototypes define it (a getter), or `self[prop](...args)` (a method), never
 * as the object's own named properties shadow it. The walk meets the same few prototypes over and
 * over: the last one is kept at hand. Where a DOM implementation keeps a getter on the object
 * itself, a plain read.
 */
/* @__NO_SIDE_EFFECTS__ */
function real(prop: string, getter: boolean): (self: unknown, ...args: unknown[]) => unknown {
  let lastProto: object | null = null;
  let last: Fn | null = null;
  return (self, ...args) => {
    const proto = Object.getPrototypeOf(self) as object | null;
    if (proto !== lastProto) {
      lastProto = proto;
      last = lookup(proto, prop, getter);
    }
    if (last) return Reflect.apply(last, self, args);
    if (getter) return (self as Record<string, unknown>)[prop];
    throw new TypeError(prop);
  };
}
const getter = (prop: string) => real(prop, true);
const method = (prop: string) => real(prop, false);

export const nodeTypeOf = getter('nodeType') as (n: Node) => number;
export const parentNodeOf = getter('parentNode') as (n: Node) => ParentNode | null;
export const parentElementOf = getter('parentElement') as (n: Node) => HTMLElement | null;
export const firstChildOf = getter('firstChild') as (n: Node) => ChildNode | null;
export const nextSiblingOf = getter('nextSibling') as (n: Node) => ChildNode | null;
export const ownerDocumentOf = getter('ownerDocument') as (n: Node) => Document;
export const textOf = getter('textContent') as (n: Node) => string | null;
export const localNameOf = getter('localName') as (el: Element) => string;
export const openShadowRootOf = getter('shadowRoot') as (el: Element) => ShadowRoot | null;
export const nextElementSiblingOf = getter('nextElementSibling') as (el: Element) => Element | null;
export const childrenOf = getter('children') as (el: Element) => HTMLCollection;
export const childCountOf = getter('childElementCount') as (el: Element) => number;
export const idOf = getter('id') as (el: Element) => string;
export const styleOf = getter('style') as (el: Element) => CSSStyleDeclaration | undefined;
export const attr = method('getAttribute') as (el: Element, name: string) => string | null;
export const hasAttr = method('hasAttribute') as (el: Element, name: string) => boolean;
export const hasAttrs = method('hasAttributes') as (el: Element) => boolean;
export const closestOf = method('closest') as (el: Element, selector: string) => Element | null;
export const rootNodeOf = method('getRootNode') as (n: Node) => Node;
export const visibleByCheck = method('checkVisibility') as (el: Element, options: CheckVisibilityOptions) => boolean;
export const querySel = method('querySelector') as (root: ParentNode, selector: string) => Element | null;
export const querySelAll = method('querySelectorAll') as (root: ParentNode, selector: string) => NodeListOf<Element>;
