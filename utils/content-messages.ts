// The part of the message protocol that the content script reads: what extension pages
// send to it, and what the background answers once it has judged the page. The content
// script runs on every page, so it checks these with the small guards below instead of
// carrying zod; ./messages.ts holds the matching zod schemas, and a unit test holds the
// two to the same answers on every input.
import { VERDICTS, type Verdict } from '../heuristics/types';

/** Extension pages → the content script of one tab. */
export type ToContentMessage =
  | { type: 'ui/show-claim'; claimId: string }
  /** Scroll to the page's own words (a price, a stated limit) and flash them; answered with { shown }. */
  | { type: 'ui/show-text'; text: string }
  | { type: 'ui/set-marks'; on: boolean }
  | { type: 'ui/rescan' }
  /** Are marks on in this tab, can this browser draw them, and how many are drawn? Answered with MarksState. */
  | { type: 'ui/get-marks' }
  /** The background, after "Check with Sceptic": the text selected in this frame, with its line breaks. Answered with { text, title }. */
  | { type: 'bg/get-selection' }
  /** The background, when the settings change: the new settings, checked field by field by content/settings.ts. */
  | { type: 'bg/settings'; settings: unknown };

/** The content script's answer to ui/set-marks and ui/get-marks. */
export interface MarksState {
  on: boolean;
  supported: boolean;
  /** Claims marked in the page (claims in hidden tabs count: they show when the tab opens). */
  count: number;
}

/** What the page needs of a claim to mark it and explain it on hover. */
export interface MarkedClaim {
  id: string;
  blockId: string;
  text: string;
  span: [number, number];
  verdict: Verdict;
  score: number;
  missing: string[];
  flags: Array<{
    title: string;
    note: string;
    question: string;
    severity: 'minor' | 'major' | 'critical';
    /** The same texts in Chinese, for a Chinese interface (heuristics/types.ts Flag). */
    zh?: { title: string; note: string; question: string };
  }>;
}

/** The background's answer to content/blocks. */
export interface AnalysisReply {
  report: { isProductPage: boolean; claims: MarkedClaim[] };
}

/** The background's answer to content/patch: what changed among the claims, or "send the whole page". */
export type UpdateReply = { update: { isProductPage: boolean; changed: MarkedClaim[]; removed: string[]; count: number } } | { resend: true };

/** The background's answer to content/probe: is this page worth reading in full? */
export interface ProbeReply {
  product: boolean;
}

export const MESSAGE_LIMITS = { id: 200, short: 500, long: 4000, list: 40, claims: 3000 } as const;

/** Blocks one content/patch may carry; a page that changed in more places is sent whole. */
export const MAX_PATCH = 200;

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isStr(v: unknown, max: number): v is string {
  return typeof v === 'string' && v.length <= max;
}

function isOffset(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
}

/** A message for the content script, or null for anything else. */
export function parseToContent(raw: unknown): ToContentMessage | null {
  if (!isObj(raw)) return null;
  switch (raw.type) {
    case 'ui/show-claim':
      return isStr(raw.claimId, MESSAGE_LIMITS.id) ? { type: raw.type, claimId: raw.claimId } : null;
    case 'ui/show-text':
      return isStr(raw.text, MESSAGE_LIMITS.short) && raw.text.trim() !== '' ? { type: raw.type, text: raw.text } : null;
    case 'ui/set-marks':
      return typeof raw.on === 'boolean' ? { type: raw.type, on: raw.on } : null;
    case 'ui/rescan':
    case 'ui/get-marks':
    case 'bg/get-selection':
      return { type: raw.type };
    case 'bg/settings':
      return 'settings' in raw ? { type: raw.type, settings: raw.settings } : null;
    default:
      return null;
  }
}

const SEVERITIES = ['minor', 'major', 'critical'];

type Texts = { title: string; note: string; question: string };

function parseTexts(v: unknown): Texts | null {
  if (!isObj(v)) return null;
  const { title, note, question } = v;
  if (!isStr(title, MESSAGE_LIMITS.short) || !isStr(note, MESSAGE_LIMITS.long) || !isStr(question, MESSAGE_LIMITS.long)) return null;
  return { title, note, question };
}

function parseFlag(v: unknown): MarkedClaim['flags'][number] | null {
  const texts = parseTexts(v);
  if (!texts || !isObj(v)) return null;
  const { severity, zh } = v;
  if (typeof severity !== 'string' || !SEVERITIES.includes(severity)) return null;
  const flag: MarkedClaim['flags'][number] = { ...texts, severity: severity as MarkedClaim['flags'][number]['severity'] };
  if (zh !== undefined) {
    const z = parseTexts(zh);
    if (!z) return null;
    flag.zh = z;
  }
  return flag;
}

/** A claim as the page needs it, or null. */
export function parseMarkedClaim(v: unknown): MarkedClaim | null {
  if (!isObj(v)) return null;
  const { id, blockId, text, span, verdict, score, missing, flags } = v;
  if (!isStr(id, MESSAGE_LIMITS.short) || !isStr(blockId, MESSAGE_LIMITS.short) || !isStr(text, MESSAGE_LIMITS.long)) return null;
  if (!Array.isArray(span) || span.length !== 2 || !isOffset(span[0]) || !isOffset(span[1])) return null;
  if (typeof verdict !== 'string' || !(VERDICTS as readonly string[]).includes(verdict)) return null;
  if (typeof score !== 'number' || !Number.isFinite(score)) return null;
  if (!Array.isArray(missing) || missing.length > MESSAGE_LIMITS.list || !missing.every((m) => isStr(m, MESSAGE_LIMITS.short))) return null;
  if (!Array.isArray(flags) || flags.length > MESSAGE_LIMITS.list) return null;
  const parsedFlags: MarkedClaim['flags'] = [];
  for (const f of flags) {
    const p = parseFlag(f);
    if (!p) return null;
    parsedFlags.push(p);
  }
  return { id, blockId, text, span: [span[0], span[1]], verdict: verdict as Verdict, score, missing: [...missing], flags: parsedFlags };
}

/**
 * Claims as the page needs them (what parseMarkedClaim keeps of each), or null if one is not
 * fit to send. A claim the page repeats (its `also` places) is marked at every place, each
 * mark with the id that place would have had and the claim's verdict and notes.
 */
export function markedClaims(claims: readonly unknown[]): MarkedClaim[] | null {
  const out: MarkedClaim[] = [];
  for (const c of claims) {
    const p = parseMarkedClaim(c);
    if (!p) return null;
    out.push(p);
    const also = (c as { also?: unknown }).also;
    if (!Array.isArray(also)) continue;
    for (const a of also.slice(0, MESSAGE_LIMITS.list)) {
      if (!isObj(a) || !isStr(a.blockId, MESSAGE_LIMITS.short) || !isStr(a.text, MESSAGE_LIMITS.long)) return null;
      const span = a.span;
      if (!Array.isArray(span) || span.length !== 2 || !isOffset(span[0]) || !isOffset(span[1])) return null;
      out.push({ ...p, id: `${a.blockId}:${span[0]}`, blockId: a.blockId, text: a.text, span: [span[0], span[1]] });
    }
  }
  return out;
}

/** The background's answer to content/blocks, or null. */
export function parseAnalysisReply(raw: unknown): AnalysisReply | null {
  if (!isObj(raw) || !isObj(raw.report)) return null;
  const { isProductPage, claims } = raw.report;
  if (typeof isProductPage !== 'boolean' || !Array.isArray(claims) || claims.length > MESSAGE_LIMITS.claims) return null;
  const out: MarkedClaim[] = [];
  for (const c of claims) {
    const p = parseMarkedClaim(c);
    if (!p) return null;
    out.push(p);
  }
  return { report: { isProductPage, claims: out } };
}

/** The background's answer to content/patch, or null. */
export function parseUpdateReply(raw: unknown): UpdateReply | null {
  if (!isObj(raw)) return null;
  const update = parseUpdate(raw.update);
  if (update) return { update };
  return raw.resend === true ? { resend: true } : null;
}

function parseUpdate(u: unknown): Extract<UpdateReply, { update: unknown }>['update'] | null {
  if (!isObj(u)) return null;
  const { isProductPage, changed, removed, count } = u;
  if (typeof isProductPage !== 'boolean' || !Array.isArray(changed) || changed.length > MESSAGE_LIMITS.claims) return null;
  if (!Array.isArray(removed) || removed.length > MESSAGE_LIMITS.claims || !removed.every((id) => isStr(id, MESSAGE_LIMITS.short))) return null;
  if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 0 || count > MESSAGE_LIMITS.claims) return null;
  const out: MarkedClaim[] = [];
  for (const c of changed) {
    const p = parseMarkedClaim(c);
    if (!p) return null;
    out.push(p);
  }
  return { isProductPage, changed: out, removed: [...removed], count };
}

/**
 * What the background answers a frame's reading (content/frame): the claims found in that
 * frame's own copy, with the ids the frame's reader gave its blocks; `pending` while the page
 * around the frame has not been judged yet (the frame may send its copy again shortly).
 */
export interface FrameReply {
  claims: MarkedClaim[];
  pending?: true;
}

/** The claims of one frame among a page's marked claims, with the frame's own block ids. */
export function frameClaims(claims: readonly MarkedClaim[], frameId: number): MarkedClaim[] {
  const prefix = `frame${frameId}:`;
  const out: MarkedClaim[] = [];
  for (const c of claims) {
    if (!c.blockId.startsWith(prefix) || !c.id.startsWith(prefix)) continue;
    out.push({ ...c, id: c.id.slice(prefix.length), blockId: c.blockId.slice(prefix.length) });
  }
  return out;
}

/** The claims the page's own reader marks: those not found in a frame of another origin. */
export function ownClaims(claims: MarkedClaim[]): MarkedClaim[] {
  return claims.some((c) => FRAME_BLOCK.test(c.blockId)) ? claims.filter((c) => !FRAME_BLOCK.test(c.blockId)) : claims;
}
const FRAME_BLOCK = /^frame\d+:/;

/** The background's answer to content/frame, or null. */
export function parseFrameReply(raw: unknown): FrameReply | null {
  if (!isObj(raw) || !Array.isArray(raw.claims) || raw.claims.length > MESSAGE_LIMITS.claims) return null;
  const out: MarkedClaim[] = [];
  for (const c of raw.claims) {
    const p = parseMarkedClaim(c);
    if (!p) return null;
    out.push(p);
  }
  return raw.pending === true ? { claims: out, pending: true } : { claims: out };
}

/** The background's answer to content/probe, or null. */
export function parseProbeReply(raw: unknown): ProbeReply | null {
  return isObj(raw) && typeof raw.product === 'boolean' ? { product: raw.product } : null;
}
