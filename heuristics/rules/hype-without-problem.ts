import { defineRule } from '../rule';
import { SOURCES } from '../rule-helpers';

export default defineRule({
  id: 'hype-without-problem',
  rubric: 'R10',
  severity: 'minor',
  texts: {
    en: {
      title: 'A grand promise with no problem, user or workflow named',
      note: 'Transform what, for whom? A page that promises revolution but never names a task, a user and a before-and-after is selling a mood, not a product.',
      question: 'Which task, for which users, does this change, and what did it look like before and after for a real customer?',
    },
    zh: {
      title: '口号宏大，却没说为谁解决什么问题',
      note: '颠覆什么？为谁颠覆？页面许诺一场革命，却说不出一项具体任务、一类用户、一次前后对比，卖的是情绪，不是产品。',
      question: '它改变的是哪类用户的哪项工作？真实客户用之前和用之后分别是什么样？',
    },
  },
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
});
