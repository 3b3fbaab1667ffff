import { defineRule } from '../rule';
import { SOURCES } from '../rule-helpers';

export default defineRule({
  id: 'replaces-professionals',
  rubric: 'R4',
  severity: 'critical',
  texts: {
    en: {
      title: 'Claims to replace a team or a profession',
      note: 'Replacing people means doing their whole job, including the hard cases and the accountability. Was it ever tested against the people it claims to replace?',
      question: 'Was the tool compared with the people it replaces, on which tasks, with what error rate, and what happens when it fails?',
    },
    zh: {
      title: '声称能取代一个团队或一个职业',
      note: '取代人，意味着要做完他们的全部工作，包括疑难情况和担责。它真的和它要取代的人比过吗？',
      question: '这个工具和被取代的人在哪些任务上比较过？错误率是多少？出了问题怎么办？',
    },
  },
  source: SOURCES.ftcAiComply,
  languages: ['en', 'zh'],
  kinds: ['replacement'],
  examples: {
    flag: [
      { text: 'Replace your entire design team with one AI.', span: 'Replace your entire design team' },
      { text: '一个AI员工顶三个运营。', span: '一个AI员工顶三个' },
    ],
    pass: ['Helps designers produce first drafts they then edit.', '帮助设计师快速出初稿，再由设计师修改。'],
  },
  check(ctx) {
    if (ctx.proof.measured && ctx.proof.baseline && ctx.proof.date) return [];
    const c = ctx.cues.find((x) => x.id === 'replacement');
    return c ? [c.span] : [];
  },
});
