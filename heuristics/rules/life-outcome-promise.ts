import { defineRule } from '../rule';
import { cueAt, SOURCES } from '../rule-helpers';

export default defineRule({
  id: 'life-outcome-promise',
  rubric: 'R7',
  severity: 'major',
  title: 'Promises a job, a promotion or grades',
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
  note: 'Jobs, promotions and grades depend on far more than a tool. Outcome promises like these need evidence of what happened to typical users, not a hope.',
  question: 'What share of users got the outcome, compared with whom, and measured how?',
});
