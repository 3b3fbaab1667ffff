import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { analyse } from '../../heuristics/index';
import type { PageReport } from '../../heuristics/types';
import { type ContentMessage, ToContentMessage } from '../../utils/messages';
import { Marks } from './highlight';
import { type Scrape, scrape } from './scrape';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    const marks = new Marks(document);
    let marksOn = true;
    let last: { scrape: Scrape; report: PageReport } | null = null;

    const send = (msg: ContentMessage) => browser.runtime.sendMessage(msg).catch(() => undefined);

    const scan = () => {
      if (ctx.isInvalid) return;
      send({ type: 'content/scanning', url: location.href });
      try {
        const s = scrape(document);
        const report = analyse(s.blocks);
        last = { scrape: s, report };
        marks.draw(report.isProductPage ? report.claims : [], s.sources, marksOn);
        send({ type: 'content/report', url: location.href, title: document.title.slice(0, 1000), report });
      } catch (err) {
        send({ type: 'content/unreadable', url: location.href, reason: String(err).slice(0, 500) });
      }
    };

    browser.runtime.onMessage.addListener((raw: unknown, sender) => {
      if (sender.id !== browser.runtime.id) return undefined;
      const parsed = ToContentMessage.safeParse(raw);
      if (!parsed.success) return undefined;
      const msg = parsed.data;
      if (msg.type === 'ui/show-claim') return Promise.resolve({ shown: marks.show(msg.claimId) });
      if (msg.type === 'ui/set-marks') {
        marksOn = msg.on;
        if (last) marks.draw(last.report.claims, last.scrape.sources, marksOn);
        return Promise.resolve({ on: marksOn });
      }
      scan();
      return Promise.resolve({ ok: true });
    });

    ctx.onInvalidated(() => marks.clear());
    scan();
  },
});
