// Fields that several messages share, and zod's switch for extension pages: they forbid eval,
// so zod must not try to compile validators. Every schema of the protocol imports this file.
import * as z from 'zod/mini';

z.config({ jitless: true });

export const url = z.string().check(z.maxLength(4096));
export const title = z.string().check(z.maxLength(1000));
export const tabId = z.number().check(z.int(), z.minimum(0));
export const seq = z.number().check(z.int(), z.minimum(0));
