// Helpers for the trust end-to-end tests: code run in Sceptic's content-script world.
import type { Page } from '@playwright/test';

/**
 * Evaluate an expression in Sceptic's content-script world of a page (its isolated world, found
 * through the DevTools protocol), and return its value. What the page does to its own world
 * (overridden built-ins, a fake highlight registry) does not reach this one.
 */
export async function inContentScript(page: Page, extensionId: string, expression: string): Promise<unknown> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const worlds: Array<{ id: number; origin: string; auxData?: { type?: string; frameId?: string } }> = [];
    cdp.on('Runtime.executionContextCreated', (e) => worlds.push(e.context));
    await cdp.send('Runtime.enable');
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const world = worlds.find(
      (w) => w.origin === `chrome-extension://${extensionId}` && w.auxData?.type === 'isolated' && w.auxData.frameId === frameTree.frame.id,
    );
    if (!world) throw new Error(`No content-script world among ${JSON.stringify(worlds)}`);
    const r = await cdp.send('Runtime.evaluate', { contextId: world.id, expression, awaitPromise: true, returnByValue: true });
    if (r.exceptionDetails) throw new Error(`In the content script: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
    return r.result.value;
  } finally {
    await cdp.detach();
  }
}

/** Sceptic's marked texts as its own world sees the highlight registry (a page may fake its own). */
export async function marksSeenByContentScript(page: Page, extensionId: string): Promise<string[]> {
  const v = await inContentScript(
    page,
    extensionId,
    `(() => { const out = []; for (const [name, h] of CSS.highlights) if (/^sceptic-(unsupported|weak|supported)$/.test(name)) for (const r of h) out.push(r.toString()); return out; })()`,
  );
  return Array.isArray(v) ? v.map(String) : [];
}
