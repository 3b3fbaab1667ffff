// Finding a Chromium to drive: CHROME_PATH first, then the usual places.
import { existsSync } from 'node:fs';
import { which } from './which';

export const INSTALL_HINT = 'sudo apt-get install -y chromium   (Debian/Ubuntu; or set CHROME_PATH to a Chromium or Chrome binary)';

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
