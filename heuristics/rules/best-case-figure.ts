import { defineRule } from '../rule';

export default defineRule({
  id: 'best-case-figure',
  rubric: 'R2',
  severity: 'major',
  texts: {
    en: {
      title: 'An "up to" figure: the best case, not the typical one',
      note: '"Up to" is the best result anyone got, not what you should expect. Regulators have required "up to" claims to be met by nearly all customers.',
      question: 'What did the typical (median) customer get, and what share reached the figure you quote?',
    },
    zh: {
      title: '“最高可达”：报的是最好情况，不是一般情况',
      note: '“最高”是所有人里最好的那一个结果，不是你该预期的结果。监管机构曾要求，“最高可达”的数字必须几乎所有客户都能达到。',
      question: '一般（中位数）客户实际达到多少？达到你们所报数字的客户占多大比例？',
    },
  },
  source: {
    name: 'FTC replacement-window orders (2012): "up to" savings must be reached by all or almost all buyers',
    url: 'https://www.arnoldporter.com/en/perspectives/publications/2012/03/closing-the-window-on-deceptive-claims',
  },
  languages: ['en', 'zh'],
  kinds: ['quantified-benefit', 'accuracy', 'earnings', 'time-to-value'],
  examples: {
    flag: [
      { text: 'Cut review time by up to 90%.', span: 'by up to 90%' },
      { text: '最高可节省90%的审核时间。', span: '最高可节省90%' },
    ],
    pass: [
      'Median review time fell 41% across 1,200 contracts in our 2024 pilot; the best team saw 70%.',
      '2024年试点的1,200份合同中，审核时间中位数下降41%。',
    ],
  },
  check(ctx) {
    const out: Array<[number, number]> = [];
    for (const c of ctx.cues) {
      if (c.id !== 'x.up-to') continue;
      const q = ctx.quantities.find((x) => x.span[0] >= c.span[1] && x.span[0] - c.span[1] < 24);
      if (q) out.push([c.span[0], q.span[1]]);
    }
    return out;
  },
});
