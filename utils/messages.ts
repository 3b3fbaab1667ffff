// The message protocol: every message any part of Sceptic sends, named by direction,
// each with its zod schema. Receivers parse with these and drop whatever fails.
import * as z from 'zod/mini';
import { PageReportSchema } from '../heuristics/schema';

z.config({ jitless: true });

const url = z.string().check(z.maxLength(4096));
const title = z.string().check(z.maxLength(1000));
const tabId = z.number().check(z.int(), z.minimum(0));

/** Content script → background. */
export const ContentMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('content/scanning'), url }),
  z.object({ type: z.literal('content/report'), url, title, report: PageReportSchema }),
  z.object({ type: z.literal('content/unreadable'), url, reason: z.string().check(z.maxLength(500)) }),
]);
export type ContentMessage = z.infer<typeof ContentMessage>;

/** Extension pages (popup, report, options) → background. */
export const UiMessage = z.discriminatedUnion('type', [z.object({ type: z.literal('ui/get-tab-state'), tabId })]);
export type UiMessage = z.infer<typeof UiMessage>;

/** Extension pages → the content script of one tab. */
export const ToContentMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ui/show-claim'), claimId: z.string().check(z.maxLength(200)) }),
  z.object({ type: z.literal('ui/set-marks'), on: z.boolean() }),
  z.object({ type: z.literal('ui/rescan') }),
]);
export type ToContentMessage = z.infer<typeof ToContentMessage>;

/** What the background knows about one tab. */
export const TabState = z.discriminatedUnion('status', [
  z.object({ status: z.literal('none') }),
  z.object({ status: z.literal('scanning'), url }),
  z.object({ status: z.literal('ready'), url, title, report: PageReportSchema, at: z.number() }),
  z.object({ status: z.literal('unreadable'), url, reason: z.string() }),
]);
export type TabState = z.infer<typeof TabState>;
