// The reader in a frame of another origin than the page around it (an embedded demo, a
// signed-in app view, a hosted landing page): the page's own reader cannot look inside it, so
// this one reads the frame's copy and hands it to the background, which judges it with the
// page's (entrypoints/background/judge.ts), and answers with the claims found in the frame, which are marked
// here as the page's reader marks its own. Frames of the page's own origin are read by the
// page's reader; small frames (an ad, a chat bubble, a tracking pixel) are not read at all.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { resolveLang } from '../../locales/lang';
import type { ContentMessage } from '../../utils/protocol';
import { parseFrameReply, parseToContent } from '../../utils/protocol/guards';
import { BLOCK_LIMITS } from '../../utils/protocol/limits';
import { isSiteOff } from '../../utils/settings';
import { Marks } from './highlight';
import { runSliced, sleep, WorkMeter } from './schedule';
import { Scraper } from './scrape';
import { askSettings, parseSettings } from './settings';

/** A frame this small is a widget, not copy. */
const MIN_WIDTH = 300;
const MIN_HEIGHT = 120;
/** Readings sent over a frame's life (and at most BLOCK_LIMITS.frame blocks in each): a frame is a part of a page. */
const MAX_READS = 8;
const QUIET_MS = 1500;
/** Times a frame sends its copy again while the page around it is not judged yet, and how long it waits between. */
const MAX_PENDING = 4;
const PENDING_MS = 2000;
/** Milliseconds of work per second a frame's reader may take from the page's thread. */
const FRAME_WORK_PER_SECOND = 150;

/** Whether this document is a frame of another origin than its top page (whose reader cannot reach it). */
export function foreignFrame(win: Window): boolean {
  if (win.top === win) return false;
  try {
    return win.top?.location.origin !== win.location.origin;
  } catch {
    return true; // another origin: its location is closed to us
  }
}

export async function readFrame(ctx: ContentScriptContext, send: (msg: ContentMessage) => Promise<unknown>): Promise<void> {
  await sleep(QUIET_MS);
  // A small frame is a widget: it is not asked anything, not even the settings.
  if (innerWidth < MIN_WIDTH || innerHeight < MIN_HEIGHT) return;
  const settings = await askSettings(send as (m: { type: 'content/get-settings' }) => Promise<unknown>);
  if (!settings.autoScan || isSiteOff(settings, location.hostname)) return;
  const marks = new Marks(document);
  marks.setOn(settings.marksDefault);
  marks.lang = resolveLang(settings.language, navigator.language);
  const scraper = new Scraper(document, { ignore: (el) => marks.owns(el) });
  let reads = 0;
  let pending = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const read = async (): Promise<void> => {
    if (ctx.isInvalid || reads >= MAX_READS) return;
    if (innerWidth < MIN_WIDTH || innerHeight < MIN_HEIGHT || document.visibilityState === 'hidden') return;
    reads++;
    const result = await runSliced(scraper.run(true), new WorkMeter(FRAME_WORK_PER_SECOND), () => ctx.isInvalid);
    if (!result || ctx.isInvalid) return;
    const blocks = result.blocks.filter((b) => b.role !== 'title' && b.role !== 'meta' && b.role !== 'structured').slice(0, BLOCK_LIMITS.frame);
    if (!blocks.length) return;
    const reply = parseFrameReply(await send({ type: 'content/frame', url: location.href, blocks }));
    if (!reply || ctx.isInvalid) return;
    marks.draw(reply.claims, result.sources);
    // The page around the frame is not judged yet: the frame's copy is kept, and asked about again.
    if (reply.pending && pending < MAX_PENDING) {
      pending++;
      reads--;
      clearTimeout(timer);
      timer = setTimeout(() => void read().catch(() => undefined), PENDING_MS);
    }
  };
  await read();
  // A frame that renders late or changes is read again, a few times at most.
  const observer = new MutationObserver(() => {
    clearTimeout(timer);
    if (reads < MAX_READS) timer = setTimeout(() => void read().catch(() => undefined), QUIET_MS);
  });
  if (document.body) observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  // The popup's switch and the settings reach every frame of the tab; a frame answers neither
  // (the page's reader does), it only follows them.
  const onMessage = (raw: unknown, sender: { id?: string }): undefined => {
    if (sender.id !== browser.runtime.id) return undefined;
    const msg = parseToContent(raw);
    if (msg?.type === 'ui/set-marks') marks.setOn(msg.on);
    else if (msg?.type === 'bg/settings') {
      const next = parseSettings(msg.settings);
      marks.setOn(next.marksDefault);
      marks.lang = resolveLang(next.language, navigator.language);
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => {
    observer.disconnect();
    clearTimeout(timer);
    browser.runtime.onMessage.removeListener(onMessage);
    marks.dispose();
  });
}
