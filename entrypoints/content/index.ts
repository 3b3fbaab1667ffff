// Sceptic's content script: reads the page, hands its text to the background to be
// judged, and marks the claims where they stand. See session.ts for the life of a page.
// In a frame of another origin it only reads the frame's copy for the page's report (frame.ts);
// frames of the page's own origin are read by the page's reader.
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import './marks.css';
import { foreignFrame, readFrame } from './frame';
import { Session } from './session';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    try {
      if (window.top === window) void new Session(ctx).start().catch(() => undefined);
      else if (foreignFrame(window)) void readFrame(ctx, (msg) => browser.runtime.sendMessage(msg).catch(() => undefined)).catch(() => undefined);
    } catch {
      // Nothing Sceptic does may break the page.
    }
  },
});
