// Text spelt to look other than it reads is read as it reads, with its spans on the page's text.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../heuristics';
import type { TextBlock } from '../../heuristics/types';
import { spanBack, unmask } from '../../heuristics/unmask';

const ROOT = resolve(import.meta.dirname, '../..');

describe('unmask', () => {
  it('removes invisible characters inside words and counts them', () => {
    const u = unmask('Guaran\u2063teed re\u200Bsults');
    expect(u.text).toBe('Guaranteed results');
    expect(u.disguised).toBe(2);
    expect(u.word).toBe('Guaranteed');
  });

  it('folds letters of another script that look like Latin ones, inside Latin words', () => {
    const u = unmask('100% \u0430ccurate, n\u0435ver wr\u043Eng'); // Cyrillic а, е, о
    expect(u.text).toBe('100% accurate, never wrong');
    expect(u.disguised).toBe(3);
  });

  it('reads styled letters and ligatures as plain ones', () => {
    expect(unmask('𝐆𝐮𝐚𝐫𝐚𝐧𝐭𝐞𝐞𝐝 income').text).toBe('Guaranteed income');
    expect(unmask('𝐆𝐮𝐚𝐫𝐚𝐧𝐭𝐞𝐞𝐝').disguised).toBeGreaterThan(0);
    expect(unmask('ﬁnds every ﬂaw').text).toBe('finds every flaw');
  });

  it('leaves ordinary text of other scripts, Chinese and symbols alone', () => {
    for (const text of [
      'Мы работаем с 2010 года и знаем рынок.',
      'Η εταιρεία μας βοηθά ομάδες.',
      'The α level was 0.05 in every test.',
      '效率提升１０倍，节省80%的ＰＰＴ工作。',
      'Ｓｃｅｐｔｉｃ',
      'Zażółć gęślą jaźń, Straße, naïve café',
    ]) {
      const u = unmask(text);
      expect(u.disguised, text).toBe(0);
      if (!/[ａ-ｚＡ-Ｚ]/u.test(text)) expect(u.text, text).toBe(text);
    }
  });

  it('does not count a soft hyphen, which publishing systems use to hyphenate', () => {
    const u = unmask('Ver\u00ADsicherungs\u00ADunternehmen');
    expect(u.text).toBe('Versicherungsunternehmen');
    expect(u.disguised).toBe(0);
  });

  it('maps any span of the read text back onto the page text', () => {
    const raw = 'We are gu\u2063ar\u2063an\u2063teed to be 𝐟𝐢𝐫𝐬𝐭.';
    const u = unmask(raw);
    const at = u.text.indexOf('guaranteed');
    const [s, e] = spanBack(u, at, at + 'guaranteed'.length);
    expect(raw.slice(s, e).replace(/\u2063/gu, '')).toBe('guaranteed');
    const f = u.text.indexOf('first');
    const [fs, fe] = spanBack(u, f, f + 5);
    expect(raw.slice(fs, fe)).toBe('𝐟𝐢𝐫𝐬𝐭');
  });

  it('heuristics/confusables.ts is what Unicode’s data gives', () => {
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/confusables.ts', '--check'], { cwd: ROOT, stdio: 'pipe' });
  });
});

describe('the engine reads disguised words as they read', () => {
  const plain: TextBlock[] = [
    { id: 'h', role: 'hero', text: 'LedgerBot is guaranteed to cut your accounting costs by 80%.' },
    { id: 'b', role: 'body', text: 'It replaces your entire finance team and never makes a mistake.' },
    { id: 'p', role: 'pricing', text: 'Start your free trial of our AI software today. $49 a month.' },
  ];
  const disguise = (t: string) =>
    t.replace('guaranteed', 'gu\u2063aran\u2063teed').replace('replaces', 'r\u0435pl\u0430ces').replace('mistake', 'mist\u0430ke');
  const masked = plain.map((b) => (b.role === 'pricing' ? b : { ...b, text: disguise(b.text) }));

  it('finds the same claims, grades the same, and says the page disguised its words', () => {
    const a = analyse(plain);
    const b = analyse(masked);
    expect(b.claims.map((c) => c.text)).toEqual(a.claims.map((c) => c.text));
    expect(b.score).toBe(a.score);
    expect(b.grade).toBe(a.grade);
    expect(a.signals.map((s) => s.id)).not.toContain('disguised');
    const signal = b.signals.find((s) => s.id === 'disguised');
    expect(signal?.polarity).toBe('negative');
    expect(signal?.text).toBe('guaranteed');
  });

  it('places each claim on the page’s own text', () => {
    const b = analyse(masked);
    for (const c of b.claims) {
      const block = masked.find((x) => x.id === c.blockId) as TextBlock;
      const onPage = block.text.slice(c.span[0], c.span[1]);
      expect(unmask(onPage).text).toBe(c.text);
    }
  });
});
