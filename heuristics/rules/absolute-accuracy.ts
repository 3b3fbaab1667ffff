import { defineRule } from '../rule';
import { cueAt, SOURCES } from '../rule-helpers';

export default defineRule({
  id: 'absolute-accuracy',
  rubric: 'R6',
  severity: 'critical',
  texts: {
    en: {
      title: 'Perfect accuracy promised, with no error rate',
      note: 'Statistical systems make errors at some rate. "Zero" or "100%" means the rate was not measured, not disclosed, or measured on easy cases.',
      question: 'What error rate did you measure, on which inputs, and where does the tool fail?',
    },
    zh: {
      title: '号称完全准确，却不给错误率',
      note: '统计模型总有一定的出错率。说“零差错”或“100%”，要么没测过，要么没公开，要么只在简单样例上测过。',
      question: '你们实测的错误率是多少？用的是哪些输入？工具在哪些情况下会出错？',
    },
  },
  source: SOURCES.ftcWorkado,
  languages: ['en', 'zh'],
  kinds: ['absolute'],
  examples: {
    flag: [
      { text: '100% accurate transcripts, zero errors.', span: '100% accurate' },
      { text: '智能校对，零失误。', span: '零失误' },
    ],
    pass: [
      'Zero misrouted payments across 1.2 million transfers from January to June 2024, verified by our external auditor, Pell & Young.',
      '2024年上半年的120万笔转账中没有一笔错发，由外部审计机构核实。',
    ],
  },
  check(ctx) {
    const p = ctx.proof;
    if (p.sample && p.date && (p.independent || p.measured)) return [];
    return cueAt(ctx, 'absolute.accuracy').concat(cueAt(ctx, 'absolute.perfect')).slice(0, 1);
  },
});
