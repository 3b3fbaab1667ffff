// Renders public/icon/sceptic.svg to the PNG sizes the manifest names, with Chromium.
// Run after editing the SVG: npx tsx scripts/make-icons.ts
import { readFile, writeFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { findChromium } from './lib/chromium';

const SIZES = [16, 32, 48, 128];
const svg = await readFile(new URL('../public/icon/sceptic.svg', import.meta.url), 'utf8');
const executablePath = findChromium();
if (!executablePath) throw new Error('No Chromium found; see README for how to install it.');
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const sized = svg.replace('width="128" height="128"', `width="${size}" height="${size}"`);
    await page.setContent(`<html><body style="margin:0;background:transparent">${sized}</body></html>`);
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    await writeFile(new URL(`../public/icon/${size}.png`, import.meta.url), png);
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`Wrote ${SIZES.map((s) => `${s}.png`).join(', ')} to public/icon/`);
