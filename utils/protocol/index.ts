// The message protocol: every message any part of Sceptic sends, grouped by its two ends, each
// with its zod schema, and the answers to them. Receivers parse with these and drop whatever fails.
//
// To add a message:
//   1. Its schema, in the file of its two ends (a `type` string starting with its sender: ui/,
//      content/ or bg/), with every bound taken from limits.ts; its answer's schema beside it.
//   2. Its schema in that file's union (UiMessage, ContentMessage, UiContentMessage or
//      BgContentMessage); a message to the content script also needs its case in
//      guards.ts parseToContent (and an answer it reads, a guard there).
//   3. Its handler: for the background, a case in entrypoints/background/router.ts (route), which
//      also decides which sender may send it; for the content script, entrypoints/content/session.ts
//      (and entrypoints/content/frame.ts, in a frame's reader, when a frame answers it too).
//   4. Its test: tests/unit/trust-router.test.ts for what the router accepts and refuses, and
//      tests/unit/protocol.test.ts for a guard against its schema.
//
//   ui-bg.ts        extension pages (popup, report, options) → background       UiMessage
//   content-bg.ts   content script → background                                 ContentMessage
//   ui-content.ts   extension pages → the content script of a tab               UiContentMessage
//   bg-content.ts   background → the content script of a tab                    BgContentMessage
//   guards.ts       the content script's zod-free checks, held to the schemas by a test
//   limits.ts       every bound, zod-free, written once
//   fields.ts       fields several schemas share, and zod's jitless switch
//
// The content script imports values only from guards.ts and limits.ts (and types from anywhere):
// this file and the schemas carry zod, which the content script does without.
import * as z from 'zod/mini';
import { BgContentMessage } from './bg-content';
import { UiContentMessage } from './ui-content';

export * from './bg-content';
export * from './content-bg';
export * from './guards';
export * from './limits';
export * from './ui-bg';
export * from './ui-content';

/** Every message to the content script: from an extension page, or from the background. */
export const ToContentMessage = z.union([UiContentMessage, BgContentMessage]);
export type ToContentMessage = z.infer<typeof ToContentMessage>;
