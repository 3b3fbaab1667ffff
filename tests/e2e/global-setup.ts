// Build the extension once for the whole run (skip with SCEPTIC_SKIP_BUILD=1 when
// a fresh build is already in place, as `npm test` arranges).
import { buildExtension } from '../../scripts/lib/build';

export default function globalSetup(): void {
  if (process.env.SCEPTIC_SKIP_BUILD === '1') return;
  buildExtension('chrome');
}
