import { defineRule } from '../rule';
import { cueAt, SOURCES } from '../rule-helpers';

export default defineRule({
  id: 'life-outcome-promise',
  rubric: 'R7',
  severity: 'major',
  texts: {
    en: {
      title: 'Promises a job, a promotion or grades',
      note: 'Jobs, promotions and grades depend on far more than a tool. Outcome promises like these need evidence of what happened to typical users, not a hope.',
      question: 'What share of users got the outcome, compared with whom, and measured how?',
    },
    zh: {
      title: '承诺找到工作、升职加薪或提高成绩',
      note: '求职、升职和成绩取决于远比一个工具多的因素。这类结果承诺要拿出普通用户实际结果的证据，而不是一句期望。',
      question: '有多大比例的用户实现了这个结果？和谁相比？怎么统计的？',
    },
  },
  source: SOURCES.ftcAiComply,
  languages: ['en', 'zh'],
  kinds: ['earnings'],
  examples: {
    flag: [
      { text: 'Land your dream job with AI-written cover letters.', span: 'Land your dream job' },
      { text: '用它写周报，升职加薪快人一步。', span: '升职加薪' },
    ],
    pass: ['Writes a first draft of your cover letter from the job advert and your CV, for you to edit.', '根据职位描述和你的简历起草求职信初稿，由你修改。'],
  },
  check(ctx) {
    return cueAt(ctx, 'earnings.outcome');
  },
});
