// `npm run screenshots`: the popup, the report and the comparison in English and Chinese,
// light and dark, and the check of a selection in both languages, written to docs/screenshots/.
// Drives the built extension in Chromium on the bundled examples exactly as a user would (the
// popup's "Add to comparison" and all); and, for the README, the English popup drawn over the
// page it reports on, where the browser would open it below its toolbar button.
//   npm run screenshots              build first
//   npm run screenshots -- --no-build
// The Chinese pictures need a CJK font on the machine (Debian: apt-get install fonts-noto-cjk).
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { buildExtension, outDir, ROOT } from './lib/build';
import { findChromium, INSTALL_HINT } from './lib/chromium';
import { type Loaded, launchWithExtension, openPopup, settledState, tabIdOf } from './lib/extension';
import { serve } from './lib/serve';

const OUT = resolve(ROOT, 'docs/screenshots');
const COMPARED = ['slidecraft', 'weeklypilot', 'evidence-based', 'zhoubao-zh'];
const SUBJECT = { en: 'slidecraft', zh: 'zhoubao-zh' } as const;

async function setLanguage(loaded: Loaded, language: 'en' | 'zh'): Promise<void> {
  await loaded.sw.evaluate(async (lang) => {
    const defaults = { version: 1, autoScan: true, sensitivity: 'normal', disabledRubrics: [], language: 'auto', marksDefault: true, disabledSites: [] };
    const got = (await chrome.storage.local.get('settings')).settings as Record<string, unknown> | undefined;
    await chrome.storage.local.set({ settings: { ...defaults, ...got, language: lang } });
  }, language);
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: resolve(OUT, `${name}.png`) });
  console.log(`  docs/screenshots/${name}.png`);
}

/**
 * The popup over its page, as a user sees them together: a browser draws the popup outside the
 * page, where no screenshot of either can reach, so the two pictures are laid one over the other.
 */
async function popupOverPage(loaded: Loaded, page: Page, tabId: number): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 820 });
  await page.evaluate(() => document.fonts.ready);
  const pageShot = await page.screenshot();
  const popup = await openPopup(loaded, tabId);
  await popup.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await popup.getByTestId('claims').locator('li').first().waitFor();
  await popup.evaluate(() => document.fonts.ready);
  const popupShot = await popup.screenshot();
  await popup.close();
  const canvas = await loaded.context.newPage();
  await canvas.setViewportSize({ width: 1280, height: 820 });
  const png = (b: Buffer) => `data:image/png;base64,${b.toString('base64')}`;
  await canvas.setContent(
    `<body style="margin:0;position:relative;overflow:hidden"><img alt="" src="${png(pageShot)}" style="display:block"><img alt="" src="${png(popupShot)}" style="position:absolute;top:6px;right:18px;border:1px solid #b9bcc2;border-radius:8px;box-shadow:0 8px 28px rgb(0 0 0 / 28%)"></body>`,
  );
  await canvas.evaluate(() => Promise.all([...document.images].map((i) => i.decode())));
  await shoot(canvas, 'popup-over-page');
  await canvas.close();
}

/** "Check with Sceptic" on two paragraphs of the news example, as the browser's menu would send it. */
async function checkSelection(loaded: Loaded, origin: string, lang: 'en' | 'zh'): Promise<void> {
  const page = await loaded.context.newPage();
  await page.goto(`${origin}/examples/news-article.html`);
  const tabId = await tabIdOf(loaded.sw, page);
  await settledState(loaded.sw, tabId);
  const text = await page.evaluate(() => {
    const from = [...document.querySelectorAll('p')].find((p) => p.textContent?.startsWith('Vendors are rarely shy'));
    const range = document.createRange();
    if (!from?.nextElementSibling) return '';
    range.setStartBefore(from);
    range.setEndAfter(from.nextElementSibling);
    window.getSelection()?.removeAllRanges();
    window.getSelection()?.addRange(range);
    return String(window.getSelection());
  });
  const [check] = await Promise.all([
    loaded.context.waitForEvent('page', (p) => p.url().includes('/check.html')),
    loaded.sw.evaluate(
      async ({ id, text, pageUrl }) => {
        const tab = await chrome.tabs.get(id);
        (chrome.contextMenus.onClicked as unknown as { dispatch: (...a: unknown[]) => void }).dispatch(
          { menuItemId: 'sceptic-check', selectionText: text, pageUrl, frameId: 0, editable: false },
          tab,
        );
      },
      { id: tabId, text, pageUrl: page.url() },
    ),
  ]);
  await check.setViewportSize({ width: 1100, height: 1000 });
  await check.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await check.getByTestId('claims').locator('li').first().waitFor();
  await shoot(check, `check-${lang}-light`);
  await check.close();
  await page.close();
}

async function main(): Promise<void> {
  if (!findChromium()) throw new Error(`No Chromium found. ${INSTALL_HINT}`);
  const dir = process.argv.includes('--no-build') ? resolve(outDir(), 'chrome-mv3') : buildExtension('chrome');
  await mkdir(OUT, { recursive: true });
  const server = await serve({ '/examples/': resolve(ROOT, 'examples') });
  const loaded = await launchWithExtension(dir);
  try {
    const tabs: Record<string, number> = {};
    for (const name of COMPARED) {
      const page = await loaded.context.newPage();
      await page.goto(`${server.origin}/examples/${name}.html`);
      const tabId = await tabIdOf(loaded.sw, page);
      await settledState(loaded.sw, tabId);
      tabs[name] = tabId;
      if (name === SUBJECT.en) {
        await setLanguage(loaded, 'en');
        await popupOverPage(loaded, page, tabId);
      }
      const popup = await openPopup(loaded, tabId);
      await popup.getByTestId('add-to-comparison').click();
      await popup.getByTestId('status').filter({ hasText: /\S/ }).waitFor();
      await popup.close();
    }
    for (const lang of ['en', 'zh'] as const) {
      await setLanguage(loaded, lang);
      for (const scheme of ['light', 'dark'] as const) {
        const tabId = tabs[SUBJECT[lang]];
        if (tabId === undefined) throw new Error('missing tab');
        const popup = await openPopup(loaded, tabId);
        await popup.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
        await popup.getByTestId('claims').locator('li').first().waitFor();
        await shoot(popup, `popup-${lang}-${scheme}`);
        await popup.close();

        const report = await loaded.context.newPage();
        await report.setViewportSize({ width: 1100, height: 1000 });
        await report.emulateMedia({ colorScheme: scheme });
        await report.goto(`chrome-extension://${loaded.extensionId}/report.html?tab=${tabId}`);
        await report.getByTestId('claims').locator('li').first().waitFor();
        await shoot(report, `report-${lang}-${scheme}`);
        await report.close();

        const compare = await loaded.context.newPage();
        await compare.setViewportSize({ width: 1280, height: 1000 });
        await compare.emulateMedia({ colorScheme: scheme });
        await compare.goto(`chrome-extension://${loaded.extensionId}/compare.html`);
        await compare.getByTestId('comparison').waitFor();
        await shoot(compare, `compare-${lang}-${scheme}`);
        await compare.close();
      }
      await checkSelection(loaded, server.origin, lang);
    }
  } finally {
    await loaded.close();
    await server.close();
  }
}

main().catch((err) => {
  console.error(`screenshots: ${(err as Error).message}`);
  process.exit(1);
});
