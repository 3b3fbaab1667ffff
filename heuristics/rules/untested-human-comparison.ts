import { defineRule } from '../rule';
import { at, namesHumans, namesRival, SOURCES } from '../rule-helpers';

export default defineRule({
  id: 'untested-human-comparison',
  rubric: 'R5',
  severity: 'major',
  texts: {
    en: {
      title: 'Better than people or manual work, with no test',
      note: 'Beating people is a strong claim: which people, on which tasks, judged by whom? People also catch the cases a tool gets badly wrong.',
      question: 'Which people was it compared with, on which tasks, how was quality judged, and where did the people do better?',
    },
    zh: {
      title: '说比人做得好，却没有测试',
      note: '胜过人是个很强的说法：和哪些人比？做什么任务？谁来评判？何况工具错得离谱的情况，人往往一眼就能看出来。',
      question: '和哪些人做过比较？在哪些任务上？质量怎么评判？人在哪些地方做得更好？',
    },
  },
  source: SOURCES.ftcAiComply,
  languages: ['en', 'zh'],
  kinds: ['comparative'],
  examples: {
    flag: [
      { text: 'Writes better copy than a human copywriter.', span: 'better copy than a human' },
      { text: '比人工审核快10倍，还更准确。', span: '比人工审核快' },
    ],
    pass: [
      'In a 2024 blinded review of 600 summaries, finance staff rated ours 4.2 out of 5 against 4.0 for summaries written by hand.',
      '2024年10月的盲评中，42位财务人员给本产品摘要平均4.2分，人工撰写的摘要平均4.0分。',
    ],
  },
  check(ctx) {
    const p = ctx.proof;
    if (namesRival(ctx) || !namesHumans(ctx) || (p.measured && p.date && (p.sample || p.baseline))) return [];
    return at(ctx, 'comparative');
  },
});
