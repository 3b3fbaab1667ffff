// Page text stays text in every export, for any text at all (fast-check): Markdown escaping
// leaves no construct alive and loses no character, and a CSV cell is never a formula and
// always reads back as the text it holds. Complements tests/unit/export.test.ts (worked cases).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, csvRow, escapeMarkdown, markdownLink } from '../../utils/export';

/** Characters that open a Markdown or HTML construct when not escaped. */
const ACTIVE = new Set('\\`*_{}[]()<>#+!|~&"=^$@'.split(''));

/** The first active character that is not backslash-escaped, or null. */
function firstLive(md: string): string | null {
  for (let i = 0; i < md.length; i++) {
    const c = md[i] ?? '';
    if (c === '\\') {
      i++;
      continue;
    }
    if (ACTIVE.has(c)) return `${c} at ${i}`;
  }
  return null;
}

const unescapeMarkdown = (md: string) => md.replace(/\\([\s\S])/gu, '$1');

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
  it('leave no construct alive, stay on one line and form no autolink', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const md = escapeMarkdown(text);
        expect(firstLive(md)).toBeNull();
        expect(md).not.toMatch(/[\r\n\u2028\u2029]/u);
        expect(md).not.toMatch(/(?<!\\):\//u);
        expect(md).not.toMatch(/\p{L}(?<!\\)\.\p{L}/u);
      }),
      { numRuns: 5000 },
    );
  });

  it('lose no character: unescaped, the text is the page’s own, line breaks made spaces', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        expect(unescapeMarkdown(escapeMarkdown(text))).toBe(text.replace(/[\r\n\u2028\u2029]+/gu, ' '));
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
          const md = markdownLink(label, url);
          const m = /^\[((?:\\.|[^\]\\])*)\]\(([^()\s<>]*)\)$/u.exec(md);
          if (m) {
            expect(m[2]).toMatch(/^https?:\/\//u);
            expect(firstLive(m[1] ?? '')).toBeNull();
          } else expect(firstLive(md)).toBeNull();
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
        expect(value.startsWith("'") && value.slice(1) === text ? text : value).toBe(text);
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
        expect(back.map((v, i) => (v.startsWith("'") && v.slice(1) === cells[i] ? cells[i] : v))).toEqual(cells);
      }),
      { numRuns: 3000 },
    );
  });
});
