// Extension pages (popup, report, options) → background, and the background's answers.
import * as z from 'zod/mini';
import { PageReportSchema } from '../../heuristics/schema';
import { tabId, title, url } from './fields';

/** Extension pages → background. */
export const UiMessage = z.discriminatedUnion('type', [
  /** Answered with TabState. */
  z.object({ type: z.literal('ui/get-tab-state'), tabId }),
]);
export type UiMessage = z.infer<typeof UiMessage>;

/** What the background knows about one tab: its answer to ui/get-tab-state, and what it keeps per tab (utils/tab-store.ts). */
export const TabState = z.discriminatedUnion('status', [
  z.object({ status: z.literal('none') }),
  z.object({ status: z.literal('scanning'), url }),
  z.object({
    status: z.literal('ready'),
    url,
    title,
    report: PageReportSchema,
    at: z.number(),
    /** The report was cut to fit the browser's session storage: how many claims it had (utils/tab-store.ts). */
    trimmed: z.optional(z.number().check(z.int(), z.minimum(0))),
  }),
  z.object({ status: z.literal('unreadable'), url, reason: z.string() }),
]);
export type TabState = z.infer<typeof TabState>;
