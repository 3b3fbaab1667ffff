// Finding a Chromium to drive: CHROME_PATH first, then the usual places.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const INSTALL_HINT = 'sudo apt-get install -y chromium   (Debian/Ubuntu; or set CHROME_PATH to a Chromium or Chrome binary)';

function which(cmd: string): string | undefined {
  try {
    return execFileSync('which', [cmd], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
  } catch {
    return undefined;
  }
}

export function findChromium(): string | undefined {
  const env = process.env.CHROME_PATH;
  if (env && existsSync(env)) return env;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return which('chromium') ?? which('chromium-browser') ?? which('google-chrome') ?? which('google-chrome-stable');
}

/** Flags that keep a headless Chromium quiet on a machine with no network beyond loopback. */
export const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-default-apps',
];
