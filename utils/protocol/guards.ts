// The content script's checks of what it receives: messages from extension pages and from the
// background, and the background's answers to its own messages. The content script runs on every
// page, so it checks with these small guards instead of carrying zod (which would double its size);
// the types are those of the zod schemas beside this file (imported as types only, so no zod comes
// with them), and a unit test (tests/unit/protocol.test.ts) holds each guard to its schema's answers
// on every input. Also here: the claims as the page needs them, which the background sends.
import { OTHER_LANGS, SEVERITIES, type Severity, VERDICTS, type Verdict } from '../../heuristics/types';
import type { BgContentMessage } from './bg-content';
import type { AnalysisReply, FrameReply, MarkedClaim, ProbeReply, UpdateReply } from './content-bg';
import { MESSAGE_LIMITS } from './limits';
import type { UiContentMessage } from './ui-content';

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
export function parseToContent(raw: unknown): UiContentMessage | BgContentMessage | null {
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
  const { severity } = v;
  if (typeof severity !== 'string' || !(SEVERITIES as readonly string[]).includes(severity)) return null;
  const flag: MarkedClaim['flags'][number] = { ...texts, severity: severity as Severity };
  for (const lang of OTHER_LANGS) {
    if (v[lang] === undefined) continue;
    const other = parseTexts(v[lang]);
    if (!other) return null;
    flag[lang] = other;
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
