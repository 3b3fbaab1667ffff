import { defineRule } from '../rule';

export default defineRule({
  id: 'absolute-guarantee',
  rubric: 'R6',
  severity: 'critical',
  title: 'An absolute promise no AI system can keep',
  source: {
    name: 'FTC v. Evolv Technologies (2024): AI scanners sold as detecting all weapons',
    url: 'https://www.ftc.gov/news-events/news/press-releases/2024/11/ftc-takes-action-against-evolv-technologies-deceiving-users-about-its-ai-powered-weapons-detection',
  },
  languages: ['en', 'zh'],
  examples: {
    flag: [
      { text: '100% on-brand, zero errors.', span: '100% on-brand' },
      { text: 'Our AI never misses a deadline.', span: 'never misses' },
      { text: '智能校对，零失误。', span: '零失误' },
    ],
    pass: ['Error rate on our 2024 benchmark of 1,200 invoices was 2.1%, higher on handwritten ones.', '我们的模型在手写票据上的错误率较高。'],
  },
  check(ctx) {
    const span = ctx.spanOf('absolute');
    return span ? [span] : [];
  },
  note: 'Machine-learning systems make errors at some rate; "zero" or "100%" means the rate was not measured, or not disclosed.',
  question: 'What error rate did you measure, on which inputs, and where does the tool fail?',
});
