// Extension pages → the content script of one tab, and its answers. The content script checks
// these with the zod-free guards of ./guards.ts (parseToContent), held to these schemas by a unit test.
import * as z from 'zod/mini';
import './fields';
import { MESSAGE_LIMITS } from './limits';

/** Extension pages → the content script of one tab. */
export const UiContentMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ui/show-claim'), claimId: z.string().check(z.maxLength(MESSAGE_LIMITS.id)) }),
  /** Scroll to the page's own words (a price, a stated limit) and flash them; answered with { shown }: found and flashed, or not. */
  z.object({
    type: z.literal('ui/show-text'),
    text: z.string().check(
      z.maxLength(MESSAGE_LIMITS.short),
      z.refine((s) => s.trim() !== ''),
    ),
  }),
  /** Answered with MarksState. */
  z.object({ type: z.literal('ui/set-marks'), on: z.boolean() }),
  z.object({ type: z.literal('ui/rescan') }),
  /** Are marks on in this tab, can this browser draw them, and how many are drawn? Answered with MarksState. */
  z.object({ type: z.literal('ui/get-marks') }),
]);
export type UiContentMessage = z.infer<typeof UiContentMessage>;

/** The content script's answer to ui/set-marks and ui/get-marks. */
export const MarksState = z.object({
  on: z.boolean(),
  supported: z.boolean(),
  /** Claims marked in the page (claims in hidden tabs count: they show when the tab opens). */
  count: z.number().check(z.int(), z.minimum(0)),
});
export type MarksState = z.infer<typeof MarksState>;
