// Languages are keys: rules and tables declare their texts per language, and a report carries
// them as it always has (the English at the top, each other language under its code), so a
// report saved by an earlier version reads unchanged and one without a language falls back to English.
import { describe, expect, it } from 'vitest';
import { scoreClaim } from '../../heuristics/index';
import { RULES } from '../../heuristics/rules/index';
import { FlagSchema } from '../../heuristics/schema';
import { flagTextsIn, splitTexts, translated, whyIn } from '../../heuristics/texts';
import { BASE_LANG, type Evidence, type Flag, LANGS, OTHER_LANGS } from '../../heuristics/types';

describe('texts keyed by language', () => {
  it('lists every language once, the base one first, the others after it', () => {
    expect(new Set(LANGS).size).toBe(LANGS.length);
    expect(LANGS[0]).toBe(BASE_LANG);
    expect([BASE_LANG, ...OTHER_LANGS]).toEqual([...LANGS]);
  });

  it('gives every rule its texts in every language', () => {
    for (const r of RULES) expect(Object.keys(r.texts).sort(), r.id).toEqual([...LANGS].sort());
  });

  it('puts the base language at the top of a report and the others under their codes', () => {
    const texts = { en: { why: 'a small sample (9)' }, zh: { why: '样本太小（9）' } };
    expect(splitTexts(texts)).toEqual({ base: texts.en, others: { zh: texts.zh } });
    expect(translated(texts)).toEqual({ why: 'a small sample (9)', zh: { why: '样本太小（9）' } });
  });

  it('emits flags of the same shape as before, in the same key order', () => {
    const flag = scoreClaim('Our AI is 100% accurate, with zero errors.').flags[0];
    const rule = RULES.find((r) => r.id === flag?.rule);
    expect(flag && Object.keys(flag)).toEqual(['rule', 'rubric', 'severity', 'span', 'title', 'note', 'question', 'source', 'zh']);
    expect(flag).toMatchObject({ ...rule?.texts.en, zh: rule?.texts.zh });
  });

  it('emits reasons for weak evidence as before: why in English, zh.why in Chinese', () => {
    const weak = scoreClaim('Cuts support costs by 40% in a survey of 12 customers.').evidence.find((e) => e.weakness === 'small-sample');
    expect(weak).toMatchObject({ why: 'a small sample (12)', zh: { why: '样本太小（12）' } });
  });
});

describe('reading a report in a language', () => {
  const saved = {
    rule: 'unbaselined-percentage',
    rubric: 'R1',
    severity: 'major',
    span: [0, 3],
    title: 'A percentage with no baseline',
    note: 'A percentage needs a baseline.',
    question: 'Compared with what?',
    source: { name: 'FTC', url: 'https://www.ftc.gov/' },
    zh: { title: '只有百分比，没有比较对象', note: '百分比离不开“相对什么”。', question: '这个数字是相对什么而言？' },
  };

  it('reads a flag saved by an earlier version, in each language', () => {
    const flag = FlagSchema.parse(saved) as Flag;
    expect(flagTextsIn(flag, 'en')).toEqual({ title: saved.title, note: saved.note, question: saved.question });
    expect(flagTextsIn(flag, 'zh')).toEqual(saved.zh);
  });

  it('falls back to English for a report saved before a language was written', () => {
    const { zh: _, ...old } = saved;
    const flag = FlagSchema.parse(old) as Flag;
    expect(flagTextsIn(flag, 'zh')).toEqual({ title: saved.title, note: saved.note, question: saved.question });
    const e: Evidence = { kind: 'sample', text: '12 customers', where: 'sentence', strength: 'weak', why: 'a small sample (12)' };
    expect(whyIn(e, 'zh')).toBe('a small sample (12)');
    expect(whyIn({ ...e, zh: { why: '样本太小（12）' } }, 'zh')).toBe('样本太小（12）');
    expect(whyIn({ ...e, zh: { why: '样本太小（12）' } }, 'en')).toBe('a small sample (12)');
  });
});
