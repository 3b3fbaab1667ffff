// Most lines of page copy hold one sentence, and segment() leaves them whole without asking
// Intl.Segmenter (oneSentence). That shortcut must never disagree with the segmenter: any line
// it calls one sentence is one sentence to Intl.Segmenter too.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { oneSentence, segment } from '../../heuristics/segment';

const icu = new Intl.Segmenter('en', { granularity: 'sentence' });
const pieces = (line: string) => [...icu.segment(line)].map((s) => s.segment);

/** What copy is made of, and everything near the edge of what ends a sentence. */
const ALPHABET = [
  'a',
  'B',
  'x',
  ' ',
  '  ',
  '1',
  '%',
  '$',
  '-',
  ',',
  ':',
  ';',
  '.',
  '!',
  '?',
  '...',
  '。',
  '！',
  '？',
  '，',
  '、',
  '：',
  '；',
  '"',
  "'",
  '“',
  '”',
  '‘',
  '’',
  '(',
  ')',
  '（',
  '）',
  '「',
  '」',
  '『',
  '』',
  '【',
  '】',
  '《',
  '》',
  '—',
  '–',
  '•',
  '·',
  '…',
  '‼',
  '⁇',
  '؟',
  '।',
  '¿',
  '¡',
  '\u00a0',
  '\t',
  '\r',
  '\u2028',
  '\u2029',
  '\u0085',
  '\u3000',
  'é',
  'ß',
  '一',
  '键',
  '生成',
  'e.g.',
  'Dr.',
  ' A',
  '😀',
];

describe('oneSentence, the shortcut past Intl.Segmenter', () => {
  it('never calls a line one sentence when Intl.Segmenter cuts it', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ALPHABET), { maxLength: 40 }), (parts) => {
        const line = parts.join('');
        if (line && oneSentence(line)) expect(pieces(line)).toEqual([line]);
      }),
      { numRuns: 20_000 },
    );
  });

  it('takes the lines page copy is made of', () => {
    for (const line of [
      'Export to PDF and PowerPoint.',
      'Saves 80% of your reporting work!',
      'Trusted by 40,000+ teams worldwide',
      '“It cut our reporting time in half.” ',
      '一键生成周报，效率提升10倍。',
      'Pricing — Starter, Team and Business (billed yearly)',
    ])
      expect(oneSentence(line), line).toBe(true);
  });

  it('leaves to Intl.Segmenter what only it can cut', () => {
    for (const line of ['Fast. Accurate.', 'It is 3.5x faster', 'e.g. this one', 'Really?! Yes', 'Done.\u2028Next', 'First。Second'])
      expect(oneSentence(line), line).toBe(false);
  });

  it('gives segment() the same sentences either way', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ALPHABET, '\n'), { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        for (const s of segment(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
      }),
      { numRuns: 2000 },
    );
  });
});
