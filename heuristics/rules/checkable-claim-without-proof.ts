import { defineRule } from '../rule';
import { SOURCES } from '../rule-helpers';
import { CLAIM_KINDS } from '../types';

// The honest note for a sentence the claim gate reads as checkable but that no other rule
// explains: it runs last, and only when no other rule raised a flag on the sentence.
export default defineRule({
  id: 'checkable-claim-without-proof',
  rubric: 'R2',
  severity: 'minor',
  fallback: true,
  texts: {
    en: {
      title: 'A checkable claim with nothing behind it',
      note: 'This reads as a promise someone could check, yet the page gives no figure, test or source for it. Sceptic has no more specific objection; the burden of proof is still the seller’s.',
      question: 'What would show this is true for a customer like us, and can we see it?',
    },
    zh: {
      title: '可以核实的说法，却没有依据',
      note: '这句话是可以核实的承诺，页面却没有给出数字、测试或来源。Sceptic 没有更具体的质疑，但举证责任仍在卖家。',
      question: '有什么能证明这对我们这样的客户也成立？能给我们看看吗？',
    },
  },
  source: SOURCES.substantiation,
  languages: ['en', 'zh'],
  kinds: [...CLAIM_KINDS],
  examples: {
    flag: ['Scales without limit as your team grows.', '每一条弹幕都不会漏掉。'],
    pass: ['Export your notes as Markdown or PDF.', '支持导出 Markdown 和 PDF。'],
  },
  check(ctx) {
    return ctx.proof.sample || ctx.proof.measured || ctx.proof.named ? [] : [[0, ctx.text.length]];
  },
});
