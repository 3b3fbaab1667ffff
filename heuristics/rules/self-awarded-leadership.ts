import { defineRule } from '../rule';
import { cueAt, SOURCES } from '../rule-helpers';

export default defineRule({
  id: 'self-awarded-leadership',
  rubric: 'R5',
  severity: 'minor',
  texts: {
    en: {
      title: '"Industry-leading" or "best-in-class", according to itself',
      note: 'Leading by which measure, among whom? China bans such absolute terms in ads outright; elsewhere they are puffery until someone shows the comparison.',
      question: 'Leading on which measure, compared with which products, according to whom and when?',
    },
    zh: {
      title: '“行业领先”“同类最佳”，自己说的',
      note: '按什么指标领先？和谁比？中国《广告法》明令禁止在广告中使用“最佳”“最高级”一类用语；在别处，拿不出对比之前，这也只是自夸。',
      question: '在哪项指标上领先？和哪些产品比？谁评的、什么时候评的？',
    },
  },
  source: SOURCES.samrAbsolute,
  languages: ['en', 'zh'],
  kinds: ['superlative'],
  examples: {
    flag: [
      { text: 'The industry-leading platform for sales teams.', span: 'industry-leading' },
      { text: '行业领先的智能写作平台。', span: '行业领先' },
    ],
    pass: [
      'Scored 82.1 on the C-Eval benchmark in May 2024, first among open models.',
      '在2024年5月的C-Eval公开榜单中，中文综合得分82.1，开源模型中排名第一。',
    ],
  },
  check(ctx) {
    const p = ctx.proof;
    if ((p.benchmark || p.independent || p.named) && p.date) return [];
    return cueAt(ctx, 'superlative.leader');
  },
});
