// The benchmark's helpers inside each page it measures (main world, added before the page's
// own scripts). Plain JavaScript: it runs as written, in the page, next to Readability.
(() => {
  const longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longTasks.push({ start: e.startTime, end: e.startTime + e.duration, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no Long Tasks API: none are reported
  }

  /** One walk of the floor: a bare TreeWalker over the page's text nodes, reading each node's text. */
  function walk() {
    const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let chars = 0;
    let nodes = 0;
    for (let n = w.nextNode(); n; n = w.nextNode()) {
      chars += n.data.length;
      nodes++;
    }
    return [nodes, chars];
  }

  const bench = {
    /**
     * The floor in milliseconds per walk: the walk repeated until at least `minMs` have passed,
     * so that the timer's resolution does not matter.
     */
    floor(minMs) {
      walk();
      let walks = 0;
      const start = performance.now();
      let now = start;
      do {
        walk();
        walks++;
        now = performance.now();
      } while (now - start < minMs);
      return (now - start) / walks;
    },
    /** What the page holds: all nodes, text nodes and their characters. */
    size() {
      const all = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
      let nodes = 0;
      while (all.nextNode()) nodes++;
      const [texts, chars] = walk();
      return { nodes, texts, chars };
    },
    /**
     * The browser's own visible text, `document.body.innerText`, in milliseconds: what a reader
     * pays when it asks which text shows, done in C++ over the laid-out page. Not a target; a
     * second floor, for a reader that must tell shown from hidden.
     */
    visibleText() {
      const start = performance.now();
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point: what shows, as the browser decides it
      const chars = document.body.innerText.length;
      const ms = performance.now() - start;
      return { ms, chars };
    },
    /** Mozilla's Readability parsing a clone of the document, in milliseconds (the clone is part of its work). */
    readability() {
      const start = performance.now();
      const article = new globalThis.Readability(document.cloneNode(true)).parse();
      const ms = performance.now() - start;
      return { ms, chars: article?.textContent?.length ?? 0 };
    },
    /**
     * The machine's own pauses: a bare arithmetic loop, no DOM and no allocation, run for
     * `totalMs` in steps of about a tenth of a millisecond; the longest step in milliseconds.
     * Whatever a step takes beyond its tenth is time the thread was not running (the operating
     * system's scheduling, the browser's own work): a stretch of Sceptic's work can take as long.
     */
    stall(totalMs) {
      let x = 0;
      let longest = 0;
      const end = performance.now() + totalMs;
      for (let t = performance.now(); t < end; ) {
        for (let i = 0; i < 20000; i++) x += Math.sqrt(i);
        const now = performance.now();
        if (now - t > longest) longest = now - t;
        t = now;
      }
      return x > 0 ? longest : 0;
    },
    /** The longest long task that overlaps [from, to], in milliseconds (0 when none). */
    longestTask(from, to) {
      let longest = 0;
      for (const t of longTasks) if (t.end > from && t.start < to && t.duration > longest) longest = t.duration;
      return longest;
    },
    /** Sceptic's measures of this page since the `after`-th one: name, start, duration and detail. */
    measures(after) {
      return performance
        .getEntriesByType('measure')
        .filter((e) => e.name.startsWith('sceptic:'))
        .slice(after)
        .map((e) => ({ name: e.name, start: e.startTime, duration: e.duration, detail: e.detail }));
    },
    /**
     * Change the words of one text node, the smallest edit a page makes: in a paragraph a tenth of
     * the way down, inside what Sceptic reads of even the largest page.
     */
    touch(round) {
      const paragraphs = document.querySelectorAll('main p, article p, section p');
      const p = paragraphs[Math.floor(paragraphs.length / 10)];
      const node = p && [...p.childNodes].find((n) => n.nodeType === 3 && n.data.trim());
      if (!node) return false;
      node.data = `Cut the time you spend on weekly reports by ${20 + (round % 70)}%. `;
      return true;
    },
  };
  Object.defineProperty(globalThis, '__scepticBench', { value: bench });
})();
