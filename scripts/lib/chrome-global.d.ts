// Code passed to the service worker with `sw.evaluate` runs where `chrome` exists.
import type { Browser } from '@wxt-dev/browser';

declare global {
  const chrome: typeof Browser;
}
