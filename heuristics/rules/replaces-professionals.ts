import { defineRule } from '../rule';

export default defineRule({
  id: 'replaces-professionals',
  rubric: 'R4',
  severity: 'critical',
  title: 'Claims to replace a profession or a team',
  source: {
    name: 'FTC v. DoNotPay (2024): a "robot lawyer" never tested against lawyers',
    url: 'https://www.ftc.gov/news-events/news/press-releases/2024/09/ftc-announces-crackdown-deceptive-ai-claims-schemes',
  },
  languages: ['en', 'zh'],
  examples: {
    flag: [
      { text: 'Replaces your analyst team.', span: 'Replaces your analyst team' },
      { text: 'No designer needed.', span: 'No designer needed' },
      { text: 'AI律师，取代传统律师团队', span: 'AI律师' },
    ],
    pass: ['Helps analysts draft first versions they then edit.', '帮助分析师起草初稿，再由分析师修改。'],
  },
  check(ctx) {
    if (ctx.has('method', 'strong') && ctx.has('baseline')) return [];
    const span = ctx.spanOf('replacement');
    return span ? [span] : [];
  },
  note: 'Replacing a professional means doing their whole job, including the hard cases. Was it ever tested against one?',
  question: 'Was the tool compared with the professionals it claims to replace, on which tasks, and with what error rate?',
});
