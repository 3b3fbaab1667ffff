import { defineRule } from '../rule';
import { cueAt, namesModel, SOURCES } from '../rule-helpers';

export default defineRule({
  id: 'undisclosed-model',
  rubric: 'R1',
  severity: 'major',
  title: 'A "proprietary" AI with no word on what is inside',
  source: SOURCES.secPresto,
  languages: ['en', 'zh'],
  kinds: ['ai-washing'],
  examples: {
    flag: [
      { text: 'Our proprietary NeuroWrite engine drafts every email for you.', span: 'Our proprietary NeuroWrite engine' },
      { text: '基于自研大模型引擎，自动生成营销文案。', span: '自研大模型引擎' },
    ],
    pass: ['Our assistant is built on Claude 3.5 Sonnet, accessed through Amazon Bedrock.', '底层模型为DeepSeek-V3，部署在我们自己的服务器上。'],
  },
  check(ctx) {
    if (namesModel(ctx)) return [];
    return cueAt(ctx, 'ai-washing.undisclosed');
  },
  note: 'A house name for an engine tells you nothing. Many "proprietary" AI products resell a third-party model, which matters for data handling, cost and reliability.',
  question: 'Is the model your own, a fine-tuned third-party model or a third-party API, and which one?',
});
