import { defineRule } from '../rule';
import { cueAt, SOURCES } from '../rule-helpers';

export default defineRule({
  id: 'ai-professional',
  rubric: 'R4',
  severity: 'critical',
  texts: {
    en: {
      title: 'Presents the product as a lawyer, doctor or other licensed professional',
      note: 'Lawyers, doctors and therapists are licensed because mistakes hurt people. A "robot lawyer" was never tested against lawyers, and its maker was fined for saying it could replace one.',
      question: 'Has the product been tested against licensed professionals, who is liable for its advice, and what does it refuse to do?',
    },
    zh: {
      title: '把产品说成律师、医生等持证专业人士',
      note: '律师、医生、心理咨询师要持证执业，因为出了错会伤到人。号称“机器人律师”的产品从没和真律师比过，厂商还因宣称能替代律师被罚款。',
      question: '产品和持证专业人士做过对比测试吗？它给的建议出了问题由谁负责？哪些事它会拒绝做？',
    },
  },
  source: SOURCES.ftcAiComply,
  languages: ['en', 'zh'],
  kinds: ['replacement'],
  examples: {
    flag: [
      { text: 'Meet your AI lawyer, ready to fight any parking ticket.', span: 'your AI lawyer' },
      { text: 'AI心理咨询师，24小时在线。', span: 'AI心理咨询师' },
    ],
    pass: ['Explains your lease in plain language and tells you when to see a solicitor.', '用通俗的语言解释合同条款，并提示何时需要咨询执业律师。'],
  },
  check(ctx) {
    return cueAt(ctx, 'replacement.profession');
  },
});
