// Every bound of the message protocol, written once: what a content script may hand over, what
// a message to it and the background's answers may carry. Zod-free, so that the content script
// (which checks with small guards, ./guards.ts) and the zod schemas (./content-bg.ts and the
// others) read the same numbers.
export const MESSAGE_LIMITS = { id: 200, short: 500, long: 4000, list: 40, claims: 3000 } as const;

/** Blocks one content/patch may carry; a page that changed in more places is sent whole. */
export const MAX_PATCH = 200;

/** Bounds on what a content script may hand over for analysis; a page larger than this is read in part. */
export const BLOCK_LIMITS = { blocks: 6000, text: 20_000, links: 12, notes: 12, note: 1000, probe: 400, frame: 400, patch: MAX_PATCH } as const;
