// Every bound of the message protocol, written once: what a content script may hand over, what a
// message to it and the background's answers may carry. Zod-free, so that the content script (its
// reader keeps within these, and its guards, ./guards.ts, check with them) and the zod schemas
// (./content-bg.ts and the others) read the same numbers. The engine's own bounds on a report
// live with the engine (heuristics/limits.ts, which imports nothing from here); the bounds on a
// claim as the page needs it are those.
import { LIMITS } from '../../heuristics/limits';

export { LIMITS } from '../../heuristics/limits';

/** Bounds on a claim as the page needs it (MarkedClaim) and on the messages to the content script. */
export const MESSAGE_LIMITS = { id: 200, short: LIMITS.short, long: LIMITS.text, list: LIMITS.flags, claims: LIMITS.claims } as const;

/** Blocks one content/patch may carry; a page that changed in more places is sent whole. */
export const MAX_PATCH = 200;

/**
 * Bounds on what a content script may hand over for analysis; a page larger than this is read in
 * part. Per block: its id, its text, its links (each link's address and words), its footnotes (each
 * note's marker, text and links). Per message: the blocks of a reading, of the first look (probe),
 * of a frame's copy, the blocks a patch changes.
 */
export const BLOCK_LIMITS = {
  blocks: 6000,
  id: 100,
  text: 20_000,
  links: 12,
  href: 500,
  linkText: 200,
  notes: 12,
  marker: 20,
  note: 1000,
  noteLinks: 5,
  probe: 400,
  frame: 400,
  patch: MAX_PATCH,
} as const;

/** Bounds on the page a message speaks of: its address, its title, and why it could not be read. */
export const PAGE_LIMITS = { url: 4096, title: 1000, reason: 500 } as const;
