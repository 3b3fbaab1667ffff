import { defineRule } from '../rule';
import { SOURCES } from '../rule-helpers';

export default defineRule({
  id: 'hype-without-problem',
  rubric: 'R10',
  severity: 'minor',
  title: 'A grand promise with no problem, user or workflow named',
  source: SOURCES.ftcAiClaims,
  languages: ['en', 'zh'],
  kinds: ['vague-promise'],
  examples: {
    flag: [
      { text: 'Revolutionize the way your team works.', span: 'Revolutionize' },
      { text: '智能办公，重新定义效率。', span: '重新定义' },
    ],
    pass: [
      'Drafts replies to support tickets from your help-centre articles, for teams answering by email.',
      '为用邮件回复客户的客服团队，根据帮助中心文章起草回复。',
    ],
  },
  check(ctx) {
    const c = ctx.cues.find((x) => x.id === 'vague-promise');
    return c ? [c.span] : [];
  },
  note: 'Transform what, for whom? A page that promises revolution but never names a task, a user and a before-and-after is selling a mood, not a product.',
  question: 'Which task, for which users, does this change, and what did it look like before and after for a real customer?',
});
