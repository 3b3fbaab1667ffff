import { defineRule } from '../rule';
import { cueAt, SOURCES } from '../rule-helpers';

export default defineRule({
  id: 'unmeasured-outcome',
  rubric: 'R10',
  severity: 'minor',
  texts: {
    en: {
      title: '"More leads", "save time": an outcome with no number',
      note: 'More than what, how much, for whom? An outcome without a number cannot be checked against what you get.',
      question: 'By how much, for which kind of customer, measured how, compared with what they did before?',
    },
    zh: {
      title: '“更多客户”“节省时间”：只有结果，没有数字',
      note: '比什么多？多多少？对谁而言？没有数字的结果，没法和你实际得到的对照。',
      question: '提升了多少？针对哪类客户？怎么测的？和他们之前的做法相比如何？',
    },
  },
  source: SOURCES.capCode,
  languages: ['en', 'zh'],
  kinds: ['vague-promise'],
  examples: {
    flag: [
      { text: 'Get more leads from every campaign.', span: 'Get more leads' },
      { text: '帮你降低成本，获得更多客户。', span: '降低成本' },
    ],
    pass: ['Sends a follow-up email three days after each demo if no reply has come in.', '演示后三天内未收到回复时，自动发送跟进邮件。'],
  },
  check(ctx) {
    return cueAt(ctx, 'vague-promise.outcome');
  },
});
