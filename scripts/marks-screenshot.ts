// The README's pictures of marks in a page: a bundled example with its claims marked and the
// hover card open over its headline claim, in English (docs/screenshots/marks-hover.png) and,
// on the Chinese example with the interface in Chinese, in Chinese (marks-hover-zh.png).
//   npm run screenshots:marks              build first
//   npm run screenshots:marks -- --no-build
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { buildExtension, outDir, ROOT } from './lib/build';
import { findChromium, INSTALL_HINT } from './lib/chromium';
import { launchWithExtension, settledState, tabIdOf } from './lib/extension';
import { serve } from './lib/serve';

/** Each picture: its file, the example page, the words of the claim to hover, the interface language. */
const SHOTS = [
  { file: 'marks-hover.png', page: 'slidecraft', claim: '80% of your PPT', language: 'en' },
  { file: 'marks-hover-zh.png', page: 'zhoubao-zh', claim: '效率提升10倍', language: 'zh' },
] as const;

async function main(): Promise<void> {
  if (!findChromium()) throw new Error(`No Chromium found. ${INSTALL_HINT}`);
  const dir = process.argv.includes('--no-build') ? resolve(outDir(), 'chrome-mv3') : buildExtension('chrome');
  await mkdir(resolve(ROOT, 'docs/screenshots'), { recursive: true });
  const server = await serve({ '/examples/': resolve(ROOT, 'examples') });
  const loaded = await launchWithExtension(dir);
  try {
    for (const shot of SHOTS) {
      const FILE = resolve(ROOT, 'docs/screenshots', shot.file);
      const CLAIM = shot.claim;
      await loaded.sw.evaluate(async (language) => {
        const got = (await chrome.storage.local.get('settings')).settings as Record<string, unknown> | undefined;
        const defaults = { version: 1, autoScan: true, sensitivity: 'normal', disabledRubrics: [], language: 'auto', marksDefault: true, disabledSites: [] };
        await chrome.storage.local.set({ settings: { ...defaults, ...got, language } });
      }, shot.language);
      const page = await loaded.context.newPage();
      await page.setViewportSize({ width: 1200, height: 720 });
      await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
      await page.goto(`${server.origin}/examples/${shot.page}.html`);
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
      await page.waitForFunction(() => (document.querySelector(':root > div') as HTMLElement | null)?.style.getPropertyValue('display') === 'block');
      await page.waitForTimeout(200);
      await page.screenshot({ path: FILE });
      console.log(`  ${FILE.slice(ROOT.length + 1)}`);
      await page.close();
    }
  } finally {
    await loaded.close();
    await server.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
