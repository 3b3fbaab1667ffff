// Page text stays text in every export, for any text at all (fast-check): rendered by a real
// Markdown parser (markdown-it, with GitHub's autolinks), escaped text makes no link, image,
// HTML, heading, list, quote, emphasis or code block, and shows exactly the page's words; a CSV
// cell is never a formula and always reads back as the text it holds. Complements
// tests/unit/export.test.ts (worked cases).
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { csvCell, csvRow, escapeMarkdown, markdownLink } from '../../utils/export';
import { isolate } from '../../utils/present';

const md = new MarkdownIt({ html: true, linkify: true });
md.linkify.set({ fuzzyLink: false });

type Token = ReturnType<typeof md.parse>[number];

function flat(tokens: Token[]): Token[] {
  return tokens.flatMap((t) => [t, ...flat(t.children ?? [])]);
}

/** What a reader sees of rendered Markdown: its text and code, and the kinds of node it is made of. */
function rendered(source: string): { text: string; nodes: Set<string> } {
  const tokens = flat(md.parse(source, {}));
  const text = tokens
    .filter((t) => t.type === 'text' || t.type === 'code_inline')
    .map((t) => t.content)
    .join('');
  return { text, nodes: new Set(tokens.map((t) => t.type)) };
}

/** Node kinds escaped page text may make inside a paragraph or a list item: text, and code spans for addresses. */
const ALLOWED = new Set([
  'paragraph_open',
  'paragraph_close',
  'inline',
  'text',
  'code_inline',
  'bullet_list_open',
  'bullet_list_close',
  'list_item_open',
  'list_item_close',
]);

/** Text shaped like the hostile claims pages carry, and text of any kind. */
const hostile = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc
    .array(
      fc.constantFrom(
        '<img src=x onerror=alert(1)>',
        '<script>x</script>',
        '[a](javascript:alert(1))',
        '![i](http://evil.test/p.png)',
        '**b**',
        '`c`',
        '# h',
        '\n- item',
        '\r\n> quote',
        '=HYPERLINK("http://evil.test","x")',
        '+cmd',
        '-1+1',
        '@SUM(A1)',
        '\t=1',
        ' =1',
        '\u00a0=1',
        'www.evil.test',
        'http://evil.test/a',
        'a.b',
        '&lt;',
        '\u2028',
        '"',
        ',',
        '\\',
        '中文，效率提升10倍',
        'plain words',
      ),
      { maxLength: 8 },
    )
    .map((parts) => parts.join(' ')),
);

describe('Markdown exports, for any page text', () => {
  it('make nothing but text and code spans, on one line, in a paragraph or a list item', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const e = escapeMarkdown(text);
        expect(e).not.toMatch(/[\r\n\u2028\u2029]/u);
        const inline = escapeMarkdown(text, 'inline');
        const contexts: Array<[string, string[]]> = [
          [e, []],
          [`- ${e}`, []],
          [`1. “${e}”`, ['ordered_list_open', 'ordered_list_close']],
          [`> ${e}`, ['blockquote_open', 'blockquote_close']],
          [`Said: ${inline}`, []],
          [`| a | ${inline} |`, []],
        ];
        for (const [source, also] of contexts) {
          const extra = [...rendered(source).nodes].filter((n) => !ALLOWED.has(n) && !also.includes(n));
          expect(extra, source).toEqual([]);
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('show exactly the page’s words: line breaks made spaces, ends trimmed', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        // Text with a direction of its own is isolated first (tests/unit/export.test.ts, "page text with a direction of its own").
        const want = isolate(text)
          .replace(/[\r\n\u2028\u2029]+/gu, ' ')
          .replace(/\0/gu, '\ufffd')
          .trim();
        // markdown-it trims a paragraph and collapses nothing else; entities in the source stay as written.
        expect(rendered(escapeMarkdown(text)).text.trim()).toBe(want);
      }),
      { numRuns: 5000 },
    );
  });

  it('link only web addresses, and a link’s target cannot break out of its brackets', () => {
    fc.assert(
      fc.property(
        hostile,
        fc.oneof(fc.webUrl(), hostile, fc.constantFrom('javascript:alert(1)', 'data:text/html,x', 'https://a.test/x) [y](javascript:z')),
        (label, url) => {
          const tokens = flat(md.parse(markdownLink(label, url), {}));
          const links = tokens.filter((t) => t.type === 'link_open');
          expect(links.length).toBeLessThanOrEqual(1);
          for (const l of links) expect(l.attrGet('href')).toMatch(/^https?:\/\//u);
          expect(tokens.some((t) => t.type === 'image' || t.type.startsWith('html'))).toBe(false);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

/** Read one CSV cell back as a spreadsheet would take it in (RFC 4180 quoting). */
function readCell(cell: string): string {
  return /^".*"$/su.test(cell) ? cell.slice(1, -1).replace(/""/gu, '"') : cell;
}

describe('CSV exports, for any page text', () => {
  it('never hand a spreadsheet a formula, and keep the text whole behind the guard', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const value = readCell(csvCell(text));
        expect(value).not.toMatch(/^[\s\u00a0]*[=+\-@]/u);
        expect(value).not.toMatch(/^[\t\r\n]/u);
        // The guard's quote, then the text (isolated when it has a direction of its own).
        expect([isolate(text), isolate(`'${text}`)]).toContain(value);
      }),
      { numRuns: 5000 },
    );
  });

  it('keep each cell in its column: a row reads back as the cells it was made of', () => {
    fc.assert(
      fc.property(fc.array(hostile, { minLength: 1, maxLength: 5 }), (cells) => {
        const row = csvRow(cells);
        // Split on commas outside quotes.
        const parts = row.match(/("([^"]|"")*"|[^,]*)(,|$)/gu)?.map((c) => c.replace(/,$/u, '')) ?? [];
        const back = parts.slice(0, cells.length).map(readCell);
        expect(back.map((v, i) => (v === isolate(`'${cells[i]}`) ? isolate(cells[i] ?? '') : v))).toEqual(cells.map(isolate));
      }),
      { numRuns: 3000 },
    );
  });
});
