// Sceptic's content script: reads the page, hands its text to the background to be
// judged, and marks the claims where they stand. See session.ts for the life of a page.
import { defineContentScript } from 'wxt/utils/define-content-script';
import './marks.css';
import { Session } from './session';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    try {
      void new Session(ctx).start().catch(() => undefined);
    } catch {
      // Nothing Sceptic does may break the page.
    }
  },
});
