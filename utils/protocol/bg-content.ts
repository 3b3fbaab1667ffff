// Background → the content script of one tab. The content script checks these with the zod-free
// guards of ./guards.ts (parseToContent), held to these schemas by a unit test.
import * as z from 'zod/mini';
import './fields';

/** Background → the content script of one tab. */
export const BgContentMessage = z.discriminatedUnion('type', [
  /** After "Check with Sceptic": the text selected in this frame, with its line breaks. Answered with { text, title }. */
  z.object({ type: z.literal('bg/get-selection') }),
  /** When the settings change: the new settings, which the content script checks field by field (entrypoints/content/settings.ts). */
  z.object({ type: z.literal('bg/settings'), settings: z.unknown() }),
]);
export type BgContentMessage = z.infer<typeof BgContentMessage>;
