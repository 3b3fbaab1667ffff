// The README's picture of marks in a page: a bundled example with its claims marked and the
// hover card open over its headline claim, written to docs/screenshots/marks-hover.png.
//   npx tsx scripts/marks-screenshot.ts              build first
//   npx tsx scripts/marks-screenshot.ts --no-build
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { buildExtension, outDir, ROOT } from './lib/build';
import { findChromium, INSTALL_HINT } from './lib/chromium';
import { launchWithExtension, settledState, tabIdOf } from './lib/extension';
import { serve } from './lib/serve';

const FILE = resolve(ROOT, 'docs/screenshots/marks-hover.png');
const PAGE = 'slidecraft';
/** The words of the claim to hover. */
const CLAIM = '80% of your PPT';

async function main(): Promise<void> {
  if (!findChromium()) throw new Error(`No Chromium found. ${INSTALL_HINT}`);
  const dir = process.argv.includes('--no-build') ? resolve(outDir(), 'chrome-mv3') : buildExtension('chrome');
  await mkdir(resolve(ROOT, 'docs/screenshots'), { recursive: true });
  const server = await serve({ '/examples/': resolve(ROOT, 'examples') });
  const loaded = await launchWithExtension(dir);
  try {
    const page = await loaded.context.newPage();
    await page.setViewportSize({ width: 1200, height: 720 });
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    await page.goto(`${server.origin}/examples/${PAGE}.html`);
    await settledState(loaded.sw, await tabIdOf(loaded.sw, page));
    await page.evaluate(() => document.fonts.ready);
    // Where the claim's first words are drawn.
    const point = await page.evaluate((needle) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const t = n as Text;
        const i = t.data.indexOf(needle);
        if (i < 0) continue;
        const r = document.createRange();
        r.setStart(t, i);
        r.setEnd(t, i + needle.length);
        const box = r.getBoundingClientRect();
        return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      }
      return null;
    }, CLAIM);
    if (!point) throw new Error(`"${CLAIM}" is not on the page`);
    await page.mouse.move(point.x - 40, point.y + 60);
    await page.mouse.move(point.x, point.y, { steps: 5 });
    await page.waitForFunction(() => (document.querySelector('sceptic-card') as HTMLElement | null)?.style.getPropertyValue('display') === 'block');
    await page.waitForTimeout(200);
    await page.screenshot({ path: FILE });
    console.log(`  ${FILE.slice(ROOT.length + 1)}`);
  } finally {
    await loaded.close();
    await server.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
