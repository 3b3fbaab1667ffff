import { defineRule } from '../rule';
import { at, SOURCES } from '../rule-helpers';

export default defineRule({
  id: 'anonymous-testimonial',
  rubric: 'R8',
  severity: 'major',
  texts: {
    en: {
      title: 'A testimonial from someone you cannot identify',
      note: 'A first name and a job title cannot be checked, and some vendors have been caught writing their own reviews. A testimonial carries weight only if you could ask the person.',
      question: 'Who is this customer, can we speak to them, and were they paid or given anything for the quote?',
    },
    zh: {
      title: '无法核实身份的用户评价',
      note: '只有一个名字加一个职位，或者一句“王女士”，根本无从核实；也确有商家被查出自己给自己写好评。能找到本人问一问的评价，才有分量。',
      question: '这位客户是谁？我们能直接和本人聊聊吗？这段评价有没有报酬或其他好处？',
    },
  },
  source: SOURCES.endorsementGuides,
  languages: ['en', 'zh'],
  kinds: ['testimonial'],
  examples: {
    flag: [
      { text: '“This tool changed how our team works!” — Sarah, Marketing', span: 'Sarah, Marketing' },
      { text: '“用了之后写方案快多了。”——王女士', span: '王女士' },
    ],
    pass: [
      '“Our first-response time fell from 11 hours to 40 minutes in one quarter.” — Priya Nair, Head of Support, Larkspur Bikes',
      '“上线三个月后，客服首次响应时间从9分钟降到了2分钟。”——杭州云岫科技客服总监 李婧',
    ],
  },
  check(ctx) {
    if (ctx.proof.person) return [];
    const m = /(?:—|–|——|--)\s*([^—–]+)$/.exec(ctx.text);
    if (m) return [[m.index + m[0].length - (m[1] as string).length, ctx.text.length]];
    return at(ctx, 'testimonial');
  },
});
