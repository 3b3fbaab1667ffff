import { defineRule } from '../rule';
import { SOURCES } from '../rule-helpers';

export default defineRule({
  id: 'one-click-without-limits',
  rubric: 'R4',
  severity: 'major',
  texts: {
    en: {
      title: 'One-click or fully automatic, with no word on review or failure',
      note: 'Automation claims rarely say what still needs a person. What does the click produce, how often is it wrong, and who checks it?',
      question: 'Where does the automation fail, how often do your customers correct its output, and what review step do they keep?',
    },
    zh: {
      title: '“一键”或“全自动”，却不提审核和出错',
      note: '自动化的宣传很少说明哪些环节仍要靠人。点一下到底产出什么？多久出一次错？谁来检查？',
      question: '自动化在哪些情况下会失败？客户多久需要修正一次输出？他们保留了什么审核步骤？',
    },
  },
  source: SOURCES.ftcAiClaims,
  languages: ['en', 'zh'],
  kinds: ['automation'],
  examples: {
    flag: [
      { text: 'One-click weekly reports for the whole team.', span: 'One-click' },
      { text: '一键生成周报、月报和述职PPT。', span: '一键' },
    ],
    pass: ['Drafts the weekly report in one click; a team lead checks each report before it goes out.', '一键生成周报，发送前都要负责人确认。'],
  },
  check(ctx) {
    if (ctx.proof.review || ctx.proof.limit) return [];
    const c = ctx.cues.find((x) => x.id === 'automation');
    return c ? [c.span] : [];
  },
});
