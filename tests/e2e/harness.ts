// The end-to-end fixture: one Chromium per worker with the built extension loaded,
// examples and fixtures served from 127.0.0.1, and helpers to read what Sceptic shows.
import { resolve } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { outDir, ROOT } from '../../scripts/lib/build';
import { badgeOf, type Loaded, launchWithExtension, openPopup, settledState, stateOf, tabIdOf } from '../../scripts/lib/extension';
import { type Served, serve } from '../../scripts/lib/serve';
import type { TabState } from '../../utils/protocol';

/** Response headers for fixtures that need them (a strict CSP, say): fixtures named *.csp.html get one. */
function fixtureHeaders(path: string): Record<string, string> {
  if (path.endsWith('.csp.html')) return { 'content-security-policy': "default-src 'none'; style-src 'self'; img-src 'self'" };
  return {};
}

export interface Ext {
  loaded: Loaded;
  origin: string;
  /** URL of an example page or a fixture: url('examples/slidecraft.html'). */
  url(path: string): string;
  tabId(page: Page): Promise<number>;
  /** The tab's state once Sceptic has finished reading it. */
  settled(page: Page): Promise<TabState>;
  state(page: Page): Promise<TabState>;
  badge(page: Page): Promise<{ text: string; colour: number[]; title: string }>;
  popup(page: Page): Promise<Page>;
  /** The text of every range in each of Sceptic's highlights on the page. */
  highlights(page: Page): Promise<Record<string, string[]>>;
}

export const test = base.extend<{ ext: Ext }, { loaded: Loaded; server: Served }>({
  server: [
    async ({}, use) => {
      const s = await serve({ '/examples/': resolve(ROOT, 'examples'), '/fixtures/': resolve(ROOT, 'tests/fixtures') }, fixtureHeaders);
      await use(s);
      await s.close();
    },
    { scope: 'worker' },
  ],
  loaded: [
    async ({}, use) => {
      const l = await launchWithExtension(resolve(outDir(), 'chrome-mv3'));
      await use(l);
      await l.close();
    },
    { scope: 'worker' },
  ],
  context: async ({ loaded }, use) => {
    await use(loaded.context);
  },
  page: async ({ loaded }, use) => {
    const p = await loaded.context.newPage();
    await use(p);
    await p.close().catch(() => undefined);
  },
  ext: async ({ loaded, server }, use) => {
    const ext: Ext = {
      loaded,
      origin: server.origin,
      url: (path) => `${server.origin}/${path.replace(/^\//, '')}`,
      tabId: (page) => tabIdOf(loaded.sw, page),
      settled: async (page) => settledState(loaded.sw, await tabIdOf(loaded.sw, page)),
      state: async (page) => stateOf(loaded.sw, await tabIdOf(loaded.sw, page)),
      badge: async (page) => badgeOf(loaded.sw, await tabIdOf(loaded.sw, page)),
      popup: async (page) => openPopup(loaded, await tabIdOf(loaded.sw, page)),
      highlights: (page) =>
        page.evaluate(() => {
          const out: Record<string, string[]> = {};
          for (const [name, h] of CSS.highlights) {
            if (typeof name === 'string' && name.startsWith('sceptic-')) out[name] = [...h].map((r) => r.toString());
          }
          return out;
        }),
    };
    await use(ext);
  },
});

export { expect };
