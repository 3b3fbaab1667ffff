// Scan HTML in Node with the content script's own scraper on happy-dom: what the
// command line and the no-Chromium fallback of `npm start` use.
import { Window } from 'happy-dom';
import { scrape } from '../entrypoints/content/scrape';
import { analyse } from '../heuristics/index';
import type { AnalyseOptions, PageReport } from '../heuristics/types';

export function scanHtml(html: string, url = 'http://localhost/', options: AnalyseOptions = {}): { title: string; report: PageReport } {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  try {
    const doc = window.document as unknown as Document;
    doc.write(html);
    const { blocks } = scrape(doc);
    return { title: doc.title, report: analyse(blocks, options) };
  } finally {
    void window.happyDOM.close();
  }
}
