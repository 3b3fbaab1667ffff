import { defineRule } from '../rule';
import { cueAt, namesModel, SOURCES } from '../rule-helpers';

export default defineRule({
  id: 'undisclosed-model',
  rubric: 'R1',
  severity: 'major',
  texts: {
    en: {
      title: 'A "proprietary" AI with no word on what is inside',
      note: 'A house name for an engine tells you nothing. Many "proprietary" AI products resell a third-party model, which matters for data handling, cost and reliability.',
      question: 'Is the model your own, a fine-tuned third-party model or a third-party API, and which one?',
    },
    zh: {
      title: '“自研”AI，却不说里面是什么',
      note: '给引擎起个名字，什么也说明不了。很多“自研”AI 产品转卖的是第三方模型，而这关系到数据怎么处理、成本和可靠性。',
      question: '模型是你们自己的、微调过的第三方模型，还是直接调用第三方接口？具体是哪一个？',
    },
  },
  source: SOURCES.secPresto,
  languages: ['en', 'zh'],
  kinds: ['ai-washing'],
  examples: {
    flag: [
      { text: 'Our proprietary NeuroWrite engine drafts every email for you.', span: 'Our proprietary NeuroWrite engine' },
      { text: '基于自研大模型引擎，自动为你写好每一封营销邮件。', span: '自研大模型引擎' },
    ],
    pass: ['Our assistant is built on Claude 3.5 Sonnet, accessed through Amazon Bedrock.', '底层模型为DeepSeek-V3，部署在我们自己的服务器上。'],
  },
  check(ctx) {
    if (namesModel(ctx)) return [];
    return cueAt(ctx, 'ai-washing.undisclosed');
  },
});
