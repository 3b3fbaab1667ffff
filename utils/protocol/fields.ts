// Fields that several messages share, and zod's switch for extension pages: they forbid eval,
// so zod must not try to compile validators. Every schema of the protocol imports this file.
import * as z from 'zod/mini';
import { PAGE_LIMITS } from './limits';

z.config({ jitless: true });

export const url = z.string().check(z.maxLength(PAGE_LIMITS.url));
export const title = z.string().check(z.maxLength(PAGE_LIMITS.title));
export const tabId = z.number().check(z.int(), z.minimum(0));
export const seq = z.number().check(z.int(), z.minimum(0));
