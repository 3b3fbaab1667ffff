import { defineRule } from '../rule';
import { cueAt, SOURCES } from '../rule-helpers';

export default defineRule({
  id: 'proof-without-study',
  rubric: 'R2',
  severity: 'major',
  texts: {
    en: {
      title: '"Studies show" with no study named',
      note: 'An appeal to "research" without naming it is an establishment claim with nothing established. Which study, by whom, on whom?',
      question: 'Which study is this, who ran it, and can we read it?',
    },
    zh: {
      title: '“研究表明”，却没说是哪项研究',
      note: '搬出“研究”却不点名，等于声称有据可查，却什么也没拿出来。哪项研究？谁做的？研究对象是谁？',
      question: '这是哪项研究？由谁开展？我们能读到原文吗？',
    },
  },
  source: SOURCES.substantiation,
  languages: ['en', 'zh'],
  kinds: ['quantified-benefit', 'vague-promise', 'accuracy', 'time-to-value'],
  examples: {
    flag: [
      { text: 'Research shows AI writing assistants triple output.', span: 'Research shows' },
      { text: '研究表明，AI能让学习效率翻倍。', span: '研究表明' },
    ],
    pass: [
      'Noy and Zhang (Science, 2023) found writing time fell by about 40% among 453 professionals.',
      '据清华大学2024年对600名学生的研究，复习时间平均减少22%。',
    ],
  },
  check(ctx) {
    if (ctx.proof.named || ctx.has('link', 'strong')) return [];
    const m =
      /\b(?:studies|research|science|data|experts?|statistics) (?:show|shows|prove|proves|suggest|suggests|confirm|confirms|agree)\b|scientifically proven|research[- ]backed|(?:研究|数据|专家|科学|统计)(?:表明|显示|证明|认为)|据统计|科学证明/i.exec(
        ctx.text,
      );
    return m ? [[m.index, m.index + m[0].length]] : cueAt(ctx, 'vague-promise.science');
  },
});
