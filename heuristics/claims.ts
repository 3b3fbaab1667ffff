// Is this sentence a claim, and of which kinds? Phrases come from the lexicons;
// numbers are read structurally (value, unit, and the benefit word they go with).
import { EN_AUDIENCE, EN_BENEFIT, EN_KINDS, EN_PRAISE } from './lexicon/en';
import { ZH_AUDIENCE, ZH_BENEFIT, ZH_KINDS, ZH_PRAISE } from './lexicon/zh';
import { findQuantities, type Quantity } from './quantities';
import { CLAIM_KINDS, type ClaimKind, type Role } from './types';

export interface KindMatch {
  kind: ClaimKind;
  span: [number, number];
}

function compileKinds(table: Partial<Record<ClaimKind, string[]>>, wordBounded: boolean): Map<ClaimKind, RegExp> {
  const out = new Map<ClaimKind, RegExp>();
  for (const kind of CLAIM_KINDS) {
    const parts = table[kind];
    if (!parts?.length) continue;
    const body = parts.map((p) => `(?:${p})`).join('|');
    out.set(kind, new RegExp(wordBounded ? String.raw`(?<![\p{L}\p{N}])(?:${body})(?![\p{L}])` : `(?:${body})`, 'giu'));
  }
  return out;
}

const EN = compileKinds(EN_KINDS, true);
const ZH = compileKinds(ZH_KINDS, false);
const BENEFIT = new RegExp(`${EN_BENEFIT}|${ZH_BENEFIT}`, 'iu');
const AUDIENCE = new RegExp(String.raw`\b${EN_AUDIENCE}\b|${ZH_AUDIENCE}`, 'iu');
const PRAISE = new RegExp(`${EN_PRAISE}|${ZH_PRAISE}`, 'iu');
const ACCURACY = new RegExp(`${EN_KINDS.accuracy?.join('|')}|${ZH_KINDS.accuracy?.join('|')}`, 'iu');
const MONEY_GAIN = /earn|income|revenue|profit|return|make|月入|年入|日入|收益|赚|收入/iu;
const TIME_TO_VALUE_UNIT = /^(?:seconds?|secs?|s|minutes?|mins?|秒钟?|分钟)$/iu;

/** How far (in characters) a benefit word may stand from its number. */
const NEAR = 40;

function near(text: string, q: Quantity, re: RegExp): boolean {
  const from = Math.max(0, q.span[0] - NEAR);
  return re.test(text.slice(from, q.span[1] + NEAR));
}

function fromQuantities(text: string, quantities: Quantity[], role: Role | undefined): KindMatch[] {
  const out: KindMatch[] = [];
  for (const q of quantities) {
    const span = q.span;
    if (q.unit === 'percent' && near(text, q, ACCURACY)) out.push({ kind: 'accuracy', span });
    else if (q.unit === 'percent' || q.unit === 'multiple') {
      if (q.unit === 'multiple' || near(text, q, BENEFIT)) out.push({ kind: 'quantified-benefit', span });
    } else if (q.unit === 'time') {
      const unit = q.text.replace(/^[\d.,，\s+一二两三四五六七八九十]+/u, '').replace(/^个/u, '');
      const before = text.slice(Math.max(0, q.span[0] - 12), q.span[0]);
      if (
        /\b(?:in|within|under)\s*$|(?:仅需|只需|只要|短短)\s*$/iu.test(before) ||
        (TIME_TO_VALUE_UNIT.test(unit) && /内|之内/u.test(text.slice(q.span[1], q.span[1] + 3)))
      ) {
        out.push({ kind: 'time-to-value', span });
      } else if (near(text, q, BENEFIT)) out.push({ kind: 'quantified-benefit', span });
    } else if (q.unit === 'money' && near(text, q, MONEY_GAIN)) out.push({ kind: 'earnings', span });
    else if (q.unit === 'count' && q.value >= 100 && near(text, q, AUDIENCE) && role !== 'pricing') {
      out.push({ kind: 'social-proof', span });
    }
  }
  return out;
}

/**
 * The claim kinds of a sentence with the words that make each, at most one match per kind
 * (the first). An empty list means the sentence describes rather than claims.
 */
export function detectKinds(text: string, quantities: Quantity[] = findQuantities(text), role?: Role): KindMatch[] {
  const found = new Map<ClaimKind, [number, number]>();
  const add = (m: KindMatch) => {
    if (!found.has(m.kind)) found.set(m.kind, m.span);
  };
  for (const m of fromQuantities(text, quantities, role)) add(m);
  for (const table of [EN, ZH]) {
    for (const [kind, re] of table) {
      if (kind === 'accuracy' || found.has(kind)) continue;
      re.lastIndex = 0;
      const m = re.exec(text);
      if (m && m[0].length > 0) add({ kind, span: [m.index, m.index + m[0].length] });
    }
  }
  if (role === 'testimonial' && (found.size > 0 || PRAISE.test(text))) {
    add({ kind: 'testimonial', span: [0, text.length] });
  }
  return [...found].map(([kind, span]) => ({ kind, span })).sort((a, b) => a.span[0] - b.span[0]);
}
