// Build the extension once for a run; return the folder Chromium loads.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

export function outDir(): string {
  return resolve(ROOT, process.env.SCEPTIC_OUT_DIR || '.output');
}

export function buildExtension(browser: 'chrome' | 'firefox' = 'chrome', { quiet = true } = {}): string {
  const args = ['wxt', 'build', ...(browser === 'firefox' ? ['-b', 'firefox', '--mv3'] : [])];
  execFileSync('npx', args, { cwd: ROOT, stdio: quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit', env: process.env });
  const dir = resolve(outDir(), `${browser}-mv3`);
  if (!existsSync(resolve(dir, 'manifest.json'))) throw new Error(`The build did not produce ${dir}/manifest.json`);
  return dir;
}
