// Footnote markers and the footnotes they point to, handed to the engine as notes.
import { describe, expect, it } from 'vitest';
import { definitionsIn, inlineMarkers, markerKey } from '../../entrypoints/content/footnotes';
import { scrape } from '../../entrypoints/content/scrape';
import { blockWith, page } from './scrape-helpers';

describe('markers', () => {
  it('share a key across their spellings', () => {
    expect(['1', '¹', '[1]', '(1)', '1.'].map(markerKey)).toEqual(['1', '1', '1', '1', '1']);
    expect(markerKey('¹²')).toBe('12');
    expect(markerKey('†')).toBe('†');
  });

  it('are found after words and numbers, not inside them', () => {
    expect(inlineMarkers('Saves 80%* of your time. Faster¹ than ever [2].').map((m) => [m.marker, m.at])).toEqual([
      ['*', 9],
      ['¹', 31],
      ['[2]', 43],
    ]);
    expect(inlineMarkers('Rated 5 * stars by 2x2 users; f(x) = a*b')).toEqual([]);
  });

  it('split a paragraph of several footnotes', () => {
    const d = definitionsIn('* Based on a survey of 20 users. † Compared with manual drafting in 2024.', false);
    expect(d.map((x) => [x.key, x.text])).toEqual([
      ['*', 'Based on a survey of 20 users.'],
      ['†', 'Compared with manual drafting in 2024.'],
    ]);
    expect(definitionsIn('1. Upload your file.', false)).toEqual([]);
    expect(definitionsIn('1. Internal benchmark, May 2024.', true).map((x) => x.key)).toEqual(['1']);
  });
});

describe('claims linked to their footnotes', () => {
  const s = scrape(
    page(`<body>
      <section class="hero">
        <h1>Write reports 3x faster*</h1>
        <p>Resolve tickets 40% faster<sup><a href="#fn1" id="fnref1">1</a></sup>. Trusted by teams everywhere.</p>
        <p>Accuracy of 97%² on legal documents.</p>
        <p>Fewer errors in every draft [3].</p>
        <p>Processes 10<sup>6</sup> documents a day.</p>
      </section>
      <section class="footnotes" role="doc-endnotes">
        <ol>
          <li id="fn1">Randomized trial with 486 agents, Oct–Nov 2023. <a href="https://doi.org/10.5555/trial.2023">doi:10.5555/trial.2023</a> <a href="#fnref1">↩</a></li>
        </ol>
      </section>
      <footer>
        <p><small>* Based on an internal survey of 20 customers, March 2024. ² Internal benchmark on 200 contracts.</small></p>
        <h2>References</h2>
        <ol><li>Smith et al., 2022.</li><li>Lee, 2023.</li><li>Acme internal error study, 2024 (n=1,200 drafts).</li></ol>
      </footer>
    </body>`),
  );

  it('links an asterisk to the footnote that starts with one', () => {
    expect(blockWith(s, 'Write reports').notes).toEqual([{ marker: '*', text: 'Based on an internal survey of 20 customers, March 2024.', at: 23 }]);
  });

  it('links <sup><a href="#fn1"> to the element it points at, keeps the marker out of the text and the footnote’s links with it', () => {
    const b = blockWith(s, 'Resolve tickets');
    expect(b.text).toBe('Resolve tickets 40% faster. Trusted by teams everywhere.');
    expect(b.notes).toEqual([
      {
        marker: '1',
        text: 'Randomized trial with 486 agents, Oct–Nov 2023. doi:10.5555/trial.2023',
        at: 26,
        links: [{ href: 'https://doi.org/10.5555/trial.2023', text: 'doi:10.5555/trial.2023' }],
      },
    ]);
    // The note belongs to the first sentence: its offset falls inside it.
    expect(b.notes?.[0]?.at).toBeLessThanOrEqual('Resolve tickets 40% faster.'.length);
  });

  it('links superscript digits, and a second footnote in the same small print', () => {
    expect(blockWith(s, 'Accuracy of 97%').notes?.[0]).toMatchObject({ marker: '²', text: 'Internal benchmark on 200 contracts.' });
  });

  it('links [3] to the third item of a references list', () => {
    expect(blockWith(s, 'Fewer errors').notes?.[0]).toMatchObject({ marker: '[3]', text: 'Acme internal error study, 2024 (n=1,200 drafts).' });
  });

  it('reads an exponent as text, not as a footnote', () => {
    const b = blockWith(s, 'documents a day');
    expect(b.notes).toBeUndefined();
    expect(b.text).toContain('106');
  });

  it('gives footnotes their role', () => {
    expect(blockWith(s, 'Based on an internal survey').role).toBe('footnote');
    expect(blockWith(s, 'Randomized trial with 486').role).toBe('footnote');
  });
});
