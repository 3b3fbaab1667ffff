// Sources beside the visible copy: the title, the meta description, Open Graph tags
// and JSON-LD products (name, ratings, offers) in plain sentences.
import type { TextBlock } from '../../heuristics/types';
import { query, queryAll } from './dom';
import { attr, textOf } from './safe-dom';

const PRODUCT_TYPES = new Set(['SoftwareApplication', 'WebApplication', 'MobileApplication', 'Product', 'Service']);
/** JSON-LD larger than this is not a product description; it is not parsed. */
const MAX_JSON = 200_000;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function str(v: Json | undefined): string {
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return '';
}

function obj(v: Json | undefined): { [key: string]: Json } | null {
  return v && typeof v === 'object' && !Array.isArray(v) ? v : null;
}

function list(v: Json | undefined): Json[] {
  if (Array.isArray(v)) return v;
  return v === undefined || v === null ? [] : [v];
}

function typesOf(node: { [key: string]: Json }): string[] {
  return list(node['@type'])
    .map((t) => str(t).replace(/^https?:\/\/schema\.org\//, ''))
    .filter(Boolean);
}

function offerText(v: Json | undefined): string[] {
  const out: string[] = [];
  for (const o of list(v)) {
    const offer = obj(o);
    if (!offer) continue;
    const currency = str(offer.priceCurrency);
    const price = str(offer.price) || str(obj(offer.priceSpecification)?.price);
    const low = str(offer.lowPrice);
    const high = str(offer.highPrice);
    const name = str(offer.name);
    const label = name ? `${name}: ` : '';
    if (price) out.push(`${label}${price === '0' ? 'free' : `${price} ${currency}`.trim()}`);
    else if (low) out.push(`${label}from ${low}${high ? ` to ${high}` : ''} ${currency}`.trim());
    if (out.length >= 6) break;
  }
  return out;
}

/** One product described in JSON-LD, as sentences a reader (and the engine) can weigh. */
export function describeProduct(node: { [key: string]: Json }, type: string): string {
  const parts = [`@type: ${type}.`];
  const name = str(node.name);
  if (name) parts.push(`${name}.`);
  const description = str(node.description);
  if (description) parts.push(description.slice(0, 600).replace(/([^.!?。！？])$/u, '$1.'));
  const rating = obj(node.aggregateRating);
  if (rating) {
    const value = str(rating.ratingValue);
    const best = str(rating.bestRating) || '5';
    const count = str(rating.ratingCount) || str(rating.reviewCount);
    if (value) parts.push(`Rated ${value} out of ${best}${count ? ` from ${count} ratings` : ''}.`);
  }
  const offers = offerText(node.offers);
  if (offers.length) parts.push(`Price: ${offers.join('; ')}.`);
  return parts.join(' ');
}

function* products(root: Json, depth = 0): Generator<{ node: { [key: string]: Json }; type: string }> {
  if (depth > 6) return;
  for (const item of list(root)) {
    const node = obj(item);
    if (!node) continue;
    const type = typesOf(node).find((t) => PRODUCT_TYPES.has(t));
    if (type) yield { node, type };
    if (node['@graph']) yield* products(node['@graph'], depth + 1);
    const main = node.mainEntity ?? node.itemListElement;
    if (main) yield* products(main, depth + 1);
  }
}

function clean(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** Title, meta description, og: tags and JSON-LD products as blocks with roles title, meta and structured. */
export function headBlocks(doc: Document): TextBlock[] {
  const out: TextBlock[] = [];
  const seen = new Set<string>();
  const add = (id: string, text: string, role: TextBlock['role'], limit: number) => {
    const t = clean(text).slice(0, limit);
    if (t.length < 2 || seen.has(t.toLowerCase())) return;
    seen.add(t.toLowerCase());
    out.push({ id, text: t, role });
  };
  add('title', doc.title ?? '', 'title', 500);
  const metas: Array<[string, string]> = [
    ['meta-description', 'meta[name="description" i]'],
    ['og-title', 'meta[property="og:title" i]'],
    ['og-description', 'meta[property="og:description" i]'],
  ];
  for (const [id, selector] of metas) {
    const found = query(doc.head ?? doc, selector);
    const content = found ? attr(found, 'content') : null;
    if (content) add(id, content, 'meta', 1000);
  }
  let i = 0;
  for (const script of queryAll(doc, 'script[type="application/ld+json" i]')) {
    const raw = textOf(script) ?? '';
    if (raw.length > MAX_JSON || !/Application|Product|Service/.test(raw)) continue;
    let json: Json;
    try {
      json = JSON.parse(raw) as Json;
    } catch {
      continue; // malformed JSON-LD is common; it says nothing we can use
    }
    for (const { node, type } of products(json)) {
      add(`ld-${i++}`, describeProduct(node, type), 'structured', 2000);
      if (i >= 8) break;
    }
  }
  return out;
}
